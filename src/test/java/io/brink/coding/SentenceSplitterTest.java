package io.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static java.util.List<String> split(String text) {
        return SentenceSplitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void abbreviations_and_initials_do_not_end_a_sentence() {
        assertThat(split("The U.S. warned Iran. Gen. Smith met J. Doe in Washington. Talks resumed."))
                .containsExactly("The U.S. warned Iran.", "Gen. Smith met J. Doe in Washington.", "Talks resumed.");
    }

    @Test
    void a_dateline_is_dropped_and_quotes_stay_with_their_sentence() {
        assertThat(split("KYIV, Ukraine (Brink Wire) — \"We will respond,\" he said. Russia denied it."))
                .containsExactly("\"We will respond,\" he said.", "Russia denied it.");
        assertThat(split("NATO allies met on Tuesday — and agreed nothing."))
                .as("a sentence that merely starts with an acronym keeps its start")
                .containsExactly("NATO allies met on Tuesday — and agreed nothing.");
    }

    @Test
    void every_kind_of_end_ends_a_sentence_wherever_it_falls_and_a_full_stop_inside_a_word_does_not() {
        assertThat(split("Will Iran respond? It must! Talks at 3.30 resumed.\nKyiv agreed\r\nMoscow did not. "))
                .containsExactly("Will Iran respond?", "It must!", "Talks at 3.30 resumed.", "Kyiv agreed",
                        "Moscow did not.");
        assertThat(split("no end at all")).containsExactly("no end at all");
        assertThat(split("?!.")).containsExactly("?!.");
    }

    @Test
    void line_breaks_end_paragraphs_and_offsets_point_into_the_text() {
        String text = "First line without stop\nSecond one.";
        var sentences = SentenceSplitter.split(text);
        assertThat(sentences).extracting(Sentence::text).containsExactly("First line without stop", "Second one.");
        assertThat(text.substring(sentences.get(1).start())).startsWith("Second one.");
    }

    @Test
    void a_run_on_longer_than_the_limit_is_cut_at_spaces_into_pieces_that_point_into_the_text() {
        String text = "Iran threatened Israel " + "and again ".repeat(500) + "\uD83D\uDE00".repeat(800) + " end.";
        java.util.List<Sentence> pieces = SentenceSplitter.split(text);
        assertThat(pieces).hasSizeGreaterThan(3)
                .allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(SentenceSplitter.MAX_CHARS))
                .allSatisfy(p -> assertThat(text.substring(p.start(), p.start() + p.text().length()))
                        .isEqualTo(p.text()))
                .allSatisfy(p -> assertThat(Character.isLowSurrogate(p.text().charAt(0))).isFalse());
        Sentence first = pieces.get(0);
        assertThat(first.text()).startsWith("Iran threatened Israel and again");
        assertThat(Character.isWhitespace(text.charAt(first.start() + first.text().length()))).as("cut between words")
                .isTrue();
    }
}
