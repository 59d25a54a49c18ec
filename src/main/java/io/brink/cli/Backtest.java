package io.brink.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.brink.model.Alert;
import io.brink.model.Json;
import io.brink.model.Pair;

/**
 * Scores a replay's alerts against the episodes an analyst knows happened: which episodes an
 * alert caught and how soon, and how many alerts caught nothing, per 100 pair-days of news.
 */
final class Backtest {

    /** An alert up to this long before an episode's start still catches it: an analyst's timeline starts late. */
    static final Duration LEAD = Duration.ofHours(1);

    private static final String KINDS = Arrays.stream(Alert.Kind.values()).map(Enum::name)
            .collect(Collectors.joining(", "));
    private static final String EXPECTED = "{\"pair\": \"AAA-BBB\", \"kind\": \""
            + Arrays.stream(Alert.Kind.values()).map(Enum::name).collect(Collectors.joining("|"))
            + "\", \"start\": \"2026-11-02T13:18:00Z\", \"end\": \"2026-11-02T20:38:00Z\"}";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private Backtest() {
    }

    /** One known episode of the truth file; {@code line} is its line number there. */
    record Episode(int line, String pair, Alert.Kind kind, Instant start, Instant end, String note) {
    }

    /** The first and last publication time of the feed; days spanned, rounded up, at least 1. */
    record Span(Instant first, Instant last) {
        long days() {
            long millis = Duration.between(first, last).toMillis();
            return Math.max(1, (millis + 86_399_999) / 86_400_000);
        }
    }

    /** One alert id, however many messages it had: where and when it first fired, and its peaks. */
    record AlertSummary(String id, String pair, Alert.Kind kind, Instant firstSeen, Alert.Severity peakSeverity,
                        double peakScore, double peakZ, int peakSources) {
    }

    /** Whether an episode was caught, by which alert, and how many minutes after its start (negative: before). */
    record EpisodeResult(String pair, Alert.Kind kind, Instant start, Instant end, String note, boolean found,
                         String alertId, Instant alertFirstSeen, Double latencyMinutes) {
    }

    /** The backtest's numbers; written as the {@code --report} file (schema {@code backtest-report.json}). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Report(
            @JsonProperty("schema_version") int schemaVersion,
            int episodesTotal, int episodesFound, Double latencyP50Minutes, Double latencyMaxMinutes,
            int alertsDistinct, int alertsMatching, Double alertPrecision, int falseAlerts,
            int pairsWithEvents, Instant feedFirstPublished, Instant feedLastPublished, long feedDays, long pairDays,
            @JsonProperty("false_alerts_per_100_pair_days") Double falseAlertsPer100PairDays,
            long leadMinutes, List<EpisodeResult> episodes, List<AlertSummary> falseAlertList) {

        static final int SCHEMA_VERSION = 1;
    }

    /** A truth line that is not an episode. */
    static final class TruthException extends IllegalArgumentException {
        TruthException(int line, String message) {
            super("line " + line + ": " + message);
        }
    }

