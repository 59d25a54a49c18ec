package io.brink.coding.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.brink.coding.Evaluation;
import io.brink.coding.EventCoder;

/**
 * Each coded language on its blind gold set ({@code io/brink/gold/independent-<code>.jsonl}, 150
 * lines written by helpers who never read the lexicons, a {@code language} on each line). A
 * ratchet, as {@code GoldSetTest} is for English: each floor is the value measured when the set
 * arrived, minus 0.02, raised with each gain. Skipped until the set is committed. Arabic's floor was lowered once, by 0.017,
 * when its visits became one-way acts of the guest (as in English and the development set, while
 * the Arabic blind writer coded host and guest both ways). Russian's pairs floor was lowered once, by
 * 0.004, when an organisation heading an act's object became what the act is done to ("expelled
 * the inspectors of the IAEA"; a country further on belongs to another phrase), as in English and
 * the development set, which gained in every translation of it. Russian's and Portuguese's event
 * floors were lowered by 0.025 and 0.024 when meetings, receptions and calls with a named partner
 * became the subject's act towards the one met, as English codes "met with" and the human coders
 * of the development set do (its translations gained 0.014 on the folds never read); the blind
 * writers coded them both ways.
 */
class LanguageGoldSetTest {

    @ParameterizedTest(name = "{0}: events F1 >= {1}, pairs F1 >= {2}")
    @CsvSource({"es, 0.682, 0.728", "fr, 0.643, 0.685", "de, 0.603, 0.685", "ru, 0.699, 0.794", "ar, 0.530, 0.613",
            "zh, 0.553, 0.615", "pt, 0.600, 0.664"})
    void events_and_pairs_f1_do_not_fall_below_the_ratchet(String language, double eventFloor, double pairFloor)
            throws Exception {
        String resource = "io/brink/gold/independent-" + language + ".jsonl";
        InputStream in = getClass().getClassLoader().getResourceAsStream(resource);
        assumeTrue(in != null, resource + " is not committed yet");
        List<Evaluation.GoldLine> lines;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines = Evaluation.read(r);
        }
        Evaluation.Report report = Evaluation.evaluate(EventCoder.standard(), lines);
        System.out.printf("%s: events P %.3f R %.3f F1 %.3f; pairs F1 %.3f%n", language,
                report.events().precision(), report.events().recall(), report.events().f1(), report.pairs().f1());
        assertThat(report.byLanguage()).containsOnlyKeys(language);
        assertThat(report.events().f1()).isGreaterThanOrEqualTo(eventFloor);
        assertThat(report.pairs().f1()).isGreaterThanOrEqualTo(pairFloor);
    }
}
