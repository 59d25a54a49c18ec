package io.brink.coding.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A sentence as words, by Lucene's tokenizer and the language's Snowball stemmer. */
class AnalysisTest {

    private static final Analysis SPANISH = new Analysis("Spanish", List.of());
    private static final Analysis FRENCH = new Analysis("French", List.of("l", "d", "n", "qu"));

    @Test
    void inflections_of_a_verb_share_a_stem() {
        List<String> stems = SPANISH.words("atacar atacó atacaron atacado atacando").stream().map(Word::stem)
                .distinct().toList();
        assertThat(stems).containsExactly("atac");
        assertThat(FRENCH.words("sanctionner sanctionné sanctionnée sanctions").stream().map(Word::stem).distinct())
                .containsExactly("sanction");
    }

    @Test
    void an_arabic_plural_in_at_has_one_stem_with_and_without_its_article() {
        Analysis arabic = LanguageCoder.standard("ar").analysis();
        for (String plural : List.of("هجمات", "غارات", "عقوبات", "محادثات")) {
            assertThat(arabic.words(plural).get(0).stem()).as(plural)
                    .isEqualTo(arabic.words("ال" + plural).get(0).stem());
        }
        // A past verb's forms stay joined, as Snowball joins them.
        assertThat(arabic.words("هاجم هاجمت").stream().map(Word::stem).distinct()).hasSize(1);
    }

    @Test
    void names_are_compared_without_accents_and_demonyms_in_every_form() {
        assertThat(SPANISH.words("Irán").get(0).folded()).isEqualTo("iran");
        assertThat(SPANISH.words("venezolano venezolana venezolanos venezolanas").stream().map(Word::stem).distinct())
                .hasSize(1);
    }

    @Test
    void an_elided_article_is_a_word_of_its_own() {
        List<Word> words = FRENCH.words("l'Élysée n'a pas condamné d'Israël");
        assertThat(words).extracting(Word::folded)
                .containsExactly("l", "elysee", "n", "a", "pas", "condamne", "d", "israel");
        Word elysee = words.get(1);
        assertThat(elysee.capitalised()).isTrue();
        assertThat(elysee.text()).isEqualTo("Élysée");
        assertThat(elysee.start()).isEqualTo(2);
    }

    @Test
    void commas_and_semicolons_are_kept_for_clauses() {
        assertThat(SPANISH.words("Rusia atacó, pero Ucrania resistió; luego (dijo)")).extracting(Word::text)
                .containsExactly("Rusia", "atacó", ",", "pero", "Ucrania", "resistió", ";", "luego", "(", "dijo", ")");
    }
}
