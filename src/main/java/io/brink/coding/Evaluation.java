package io.brink.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.brink.model.Article;
import io.brink.model.CodedEvent;
import io.brink.model.Json;
import io.brink.model.Pair;
import io.brink.model.Polarity;
import io.brink.model.Signal;

/**
 * Measures the coder against human-coded sentences: per line, the set of predicted
 * (src, tgt, polarity) against the gold set, summed into precision, recall and F1 for directed
 * events, for unordered pairs with polarity, and per polarity. Only gold events between two
 * different countries with a polarity of ESCALATION or DEESCALATION count; a predicted event counts
 * under the same rule ({@link #countsUnderGuideline}).
 */
public final class Evaluation {

    /**
     * Whether a coded event has a polarity under the gold guideline's rule, which is CAMEO's:
     * disapproval (root 11: accusing, condemning, denouncing, a formal protest; Goldstein -2.0)
     * is NEUTRAL there, so Brink's {@link Signal#ACCUSE} is not compared, as a gold accusation is
     * not. Brink still scores it as escalation: the mapping is the measure's, not the stream's,
     * as cooperation still counts as DEESCALATION here although the scorer keeps it apart.
     */
    static boolean countsUnderGuideline(CodedEvent e) {
        return e.signal() != Signal.ACCUSE;
    }

    /** A directed event as both gold and coder see it. */
    public record Key(String src, String tgt, Polarity polarity) {

        Key unordered() {
            Pair p = Pair.of(src, tgt);
            return new Key(p.a(), p.b(), polarity);
        }

        @Override
        public String toString() {
            return src + ">" + tgt + ":" + polarity;
        }
    }

    /**
     * One gold line: its text, optional date, gold events and optional article label;
     * {@code nonstate} are those of its events whose gold marks an actor as non-state;
     * {@code language} its ISO 639-1 code ("en" when the line names none).
     */
    public record GoldLine(int number, String id, String text, LocalDate date, Set<Key> events, String label,
                           Set<Key> nonstate, String language) {

        public GoldLine(int number, String id, String text, LocalDate date, Set<Key> events, String label) {
            this(number, id, text, date, events, label, Set.of(), "en");
        }

        public GoldLine(int number, String id, String text, LocalDate date, Set<Key> events, String label,
                        Set<Key> nonstate) {
            this(number, id, text, date, events, label, nonstate, "en");
        }

        /** The line with only its state-to-state events. */
        GoldLine statesOnly() {
            Set<Key> kept = new HashSet<>(events);
            kept.removeAll(nonstate);
            return new GoldLine(number, id, text, date, kept, label, Set.of(), language);
        }
    }

    /** Which events count: all of them, or only those between states (no non-state actor on either side). */
    public enum Actors { ALL, STATE }

    /** True and false positives and false negatives, with the ratios derived from them. */
    public record Counts(int tp, int fp, int fn) {

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }

