package io.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void a_latency_phase_without_alerts_says_so_instead_of_printing_minus_one() {
        assertThat(BenchCommand.alertLatency(List.of()))
                .isEqualTo("no alert opened, so no produce→alert latency")
                .doesNotContain("-1");
    }

    @Test
    void a_latency_phase_with_alerts_gives_their_median_and_maximum() {
        assertThat(BenchCommand.alertLatency(List.of(120L, 80L, 300L)))
                .isEqualTo("produce→alert p50 120 ms, max 300 ms (3 alerts)");
    }
}
