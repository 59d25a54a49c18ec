package io.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The coder on three sets of human-coded sentences. A ratchet: each floor is the measured value
 * minus 0.02, so accuracy can rise but not quietly fall.
 * <ul>
 *   <li>the development set in ../shared (third-party, never copied into Brink), all of it;</li>
 *   <li>its folds 3 and 4 ({@link Evaluation#fold}), whose errors developers do not look at;</li>
 *   <li>Brink's own independent set (src/test/resources/io/brink/gold), written blind by people who
 *       never read the lexicon, gazetteer or tests, and never used to add rules.</li>
 * </ul>
 */
class GoldSetTest {

    static final double EVENT_F1_FLOOR = 0.873;
    static final double PAIR_F1_FLOOR = 0.901;
    static final double UNSEEN_FOLDS_EVENT_F1_FLOOR = 0.854;
    static final double INDEPENDENT_EVENT_F1_FLOOR = 0.750;
    static final double INDEPENDENT_PAIR_F1_FLOOR = 0.775;
    static final List<String> INDEPENDENT = List.of("io/brink/gold/independent-a.jsonl",
            "io/brink/gold/independent-b.jsonl", "io/brink/gold/independent-e.jsonl",
            "io/brink/gold/independent-f.jsonl", "io/brink/gold/independent-h.jsonl",
            "io/brink/gold/independent-i.jsonl", "io/brink/gold/independent-k.jsonl",
            "io/brink/gold/independent-m.jsonl", "io/brink/gold/independent-n.jsonl",
            "io/brink/gold/independent-o.jsonl", "io/brink/gold/independent-p.jsonl",
            "io/brink/gold/independent-q.jsonl", "io/brink/gold/independent-r.jsonl",
            "io/brink/gold/independent-s.jsonl");

    static Path goldFile() {
        for (String candidate : new String[] {System.getProperty("brink.gold.dir"), "../shared/data/gold"}) {
            if (candidate != null && !candidate.isBlank() && !candidate.startsWith("${")) {
                Path file = Path.of(candidate, "dev.jsonl");
                if (Files.isReadable(file)) {
                    return file;
                }
            }
        }
        return null;
    }

    /** The development set's lines; the test is skipped where ../shared is absent. */
    private static List<Evaluation.GoldLine> devLines() throws java.io.IOException {
        Path gold = goldFile();
        assumeTrue(gold != null, "the gold set ../shared/data/gold/dev.jsonl is absent (set -Dbrink.gold.dir)");
        try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            return Evaluation.read(in);
        }
    }

    @Test
    void event_and_pair_f1_on_the_gold_dev_set_do_not_fall_below_the_ratchet() throws Exception {
        List<Evaluation.GoldLine> lines = devLines();
        Evaluation.Report report = Evaluation.evaluate(EventCoder.standard(), lines);
        System.out.printf("gold: events P %.3f R %.3f F1 %.3f; pairs F1 %.3f%n", report.events().precision(),
                report.events().recall(), report.events().f1(), report.pairs().f1());
        assertThat(report.lines()).isGreaterThan(100);
        assertThat(report.events().f1()).isGreaterThanOrEqualTo(EVENT_F1_FLOOR);
        assertThat(report.pairs().f1()).isGreaterThanOrEqualTo(PAIR_F1_FLOOR);
    }

    @Test
    void event_f1_on_the_folds_nobody_develops_on_does_not_fall_below_the_ratchet() throws Exception {
        List<Evaluation.GoldLine> lines = Evaluation.inFolds(devLines(), java.util.Set.of(3, 4));
        Evaluation.Report report = Evaluation.evaluate(EventCoder.standard(), lines);
        System.out.printf("gold folds 3-4: events F1 %.3f over %d lines%n", report.events().f1(), report.lines());
        assertThat(report.lines()).isGreaterThan(50);
        assertThat(report.events().f1()).isGreaterThanOrEqualTo(UNSEEN_FOLDS_EVENT_F1_FLOOR);
    }

    @Test
    void event_and_pair_f1_on_brinks_independent_set_do_not_fall_below_the_ratchet() throws Exception {
        List<Evaluation.GoldLine> lines = new java.util.ArrayList<>();
        for (String resource : INDEPENDENT) {
            try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(
                    GoldSetTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
                lines.addAll(Evaluation.read(in));
            }
        }
        Evaluation.Report report = Evaluation.evaluate(EventCoder.standard(), lines);
        System.out.printf("independent: events P %.3f R %.3f F1 %.3f; pairs F1 %.3f%n", report.events().precision(),
                report.events().recall(), report.events().f1(), report.pairs().f1());
        assertThat(report.lines()).isGreaterThanOrEqualTo(2133);
        assertThat(report.events().f1()).isGreaterThanOrEqualTo(INDEPENDENT_EVENT_F1_FLOOR);
        assertThat(report.pairs().f1()).isGreaterThanOrEqualTo(INDEPENDENT_PAIR_F1_FLOOR);
    }
}
