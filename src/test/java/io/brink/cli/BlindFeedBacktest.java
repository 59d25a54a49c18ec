package io.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert backtest of a realistic feed written blind (scripts/README-realistic-feed-N.md): the
 * whole pipeline replays the feed and its alerts are scored against the episodes its writer
 * scripted. Each feed's class says what it holds and how it first measured; its floors are the
 * figures of the build that last improved them, so a change that loses an episode, raises a
 * false alert or slows the first alerts fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BlindFeedBacktest {

    /**
     * What a feed's backtest must keep: its episodes, how many are found, the share of alerts that
     * are real, false alerts per 100 pair-days, and the first alerts' latency (minutes).
     */
    record Floors(int episodes, int found, double precision, double falsePer100PairDays, double latencyP50,
                  double latencyMax) {
    }

    @TempDir
    static Path dir;
    JsonNode report;

    /** The feed's number: 2 for realistic-feed-2.jsonl and realistic-episodes-2.jsonl. */
    abstract int feed();

    abstract Floors floors();

    @BeforeAll
    void replay() throws Exception {
        report = RealisticFeedBacktestIT.backtest(dir,
                "src/test/resources/io/brink/bench/realistic-feed-" + feed() + ".jsonl",
                "src/test/resources/io/brink/bench/realistic-episodes-" + feed() + ".jsonl",
                "realistic feed " + feed() + " backtest");
    }

    @Test
    void the_scripted_episodes_are_found() {
        assertThat(report.get("episodes_total").asInt()).isEqualTo(floors().episodes());
        assertThat(report.get("episodes_found").asInt()).isGreaterThanOrEqualTo(floors().found());
    }

    @Test
    void alerts_on_an_ordinary_fortnight_are_mostly_real_episodes() {
        assertThat(report.get("alert_precision").asDouble()).isGreaterThanOrEqualTo(floors().precision());
        assertThat(report.get("false_alerts_per_100_pair_days").asDouble())
                .isLessThanOrEqualTo(floors().falsePer100PairDays());
    }

    @Test
    void episodes_alert_within_the_latency_ceilings() {
        assertThat(report.get("latency_p50_minutes").asDouble()).isLessThanOrEqualTo(floors().latencyP50());
        assertThat(report.get("latency_max_minutes").asDouble()).isLessThanOrEqualTo(floors().latencyMax());
    }
}
