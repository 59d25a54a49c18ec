package io.brink.coding.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.brink.coding.DataFile;

/** The parts of a language's coder, each alone: clauses, time, modifiers. */
class PartsTest {

    private static final Analysis SPANISH = new Analysis("Spanish", List.of());
    private static final Grammar GRAMMAR = new Grammar(new LanguageFiles("es").read("grammar"));

    private static List<DataFile.Line> lines(String text) {
        return DataFile.read("test.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Words as a segmenter might cut them, keyed by their text. */
    private static List<Word> cut(String... pieces) {
        List<Word> words = new java.util.ArrayList<>();
        int at = 0;
        for (String p : pieces) {
            words.add(new Word(p, p, p, p, at, at + p.length(), false));
            at += p.length();
        }
        return words;
    }

    @Test
    void on_characters_a_phrase_matches_however_the_segmenter_cut_it_but_only_from_word_to_word() {
        Phrases<String> phrases = new Phrases<String>(Word::stem).withCharacters(w -> w.text().equals("了"));
        phrases.add(List.of("停止", "供货"), "halt");
        phrases.add(List.of("单方面", "宣布", Phrases.GAP, "停火"), "truce");
        assertThat(phrases.find(cut("俄方", "停止供", "货"))).extracting(Phrases.Match::payload).containsExactly("halt");
        assertThat(phrases.find(cut("俄方", "停", "止", "供货"))).extracting(Phrases.Match::payload).containsExactly("halt");
        assertThat(phrases.find(cut("单方", "面", "宣布", "即日起", "停火")))
                .extracting(Phrases.Match::payload).containsExactly("truce");
        assertThat(phrases.find(cut("俄方", "停止", "了", "供货")))
                .as("an aspect particle inside the phrase is passed over").extracting(Phrases.Match::payload)
                .containsExactly("halt");
        assertThat(phrases.find(cut("不", "停止", "供货商")))
                .as("a phrase ends where a word does: 供货商 is a supplier").isEmpty();

        Phrases<String> onWords = new Phrases<>(Word::stem);
        onWords.add(List.of("停止", "供货"), "halt");
        assertThat(onWords.find(cut("俄方", "停止供", "货"))).as("on words, the cut decides").isEmpty();
    }

    @Test
    void a_comma_before_pero_starts_a_clause_and_a_relative_clause_is_one_of_its_own() {
        List<Word> words = SPANISH.words("Rusia atacó, pero Ucrania resistió");
        int[] clause = Clauses.of(words, GRAMMAR);
        assertThat(clause[0]).isEqualTo(clause[1]).isNotEqualTo(clause[4]);

        words = SPANISH.words("Rusia, que invadió Ucrania, amenazó a Polonia");
        clause = Clauses.of(words, GRAMMAR);
        // Rusia and amenazó share a clause; invadió and Ucrania are in the relative one.
        assertThat(clause[0]).isEqualTo(clause[6]).isNotEqualTo(clause[3]);
    }

    @Test
    void a_reporting_clause_after_a_comma_is_an_attribution_until_que() {
        List<Word> words = SPANISH.words("Rusia atacó Ucrania, dijo el ministro francés");
        boolean[] attribution = Clauses.attribution(words, Clauses.of(words, GRAMMAR), GRAMMAR, new int[0]);
        assertThat(attribution[0]).isFalse();
        assertThat(attribution[words.size() - 1]).isTrue();

        words = SPANISH.words("Francia, dijo que Rusia atacó Ucrania");
        attribution = Clauses.attribution(words, Clauses.of(words, GRAMMAR), GRAMMAR, new int[0]);
        assertThat(attribution[4]).as("Rusia, after 'que'").isFalse();

        words = SPANISH.words("Rusia, dijo el ministro, atacó Ucrania");
        attribution = Clauses.attribution(words, Clauses.of(words, GRAMMAR), GRAMMAR, new int[0]);
        assertThat(attribution[3]).as("ministro, inside the commas").isTrue();
        assertThat(attribution[6]).as("Ucrania, after the closing comma").isFalse();
    }

    @Test
    void a_past_year_is_history_and_a_weekday_is_news_by_the_article_date() {
        TimeMarkers time = new TimeMarkers(SPANISH, Locale.forLanguageTag("es"), lines("SINCE\tdesde\n"));
        LocalDate published = LocalDate.of(2026, 9, 15);
        List<Word> words = SPANISH.words("Irak invadió Kuwait en 1990");
        int[] clause = new int[words.size()];
        assertThat(TimeMarkers.isBackground(time.markers(words, published), clause, 1, new int[] {1})).isTrue();

        words = SPANISH.words("Irak invadió Kuwait el martes");
        assertThat(TimeMarkers.isBackground(time.markers(words, published), clause, 1, new int[] {1})).isFalse();

        // A month of the article's year that ended more than a week before is history too.
        words = SPANISH.words("Irak invadió Kuwait en marzo de 2026");
        assertThat(TimeMarkers.isBackground(time.markers(words, published), new int[words.size()], 1,
                new int[] {1})).isTrue();
        assertThat(time.monthNames()).contains("marzo", "septiembre");
    }

    @Test
    void since_a_past_year_after_the_act_dates_a_state_not_the_act() {
        TimeMarkers time = new TimeMarkers(SPANISH, Locale.forLanguageTag("es"), lines("SINCE\tdesde\n"));
        List<Word> words = SPANISH.words("Israel atacó Siria que ocupa el Golán desde 1967");
        assertThat(TimeMarkers.isBackground(time.markers(words, LocalDate.of(2026, 9, 15)), new int[words.size()], 1,
                new int[] {1})).isFalse();
    }

    @Test
    void a_negation_cancels_and_a_hedge_lowers_within_three_words() {
        LanguageLexicon lexicon = new LanguageLexicon(SPANISH, List.of(), lines("NEGATION\tno\nHEDGE\tpodría\n"),
                List.of());
        List<Word> words = SPANISH.words("Rusia no atacó");
        int[] clause = new int[words.size()];
        assertThat(Modality.of(words, lexicon, clause).confidence(2, clause)).isZero();
        words = SPANISH.words("Rusia podría atacar");
        assertThat(Modality.of(words, lexicon, clause).confidence(2, clause)).isEqualTo(0.9 * 0.6);
    }

    private static List<String> dyads(Roles roles, Analysis analysis, String sentence, int trigger) {
        List<Word> words = analysis.words(sentence);
        List<io.brink.coding.Gazetteer.Mention> found = new CountryNames(analysis, "es", List.of(), List.of())
                .find(words, null);
        return roles.of(words, found, new int[words.size()], trigger, trigger + 1, io.brink.model.Signal.ATTACK,
                false, List.of()).stream().map(d -> d.source().code() + ">" + d.target().code()).toList();
    }

    @Test
    void the_subject_may_follow_its_verb_where_grammar_tsv_says_verb_first() {
        Roles svo = new Roles(new Grammar(lines("AND\ty\n")));
        Roles vso = new Roles(new Grammar(lines("AND\ty\nSUBJECT\tverb-first\n")));
        // "atacó Rusia Ucrania", verb first: only the switch finds its subject after it.
        assertThat(dyads(svo, SPANISH, "atacó Rusia Ucrania", 0)).isEmpty();
        assertThat(dyads(vso, SPANISH, "atacó Rusia Ucrania", 0)).containsExactly("RUS>UKR");
        assertThat(dyads(vso, SPANISH, "atacó Rusia y Bielorrusia Ucrania", 0)).containsExactly("RUS>UKR", "BLR>UKR");
        // A subject before the verb is read alike with the switch on or off.
        assertThat(dyads(vso, SPANISH, "Rusia atacó Ucrania", 1)).isEqualTo(dyads(svo, SPANISH, "Rusia atacó Ucrania", 1))
                .containsExactly("RUS>UKR");
        assertThatThrownBy(() -> new Grammar(lines("SUBJECT\tlast\n"))).hasMessageContaining("verb-first");
    }

    @Test
    void the_capital_letter_rule_is_off_in_a_caseless_script() {
        Analysis cased = new Analysis(new Analysis.Chain("Spanish", "standard", List.of(), true), List.of(), java.util.Map.of());
        Analysis caseless = new Analysis(new Analysis.Chain("Spanish", "standard", List.of(), false), List.of(),
                java.util.Map.of());
        String text = "china compró un jarrón";
        assertThat(new CountryNames(cased, "es", List.of(), List.of()).find(cased.words(text), null)).isEmpty();
        assertThat(new CountryNames(caseless, "es", List.of(), List.of()).find(caseless.words(text), null))
                .extracting(io.brink.coding.Gazetteer.Mention::code).containsExactly("CHN");
    }

    @Test
    void a_language_s_analysis_chain_is_its_line_in_languages_tsv() {
        assertThat(LanguageCoder.chains().get("es")).isEqualTo(Analysis.Chain.of("Spanish"));
        assertThat(LanguageCoder.chains().get("ar"))
                .isEqualTo(new Analysis.Chain("Arabic", "standard", List.of("arabic"), false));
        assertThat(LanguageCoder.chains().get("zh"))
                .isEqualTo(new Analysis.Chain("none", "smartcn", List.of("traditional-simplified"), false));
        assertThatThrownBy(() -> new Analysis(new Analysis.Chain("none", "jieba", List.of(), false), List.of(),
                java.util.Map.of())).hasMessageContaining("unknown tokenizer 'jieba'");
    }
}
