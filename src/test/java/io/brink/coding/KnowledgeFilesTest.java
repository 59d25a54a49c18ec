package io.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class KnowledgeFilesTest {

    private static List<DataFile.Line> lines(String name, String text) {
        return DataFile.read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_bundled_gazetteer_and_lexicon_load_and_cover_every_un_member_and_observer() {
        Gazetteer g = Gazetteer.load();
        assertThat(g.countryCodes()).hasSizeGreaterThanOrEqualTo(197).contains("PSE", "XKX", "TWN", "VAT", "SSD");
        assertThat(Lexicon.load().size()).isGreaterThan(150);
    }

    @Test
    void a_halt_modifier_in_the_english_file_fails_naming_file_and_line() {
        // HALT is read by the language coders; English writes such acts as phrases ("suspend ~ talks").
        assertThatThrownBy(() -> Lexicon.fromLines(List.of(), List.of(), lines("modifiers.tsv", "HALT\tsuspend\n")))
                .hasMessageStartingWith("modifiers.tsv:1: HALT is read by the language coders only");
    }

    @Test
    void a_malformed_gazetteer_line_fails_naming_file_and_line() {
        List<DataFile.Line> none = List.of();
        assertThatThrownBy(() -> Gazetteer.fromLines(lines("countries.tsv", "# c\nIRN\tname\tIran\nIRAN\tname\tPersia\n"), none, none))
                .hasMessage("countries.tsv:3: code 'IRAN' is not of the form [A-Z]{3}");
        assertThatThrownBy(() -> Gazetteer.fromLines(lines("countries.tsv", "IRN\tnickname\tPersia\n"), none, none))
                .hasMessageStartingWith("countries.tsv:1: unknown kind 'nickname'");
        assertThatThrownBy(() -> Gazetteer.fromLines(lines("countries.tsv", "IRN\tname\n"), none, none))
                .hasMessageStartingWith("countries.tsv:1: expected CODE<TAB>KIND<TAB>SURFACE");
        assertThatThrownBy(() -> Gazetteer.fromLines(lines("countries.tsv", "IRN\tleader\tX Y\t2024-13-01\t\n"), none, none))
                .hasMessageStartingWith("countries.tsv:1: FROM '2024-13-01' is not a date");
        assertThatThrownBy(() -> Gazetteer.fromLines(lines("countries.tsv", "IRN\tname\tIran\nIRQ\tname\tIran\n"), none, none))
                .hasMessage("countries.tsv:2: 'Iran' already names IRN, cannot also name IRQ");
    }

    @Test
    void a_malformed_lexicon_line_fails_naming_file_and_line() {
        List<DataFile.Line> none = List.of();
        assertThatThrownBy(() -> Lexicon.fromLines(lines("signals.tsv", "ATTACK\t-10\tattack\nBOMBARD\t-9\tbomb\n"), none, none))
                .hasMessageStartingWith("signals.tsv:2: unknown signal 'BOMBARD'; accepted: ");
        assertThatThrownBy(() -> Lexicon.fromLines(lines("signals.tsv", "CEASEFIRE\t-8\ttruce\n"), none, none))
                .hasMessage("signals.tsv:1: CEASEFIRE is DEESCALATION so its weight must be positive");
        assertThatThrownBy(() -> Lexicon.fromLines(lines("signals.tsv", "ATTACK\tten\tattack\n"), none, none))
                .hasMessage("signals.tsv:1: weight 'ten' is not a number");
        assertThatThrownBy(() -> Lexicon.fromLines(lines("signals.tsv", "ATTACK\t-10\t~ attack\n"), none, none))
                .hasMessageContaining("must start and end with a word");
        assertThatThrownBy(() -> Lexicon.fromLines(none, lines("contexts.tsv", "GOSSIP\tcelebrity\n"), none))
                .hasMessageStartingWith("contexts.tsv:1: unknown context 'GOSSIP'");
    }

    @Test
    void a_word_class_stands_for_each_of_its_members_in_every_phrase_that_uses_it() {
        List<DataFile.Line> expanded = WordClasses.expand(lines("signals.tsv",
                "CONSULT\t2\tsend ~ {message} to\n@message\tletter | note\nAGREE\t7\tsign ~ {paper} with ~ {message}\n"
                        + "@paper\taccord|memorandum\nATTACK\t-10\tshell\n"), 2);
        assertThat(expanded).extracting(l -> l.column(2)).containsExactly("send ~ letter to", "send ~ note to",
                "sign ~ accord with ~ letter", "sign ~ accord with ~ note", "sign ~ memorandum with ~ letter",
                "sign ~ memorandum with ~ note", "shell");
        assertThat(expanded).extracting(DataFile.Line::number).containsExactly(1, 1, 3, 3, 3, 3, 5);
        Lexicon lexicon = Lexicon.fromLines(lines("signals.tsv", "CONSULT\t2\tsend ~ {message} to\n@message\tletter | note\n"),
                List.of(), List.of());
        assertThat(lexicon.signals(Tokenizer.tokenize("Seoul sent a note to Tokyo"))).hasSize(1);
    }

    @Test
    void an_unknown_or_malformed_word_class_fails_naming_file_and_line() {
        List<DataFile.Line> none = List.of();
        assertThatThrownBy(() -> Lexicon.fromLines(lines("signals.tsv", "@message\tletter\nCONSULT\t2\tsend ~ {mesage}\n"), none, none))
                .hasMessage("signals.tsv:2: unknown class {mesage}; defined: [message]");
        assertThatThrownBy(() -> Lexicon.fromLines(lines("signals.tsv", "@message\t | \n"), none, none))
                .hasMessage("signals.tsv:1: class @message is empty or defined twice");
        assertThatThrownBy(() -> Lexicon.fromLines(lines("signals.tsv", "@Message\tletter\n"), none, none))
                .hasMessageStartingWith("signals.tsv:1: expected @class<TAB>member | member");
    }

    @Test
    void a_leader_names_a_country_only_while_in_office() {
        Gazetteer g = Gazetteer.fromLines(lines("countries.tsv",
                "XXA\tname\tAlphaland\nXXB\tname\tBetaland\nXXA\tleader\tJane Roe\t2020-01-01\t2022-12-31\n"), List.of(), List.of());
        List<Token> tokens = Tokenizer.tokenize("Jane Roe threatened Betaland.");
        assertThat(g.find(tokens, java.time.LocalDate.parse("2021-06-01"))).extracting(Gazetteer.Mention::code)
                .containsExactly("XXA", "XXB");
        assertThat(g.find(tokens, java.time.LocalDate.parse("2024-06-01"))).extracting(Gazetteer.Mention::code)
                .containsExactly("XXB");
    }
}
