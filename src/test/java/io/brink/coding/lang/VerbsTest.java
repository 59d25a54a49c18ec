package io.brink.coding.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.brink.coding.DataFile;

/** A verb's forms from grammar.tsv's FORMS and PREFIX lines, so one lexicon entry finds every tense. */
class VerbsTest {

    private static final Verbs GERMAN = new Verbs(lines("""
            PREFIX\tinseparable\tbe ver
            PREFIX\tseparable\tan frei zurück wieder auf
            FORMS\tschießen schießt schoss schossen geschossen
            FORMS\tlassen lässt ließ ließen gelassen
            FORMS\tgeben gibt gab gaben gegeben
            FORMS\tbringen bringt brachte brachten gebracht
            """));

    private static List<DataFile.Line> lines(String text) {
        return DataFile.read("grammar.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_strong_verb_is_found_in_every_form_listed() {
        assertThat(GERMAN.forms("ließ")).containsExactly("lassen", "lässt", "ließ", "ließen", "gelassen");
        assertThat(GERMAN.forms("Sanktionen")).isEmpty();
    }

    @Test
    void an_inseparable_prefix_stays_on_the_verb_and_its_participle_has_no_ge() {
        assertThat(GERMAN.forms("beschoss"))
                .containsExactly("beschießen", "beschießt", "beschoss", "beschossen", "beschossen");
        assertThat(GERMAN.forms("vergeben")).contains("vergab", "vergibt");
        // "ergeben" is not "er" and the participle "geben": a participle never takes an inseparable prefix.
        assertThat(GERMAN.forms("begegeben")).isEmpty();
    }

    @Test
    void a_separable_prefix_joins_the_verb_at_a_clause_end_and_keeps_the_participles_ge() {
        assertThat(GERMAN.forms("freigelassen")).contains("freilassen", "freilässt", "freiließ", "freigelassen");
        assertThat(Verbs.joined("frei", GERMAN.verbOfSeparable("ließ")))
                .containsExactly("freilassen", "freilässt", "freiließ", "freiließen", "freigelassen")
                .as("the infinitive with zu is asked, threatened or meant, not done").doesNotContain("freizulassen");
    }

    @Test
    void a_weak_past_written_alone_finds_its_present_and_participle_but_not_its_infinitive() {
        assertThat(GERMAN.weakForms("lobte")).containsExactly("lobt", "lobte", "lobten", "gelobt");
        // An inseparable prefix takes no "ge-"; "-ieren" verbs none either.
        assertThat(GERMAN.weakForms("verhaftete")).endsWith("verhaftet").doesNotContain("geverhaftet");
        assertThat(GERMAN.weakForms("bombardierte")).endsWith("bombardiert");
        // A strong verb's past has its own paradigm; an adjective's stem is too short to be a verb's.
        assertThat(GERMAN.weakForms("brachte")).isEmpty();
        assertThat(GERMAN.weakForms("gute")).isEmpty();
    }

    @Test
    void a_weak_separable_verb_is_read_by_its_ending() {
        assertThat(GERMAN.verbOfSeparable("setzte")).containsExactly("setzen", "setzt", "setzte", "setzten", "gesetzt");
        assertThat(GERMAN.verbOfSeparable("ordnete")).containsExactly("ordnen", "ordnet", "ordnete", "ordneten", "geordnet");
        assertThat(GERMAN.verbOfSeparable("marschierte")).endsWith("marschiert");
        assertThat(GERMAN.isSeparable("zurück")).isTrue();
        assertThat(GERMAN.isSeparable("gegen")).isFalse();
    }

    @Test
    void a_malformed_line_names_its_line_and_the_format() {
        assertThatThrownBy(() -> new Verbs(lines("FORMS\tlassen ließ\n"))).hasMessageContaining("grammar.tsv:1")
                .hasMessageContaining("FORMS<TAB>INFINITIVE");
        assertThatThrownBy(() -> new Verbs(lines("PREFIX\tdetachable\tan\n"))).hasMessageContaining("grammar.tsv:1")
                .hasMessageContaining("inseparable|separable");
        assertThatThrownBy(() -> new Grammar(lines("NOUNS\tlower\n"))).hasMessageContaining("NOUNS<TAB>capitalised");
    }
}
