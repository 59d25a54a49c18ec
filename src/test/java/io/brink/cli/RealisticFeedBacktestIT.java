package io.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

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
    static final double PRECISION_FLOOR = 0.9;
    static final double FALSE_ALERTS_PER_100_PAIR_DAYS_CEILING = 0.1;
    /**
     * Median minutes from an episode's start to its first alert (the target is 180). 291
     * now, with titles read (348 before; 358 with alert.min.index 15): the first wave of several
     * episodes is still read only in part, and the slowest wait for a third report to clear the
     * minimum index.
     */
    static final double LATENCY_P50_CEILING_MINUTES = 300;

    @TempDir
    static Path dir;
    JsonNode report;

    @BeforeAll
    void replay() throws Exception {
        report = backtest(dir, FEED, TRUTH, "realistic feed backtest");
    }

    /** Replays {@code feed} through Brink into {@code dir}, scores it against {@code truth}, prints and returns the report. */
    static JsonNode backtest(Path dir, String feed, String truth, String label) throws Exception {
        Path reportFile = dir.resolve("report.json");
        CliTest.Run run = CliTest.run("replay", "--input", feed, "--alerts", dir.resolve("alerts.jsonl").toString(),
                "--scores", dir.resolve("scores.jsonl").toString(), "--truth", truth, "--report",
                reportFile.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(Main.OK);
        JsonNode report = Json.MAPPER.readTree(reportFile.toFile());
        System.out.println(label + ": " + report.get("episodes_found") + " of "
                + report.get("episodes_total") + " episodes, precision " + report.get("alert_precision")
                + ", false alerts per 100 pair-days " + report.get("false_alerts_per_100_pair_days")
                + ", latency p50 " + report.get("latency_p50_minutes") + " min");
        return report;
    }

    @Test
    void a_replay_repeats_whatever_the_speed_the_articles_arrive_at() throws Exception {
        Path slowAlerts = dir.resolve("alerts-slow.jsonl");
        CliTest.Run slow = CliTest.run("replay", "--input", FEED, "--alerts", slowAlerts.toString(), "--scores",
                dir.resolve("scores-slow.jsonl").toString(), "--speed", "1500");
        assertThat(slow.exit()).as(slow.err()).isEqualTo(Main.OK);
        // At full speed Brink reads the feed in large batches, at 1,500 articles/s in small ones:
        // every alert message must be the same, in the same order.
        assertThat(messages(slowAlerts)).isEqualTo(messages(dir.resolve("alerts.jsonl")));
    }

    private static List<String> messages(Path alerts) throws java.io.IOException {
        List<String> out = new java.util.ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(alerts)) {
            JsonNode a = Json.MAPPER.readTree(line);
            out.add(a.get("id").asText() + " " + a.get("status").asText() + " " + a.get("window_end").asText());
        }
        return out;
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
