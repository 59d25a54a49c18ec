package io.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import net.dankito.readability4j.Readability4J;

/**
 * Brink's extractor against a readability port (Readability4J, test scope only) on the same
 * boilerplate fixtures: story sentences kept and sentences of boilerplate let in. The figures are
 * printed for the README; only Brink's extractor is held to the target.
 */
class ExtractorComparisonTest {

    @Test
    void brinks_extractor_meets_the_target_and_both_are_measured() {
        Sentences brink = new Sentences(0, 0, List.of());
        Sentences readability = new Sentences(0, 0, List.of());
        for (String page : PageExtractorTest.BOILERPLATE_PAGES) {
            String story = PageExtractorTest.story(page);
            brink = brink.plus(Sentences.measure(story, PageExtractorTest.extract(page).text()));
            String other;
            try {
                // Its HTML, one line per block, so that its paragraphs are not run together by getTextContent().
                String html = new Readability4J("https://fixture.example/" + page, PageExtractorTest.html(page)).parse()
                        .getContent();
                other = html == null ? "" : String.join("\n", org.jsoup.Jsoup.parse(html)
                        .select("p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, div:not(:has(div, p, ul, ol))")
                        .eachText());
            } catch (RuntimeException | LinkageError e) {
                other = "";
                System.out.println("readability4j failed on " + page + ": " + e);
            }
            readability = readability.plus(Sentences.measure(story, other == null ? "" : other));
        }
        System.out.println(report("brink (jsoup + own scorer)", brink));
        System.out.println(report("readability4j 1.0.8", readability));
        assertThat(brink.keptShare()).isGreaterThanOrEqualTo(0.95);
        assertThat(brink.leaked()).isEmpty();
    }

    private static String report(String name, Sentences s) {
        return String.format(Locale.ROOT, "extractor %-28s kept %d/%d story sentences (%.0f %%), leaked %d: %s", name,
                s.kept(), s.storySentences(), 100 * s.keptShare(), s.leaked().size(), s.leaked());
    }
}
