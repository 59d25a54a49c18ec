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
 * The coder on the human-coded gold set in ../shared (third-party, never copied into Brink). A
 * ratchet: the floors are the measured values minus 0.02, so accuracy can rise but not quietly fall.
 */
class GoldSetTest {

    static final double EVENT_F1_FLOOR = 0.818;
    static final double PAIR_F1_FLOOR = 0.853;

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

    @Test
    void event_and_pair_f1_on_the_gold_dev_set_do_not_fall_below_the_ratchet() throws Exception {
        Path gold = goldFile();
        assumeTrue(gold != null, "the gold set ../shared/data/gold/dev.jsonl is absent (set -Dbrink.gold.dir)");
        List<Evaluation.GoldLine> lines;
        try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            lines = Evaluation.read(in);
        }
        Evaluation.Report report = Evaluation.evaluate(EventCoder.standard(), lines);
        System.out.printf("gold: events P %.3f R %.3f F1 %.3f; pairs F1 %.3f%n", report.events().precision(),
                report.events().recall(), report.events().f1(), report.pairs().f1());
        assertThat(report.lines()).isGreaterThan(100);
        assertThat(report.events().f1()).isGreaterThanOrEqualTo(EVENT_F1_FLOOR);
        assertThat(report.pairs().f1()).isGreaterThanOrEqualTo(PAIR_F1_FLOOR);
    }
}
