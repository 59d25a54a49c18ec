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
 * writers coded them both ways. Receptions were made to bind host and guest again later, in every
 * language, as the English coder reads "received his counterpart" (and Chinese meetings opened by
 * 与/同, whose partner is a joint subject); the parallel sets did not move.
 */
class LanguageGoldSetTest {

    @ParameterizedTest(name = "{0}: events F1 >= {1}, pairs F1 >= {2}")
    @CsvSource({"es, 0.752, 0.780", "fr, 0.721, 0.754", "de, 0.680, 0.730", "ru, 0.757, 0.827", "ar, 0.706, 0.772",
            "zh, 0.677, 0.715", "pt, 0.722, 0.731", "zh2, 0.694, 0.702",
            "ar2, 0.691, 0.800", "es2, 0.722, 0.758", "fr2, 0.729, 0.777", "de2, 0.745, 0.778"})
    void events_and_pairs_f1_do_not_fall_below_the_ratchet(String set, double eventFloor, double pairFloor)
            throws Exception {
        // A second set in a language is named with its number ("zh2"); its lines say the language.
        String language = set.replaceAll("[0-9]+$", "");
        String resource = "io/brink/gold/independent-" + set + ".jsonl";
        assumeTrue(getClass().getClassLoader().getResource(resource) != null, resource + " is not committed yet");
        Evaluation.Report report = report(resource);
        System.out.printf("%s: events P %.3f R %.3f F1 %.3f; pairs F1 %.3f%n", language,
                report.events().precision(), report.events().recall(), report.events().f1(), report.pairs().f1());
        assertThat(report.byLanguage()).containsOnlyKeys(language);
        assertThat(report.events().f1()).isGreaterThanOrEqualTo(eventFloor);
        assertThat(report.pairs().f1()).isGreaterThanOrEqualTo(pairFloor);
    }

    /**
     * The development sets in a language ({@code io/brink/gold/development-<code>.jsonl}), written
     * blind and then read: a ratchet at the value reached, minus 0.02, so that what was learned
     * from them stays learned.
     */
    @ParameterizedTest(name = "development set {0}: events F1 >= {1}, pairs F1 >= {2}")
    @CsvSource({"ar, 0.757, 0.816", "de, 0.868, 0.877", "zh, 0.751, 0.780", "es, 0.718, 0.747", "fr, 0.731, 0.769",
            "ar2, 0.678, 0.779", "de2, 0.751, 0.812", "ru, 0.705, 0.785", "zh2, 0.754, 0.799"})
    void development_sets_do_not_fall_below_the_ratchet(String set, double eventFloor, double pairFloor)
            throws Exception {
        String language = set.replaceAll("[0-9]+$", "");
        Evaluation.Report report = report("io/brink/gold/development-" + set + ".jsonl");
        assertThat(report.byLanguage()).containsOnlyKeys(language);
        assertThat(report.events().f1()).isGreaterThanOrEqualTo(eventFloor);
        assertThat(report.pairs().f1()).isGreaterThanOrEqualTo(pairFloor);
    }

    private Evaluation.Report report(String resource) throws Exception {
        InputStream in = getClass().getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return Evaluation.evaluate(EventCoder.standard(), Evaluation.read(r));
        }
    }
}
