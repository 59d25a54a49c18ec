package io.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void possessives_split_abbreviations_and_hyphenated_words_stay_whole() {
        assertThat(Tokenizer.tokenize("Russia's U.S.-made air-defence systems, \"now\".")).extracting(Token::text)
                .as("U.S. stays whole so the gazetteer finds it in U.S.-made")
                .containsExactly("Russia", "'s", "U.S.", "-", "made", "air-defence", "systems", ",", "\"", "now", "\"", ".");
        assertThat(Tokenizer.tokenize("the U.S. said")).extracting(Token::text).containsExactly("the", "U.S.", "said");
    }

    @Test
    void a_dual_nationality_splits_into_both_names_and_a_model_name_stays_whole() {
        assertThat(Tokenizer.tokenize("a British-Iranian aid worker")).extracting(Token::text)
                .containsExactly("a", "British", "-", "Iranian", "aid", "worker");
        assertThat(Tokenizer.tokenize("four IRIS-T systems")).extracting(Token::text)
                .containsExactly("four", "IRIS-T", "systems");
    }

    @Test
    void inflections_share_a_stem_so_lexicon_phrases_match_every_form() {
        assertThat(Stemmer.stem("threatened")).isEqualTo(Stemmer.stem("threaten")).isEqualTo(Stemmer.stem("threatens"))
                .isEqualTo(Stemmer.stem("threatening"));
        assertThat(Stemmer.stem("mobilized")).isEqualTo(Stemmer.stem("mobilise")).isEqualTo(Stemmer.stem("mobilising"));
        assertThat(Stemmer.stem("struck")).isEqualTo(Stemmer.stem("strikes"));
        assertThat(Stemmer.stem("shelled")).isEqualTo(Stemmer.stem("shell"));
        assertThat(Stemmer.stem("casualties")).isEqualTo(Stemmer.stem("casualty"));
        assertThat(Stemmer.stem("withdrew")).isEqualTo(Stemmer.stem("withdraws"));
        assertThat(Stemmer.stem("agreed")).isEqualTo(Stemmer.stem("agree")).isEqualTo(Stemmer.stem("agrees"))
                .isEqualTo(Stemmer.stem("agreeing"));
    }
}