    /**
     * Backtests {@code alertMessages} (every message the replay wrote; an alert is its id, first
     * seen at its {@code first_seen}) against {@code episodes}. {@code pairsWithEvents} and
     * {@code feed} (null for a feed without a usable date) give the pair-days the false alerts are
     * counted over.
     */
    static Report score(Collection<Alert> alertMessages, List<Episode> episodes, Set<String> pairsWithEvents,
                        Span feed) {
        List<AlertSummary> alerts = distinct(alertMessages);
        // By pair and kind, so a long history with many alerts and episodes is not a product of the two.
        Map<String, List<AlertSummary>> alertsOf = alerts.stream()
                .collect(Collectors.groupingBy(a -> a.pair() + " " + a.kind()));
        Map<String, List<Episode>> episodesOf = episodes.stream()
                .collect(Collectors.groupingBy(e -> e.pair() + " " + e.kind()));
        List<EpisodeResult> results = new ArrayList<>();
        List<Double> latencies = new ArrayList<>();
        for (Episode e : episodes) {
            AlertSummary first = alertsOf.getOrDefault(e.pair() + " " + e.kind(), List.of()).stream()
                    .filter(a -> matches(a, e)).findFirst().orElse(null);
            Double latency = first == null ? null
                    : Duration.between(e.start(), first.firstSeen()).toMillis() / 60_000.0;
            if (latency != null) {
                latencies.add(latency);
            }
            results.add(new EpisodeResult(e.pair(), e.kind(), e.start(), e.end(), e.note(), first != null,
                    first == null ? null : first.id(), first == null ? null : first.firstSeen(), latency));
        }
        List<AlertSummary> falseAlerts = alerts.stream()
                .filter(a -> episodesOf.getOrDefault(a.pair() + " " + a.kind(), List.of()).stream()
                        .noneMatch(e -> matches(a, e)))
                .toList();
        int matching = alerts.size() - falseAlerts.size();
        long days = feed == null ? 0 : feed.days();
        long pairDays = pairsWithEvents.size() * days;
        return new Report(Report.SCHEMA_VERSION, episodes.size(), latencies.size(), median(latencies),
                latencies.stream().max(Double::compare).orElse(null), alerts.size(), matching,
                alerts.isEmpty() ? null : (double) matching / alerts.size(), falseAlerts.size(),
                pairsWithEvents.size(), feed == null ? null : feed.first(), feed == null ? null : feed.last(), days,
                pairDays, pairDays == 0 ? null : falseAlerts.size() * 100.0 / pairDays, LEAD.toMinutes(),
                List.copyOf(results), falseAlerts);
    }

    /** An alert catches an episode of its pair and kind when it first fires from start − {@link #LEAD} to end. */
    static boolean matches(AlertSummary a, Episode e) {
        return a.pair().equals(e.pair()) && a.kind() == e.kind()
                && !a.firstSeen().isBefore(e.start().minus(LEAD)) && !a.firstSeen().isAfter(e.end());
    }

    /** One summary per alert id, earliest first (ties by id). */
    static List<AlertSummary> distinct(Collection<Alert> messages) {
        Map<String, AlertSummary> byId = new LinkedHashMap<>();
        for (Alert m : messages) {
            byId.merge(m.id(), new AlertSummary(m.id(), m.pair(), m.kind(), m.firstSeen(), m.severity(), m.score(),
                    m.z(), m.sources()), Backtest::merge);
        }
        return byId.values().stream()
                .sorted(Comparator.comparing(AlertSummary::firstSeen).thenComparing(AlertSummary::id)).toList();
    }

    private static AlertSummary merge(AlertSummary a, AlertSummary b) {
        return new AlertSummary(a.id(), a.pair(), a.kind(),
                a.firstSeen().isAfter(b.firstSeen()) ? b.firstSeen() : a.firstSeen(),
                a.peakSeverity().compareTo(b.peakSeverity()) >= 0 ? a.peakSeverity() : b.peakSeverity(),
                Math.max(a.peakScore(), b.peakScore()), Math.max(a.peakZ(), b.peakZ()),
                Math.max(a.peakSources(), b.peakSources()));
    }

