package io.brink.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class CoverageTest {

    private static final Duration HALF_LIFE = Duration.ofDays(30);

    /** Three days of {@code perHour} events an hour, then {@code now} events in the next hour. */
    private static Coverage history(int perHour, int now) {
        Coverage c = Coverage.start(0);
        for (long h = 0; h < 72; h++) {
            for (int i = 0; i < perHour; i++) {
                c = c.count(h, HALF_LIFE);
            }
        }
        for (int i = 0; i < now; i++) {
            c = c.count(72, HALF_LIFE);
        }
        return c;
    }

    @Test
    void an_ordinary_hour_counts_in_full() {
        assertThat(history(10, 10).factor(72, 0, HALF_LIFE)).isEqualTo(1.0);
        assertThat(history(10, 3).factor(72, 0, HALF_LIFE)).isEqualTo(1.0);
    }

    @Test
    void when_all_the_news_is_four_times_louder_events_count_half() {
        assertThat(history(10, 40).factor(72, 0, HALF_LIFE)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void a_pairs_own_crisis_does_not_damp_itself() {
        assertThat(history(10, 40).factor(72, 30, HALF_LIFE)).isEqualTo(1.0);
    }

    @Test
    void without_a_day_of_history_nothing_is_discounted() {
        Coverage young = Coverage.start(0);
        for (int i = 0; i < 500; i++) {
            young = young.count(3, HALF_LIFE);
        }
        assertThat(young.factor(3, 0, HALF_LIFE)).isEqualTo(1.0);
    }
}
