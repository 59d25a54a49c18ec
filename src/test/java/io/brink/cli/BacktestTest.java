package io.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.cli.Backtest.Episode;
import io.brink.cli.Backtest.Report;
import io.brink.cli.Backtest.Span;
import io.brink.model.Alert;
import io.brink.model.Alert.Kind;
import io.brink.model.Alert.Severity;
import io.brink.model.Alert.Status;
import io.brink.stream.BrinkConfig;

/** How a replay's alerts are scored against known episodes, and how a truth file is read. */
class BacktestTest {

    static final Instant START = Instant.parse("2026-11-03T06:00:00Z");
    static final Instant END = Instant.parse("2026-11-03T12:00:00Z");
    static final Span TWO_DAYS = new Span(Instant.parse("2026-11-02T00:00:00Z"), Instant.parse("2026-11-04T00:00:00Z"));
    static final Set<String> PAIRS = Set.of("IND-PAK", "IRN-ISR", "CHN-TWN", "FRA-ITA", "ECU-PER");
    static final Episode IND_PAK = episode("IND-PAK", Kind.ESCALATION, START, END);
    /** One well-formed truth line. */
    static final String GOOD = "{\"pair\": \"IND-PAK\", \"kind\": \"ESCALATION\", \"start\": \"2026-11-05T03:32:00Z\","
            + " \"end\": \"2026-11-05T12:33:00Z\"}";

    @TempDir
    Path dir;

    // Which alert catches which episode

    @Test
    void an_alert_30_minutes_before_the_start_catches_the_episode() {
        Report r = score(List.of(alert("a", "IND-PAK", Kind.ESCALATION, START.minus(minutes(30)))), IND_PAK);
        assertThat(r.episodesFound()).isEqualTo(1);
        assertThat(r.episodes().get(0).found()).isTrue();
        assertThat(r.episodes().get(0).alertId()).isEqualTo("a");
        assertThat(r.episodes().get(0).latencyMinutes()).isEqualTo(-30.0);
        assertThat(r.alertsMatching()).isEqualTo(1);
        assertThat(r.falseAlerts()).isZero();
    }

    @Test
    void an_alert_two_hours_before_the_start_misses_it_and_is_a_false_alert() {
        Report r = score(List.of(alert("a", "IND-PAK", Kind.ESCALATION, START.minus(Duration.ofHours(2)))),
                IND_PAK);
        assertThat(r.episodesFound()).isZero();
        assertThat(r.episodes().get(0).found()).isFalse();
        assertThat(r.episodes().get(0).latencyMinutes()).isNull();
        assertThat(r.alertsMatching()).isZero();
        assertThat(r.falseAlertList()).extracting(Backtest.AlertSummary::id).containsExactly("a");
    }

    @Test
    void the_window_runs_from_one_hour_before_the_start_to_the_end_both_included() {
        Report edges = score(List.of(alert("lead", "IND-PAK", Kind.ESCALATION, START.minus(Duration.ofHours(1))),
                alert("end", "IND-PAK", Kind.ESCALATION, END)), IND_PAK);
        assertThat(edges.alertsMatching()).isEqualTo(2);
        Report outside = score(List.of(
                alert("early", "IND-PAK", Kind.ESCALATION, START.minus(Duration.ofHours(1)).minusSeconds(1)),
                alert("late", "IND-PAK", Kind.ESCALATION, END.plusSeconds(1))), IND_PAK);
        assertThat(outside.alertsMatching()).isZero();
        assertThat(outside.episodesFound()).isZero();
    }

    @Test
    void an_alert_of_the_other_kind_on_the_pair_does_not_match() {
        Report r = score(List.of(alert("calm", "IND-PAK", Kind.DEESCALATION, START.plus(minutes(10)))), IND_PAK);
        assertThat(r.episodesFound()).isZero();
        assertThat(r.falseAlerts()).isEqualTo(1);
    }