    /** The median; for an even count, the mean of the two middle values. Null for none. */
    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * Reads a truth file: JSON Lines of {@code {"pair": "AAA-BBB", "kind": "ESCALATION|DEESCALATION",
     * "start": ISO-8601, "end": ISO-8601}}, other fields ignored ({@code note} is kept), blank lines
     * skipped. The pair may be written in either order. Throws {@link TruthException} naming the
     * first bad line and what it expected.
     */
    static List<Episode> readTruth(BufferedReader in) throws IOException {
        List<Episode> episodes = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (!line.isBlank()) {
                episodes.add(episode(number, line));
            }
        }
        return episodes;
    }

    private static Episode episode(int number, String line) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new TruthException(number, "not JSON (expected one object a line: " + EXPECTED + ")");
        }
        if (node == null || !node.isObject()) {
            throw new TruthException(number, "not a JSON object (expected " + EXPECTED + ")");
        }
        String pairText = text(number, node, "pair", "AAA-BBB, two ISO 3166-1 alpha-3 codes such as IRN-ISR");
        String pair;
        try {
            pair = Pair.parse(pairText).key();
        } catch (IllegalArgumentException e) {
            throw new TruthException(number, "\"pair\" must be AAA-BBB, two different ISO 3166-1 alpha-3 codes"
                    + " such as IRN-ISR, got \"" + pairText + "\"");
        }
        String kindText = text(number, node, "kind", KINDS);
        Alert.Kind kind = Arrays.stream(Alert.Kind.values()).filter(k -> k.name().equals(kindText)).findFirst()
                .orElseThrow(() -> new TruthException(number, "unknown \"kind\" \"" + kindText + "\" (accepted: "
                        + KINDS + ")"));
        Instant start = instant(number, node, "start");
        Instant end = instant(number, node, "end");
        if (end.isBefore(start)) {
            throw new TruthException(number, "\"end\" " + end + " is before \"start\" " + start);
        }
        JsonNode note = node.get("note");
        return new Episode(number, pair, kind, start, end, note != null && note.isTextual() ? note.asText() : null);
    }

    private static String text(int number, JsonNode node, String field, String expected) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new TruthException(number, "missing \"" + field + "\" (expected " + expected + ")");
        }
        if (!v.isTextual()) {
            throw new TruthException(number, "\"" + field + "\" must be a string (" + expected + "), got " + v);
        }
        return v.asText();
    }

    private static Instant instant(int number, JsonNode node, String field) {
        String expected = "an ISO-8601 time with a zone such as 2026-11-02T13:18:00Z";
        String v = text(number, node, field, expected);
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(v, Instant::from);
        } catch (DateTimeParseException e) {
            throw new TruthException(number, "\"" + field + "\" must be " + expected + ", got \"" + v + "\"");
        }
    }

    /**
     * The short table printed after a replay: the totals, then the missed episodes and the false
     * alerts, at most {@code limit} of each.
     */
    static void print(PrintStream o, Report r, int limit) {
        o.printf(Locale.ROOT, "%nbacktest: %d episodes, %d distinct alerts; "
                + "%d pairs with events × %d days = %d pair-days%n", r.episodesTotal(), r.alertsDistinct(),
                r.pairsWithEvents(), r.feedDays(), r.pairDays());
        row(o, "episodes found", r.episodesFound() + " of " + r.episodesTotal());
        row(o, "latency from start, p50 / max", r.latencyP50Minutes() == null ? "-"
                : minutes(r.latencyP50Minutes()) + " / " + minutes(r.latencyMaxMinutes()));
        row(o, "alerts matching an episode", r.alertsMatching() + " of " + r.alertsDistinct());
        row(o, "alert precision", fixed(r.alertPrecision(), 3));
        row(o, "false alerts", Integer.toString(r.falseAlerts()));
        row(o, "false alerts per 100 pair-days", fixed(r.falseAlertsPer100PairDays(), 2));
        List<String> missed = r.episodes().stream().filter(e -> !e.found())
                .map(e -> String.format(Locale.ROOT, "%-8s %-12s %s to %s", e.pair(), e.kind(),
                        MINUTE.format(e.start()), MINUTE.format(e.end())))
                .toList();
        section(o, "missed episodes", missed, limit);
        List<String> falseAlerts = r.falseAlertList().stream()
                .map(a -> String.format(Locale.ROOT, "%-8s %-12s first seen %s, peak %s", a.pair(), a.kind(),
                        MINUTE.format(a.firstSeen()), a.peakSeverity()))
                .toList();
        section(o, "false alerts", falseAlerts, limit);
    }

    private static void row(PrintStream o, String label, String value) {
        o.printf(Locale.ROOT, "  %-32s %s%n", label, value);
    }

    private static void section(PrintStream o, String title, List<String> rows, int limit) {
        if (rows.isEmpty()) {
            return;
        }
        o.printf(Locale.ROOT, "%s:%n", title);
        rows.stream().limit(limit).forEach(row -> o.println("  " + row));
        if (rows.size() > limit) {
            o.printf(Locale.ROOT, "  … and %d more (--report lists them all)%n", rows.size() - limit);
        }
    }

    private static String minutes(double m) {
        return String.format(Locale.ROOT, "%+.0f min", m);
    }

    private static String fixed(Double x, int decimals) {
        return x == null ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", x);
    }
}
