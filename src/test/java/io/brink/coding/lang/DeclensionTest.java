package io.brink.coding.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.brink.coding.DataFile;

/** A name's cases from grammar.tsv's DECLINE lines, so the gazetteer lists each name once. */
class DeclensionTest {

    private static final Declension RUSSIAN = new Declension(new LanguageFiles("ru").read("grammar").stream()
            .filter(Declension::reads).toList());

    private static List<DataFile.Line> lines(String text) {
        return DataFile.read("grammar.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_russian_name_is_found_in_its_other_cases() {
        assertThat(RUSSIAN.forms("Камерун")).containsExactly("Камеруна", "Камеруну", "Камеруном", "Камеруне");
        assertThat(RUSSIAN.forms("Кения")).containsExactly("Кении", "Кению", "Кенией");
        assertThat(RUSSIAN.forms("Шри-Ланка")).contains("Шри-Ланки", "Шри-Ланкой");
        assertThat(RUSSIAN.forms("Асмэра")).contains("Асмэры", "Асмэре");
        assertThat(RUSSIAN.forms("Мальдивы")).contains("Мальдив", "Мальдивам");
        assertThat(RUSSIAN.forms("Тайвань")).contains("Тайваня", "Тайванем");
    }

    @Test
    void a_german_name_of_several_words_declines_its_adjectives_after_an_article() {
        Declension german = new Declension(new LanguageFiles("de").read("grammar").stream()
                .filter(Declension::reads).toList());
        assertThat(german.adjectivesDeclined("Vereinigte Arabische Emirate")).isEqualTo("Vereinigten Arabischen Emirate");
        assertThat(german.adjectivesDeclined("Vereinigtes Königreich")).isEqualTo("Vereinigten Königreich");
        assertThat(german.adjectivesDeclined("Zentralafrikanische Republik")).isEqualTo("Zentralafrikanischen Republik");
        assertThat(german.adjectivesDeclined("Russland")).as("one word: its cases are DECLINE's").isNull();
        assertThat(RUSSIAN.adjectivesDeclined("Южная Корея")).as("no DECLINE_ADJECTIVE lines").isNull();
    }

    @Test
    void indeclinable_names_and_names_of_two_words_are_left_as_written() {
        assertThat(RUSSIAN.forms("Найроби")).isEmpty();
        assertThat(RUSSIAN.forms("Косово")).isEmpty();
        assertThat(RUSSIAN.forms("Южная Корея")).isEmpty();
    }

    @Test
    void a_declined_capital_names_its_country_in_a_sentence() {
        assertThat(RussianCoderTest.events("Братислава выслала российского дипломата.")).containsExactly("SVK>RUS:EXPEL");
        assertThat(RussianCoderTest.events("Россия пригрозила Братиславе ответными мерами.")).contains("RUS>SVK:THREATEN");
    }

    @Test
    void a_malformed_line_names_its_line_and_the_format() {
        assertThatThrownBy(() -> new Declension(lines("DECLINE\tа\n"))).hasMessageContaining("grammar.tsv:1")
                .hasMessageContaining("DECLINE<TAB>ENDING<TAB>REPLACEMENTS");
        assertThatThrownBy(() -> new Declension(lines("DECLINE\t([а\tы\n"))).hasMessageContaining("grammar.tsv:1")
                .hasMessageContaining("not a regular expression");
    }

    @Test
    void a_german_region_written_onto_a_country_names_the_country_and_an_existing_name_keeps_its_code() {
        assertThat(GermanCoderTest.events("Russland beschoss Städte in der Ostukraine.")).containsExactly("RUS>UKR:ATTACK");
        assertThat(GermanCoderTest.events("Nordkorea drohte Südkorea mit Vergeltung.")).containsExactly("PRK>KOR:THREATEN");
        assertThat(new Declension(lines("REGION\tNord Süd\n")).regions("Syrien")).containsExactly("Nordsyrien", "Südsyrien");
        assertThatThrownBy(() -> new Declension(lines("REGION\n"))).hasMessageContaining("REGION<TAB>PREFIXES");
    }
}
