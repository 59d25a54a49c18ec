package io.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexemesTest {

    private static Lexemes.Lexeme of(Lexemes lexemes, String sentence, String word) {
        int start = sentence.indexOf(word);
        return lexemes.of(sentence.toCharArray(), start, start + word.length());
    }

    @Test
    void a_word_met_again_is_the_same_lexeme_with_its_lower_case_form_and_stem() {
        Lexemes lexemes = new Lexemes();
        Lexemes.Lexeme first = of(lexemes, "Iran Threatened Israel.", "Threatened");
        assertThat(first.text()).isEqualTo("Threatened");
        assertThat(first.lower()).isEqualTo("threatened");
        assertThat(first.stem()).isEqualTo(Stemmer.stem("Threatened"));
        assertThat(of(lexemes, "Later Syria Threatened Jordan.", "Threatened")).isSameAs(first);
        assertThat(of(lexemes, "It threatened them.", "threatened")).isNotSameAs(first);
    }

    @Test
    void words_whose_hashes_collide_are_told_apart_whatever_their_length_or_script() {
        Lexemes lexemes = new Lexemes();
        // Pairs with equal String hash codes, short and long; words beyond Latin-1; a NUL char.
        String[] words = {"Aa", "BB", "AaAaAaAa", "BBBBBBBB", "AaBBAaBB", "Київ", "Киї", "ÿÿ", "\u0000a", "a"};
        Lexemes.Lexeme[] seen = new Lexemes.Lexeme[words.length];
        for (int i = 0; i < words.length; i++) {
            seen[i] = of(lexemes, "x " + words[i] + " y", words[i]);
            assertThat(seen[i].text()).isEqualTo(words[i]);
        }
        for (int i = 0; i < words.length; i++) {
            assertThat(of(lexemes, words[i] + " z", words[i])).isSameAs(seen[i]);
        }
        assertThat(lexemes.size()).isEqualTo(words.length);
    }

    @Test
    void the_table_grows_with_the_vocabulary_and_finds_every_word_again() {
        Lexemes lexemes = new Lexemes();
        String[] words = new String[20_000];
        Lexemes.Lexeme[] seen = new Lexemes.Lexeme[words.length];
        for (int i = 0; i < words.length; i++) {
            words[i] = "w" + i;
            seen[i] = of(lexemes, "x " + words[i] + " y", words[i]);
        }
        assertThat(lexemes.size()).isEqualTo(words.length);
        for (int i = 0; i < words.length; i++) {
            assertThat(of(lexemes, words[i] + ".", words[i])).isSameAs(seen[i]);
        }
    }

    @Test
    void endless_distinct_tokens_do_not_grow_memory_past_the_limit() {
        Lexemes lexemes = new Lexemes();
        for (int i = 0; i < Lexemes.LIMIT * 3; i++) {
            String w = Integer.toString(i, 36);
            assertThat(of(lexemes, w, w).text()).isEqualTo(w);
            assertThat(lexemes.size()).isLessThanOrEqualTo(Lexemes.LIMIT);
        }
    }
}