        static Counts compare(Set<Key> predicted, Set<Key> gold) {
            int tp = 0;
            for (Key k : predicted) {
                if (gold.contains(k)) {
                    tp++;
                }
            }
            return new Counts(tp, predicted.size() - tp, gold.size() - tp);
        }
    }

    /** What the coder said about one line, and what it set aside as background. */
    /**
     * One line's evaluation; {@code setAside} says, for each phrase the coder found and did not
     * code, why ({@link Why}; the English coder's only).
     */
    public record LineResult(GoldLine line, Set<Key> predicted, List<CodedEvent> events, List<CodedEvent> background,
                             List<Why.Aside> setAside) {

        public int misses() {
            Counts c = Counts.compare(predicted, line.events());
            return c.fp() + c.fn();
        }

        /** Each miss of this line with its kind: gold events not predicted, then predictions not in gold. */
        public List<Miss> missesByKind() {
            List<Miss> misses = new ArrayList<>();
            Set<Key> explained = new HashSet<>();
            Set<Key> backgroundKeys = new HashSet<>();
            for (CodedEvent e : background) {
                backgroundKeys.add(new Key(e.src(), e.tgt(), e.polarity()));
            }
            for (Key g : line.events()) {
                if (predicted.contains(g)) {
                    continue;
                }
                Key reversed = new Key(g.tgt(), g.src(), g.polarity());
                Key flipped = new Key(g.src(), g.tgt(), g.polarity() == Polarity.ESCALATION ? Polarity.DEESCALATION
                        : Polarity.ESCALATION);
                MissKind kind;
                if (predicted.contains(reversed) && !line.events().contains(reversed)) {
                    kind = MissKind.WRONG_DIRECTION;
                    explained.add(reversed);
                } else if (predicted.contains(flipped) && !line.events().contains(flipped)) {
                    kind = MissKind.WRONG_POLARITY;
                    explained.add(flipped);
                } else if (backgroundKeys.contains(g)) {
                    kind = MissKind.READ_AS_BACKGROUND;
                } else if (predicted.stream().anyMatch(p -> !line.events().contains(p) && p.polarity() == g.polarity()
                        && (p.src().equals(g.src()) || p.tgt().equals(g.tgt())))) {
                    kind = MissKind.WRONG_ACTOR;
                    predicted.stream().filter(p -> !line.events().contains(p) && p.polarity() == g.polarity()
                            && (p.src().equals(g.src()) || p.tgt().equals(g.tgt()))).forEach(explained::add);
                } else {
                    kind = MissKind.MISSING_EVENT;
                }
                misses.add(new Miss(kind, g));
            }
            for (Key p : predicted) {
                if (!line.events().contains(p) && !explained.contains(p)) {
                    misses.add(new Miss(MissKind.EXTRA_EVENT, p));
                }
            }
            return misses;
        }
    }

    /**
     * Why a line's events differ from gold, so the next developer sees where recall goes: a gold
     * event found nowhere (a missing predicate or actor), found with an actor wrong, turned around,
     * of the other polarity, set aside as background; or an event the gold does not have.
     */
    public enum MissKind {
        MISSING_EVENT, WRONG_ACTOR, WRONG_DIRECTION, WRONG_POLARITY, READ_AS_BACKGROUND, EXTRA_EVENT
    }

    /** One miss: its kind and the event concerned (gold's, or the coder's for an extra event). */
    public record Miss(MissKind kind, Key event) {
    }

    /** Article-label accuracy and the confusion of gold label → predicted label → count. */
    public record Labels(int n, double accuracy, Map<String, Map<String, Integer>> confusion) {
    }

    /** {@code byLanguage}: the directed events of each language's lines, languages in alphabetical order. */
    public record Report(int lines, Counts events, Counts pairs, Map<Polarity, Counts> byPolarity, Labels labels,
                         List<LineResult> results, Map<String, Counts> byLanguage) {
    }

    /** How many folds {@link #fold} splits a gold set into. */
    public static final int FOLDS = 5;

    private Evaluation() {
    }

    /**
     * The fold (0–4) a gold line belongs to, from a CRC-32 of its id: stable across runs, machines
     * and line order, so a developer can look at the errors of some folds and keep the others unseen.
     */
    public static int fold(String id) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return (int) (crc.getValue() % FOLDS);
    }

    /** The lines whose {@link #fold} is one of {@code folds}. */
    public static List<GoldLine> inFolds(List<GoldLine> lines, Set<Integer> folds) {
        return lines.stream().filter(l -> folds.contains(fold(l.id()))).toList();
    }

    public static Report evaluate(EventCoder coder, List<GoldLine> lines) {
        return evaluate(coder, lines, Actors.ALL);
    }

    /**
     * With {@link Actors#STATE}, gold events with a non-state actor are dropped, and so are the
     * coder's; a gold line without kinds is taken as all state-to-state.
     */
    public static Report evaluate(EventCoder coder, List<GoldLine> allLines, Actors actors) {
        List<GoldLine> lines = actors == Actors.STATE ? allLines.stream().map(GoldLine::statesOnly).toList()
                : allLines;
        Counts events = new Counts(0, 0, 0);
        Counts pairs = new Counts(0, 0, 0);
        Map<Polarity, Counts> byPolarity = new EnumMap<>(Polarity.class);
        for (Polarity p : Polarity.values()) {
            byPolarity.put(p, new Counts(0, 0, 0));
        }
        Map<String, Counts> byLanguage = new TreeMap<>();
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        int labelled = 0;
        int correct = 0;
        List<LineResult> results = new ArrayList<>();
        for (GoldLine line : lines) {
            Instant published = line.date() == null ? null : line.date().atStartOfDay().toInstant(ZoneOffset.UTC);
            // As Brink publishes it: a line in a language Brink does not code has no events.
            // Each line is coded by its language's coder, English by the one given.
            Why.listen();
            EventCoder.Coding coding = LanguageGate.CODED.contains(line.language())
                    ? LanguageGate.standardCoder(line.language(), coder).coding(
                            new Article(line.id(), null, "gold", published, null, line.text(), line.language()))
                    : new EventCoder.Coding(List.of(), List.of());
            List<Why.Aside> setAside = Why.stop();
            List<CodedEvent> coded = actors == Actors.STATE
                    ? coding.events().stream().filter(CodedEvent::isStateToState).toList() : coding.events();
            Set<Key> predicted = new HashSet<>();
            for (CodedEvent e : coded) {
                if (!countsUnderGuideline(e)) {
                    continue;
                }
                predicted.add(new Key(e.src(), e.tgt(), e.polarity()));
            }
            events = events.plus(Counts.compare(predicted, line.events()));
            byLanguage.merge(line.language(), Counts.compare(predicted, line.events()), Counts::plus);
            pairs = pairs.plus(Counts.compare(unordered(predicted), unordered(line.events())));
            for (Polarity p : Polarity.values()) {
                byPolarity.merge(p, Counts.compare(only(predicted, p), only(line.events(), p)), Counts::plus);
            }
            if (line.label() != null) {
                String predictedLabel = label(predicted);
                labelled++;
                if (predictedLabel.equals(line.label())) {
                    correct++;
                }
                confusion.computeIfAbsent(line.label(), k -> new TreeMap<>()).merge(predictedLabel, 1, Integer::sum);
            }
            results.add(new LineResult(line, predicted, coded, coding.background(), setAside));
        }
        Labels labels = labelled == 0 ? null : new Labels(labelled, (double) correct / labelled, confusion);
        return new Report(lines.size(), events, pairs, byPolarity, labels, results, byLanguage);
    }

    /** The article's label from its events: NEUTRAL, ESCALATION, DEESCALATION, or MIXED when both. */
    static String label(Set<Key> events) {
        boolean esc = events.stream().anyMatch(k -> k.polarity() == Polarity.ESCALATION);
        boolean de = events.stream().anyMatch(k -> k.polarity() == Polarity.DEESCALATION);
        return esc && de ? "MIXED" : esc ? "ESCALATION" : de ? "DEESCALATION" : "NEUTRAL";
    }

    /** Reads gold JSON Lines; a malformed line fails with its number. */
    public static List<GoldLine> read(BufferedReader in) throws IOException {
        List<GoldLine> lines = new ArrayList<>();
        String raw;
        int number = 0;
        while ((raw = in.readLine()) != null) {
            number++;
            if (raw.isBlank()) {
                continue;
            }
            try {
                lines.add(parse(number, Json.MAPPER.readTree(raw)));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("gold line " + number + ": " + e.getMessage(), e);
            }
        }
        return lines;
    }

    private static GoldLine parse(int number, JsonNode n) {
        String text = n.path("text").asText(null);
        if (text == null) {
            throw new IllegalArgumentException("no 'text'");
        }
        String date = n.path("date").isTextual() ? n.get("date").asText() : null;
        Set<Key> events = new HashSet<>();
        Set<Key> nonstate = new HashSet<>();
        for (JsonNode e : n.path("events")) {
            String src = e.path("src").isTextual() ? e.get("src").asText() : null;
            String tgt = e.path("tgt").isTextual() ? e.get("tgt").asText() : null;
            String polarity = e.path("polarity").asText("");
            // Counted: two different countries, and a polarity Brink scores.
            if (src != null && tgt != null && !src.equals(tgt) && src.matches("[A-Z]{3}") && tgt.matches("[A-Z]{3}")
                    && (polarity.equals("ESCALATION") || polarity.equals("DEESCALATION"))) {
                Key key = new Key(src, tgt, Polarity.valueOf(polarity));
                events.add(key);
                if (e.path("src_kind").asText("state").equals("nonstate")
                        || e.path("tgt_kind").asText("state").equals("nonstate")) {
                    nonstate.add(key);
                }
            }
        }
        String label = n.path("label").isTextual() ? n.get("label").asText() : null;
        String language = "en";
        if (n.hasNonNull("language")) {
            language = ArticleLanguage.normalise(n.get("language").asText());
            if (language == null) {
                throw new IllegalArgumentException("'language' " + n.get("language") + " is not an ISO 639-1 code");
            }
        }
        return new GoldLine(number, n.path("id").asText(String.valueOf(number)), text,
                date == null ? null : LocalDate.parse(date), events, label, nonstate, language);
    }

    private static Set<Key> unordered(Set<Key> keys) {
        Set<Key> out = new HashSet<>();
        for (Key k : keys) {
            out.add(k.unordered());
        }
        return out;
    }

    private static Set<Key> only(Set<Key> keys, Polarity p) {
        Set<Key> out = new HashSet<>();
        for (Key k : keys) {
            if (k.polarity() == p) {
                out.add(k);
            }
        }
        return out;
    }

    /** The report as the JSON document {@code brink eval --out} writes. */
    public static Map<String, Object> toJson(Report r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lines", r.lines());
        out.put("events", counts(r.events()));
        out.put("pairs", counts(r.pairs()));
        Map<String, Object> by = new LinkedHashMap<>();
        r.byPolarity().forEach((p, c) -> by.put(p.name(), counts(c)));
        out.put("by_polarity", by);
        Map<String, Object> languages = new LinkedHashMap<>();
        r.byLanguage().forEach((l, c) -> languages.put(l, counts(c)));
        out.put("by_language", languages);
        if (r.labels() != null) {
            Map<String, Object> labels = new LinkedHashMap<>();
            labels.put("n", r.labels().n());
            labels.put("accuracy", round(r.labels().accuracy()));
            labels.put("confusion", r.labels().confusion());
            out.put("labels", labels);
        }
        return out;
    }

    private static Map<String, Object> counts(Counts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tp", c.tp());
        m.put("fp", c.fp());
        m.put("fn", c.fn());
        m.put("precision", round(c.precision()));
        m.put("recall", round(c.recall()));
        m.put("f1", round(c.f1()));
        return m;
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
