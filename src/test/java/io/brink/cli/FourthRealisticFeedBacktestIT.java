package io.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert backtest on a fourth realistic feed, written blind by a fourth hand
 * (scripts/README-realistic-feed-4.md): a fortnight of 26 pairs, 20 outlets, a tenth of it in
 * seven other languages, two wars reported daily with their prisoner swaps and stalled
 * mediation, a frozen conflict, strained pairs, and eight episodes, two of them first reported
 * in French and Spanish. Its first measurement, before any change it could have guided, was 7 of
 * 8 episodes, precision 0.70, 0.27 false alerts per 100 pair-days, latency p50 +72 and max +120
 * minutes: the Algerian-Malian row, on a pair first seen a day before it, is learned as the
 * pair's level; a day of swaps and demands in a war, and a protest note over border closures
 * between two strained neighbours, alert. After that session's changes (a turned-back assault read
 * as the other side's attack, an act given as the reason for another kept as background): 7 of 8,
 * precision 0.875, 0.09 false alerts per 100 pair-days, +72 / +120 minutes. The floors are that
 * build's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FourthRealisticFeedBacktestIT {

    static final String FEED = "src/test/resources/io/brink/bench/realistic-feed-4.jsonl";
    static final String TRUTH = "src/test/resources/io/brink/bench/realistic-episodes-4.jsonl";

    static final int EPISODES_FOUND_FLOOR = 7;
    static final double PRECISION_FLOOR = 0.85;
    static final double FALSE_ALERTS_PER_100_PAIR_DAYS_CEILING = 0.1;
    static final double LATENCY_P50_CEILING_MINUTES = 90;
    static final double LATENCY_MAX_CEILING_MINUTES = 150;

    @TempDir
    static Path dir;
    JsonNode report;

    @BeforeAll
    void replay() throws Exception {
        report = RealisticFeedBacktestIT.backtest(dir, FEED, TRUTH, "fourth realistic feed backtest");
    }

    @Test
    void the_episodes_are_found_in_every_language_they_break_in() {
        assertThat(report.get("episodes_total").asInt()).isEqualTo(8);
        assertThat(report.get("episodes_found").asInt()).isGreaterThanOrEqualTo(EPISODES_FOUND_FLOOR);
    }

    @Test
    void a_war_at_its_steady_rate_and_routine_diplomacy_raise_few_alerts() {
        assertThat(report.get("alert_precision").asDouble()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(report.get("false_alerts_per_100_pair_days").asDouble())
                .isLessThanOrEqualTo(FALSE_ALERTS_PER_100_PAIR_DAYS_CEILING);
    }

    @Test
    void episodes_alert_within_the_latency_ceilings() {
        assertThat(report.get("latency_p50_minutes").asDouble()).isLessThanOrEqualTo(LATENCY_P50_CEILING_MINUTES);
        assertThat(report.get("latency_max_minutes").asDouble()).isLessThanOrEqualTo(LATENCY_MAX_CEILING_MINUTES);
    }
}
