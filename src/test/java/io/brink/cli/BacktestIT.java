package io.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.brink.model.Alert;
import io.brink.model.Json;
import io.brink.stream.Schemas;

/**
 * {@code brink replay --truth --report} over the bundled demo feed, with a truth file made here
 * from the feed's answer key: its twelve episodes, less the KOR-PRK escalation (so that burst's
 * alert has no episode and is a false alert), plus an escalation the feed never had on one of its
 * quiet pairs, written ITA-FRA (so one episode is missed). The demo feed raises one alert for each
 * of its episodes and none elsewhere (README, SampleFeedTest), so the report's numbers follow.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BacktestIT {

    static final String FEED = "src/main/resources/io/brink/demo/sample-feed.jsonl";
    static final String DROPPED = "KOR-PRK";
    static final String INVENTED = "FRA-ITA";

    @TempDir
    static Path dir;
    CliTest.Run run;
    JsonNode report;
    JsonNode key;
    List<Alert> alerts;
    int pairsScored;

    @BeforeAll
    void replay() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("io/brink/demo/sample-feed-key.json")) {
            key = Json.MAPPER.readTree(in);
        }
        List<String> truth = new ArrayList<>();
        for (String kind : List.of("escalation", "deescalation")) {
            for (JsonNode e : key.get(kind)) {
                if (kind.equals("escalation") && e.get("pair").asText().equals(DROPPED)) {
                    continue;
                }
                truth.add(Json.MAPPER.writeValueAsString(Map.of("pair", e.get("pair").asText(),
                        "kind", kind.toUpperCase(), "start", e.get("from").asText(), "end", e.get("to").asText(),
                        "note", "from sample-feed-key.json")));
            }
        }
        truth.add("{\"pair\": \"ITA-FRA\", \"kind\": \"ESCALATION\", \"start\": \"2026-11-05T00:00:00Z\","
                + " \"end\": \"2026-11-05T12:00:00Z\", \"note\": \"never happened\"}");
        Path truthFile = Files.write(dir.resolve("episodes.jsonl"), truth, StandardCharsets.UTF_8);
        Path alertsFile = dir.resolve("alerts.jsonl");
        Path scoresFile = dir.resolve("scores.jsonl");
        Path reportFile = dir.resolve("report.json");
        // The demo feed's crises begin on its first day: replayed as a deployment that has watched its pairs.
        run = CliTest.run("replay", "--input", FEED, "--alerts", alertsFile.toString(), "--scores",
                scoresFile.toString(), "--truth", truthFile.toString(), "--report", reportFile.toString(),
                "--set", "alert.cold.windows=0");
        assertThat(run.exit()).as(run.err()).isEqualTo(Main.OK);
        report = Json.MAPPER.readTree(reportFile.toFile());
        alerts = new ArrayList<>();
        for (String l : Files.readAllLines(alertsFile)) {
            alerts.add(Json.MAPPER.readValue(l, Alert.class));
        }
        pairsScored = Files.readAllLines(scoresFile).size();
    }

    @Test
    void every_episode_the_feed_has_is_found_and_the_invented_one_is_missed() {
        assertThat(report.get("episodes_total").asInt()).isEqualTo(12);
        assertThat(report.get("episodes_found").asInt()).isEqualTo(11);
        List<String> missed = new ArrayList<>();
        report.get("episodes").forEach(e -> {
            if (!e.get("found").asBoolean()) {
                missed.add(e.get("pair").asText());
            }
        });
        assertThat(missed).containsExactly(INVENTED);
    }

    @Test
    void each_latency_runs_from_the_episode_start_to_its_alerts_first_seen_within_the_episode() {
        List<Double> latencies = new ArrayList<>();
        for (JsonNode e : report.get("episodes")) {
            if (!e.get("found").asBoolean()) {
                assertThat(e.get("latency_minutes").isNull()).isTrue();
                continue;
            }
            Instant start = Instant.parse(e.get("start").asText());
            Instant end = Instant.parse(e.get("end").asText());
            Alert alert = alerts.stream().filter(a -> a.id().equals(e.get("alert_id").asText())).findFirst()
                    .orElseThrow();
            assertThat(alert.pair()).isEqualTo(e.get("pair").asText());
            assertThat(alert.kind().name()).isEqualTo(e.get("kind").asText());
            assertThat(alert.firstSeen()).isBetween(start.minus(Duration.ofHours(1)), end);
            double latency = Duration.between(start, alert.firstSeen()).toSeconds() / 60.0;
            assertThat(e.get("latency_minutes").asDouble()).isEqualTo(latency);
            latencies.add(latency);
        }
        latencies.sort(Double::compare);
        assertThat(report.get("latency_max_minutes").asDouble()).isEqualTo(latencies.get(latencies.size() - 1));
        assertThat(report.get("latency_p50_minutes").asDouble()).isEqualTo(latencies.get(5)); // 11 found: the 6th
    }

    @Test
    void alerts_are_counted_by_id_and_the_one_without_an_episode_is_the_false_alert() {
        Set<String> ids = alerts.stream().map(Alert::id).collect(Collectors.toCollection(TreeSet::new));
        assertThat(alerts.size()).as("the replay writes several messages per alert").isGreaterThan(ids.size());
        assertThat(report.get("alerts_distinct").asInt()).isEqualTo(ids.size()).isEqualTo(12);
        assertThat(report.get("alerts_matching").asInt()).isEqualTo(11);
        assertThat(report.get("false_alerts").asInt()).isEqualTo(1);
        assertThat(report.get("alert_precision").asDouble()).isCloseTo(11 / 12.0, within(1e-9));
        JsonNode falseAlert = report.get("false_alert_list").get(0);
        assertThat(falseAlert.get("pair").asText()).isEqualTo(DROPPED);
        assertThat(falseAlert.get("kind").asText()).isEqualTo("ESCALATION");
        Alert opened = alerts.stream().filter(a -> a.id().equals(falseAlert.get("id").asText())).findFirst()
                .orElseThrow();
        assertThat(falseAlert.get("first_seen").asText()).isEqualTo(opened.firstSeen().toString());
    }

    @Test
    void false_alerts_are_counted_per_100_pairs_with_events_times_the_feeds_six_days() {
        // The feed runs from 2026-11-02T00:54Z to 2026-11-07T21:25Z: 5 days 20½ hours, rounded up to 6.
        assertThat(report.get("feed_first_published").asText()).isEqualTo("2026-11-02T00:54:00Z");
        assertThat(report.get("feed_last_published").asText()).isEqualTo("2026-11-07T21:25:00Z");
        assertThat(report.get("feed_days").asInt()).isEqualTo(6);
        assertThat(report.get("pairs_with_events").asInt()).isEqualTo(pairsScored).isGreaterThan(40);
        assertThat(report.get("pair_days").asInt()).isEqualTo(pairsScored * 6);
        assertThat(report.get("false_alerts_per_100_pair_days").asDouble())
                .isCloseTo(100.0 / (pairsScored * 6), within(1e-9));
    }

    @Test
    void the_table_after_the_replay_shows_the_same_numbers() {
        assertThat(run.out()).contains("backtest: 12 episodes, 12 distinct alerts; " + pairsScored
                + " pairs with events × 6 days = " + pairsScored * 6 + " pair-days");
        assertThat(run.out()).containsPattern("episodes found +11 of 12");
        assertThat(run.out()).containsPattern("alert precision +0\\.917");
        assertThat(run.out()).containsPattern("missed episodes:\\s+FRA-ITA +ESCALATION");
        assertThat(run.out()).containsPattern("false alerts:\\s+KOR-PRK +ESCALATION +first seen 2026-11-07");
        assertThat(run.out()).contains("report written to");
    }

    @Test
    void the_report_matches_its_published_schema() {
        Schemas.assertValid("backtest-report", report);
    }
}
