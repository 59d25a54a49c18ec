package io.brink.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

class PairBoardTest {

    static PairBoard.Snapshot s(String pair, double escalation, double deescalation) {
        return new PairBoard.Snapshot(pair, escalation, deescalation, 1, 1);
    }

    @Test
    void each_ranking_keeps_its_top_n_highest_first_ties_by_pair_and_leaves_out_pairs_at_zero() {
        List<PairBoard.Ranked> top = PairBoard.top(List.of(s("IRN-ISR", 30, 0), s("IND-PAK", 18, 4),
                s("ARM-AZE", 18, 0), s("ERI-ETH", 0, 30), s("CHN-TWN", 5, 0)), 3);
        assertThat(top).extracting(r -> r.ranking() + " " + r.rank() + " " + r.snapshot().pair()).containsExactly(
                "escalation 1 IRN-ISR", "escalation 2 ARM-AZE", "escalation 3 IND-PAK",
                "deescalation 1 ERI-ETH", "deescalation 2 IND-PAK");
    }

    @Test
    void a_pair_that_drops_out_of_the_top_n_or_off_the_board_loses_its_series() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Metrics.addRegistry(registry);
        try (PairBoard board = PairBoard.open()) {
            board.put(s("IND-PAK", 18, 0));
            PairBoard.publish(1);
            assertThat(pairSeries(registry)).contains("pair=\"IND-PAK\"");
            board.put(s("IRN-ISR", 30, 0));
            PairBoard.publish(1);
            assertThat(pairSeries(registry)).contains("pair=\"IRN-ISR\"").doesNotContain("pair=\"IND-PAK\"");
            board.remove("IRN-ISR");
            board.remove("IND-PAK");
            PairBoard.publish(1);
            assertThat(pairSeries(registry)).isEmpty();
        } finally {
            PairBoard.publish(1);
            Metrics.removeRegistry(registry);
            registry.close();
        }
    }

    /** The per-pair gauges' lines only (other tests in this JVM leave latest-alert rows naming pairs). */
    static String pairSeries(PrometheusMeterRegistry registry) {
        return String.join("\n", registry.scrape().lines().filter(l -> l.startsWith("brink_pair_")).toList());
    }
}
