package io.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private static List<String> found(PhraseMatcher<String> matcher, String sentence) {
        return matcher.find(Tokenizer.tokenize(sentence)).stream()
                .map(m -> m.payload() + "@" + m.start() + "-" + m.end()).toList();
    }

    /** Phrase keys as the lexicon writes them: stems, and the gap as it is. */
    private static List<String> stems(String... words) {
        return java.util.Arrays.stream(words).map(w -> w.equals(PhraseMatcher.GAP) ? w : Stemmer.stem(w)).toList();
    }

    @Test
    void the_phrase_of_most_words_wins_and_a_gap_spans_a_few_words_but_not_a_clause() {
        PhraseMatcher<String> m = new PhraseMatcher<>(PhraseMatcher.Key.STEM);
        m.add(stems("cease"), "short");
        m.add(stems("cease", "fire"), "long");
        m.add(stems("urge", "~", "restraint"), "appeal");
        assertThat(found(m, "They urged both sides to show restraint and cease fire"))
                .containsExactly("appeal@1-7", "long@8-10");
        assertThat(found(m, "They urged calm; restraint was absent")).isEmpty();
    }

    @Test
    void a_phrase_whose_span_is_refused_leaves_its_words_to_the_phrases_after_it() {
        PhraseMatcher<String> m = new PhraseMatcher<>(PhraseMatcher.Key.STEM);
        m.add(stems("units", "~", "sending"), "passive");
        m.add(stems("sending", "~", "carrier"), "deploy");
        String sentence = "The United States is sending a carrier";
        assertThat(found(m, sentence)).containsExactly("passive@1-5");
        // "United" starts a name: refused there, the phrase at "sending" is found.
        assertThat(m.find(Tokenizer.tokenize(sentence), p -> true, (start, end) -> start != 1).stream()
                .map(x -> x.payload() + "@" + x.start() + "-" + x.end()).toList()).containsExactly("deploy@4-7");
    }

    @Test
    void a_number_is_no_word_of_a_gap() {
        PhraseMatcher<String> m = new PhraseMatcher<>(PhraseMatcher.Key.STEM);
        m.add(stems("deliver", "~", "jets"), "arms");
        assertThat(found(m, "It delivered the first 12 of 36 new jets")).containsExactly("arms@1-9");
        assertThat(found(m, "It delivered the first dozen of the three dozen new jets"))
                .as("words that count are still counted").isEmpty();
        assertThat(PhraseMatcher.isNumber("100.000")).isTrue();
        assertThat(PhraseMatcher.isNumber("F-16")).isFalse();
    }

    @Test
    void of_phrases_with_as_many_words_the_tightest_wins_over_one_stretched_across_it() {
        PhraseMatcher<String> m = new PhraseMatcher<>(PhraseMatcher.Key.STEM);
        m.add(stems("open", "fire", "on"), "attack");
        m.add(stems("open", "~", "border", "posts"), "reopening");
        assertThat(found(m, "Gunmen opened fire on the border posts")).containsExactly("attack@1-4");
        assertThat(found(m, "Kabul opened two border posts")).containsExactly("reopening@1-5");
    }

    @Test
    void a_word_met_before_a_phrase_was_added_still_starts_that_phrase() {
        PhraseMatcher<String> m = new PhraseMatcher<>(PhraseMatcher.Key.TEXT);
        m.add(List.of("Kyiv"), "capital");
        assertThat(found(m, "Moscow warned Kyiv")).containsExactly("capital@2-3");
        m.add(List.of("Moscow"), "capital");
        assertThat(found(m, "Moscow warned Kyiv")).containsExactly("capital@0-1", "capital@2-3");
    }

    @Test
    void more_matchers_than_a_word_remembers_each_find_their_own_phrases() {
        List<PhraseMatcher<String>> matchers = new ArrayList<>();
        for (int i = 0; i < 3 * Lexemes.Lexeme.MATCHER_SLOTS; i++) {
            PhraseMatcher<String> m = new PhraseMatcher<>(PhraseMatcher.Key.TEXT);
            m.add(List.of(i % 2 == 0 ? "sanctions" : "talks"), "m" + i);
            matchers.add(m);
        }
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < matchers.size(); i++) {
                assertThat(found(matchers.get(i), "new sanctions and talks"))
                        .containsExactly(i % 2 == 0 ? "m" + i + "@1-2" : "m" + i + "@3-4");
            }
        }
    }
}
