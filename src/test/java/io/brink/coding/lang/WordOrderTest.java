package io.brink.coding.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.brink.coding.DataFile;
import io.brink.coding.Gazetteer;
import io.brink.model.Signal;

/**
 * grammar.tsv's ORDER: the word orders beside subject-verb-object that {@link Roles} reads only for
 * a language that names them, shown on German sentences with CLDR's country names.
 */
class WordOrderTest {

    private static final Analysis GERMAN = new Analysis("German", List.of());
    private static final CountryNames NAMES = new CountryNames(GERMAN, "de", List.of(), List.of());
    private static final String BASE = "AND\tund\nARTICLE\tdie\nARTICLE\tden\nPASSIVE\twurde\nAGENT\tvon\n";

    private static List<DataFile.Line> lines(String text) {
        return DataFile.read("test.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The dyads of the one-word trigger {@code trigger} in {@code sentence}, under {@code grammar}. */
    private static List<String> dyads(String grammar, String sentence, String trigger) {
        Grammar g = new Grammar(lines(grammar));
        List<Word> words = GERMAN.words(sentence);
        List<Gazetteer.Mention> actors = NAMES.find(words, null);
        int at = 0;
        while (!words.get(at).lower().equals(trigger)) {
            at++;
        }
        return new Roles(g).of(words, actors, Clauses.of(words, g), at, at + 1, Signal.ATTACK, false, List.of())
                .stream().map(d -> d.source().code() + ">" + d.target().code()).toList();
    }

    @Test
    void verb_final_reads_the_object_before_the_verb_and_only_where_the_language_names_it() {
        String sentence = "Russland hat die Ukraine angegriffen";
        assertThat(dyads(BASE + "ORDER\tverb-final\n", sentence, "angegriffen")).containsExactly("RUS>UKR");
        assertThat(dyads(BASE, sentence, "angegriffen")).as("subject-verb-object only").isEmpty();
        assertThat(dyads(BASE + "ORDER\tverb-final\n", "Russland und Belarus haben Polen angegriffen", "angegriffen"))
                .containsExactlyInAnyOrder("RUS>POL", "BLR>POL");
    }

    @Test
    void verb_final_finds_a_passive_agent_before_the_participle() {
        String sentence = "Die Ukraine wurde in der Nacht von Russland angegriffen";
        assertThat(dyads(BASE + "ORDER\tverb-final\n", sentence, "angegriffen")).containsExactly("RUS>UKR");
        assertThat(dyads(BASE + "ORDER\tverb-final\n", "weil die Ukraine von Russland angegriffen wurde", "angegriffen"))
                .containsExactly("RUS>UKR");
    }

    @Test
    void an_actor_in_an_object_case_before_the_verb_is_its_object_and_the_one_after_it_the_subject() {
        String sentence = "Die Ukraine attackierte Russland";
        // A made-up grammar marks "ukraine" as a form that is never a subject, to show the rule alone.
        assertThat(dyads(BASE + "OBJECT_CASE\tukraine\n", sentence, "attackierte")).containsExactly("RUS>UKR");
        assertThat(dyads(BASE, sentence, "attackierte")).containsExactly("UKR>RUS");
    }

    @Test
    void verb_second_takes_the_actor_right_after_the_verb_as_its_subject_when_none_stands_before() {
        String sentence = "Am Montag attackierte Russland die Ukraine";
        assertThat(dyads(BASE + "ORDER\tverb-second\n", sentence, "attackierte")).containsExactly("RUS>UKR");
        assertThat(dyads(BASE, sentence, "attackierte")).isEmpty();
        // An actor before the verb is still its subject.
        assertThat(dyads(BASE + "ORDER\tverb-second\n", "Russland attackierte die Ukraine", "attackierte"))
                .containsExactly("RUS>UKR");
    }
}
