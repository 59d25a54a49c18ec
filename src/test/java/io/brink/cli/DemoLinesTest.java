package io.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import io.brink.model.Alert;
import io.brink.model.Article;
import io.brink.model.Evidence;
import io.brink.model.Signal;

/** What the demo prints about articles: their language code, and the articles read by language. */
class DemoLinesTest {

    private static final Instant T = Instant.parse("2026-11-06T18:25:00Z");

    private static Evidence evidence(String id, String outlet, String sentence) {
        return new Evidence(sentence, id, "https://" + outlet + "/" + id, outlet, T, "COL", "VEN", Signal.AGREE, 4);
    }

    private static Alert alert(List<Evidence> evidence) {
        return new Alert(1, "COL-VEN-D-1", Alert.Kind.DEESCALATION, Alert.Status.OPEN, Alert.Severity.LOW, "COL-VEN",
                "COL<->VEN", 15.3, 0, 5.1, 3, T, T, evidence, T, T);
    }

    @Test
    void an_alert_names_the_language_of_each_article_it_cites_and_shows_evidence_read_in_another_language() {
        Alert a = alert(List.of(
                evidence("en-1", "northstar-post.example", "Venezuela restored full consular relations with Colombia."),
                evidence("en-2", "dailyglobe.example", "Colombia and Venezuela signed a border security pact."),
                evidence("es-1", "elmirador-ve.example", "Venezuela y Colombia firmaron un acuerdo de cooperación.")));
        Map<String, String> languages = Map.of("en-1", "en", "en-2", "en", "es-1", "es");

        List<String> lines = TopicFollower.formatAlert(a, languages::get).lines().toList();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("DEESCALATION", "COL<->VEN", "3 sources");
        assertThat(lines.get(1)).endsWith("\u201D \u2014 northstar-post.example [en]");
        // The second English sentence is left out, as before; the Spanish one is shown with its code.
        assertThat(lines.get(2)).contains("Venezuela y Colombia firmaron").endsWith("elmirador-ve.example [es]");
    }

    @Test
    void without_languages_an_alert_prints_as_before() {
        Alert a = alert(List.of(evidence("x", "wire.example", "Colombia and Venezuela signed a pact.")));
        assertThat(TopicFollower.formatAlert(a)).endsWith("\u201CColombia and Venezuela signed a pact.\u201D \u2014 wire.example")
                .isEqualTo(TopicFollower.formatAlert(a, id -> null));
    }

    @Test
    void an_article_brink_does_not_code_is_one_line_with_its_language() {
        Article a = new Article("demo-de-01", "https://rheinblick.example/demo-de-01", "rheinblick.example",
                Instant.parse("2026-11-02T15:30:00Z"), "Russland greift ukrainisches Stromnetz mit Raketen an", "…", "de");
        assertThat(TopicFollower.formatNotCoded(a, "de")).isEqualTo("2026-11-02 15:30  NOT CODED    "
                + "\u201CRussland greift ukrainisches Stromnetz mit Raketen an\u201D \u2014 rheinblick.example [de]");
    }

    @Test
    void the_articles_read_by_language_come_from_the_language_counter_english_first_then_coded_then_skipped() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        meters.counter("brink.articles.language", "language", "en", "outcome", "coded").increment(323);
        meters.counter("brink.articles.language", "language", "fr", "outcome", "coded").increment(5);
        meters.counter("brink.articles.language", "language", "es", "outcome", "coded").increment(4);
        meters.counter("brink.articles.language", "language", "zh", "outcome", "skipped").increment(4);
        meters.counter("brink.articles.language", "language", "de", "outcome", "skipped").increment(3);

        assertThat(DemoCommand.byLanguage(meters, Set.of("en", "es", "fr"))).isEqualTo("Articles read by language: "
                + "en 323 coded \u00B7 fr 5 coded \u00B7 es 4 coded \u00B7 zh 4 skipped \u00B7 de 3 skipped"
                + "  (Brink codes en, es, fr)");
        assertThat(DemoCommand.byLanguage(new SimpleMeterRegistry(), Set.of("en")))
                .isEqualTo("Articles read by language: none yet  (Brink codes en)");
    }
}
