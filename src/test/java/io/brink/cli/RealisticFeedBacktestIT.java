package io.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.brink.model.Json;

/**
 * The alert backtest on Brink's realistic benchmark feed: a month of routine coverage of 44 pairs
 * (diplomacy, trade, history recalled, figurative "attacks" in sport and business, two steady
 * wars, two frozen conflicts) and 13 scripted episodes, written blind by people who never read
 * the lexicon or gazetteer (scripts/README-realistic-feed.md). A ratchet on the report of
 * {@code brink replay --truth --report}: the floors are what this build measures, so the alerts'
 * worth on an ordinary news day can rise but not quietly fall. The targets (every episode,
 * precision 0.8, first alert within 3 hours) are above some of these floors; the README says
 * where Brink stands.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealisticFeedBacktestIT {

    static final String FEED = "src/test/resources/io/brink/bench/realistic-feed.jsonl";
    static final String TRUTH = "src/test/resources/io/brink/bench/realistic-episodes.jsonl";

    static final int EPISODES_FOUND_FLOOR = 13;
    // A replay alone measures 16 alerts, 3 of them false (precision 0.81, 0.17 per 100 pair-days);
    // in the full verify run, after the fault and API tests in the same JVM, it has measured 17
    // and 4 (0.76, 0.23). The floors hold both until the difference is found.
    static final double PRECISION_FLOOR = 0.75;
    static final double FALSE_ALERTS_PER_100_PAIR_DAYS_CEILING = 0.25;
    /** Median minutes from an episode's start to its first alert (the target is 180). */
    static final double LATENCY_P50_CEILING_MINUTES = 420;

    @TempDir
    static Path dir;
    JsonNode report;

    @BeforeAll
    void replay() throws Exception {
        Path reportFile = dir.resolve("report.json");
        CliTest.Run run = CliTest.run("replay", "--input", FEED, "--alerts", dir.resolve("alerts.jsonl").toString(),
                "--scores", dir.resolve("scores.jsonl").toString(), "--truth", TRUTH, "--report",
                reportFile.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(Main.OK);
        report = Json.MAPPER.readTree(reportFile.toFile());
        System.out.println("realistic feed backtest: " + report.get("episodes_found") + " of "
                + report.get("episodes_total") + " episodes, precision " + report.get("alert_precision")
                + ", false alerts per 100 pair-days " + report.get("false_alerts_per_100_pair_days")
                + ", latency p50 " + report.get("latency_p50_minutes") + " min");
    }

    @Test
    void the_scripted_episodes_are_found() {
        assertThat(report.get("episodes_total").asInt()).isEqualTo(13);
        assertThat(report.get("episodes_found").asInt()).isGreaterThanOrEqualTo(EPISODES_FOUND_FLOOR);
    }

    @Test
    void most_alerts_on_an_ordinary_month_are_real_episodes() {
        assertThat(report.get("alert_precision").asDouble()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
    }

    @Test
    void half_of_the_episodes_alert_within_the_latency_ceiling() {
        assertThat(report.get("latency_p50_minutes").asDouble()).isLessThanOrEqualTo(LATENCY_P50_CEILING_MINUTES);
    }

    @Test
    void quiet_pairs_stay_quiet() {
        assertThat(report.get("pair_days").asInt()).isGreaterThan(1_000);
        assertThat(report.get("false_alerts_per_100_pair_days").asDouble())
                .isLessThanOrEqualTo(FALSE_ALERTS_PER_100_PAIR_DAYS_CEILING);
    }
}
