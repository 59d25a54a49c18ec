package io.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.brink.model.Article;
import io.brink.model.CodedEvent;

/** A title is read as the story's first sentence, in the conventions titles are written in. */
class HeadlineTest {

    private static final Instant PUBLISHED = Instant.parse("2026-10-03T09:00:00Z");

    private static List<String> events(String title, String text) {
        return EventCoder.standard().coding(new Article("h1", "https://example.org/h1", "example.org", PUBLISHED,
                title, text, "en")).events().stream().map(e -> e.src() + ">" + e.tgt() + " " + e.signal()).toList();
    }

    @Test
    void a_flash_label_and_a_short_kicker_are_not_part_of_the_title() {
        assertThat(Headline.sentence("BREAKING: Thailand and Cambodia clash on border"))
                .isEqualTo("Thailand and Cambodia clash on border");
        assertThat(Headline.sentence("Deadly clash: Thailand shuts border crossings with Cambodia"))
                .isEqualTo("Thailand shuts border crossings with Cambodia");
        assertThat(Headline.sentence("LIVE | Talks resume in Doha")).isEqualTo("Talks resume in Doha");
    }

    @Test
    void a_closing_attribution_after_a_dash_is_dropped() {
        assertThat(Headline.sentence("Thailand, Cambodia agree ceasefire - sources"))
                .isEqualTo("Thailand, Cambodia agree ceasefire");
        assertThat(Headline.sentence("Lithuania expels Belarusian diplomats – foreign ministry"))
                .isEqualTo("Lithuania expels Belarusian diplomats");
    }

    @Test
    void a_long_phrase_before_a_colon_is_the_title_itself() {
        assertThat(Headline.sentence("Pakistan says India violated the ceasefire: army"))
                .isEqualTo("Pakistan says India violated the ceasefire: army");
    }

    @Test
    void comment_explanation_and_the_tabloid_voice_are_not_read() {
        assertThat(Headline.sentence("Analysis: why China will not invade Taiwan")).isNull();
        assertThat(Headline.sentence("Explainer: the long war between Armenia and Azerbaijan")).isNull();
        assertThat(Headline.sentence("Timeline: India and Pakistan since 1947")).isNull();
        assertThat(Headline.sentence("Rout! India blitzed by Pakistan")).isNull();
        assertThat(Headline.sentence("Could Venezuela invade Guyana? Experts weigh in")).isNull();
        assertThat(Headline.sentence("هل تهاجم إسرائيل إيران؟ محللون يجيبون")).isNull();
        assertThat(Headline.sentence("  ")).isNull();
        assertThat(Headline.sentence(null)).isNull();
    }

    @Test
    void a_title_names_the_pair_its_body_only_refers_to() {
        assertThat(events("Thailand and Cambodia clash over disputed border",
                "The clash, the most serious in a decade, spread to four points along the frontier on Saturday."))
                .contains("THA>KHM ATTACK", "KHM>THA ATTACK");
    }

    @Test
    void a_title_in_title_case_reads_as_the_same_title_in_sentence_case() {
        String body = "Officials on both sides said queues had formed before dawn.";
        assertThat(events("Venezuela Threatens Guyana Over Oil Licences", body))
                .containsExactly("VEN>GUY THREATEN")
                .isEqualTo(events("Venezuela threatens Guyana over oil licences", body));
        assertThat(events("Pakistan, Afghanistan Reopen Torkham Crossing", body))
                .containsExactlyInAnyOrder("PAK>AFG EASE", "AFG>PAK EASE");
        assertThat(events("India Expels Pakistani Diplomat Over Spying Claims", body))
                .isEqualTo(events("India expels Pakistani diplomat over spying claims", body)).isNotEmpty();
        assertThat(events("US, UK Sanction Iranian Oil Firms After Tanker Seizure", body))
                .as("names in capitals and the countries' names keep their case")
                .contains("USA>IRN SANCTION", "GBR>IRN SANCTION");
    }

    @Test
    void a_title_in_title_case_is_quoted_as_written() {
        List<CodedEvent> events = EventCoder.standard().coding(new Article("h3", null, "example.org", PUBLISHED,
                "Lithuania Expels Belarusian Envoys", "Two diplomats were given 72 hours to leave.", "en"))
                .events();
        assertThat(events).extracting(CodedEvent::sentence).containsExactly("Lithuania Expels Belarusian Envoys");
    }

    @Test
    void a_title_event_carries_the_title_as_its_sentence() {
        List<CodedEvent> events = EventCoder.standard().coding(new Article("h2", null, "example.org", PUBLISHED,
                "BREAKING: Lithuania expels Belarusian envoys", "Two diplomats were given 72 hours to leave.", "en"))
                .events();
        assertThat(events).extracting(CodedEvent::sentence).containsExactly("Lithuania expels Belarusian envoys");
    }

    @Test
    void a_title_adds_nothing_where_its_body_already_reports_that_side_of_the_pair() {
        String body = "In a phone call on Monday, the leaders of Eritrea and Ethiopia agreed to deepen economic ties.";
        assertThat(events("Eritrean, Ethiopian leaders discuss ties in phone call", body))
                .isNotEmpty().isEqualTo(events(null, body)).doesNotContain("ERI>ETH CONSULT");
    }

    @Test
    void the_title_of_a_match_report_is_no_event_even_where_its_body_names_no_sport() {
        assertThat(events("India blitzed by Pakistan",
                "Pakistan were far too strong for their neighbours on Thursday. The Indian side was outgunned in "
                        + "the second half.")).isEmpty();
        assertThat(events("India blitzed by Pakistan", "Pakistan were far too strong for their neighbours on Thursday."))
                .as("above a body with no sport in it, the title is read").containsExactly("PAK>IND ATTACK");
    }

    @Test
    void a_title_that_is_a_question_or_a_piece_of_comment_is_not_read() {
        assertThat(events("Will China blockade Taiwan?", "Analysts are divided on Beijing's intentions.")).isEmpty();
        assertThat(events("Opinion: Russia will attack Moldova next", "The signs are there for all to see."))
                .isEmpty();
    }

    @Test
    void every_language_reads_its_titles() {
        List<String> events = LanguageGate.standardCoder("es", EventCoder.standard()).coding(new Article("h3", null,
                "example.es", PUBLISHED, "México y Ecuador restablecen relaciones diplomáticas",
                "Los dos gobiernos firmaron un comunicado conjunto el lunes.", "es")).events().stream()
                .map(e -> e.src() + ">" + e.tgt() + " " + e.signal()).toList();
        assertThat(events).contains("MEX>ECU RESTORE_RELATIONS", "ECU>MEX RESTORE_RELATIONS");
    }

    @Test
    void labels_of_comment_are_known_in_every_language() {
        assertThat(Headline.sentence("Análisis: la guerra que nadie quiere")).isNull();
        assertThat(Headline.sentence("Kommentar: Warum Moskau nicht nachgibt")).isNull();
        assertThat(Headline.sentence("评论：美国对华制裁的代价")).isNull();
        assertThat(Headline.sentence("快讯：中国与菲律宾海警在仁爱礁对峙")).isEqualTo("中国与菲律宾海警在仁爱礁对峙");
    }
}