    @Test
    void an_alert_on_another_pair_does_not_match() {
        Report r = score(List.of(alert("other", "BGD-IND", Kind.ESCALATION, START.plus(minutes(10)))), IND_PAK);
        assertThat(r.episodesFound()).isZero();
        assertThat(r.falseAlerts()).isEqualTo(1);
    }

    @Test
    void two_alerts_in_one_episode_both_match_and_the_earlier_one_sets_the_latency() {
        Report r = score(List.of(alert("second", "IND-PAK", Kind.ESCALATION, START.plus(minutes(200))),
                alert("first", "IND-PAK", Kind.ESCALATION, START.plus(minutes(40)))), IND_PAK);
        assertThat(r.alertsMatching()).isEqualTo(2);
        assertThat(r.episodes().get(0).alertId()).isEqualTo("first");
        assertThat(r.episodes().get(0).latencyMinutes()).isEqualTo(40.0);
    }

    @Test
    void an_alert_inside_two_overlapping_episodes_is_one_matching_alert_and_finds_both() {
        Episode wider = episode("IND-PAK", Kind.ESCALATION, START.minus(Duration.ofHours(3)), END);
        Report r = score(List.of(alert("a", "IND-PAK", Kind.ESCALATION, START.plus(minutes(15)))), IND_PAK, wider);
        assertThat(r.alertsDistinct()).isEqualTo(1);
        assertThat(r.alertsMatching()).isEqualTo(1);
        assertThat(r.episodesFound()).isEqualTo(2);
    }

    // Alerts are counted by id

    @Test
    void the_messages_of_one_alert_id_count_once_first_seen_at_its_first_seen_with_its_peaks() {
        Instant first = START.plus(minutes(20));
        List<Alert> messages = List.of(
                message("a", Status.OPEN, Severity.LOW, first, first, 16, 4.0, 2),
                message("a", Status.UPDATED, Severity.HIGH, first, first.plus(Duration.ofHours(2)), 70, 9.5, 5),
                message("a", Status.RESOLVED, Severity.MEDIUM, first, first.plus(Duration.ofHours(20)), 7, 1.0, 5));
        Report r = score(messages, IND_PAK);
        assertThat(r.alertsDistinct()).isEqualTo(1);
        assertThat(r.alertsMatching()).isEqualTo(1);
        assertThat(r.episodes().get(0).alertFirstSeen()).isEqualTo(first);
        Backtest.AlertSummary a = Backtest.distinct(messages).get(0);
        assertThat(a.peakSeverity()).isEqualTo(Severity.HIGH);
        assertThat(a.peakScore()).isEqualTo(70);
        assertThat(a.peakZ()).isEqualTo(9.5);
        assertThat(a.peakSources()).isEqualTo(5);
    }

    // The numbers of the report

