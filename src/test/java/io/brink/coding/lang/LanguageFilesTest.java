package io.brink.coding.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.brink.coding.DataFile;
import io.brink.coding.LanguageGate;
import io.brink.model.Signal;

/** Each language's knowledge is data a native speaker can correct; a mistake in it fails at start-up by name. */
class LanguageFilesTest {

    private static final List<String> FILES = List.of("grammar", "signals", "modifiers", "contexts", "gazetteer",
            "time");

    private static List<DataFile.Line> lines(String text) {
        return DataFile.read("test.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void every_language_listed_loads_and_is_one_brink_codes() {
        assertThat(LanguageCoder.languages()).containsKeys("es", "fr", "de", "ru", "ar", "zh", "pt");
        for (String language : LanguageCoder.languages().keySet()) {
            LanguageCoder coder = LanguageCoder.standard(language);
            assertThat(coder.lexiconSize()).as(language).isGreaterThan(200);
            // CLDR's names alone are about 250; the language's own file adds demonyms and capitals.
            assertThat(coder.gazetteerSize()).as(language).isGreaterThan(1_000);
            assertThat(LanguageGate.CODED).contains(language);
        }
    }

    @Test
    void kosovo_is_named_in_every_language_from_cldr_though_iso_lists_no_code_for_it() {
        // "XK" is user-assigned, so Locale.getISOCountries() leaves it out; CLDR names it in each language.
        assertThat(ChineseCoderTest.events("塞尔维亚谴责科索沃当局。")).containsExactly("SRB>XKX:ACCUSE");
        assertThat(LanguageSentences.dyads(LanguageSentences.coding("ar", "أدانت صربيا كوسوفو.").events()))
                .containsExactly("SRB>XKX:ACCUSE");
    }

    @Test
    void every_file_says_its_language_in_its_header() {
        for (String language : LanguageCoder.languages().keySet()) {
            LanguageFiles files = new LanguageFiles(language);
            for (String name : FILES) {
                assertThat(files.read(name)).as(language + "/" + name).isNotEmpty();
            }
        }
        assertThatThrownBy(() -> LanguageFiles.checkHeader("fr/signals.tsv", "# language: es\nATTACK\t-10\tx\n", "fr"))
                .hasMessageContaining("fr/signals.tsv").hasMessageContaining("'es'");
        assertThatThrownBy(() -> LanguageFiles.checkHeader("fr/signals.tsv", "# signals\nATTACK\t-10\tx\n", "fr"))
                .hasMessageContaining("no header line '# language: fr'");
    }

    @Test
    void each_language_covers_the_escalation_and_de_escalation_categories_of_the_english_lexicon() {
        Set<Signal> expected = EnumSet.of(Signal.THREATEN, Signal.ULTIMATUM, Signal.MOBILIZE, Signal.ATTACK,
                Signal.ASSASSINATE, Signal.SANCTION, Signal.EXPEL, Signal.ACCUSE, Signal.REJECT, Signal.WARN,
                Signal.CYBER, Signal.DEMAND, Signal.COERCE, Signal.PROTEST, Signal.APPEAL_RESTRAINT, Signal.CEASEFIRE,
                Signal.NEGOTIATE, Signal.MEDIATE, Signal.AGREE, Signal.WITHDRAW, Signal.RELEASE,
                Signal.RESTORE_RELATIONS, Signal.AID, Signal.ARMS_TRANSFER, Signal.DEESCALATION_MECHANISM,
                Signal.CONSULT, Signal.COOPERATE, Signal.EASE, Signal.SETTLE);
        for (String language : LanguageCoder.languages().keySet()) {
            Set<Signal> found = EnumSet.noneOf(Signal.class);
            for (DataFile.Line line : io.brink.coding.WordClasses.expand(new LanguageFiles(language).read("signals"), 2)) {
                found.add(Signal.valueOf(line.column(0)));
            }
            assertThat(found).as(language).containsAll(expected);
        }
    }

    @Test
    void no_sport_or_business_word_shares_its_stem_with_a_signal_word() {
        // French "attaquant" (a striker) stems as "attaquer": listed as sport it silenced every attack.
        for (String language : LanguageCoder.languages().keySet()) {
            LanguageFiles files = new LanguageFiles(language);
            Analysis analysis = LanguageCoder.standard(language).analysis();
            Set<String> signalStems = new HashSet<>();
            for (DataFile.Line line : io.brink.coding.WordClasses.expand(files.read("signals"), 2)) {
                List<String> keys = LanguageLexicon.keys(analysis, line, line.column(2));
                // A longer phrase says what the word means in it ("grève de la faim" is a protest,
                // "grève" alone labour news): only a signal word alone would be silenced.
                if (keys.size() == 1) {
                    signalStems.add(keys.get(0));
                }
            }
            for (DataFile.Line line : files.read("contexts")) {
                List<String> keys = LanguageLexicon.keys(analysis, line, line.column(1));
                if (keys.size() == 1) {
                    assertThat(signalStems).as(language + " context '" + line.column(1) + "'")
                            .doesNotContain(keys.get(0));
                }
            }
        }
    }

    @Test
    void a_malformed_line_names_its_file_and_line() {
        Analysis analysis = new Analysis("Spanish", List.of());
        assertThatThrownBy(() -> new LanguageLexicon(analysis, lines("# c\nATACAR\t-10\tatacar\n"), List.of(),
                List.of())).hasMessageContaining("test.tsv:2").hasMessageContaining("unknown signal 'ATACAR'");
        assertThatThrownBy(() -> new LanguageLexicon(analysis, lines("ATTACK\t10\tatacar\n"), List.of(), List.of()))
                .hasMessageContaining("test.tsv:1").hasMessageContaining("negative");
        assertThatThrownBy(() -> new LanguageLexicon(analysis, lines("CEASEFIRE\t8\ttregua\tambos\n"), List.of(),
                List.of())).hasMessageContaining("may only be 'both'");
        assertThatThrownBy(() -> new CountryNames(analysis, "es", lines("VEN\tdemonym\tvenezolano\nCOL\tdemonym\tvenezolano\n"),
                List.of())).hasMessageContaining("test.tsv:2").hasMessageContaining("already names VEN");
        assertThatThrownBy(() -> new Grammar(lines("AND\ty\nCONJ\to\n"))).hasMessageContaining("test.tsv:2")
                .hasMessageContaining("unknown word class 'CONJ'");
        assertThatThrownBy(() -> new Grammar(lines("GAP\tmany\n"))).hasMessageContaining("test.tsv:1")
                .hasMessageContaining("a number from 1 to 12");
        assertThatThrownBy(() -> new TimeMarkers(analysis, java.util.Locale.forLanguageTag("es"),
                lines("LATER\tmañana\n"))).hasMessageContaining("unknown kind 'LATER'");
    }

    @Test
    void country_names_come_from_cldr_in_the_language() {
        Analysis analysis = new Analysis("French", List.of("l"));
        CountryNames names = new CountryNames(analysis, "fr", List.of(), List.of());
        List<io.brink.coding.Gazetteer.Mention> found = names.find(
                analysis.words("Le Royaume-Uni, les États-Unis, la Nouvelle-Zélande et la Norvège."), null);
        assertThat(found).extracting(io.brink.coding.Gazetteer.Mention::code)
                .containsExactly("GBR", "USA", "NZL", "NOR");
    }

    @Test
    void a_language_brink_does_not_code_yet_gets_its_country_names_from_cldr_alone() {
        // The first step of an eighth language, tried for German: no file written, names known.
        Analysis analysis = new Analysis("German", List.of());
        CountryNames names = new CountryNames(analysis, "de", List.of(), List.of());
        assertThat(names.size()).isGreaterThan(240);
        assertThat(names.find(analysis.words("Russland, die Vereinigten Staaten und Österreich"), null))
                .extracting(io.brink.coding.Gazetteer.Mention::code).contains("RUS", "AUT");
    }

    @Test
    void a_name_written_with_a_capital_needs_one_in_the_text() {
        Analysis analysis = new Analysis("Spanish", List.of());
        CountryNames names = new CountryNames(analysis, "es", List.of(), List.of());
        assertThat(names.find(analysis.words("China compró un jarrón de porcelana china."), null))
                .extracting(io.brink.coding.Gazetteer.Mention::code).containsExactly("CHN");
    }
}
