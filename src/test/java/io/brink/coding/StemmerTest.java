package io.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.brink.tools.IrregularVerbs;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.Test;

class StemmerTest {

    @Test
    void the_inflections_of_every_lexicon_verb_share_its_stem() throws Exception {
        // WordNet's morphology decides which spelled-out forms are real inflections of the verb
        // ("banned" of "ban", not "baned"); each must stem as the lexicon's own word does, or a
        // phrase misses every sentence that inflects it ("rebuffed" against "rebuff").
        Dictionary wordnet = Dictionary.getDefaultResourceInstance();
        Set<String> verbs = new TreeSet<>();
        for (DataFile.Line line : Lexicon.signalLines()) {
            for (String word : line.column(2).split(" ")) {
                if (word.matches("[a-z]{3,}") && wordnet.getIndexWord(POS.VERB, word) != null) {
                    verbs.add(word);
                }
            }
        }
        assertThat(verbs).hasSizeGreaterThan(200);
        List<String> mismatches = new ArrayList<>();
        for (String verb : verbs) {
            for (String form : spellings(verb)) {
                if (!form.equals(verb) && wordnet.getMorphologicalProcessor()
                        .lookupAllBaseForms(POS.VERB, form).contains(verb)
                        && !Stemmer.stem(form).equals(Stemmer.stem(verb))) {
                    mismatches.add(form + " (" + Stemmer.stem(form) + ") vs " + verb + " (" + Stemmer.stem(verb) + ")");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /**
     * Candidate inflections by English spelling rules, with and without a doubled final
     * consonant ("banned", "travelled"); WordNet keeps the real ones.
     */
    private static Set<String> spellings(String verb) {
        Set<String> forms = new LinkedHashSet<>();
        int n = verb.length();
        char last = verb.charAt(n - 1);
        boolean consonantY = last == 'y' && !isVowel(verb.charAt(n - 2));
        if (verb.endsWith("e")) {
            forms.add(verb + "d");
            forms.add(verb.endsWith("ee") || verb.endsWith("oe") || verb.endsWith("ye") ? verb + "ing"
                    : verb.endsWith("ie") ? verb.substring(0, n - 2) + "ying" : verb.substring(0, n - 1) + "ing");
        } else if (consonantY) {
            forms.add(verb.substring(0, n - 1) + "ied");
            forms.add(verb + "ing");
        } else {
            forms.add(verb + "ed");
            forms.add(verb + "ing");
            if (!isVowel(last) && "wxy".indexOf(last) < 0 && isVowel(verb.charAt(n - 2))) {
                forms.add(verb + last + "ed");
                forms.add(verb + last + "ing");
            }
        }
        boolean sibilant = verb.endsWith("s") || verb.endsWith("x") || verb.endsWith("z") || verb.endsWith("ch")
                || verb.endsWith("sh");
        forms.add(sibilant ? verb + "es" : consonantY ? verb.substring(0, n - 1) + "ies" : verb + "s");
        return forms;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    @Test
    void a_verb_ending_in_a_double_consonant_keeps_it_and_a_doubled_one_loses_it() {
        assertThat(Stemmer.stem("rebuffed")).isEqualTo(Stemmer.stem("rebuff"));
        assertThat(Stemmer.stem("killed")).isEqualTo(Stemmer.stem("kill"));
        assertThat(Stemmer.stem("banned")).isEqualTo(Stemmer.stem("ban"));
        assertThat(Stemmer.stem("hitting")).isEqualTo(Stemmer.stem("hit"));
    }

    @Test
    void an_irregular_past_stems_as_its_verb_so_lexicon_phrases_match_it() {
        assertThat(Stemmer.stem("shook")).isEqualTo(Stemmer.stem("shake"));
        assertThat(Stemmer.stem("paid")).isEqualTo(Stemmer.stem("pay"));
        assertThat(Stemmer.stem("tore")).isEqualTo(Stemmer.stem("tear"));
        assertThat(Stemmer.stem("withheld")).isEqualTo(Stemmer.stem("withhold"));
        assertThat(Stemmer.stem("laid")).isEqualTo(Stemmer.stem("lay"));
    }

    @Test
    void a_form_that_is_also_a_verb_of_its_own_stays_that_verb() {
        // "found" a party is not "find", and "lay" must stay "lay" for "laid" to meet it.
        assertThat(Stemmer.stem("found")).isNotEqualTo(Stemmer.stem("find"));
        assertThat(Stemmer.stem("lay")).isEqualTo(Stemmer.stem("lays"));
    }

    @Test
    void the_committed_table_of_irregular_forms_is_the_one_wordnet_gives() throws Exception {
        // The jar carries the generated table, not WordNet; regenerate with io.brink.tools.IrregularVerbs.
        Map<String, String> committed = new TreeMap<>();
        for (DataFile.Line line : DataFile.readResource(Stemmer.IRREGULAR_VERBS)) {
            committed.put(line.column(0), line.column(1));
        }
        assertThat(committed).isEqualTo(IrregularVerbs.table(Dictionary.getDefaultResourceInstance()));
    }
}