    @Test
    void latency_p50_is_the_median_and_max_the_slowest_over_found_episodes_only() {
        List<Episode> episodes = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        int[] latencies = {-30, 10, 30, 90};
        for (int i = 0; i < latencies.length; i++) {
            Instant start = START.plus(Duration.ofDays(i));
            episodes.add(episode("IRN-ISR", Kind.ESCALATION, start, start.plus(Duration.ofHours(6))));
            alerts.add(alert("a" + i, "IRN-ISR", Kind.ESCALATION, start.plus(minutes(latencies[i]))));
        }
        episodes.add(episode("CHN-TWN", Kind.ESCALATION, START, END));
        Report r = Backtest.score(alerts, episodes, PAIRS, TWO_DAYS);
        assertThat(r.episodesTotal()).isEqualTo(5);
        assertThat(r.episodesFound()).isEqualTo(4);
        assertThat(r.latencyP50Minutes()).isEqualTo(20.0);
        assertThat(r.latencyMaxMinutes()).isEqualTo(90.0);
        assertThat(Backtest.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
    }

    @Test
    void precision_is_the_share_of_distinct_alerts_that_match_an_episode() {
        Report r = score(List.of(alert("hit", "IND-PAK", Kind.ESCALATION, START.plus(minutes(5))),
                alert("miss-1", "FRA-ITA", Kind.ESCALATION, START),
                alert("miss-2", "IND-PAK", Kind.DEESCALATION, START)), IND_PAK);
        assertThat(r.alertsDistinct()).isEqualTo(3);
        assertThat(r.alertsMatching()).isEqualTo(1);
        assertThat(r.alertPrecision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(r.falseAlerts()).isEqualTo(2);
        assertThat(r.falseAlertList()).extracting(Backtest.AlertSummary::pair).containsExactly("FRA-ITA", "IND-PAK");
    }

    @Test
    void pair_days_are_the_pairs_with_any_event_times_the_feeds_days_rounded_up() {
        Span twoDaysAndAnHour = new Span(Instant.parse("2026-11-02T09:00:00Z"),
                Instant.parse("2026-11-04T10:00:00Z"));
        assertThat(twoDaysAndAnHour.days()).isEqualTo(3);
        List<Alert> falseAlerts = List.of(alert("x", "FRA-ITA", Kind.ESCALATION, START),
                alert("y", "ECU-PER", Kind.DEESCALATION, START), alert("z", "CHN-TWN", Kind.ESCALATION, START));
        Report r = Backtest.score(falseAlerts, List.of(IND_PAK), PAIRS, twoDaysAndAnHour);
        assertThat(r.pairsWithEvents()).isEqualTo(5);
        assertThat(r.feedDays()).isEqualTo(3);
        assertThat(r.pairDays()).isEqualTo(15);
        assertThat(r.falseAlertsPer100PairDays()).isCloseTo(20.0, within(1e-9));
    }

    @Test
    void a_feed_of_exactly_two_days_is_two_days_and_a_feed_of_one_moment_is_one() {
        assertThat(TWO_DAYS.days()).isEqualTo(2);
        assertThat(new Span(START, START).days()).isEqualTo(1);
    }

    @Test
    void without_alerts_there_is_no_precision_and_no_latency_and_without_dates_no_rate() {
        Report r = Backtest.score(List.of(), List.of(IND_PAK), PAIRS, null);
        assertThat(r.alertsDistinct()).isZero();
        assertThat(r.alertPrecision()).isNull();
        assertThat(r.latencyP50Minutes()).isNull();
        assertThat(r.latencyMaxMinutes()).isNull();
        assertThat(r.pairDays()).isZero();
        assertThat(r.falseAlertsPer100PairDays()).isNull();
    }

    @Test
    void the_table_gives_the_numbers_then_the_missed_episodes_and_false_alerts_up_to_a_limit() {
        List<Alert> alerts = List.of(alert("hit", "IND-PAK", Kind.ESCALATION, START.plus(minutes(42))),
                alert("x", "FRA-ITA", Kind.ESCALATION, START), alert("y", "ECU-PER", Kind.DEESCALATION, END),
                alert("z", "CHN-TWN", Kind.ESCALATION, END));
        Report r = Backtest.score(alerts, List.of(IND_PAK, episode("IRN-ISR", Kind.ESCALATION, START, END)), PAIRS,
                TWO_DAYS);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        Backtest.print(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8), r, 2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(String.join("\n", "",
                "backtest: 2 episodes, 4 distinct alerts; 5 pairs with events × 2 days = 10 pair-days",
                "  episodes found                   1 of 2",
                "  latency from start, p50 / max    +42 min / +42 min",
                "  alerts matching an episode       1 of 4",
                "  alert precision                  0.250",
                "  false alerts                     3",
                "  false alerts per 100 pair-days   30.00",
                "missed episodes:",
                "  IRN-ISR  ESCALATION   2026-11-03 06:00 to 2026-11-03 12:00",
                "false alerts:",
                "  FRA-ITA  ESCALATION   first seen 2026-11-03 06:00, peak LOW",
                "  ECU-PER  DEESCALATION first seen 2026-11-03 12:00, peak LOW",
                "  … and 1 more (--report lists them all)", "").replace("\n", System.lineSeparator()));
    }

    // The truth file

    @Test
    void each_line_is_an_episode_in_either_pair_order_with_extra_fields_ignored_and_blank_lines_skipped()
            throws IOException {
        List<Episode> episodes = read("""
                {"pair": "PAK-IND", "kind": "ESCALATION", "start": "2026-11-05T03:32:00Z", "end": "2026-11-05T12:33:00Z", "note": "strikes", "source": "desk"}

                {"pair": "ERI-ETH", "kind": "DEESCALATION", "start": "2026-11-03T11:12:00+02:00", "end": "2026-11-03T15:52:00Z"}
                """);
        assertThat(episodes).hasSize(2);
        assertThat(episodes.get(0)).isEqualTo(new Episode(1, "IND-PAK", Kind.ESCALATION,
                Instant.parse("2026-11-05T03:32:00Z"), Instant.parse("2026-11-05T12:33:00Z"), "strikes"));
        assertThat(episodes.get(1).line()).isEqualTo(3);
        assertThat(episodes.get(1).pair()).isEqualTo("ERI-ETH");
        assertThat(episodes.get(1).start()).isEqualTo(Instant.parse("2026-11-03T09:12:00Z"));
        assertThat(episodes.get(1).note()).isNull();
    }

    @Test
    void a_line_that_is_not_json_fails_with_its_number_and_the_expected_shape() {
        assertThatThrownBy(() -> read(GOOD + "\n{\"pair\": \"IND-PAK\",\n"))
                .isInstanceOf(Backtest.TruthException.class)
                .hasMessageStartingWith("line 2: not JSON")
                .hasMessageContaining("{\"pair\": \"AAA-BBB\", \"kind\": \"ESCALATION|DEESCALATION\"");
        assertThatThrownBy(() -> read("[1, 2]")).hasMessageStartingWith("line 1: not a JSON object");
    }

    @Test
    void an_unknown_kind_names_the_accepted_values() {
        assertThatThrownBy(() -> read(GOOD + "\n" + GOOD.replace("ESCALATION", "WAR")))
                .isInstanceOf(Backtest.TruthException.class)
                .hasMessage("line 2: unknown \"kind\" \"WAR\" (accepted: ESCALATION, DEESCALATION)");
        assertThatThrownBy(() -> read(GOOD.replace("ESCALATION", "escalation")))
                .hasMessageContaining("accepted: ESCALATION, DEESCALATION");
    }

    @Test
    void a_missing_field_is_named_with_what_it_should_hold() {
        assertThatThrownBy(() -> read("{\"pair\": \"IND-PAK\", \"kind\": \"ESCALATION\", \"start\": \"2026-11-05T03:32:00Z\"}"))
                .hasMessage("line 1: missing \"end\" (expected an ISO-8601 time with a zone such as 2026-11-02T13:18:00Z)");
        assertThatThrownBy(() -> read(GOOD.replace("\"pair\": \"IND-PAK\"", "\"pair\": 7")))
                .hasMessageStartingWith("line 1: \"pair\" must be a string");
    }

    @Test
    void a_pair_that_is_not_two_country_codes_fails() {
        assertThatThrownBy(() -> read(GOOD.replace("IND-PAK", "India-Pakistan")))
                .hasMessage("line 1: \"pair\" must be AAA-BBB, two different ISO 3166-1 alpha-3 codes such as"
                        + " IRN-ISR, got \"India-Pakistan\"");
        assertThatThrownBy(() -> read(GOOD.replace("IND-PAK", "IND-IND"))).hasMessageContaining("got \"IND-IND\"");
    }

    @Test
    void a_time_without_a_zone_or_an_end_before_the_start_fails() {
        assertThatThrownBy(() -> read(GOOD.replace("2026-11-05T03:32:00Z", "2026-11-05 03:32")))
                .hasMessage("line 1: \"start\" must be an ISO-8601 time with a zone such as 2026-11-02T13:18:00Z,"
                        + " got \"2026-11-05 03:32\"");
        assertThatThrownBy(() -> read(GOOD.replace("2026-11-05T03:32:00Z", "2026-11-06T00:00:00Z")))
                .hasMessage("line 1: \"end\" 2026-11-05T12:33:00Z is before \"start\" 2026-11-06T00:00:00Z");
    }

    private List<Episode> read(String text) throws IOException {
        return Backtest.readTruth(new BufferedReader(new StringReader(text)));
    }

    // The command: usage errors are found before the embedded broker starts, so these take milliseconds.

    @Test
    void a_replay_runs_on_one_partition_so_it_repeats_unless_the_user_sets_another_count() {
        ConfigOptions options = new ConfigOptions();
        assertThat(options.builder(Map.of(), ReplayCommand.REPLAY_DEFAULTS, "brink-replay").build()
                .getInt(BrinkConfig.TOPIC_PARTITIONS)).isEqualTo(1);
        assertThat(options.builder(Map.of("BRINK_TOPIC_PARTITIONS", "3"), ReplayCommand.REPLAY_DEFAULTS, "brink-replay")
                .build().getInt(BrinkConfig.TOPIC_PARTITIONS)).isEqualTo(3);
        options.settings.put("topic.partitions", "4");
        assertThat(options.builder(Map.of(), ReplayCommand.REPLAY_DEFAULTS, "brink-replay").build()
                .getInt(BrinkConfig.TOPIC_PARTITIONS)).isEqualTo(4);
    }

    @Test
    void report_without_truth_is_a_usage_error() throws IOException {
        CliTest.Run r = replay("--report", dir.resolve("r.json").toString());
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("--report needs --truth");
    }

    @Test
    void a_malformed_truth_file_is_a_usage_error_naming_the_file_and_line() throws IOException {
        Path truth = dir.resolve("episodes.jsonl");
        Files.writeString(truth, GOOD + "\n" + GOOD.replace("ESCALATION", "TENSION") + "\n",
                StandardCharsets.UTF_8);
        CliTest.Run r = replay("--truth", truth.toString());
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("--truth " + truth + ", line 2: unknown \"kind\" \"TENSION\""
                + " (accepted: ESCALATION, DEESCALATION)");
    }

    @Test
    void a_missing_truth_file_is_a_usage_error() throws IOException {
        CliTest.Run r = replay("--truth", dir.resolve("nope.jsonl").toString());
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("cannot read --truth");
    }

    private CliTest.Run replay(String... extra) throws IOException {
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), "", StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("replay", "--input", feed.toString(), "--alerts",
                dir.resolve("a.jsonl").toString(), "--scores", dir.resolve("s.jsonl").toString()));
        args.addAll(List.of(extra));
        return CliTest.run(args.toArray(String[]::new));
    }

    private static Report score(List<Alert> alerts, Episode... episodes) {
        return Backtest.score(alerts, List.of(episodes), PAIRS, TWO_DAYS);
    }

    static Episode episode(String pair, Kind kind, Instant start, Instant end) {
        return new Episode(0, pair, kind, start, end, null);
    }

    static Alert alert(String id, String pair, Kind kind, Instant firstSeen) {
        return new Alert(Alert.SCHEMA_VERSION, id, kind, Status.OPEN, Severity.LOW, pair, pair.replace("-", "<->"), 16,
                0, 5, 2, firstSeen.minus(Duration.ofHours(24)), firstSeen, List.of(), firstSeen, firstSeen);
    }

    static Alert message(String id, Status status, Severity severity, Instant firstSeen, Instant lastSeen,
                         double score, double z, int sources) {
        return new Alert(Alert.SCHEMA_VERSION, id, Kind.ESCALATION, status, severity, "IND-PAK", "IND->PAK", score, 0,
                z, sources, lastSeen.minus(Duration.ofHours(24)), lastSeen, List.of(), firstSeen, lastSeen);
    }

    private static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }
}
