package io.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class PageExtractorTest {

    static final List<String> BOILERPLATE_PAGES = List.of("harbour-flood", "summit-divs", "eastgate-election");

    static String html(String name) {
        return new String(FixtureWeb.resource("/extraction/" + name + ".html"), StandardCharsets.UTF_8);
    }

    static String story(String name) {
        return new String(FixtureWeb.resource("/extraction/" + name + ".story.txt"), StandardCharsets.UTF_8);
    }

    static PageExtractor.Page extract(String name) {
        return PageExtractor.extract(FixtureWeb.resource("/extraction/" + name + ".html"), null,
                URI.create("http://127.0.0.1/" + name));
    }

    @Test
    void on_the_boilerplate_pages_at_least_95_percent_of_the_story_is_kept_and_no_boilerplate_leaks() {
        Sentences total = new Sentences(0, 0, List.of());
        for (String page : BOILERPLATE_PAGES) {
            Sentences s = Sentences.measure(story(page), extract(page).text());
            assertThat(s.leaked()).as(page + " leaked").isEmpty();
            total = total.plus(s);
        }
        assertThat(total.keptShare()).as("story sentences kept").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void the_story_paragraphs_come_out_in_order_separated_by_blank_lines() {
        String text = extract("harbour-flood").text();
        assertThat(text).startsWith("The new tidal barrier at Port Meridian held back a storm surge on Sunday night")
                .endsWith("the gates would be raised again if needed.");
        assertThat(text.split("\n\n")).hasSize(6);
    }

    @Test
    void metadata_come_from_the_page_canonical_link_published_time_json_ld_and_lang() {
        PageExtractor.Page flood = extract("harbour-flood");
        assertThat(flood.canonical()).isEqualTo(URI.create("https://harbour-courier.example/uk/flood-barrier-holds"));
        assertThat(flood.published()).isEqualTo(Instant.parse("2026-11-01T18:45:00Z"));
        assertThat(flood.title()).isEqualTo("Flood barrier holds as storm surge hits Port Meridian");
        assertThat(flood.language()).isEqualTo("en");
        PageExtractor.Page summit = extract("summit-divs");
        assertThat(summit.published()).isEqualTo(Instant.parse("2026-10-30T13:00:00Z"));
        assertThat(summit.language()).isEqualTo("fr");
        PageExtractor.Page election = extract("eastgate-election");
        assertThat(election.published()).isEqualTo(Instant.parse("2026-10-28T00:00:00Z"));
        assertThat(election.canonical()).isNull();
        assertThat(election.title()).isEqualTo("Turnout rises in Eastgate's council election");
    }

    @Test
    void a_windows_1251_page_is_read_in_the_charset_its_header_names() {
        byte[] body = FixtureWeb.resource("/news/volga-ferry.cp1251.html");
        PageExtractor.Page page = PageExtractor.extract(body, Charset.forName("windows-1251"), URI.create("http://127.0.0.1/v"));
        assertThat(page.text()).contains("Паромная переправа между Самарой и Тольятти снова работает");
        assertThat(page.language()).isEqualTo("ru");
        assertThat(page.title()).isEqualTo("Паромная переправа на Волге открылась после ремонта");
    }

    @Test
    void a_shift_jis_page_is_read_in_the_charset_its_meta_tag_names_when_the_header_names_none() {
        byte[] body = FixtureWeb.resource("/news/sapporo-snow.sjis.html");
        PageExtractor.Page page = PageExtractor.extract(body, null, URI.create("http://127.0.0.1/s"));
        assertThat(page.text()).contains("札幌管区気象台は二日朝、札幌で初雪を観測したと発表しました。");
        assertThat(page.language()).isEqualTo("ja");
        assertThat(page.published()).isEqualTo(Instant.parse("2026-11-01T23:30:00Z"));
    }

    @Test
    void a_page_without_paragraphs_has_no_text() {
        PageExtractor.Page page = PageExtractor.extract("<html><body><nav><a href='/'>Home</a></nav></body></html>"
                .getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, URI.create("http://127.0.0.1/e"));
        assertThat(page.text()).isEmpty();
    }

    @Test
    void language_tags_are_reduced_to_their_primary_subtag() {
        assertThat(PageExtractor.primaryLanguage("en-GB")).isEqualTo("en");
        assertThat(PageExtractor.primaryLanguage("ru_RU")).isEqualTo("ru");
        assertThat(PageExtractor.primaryLanguage("")).isNull();
        assertThat(PageExtractor.primaryLanguage("x")).isNull();
    }
}
