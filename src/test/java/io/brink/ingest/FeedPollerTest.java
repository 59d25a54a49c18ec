package io.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import io.brink.ingest.FeedPoller.ItemResult;
import io.brink.ingest.FeedPoller.PollResult;
import io.brink.model.Article;
import io.brink.model.Json;

/** Polls of the fixture site on a real local web server, into a JSON Lines file. */
class FeedPollerTest {

    static final String CONTACT = "ingest-owner@brink.example";

    @TempDir
    Path dir;
    FixtureWeb web;
    SimpleMeterRegistry meters;

    @BeforeEach
    void start() throws Exception {
        web = FixtureWeb.start();
        meters = new SimpleMeterRegistry();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    /**
     * Long enough for the 8 MB page to start arriving on a loaded 2-core machine (its cap, not the
     * timeout, must stop it), short enough that the slow feed ({@link FixtureWeb#SLOW_MILLIS}) times out.
     */
    static final Duration TIMEOUT = Duration.ofMillis(FixtureWeb.SLOW_MILLIS * 2 / 3);

    static IngestSettings settings(Duration hostDelay) {
        return new IngestSettings(IngestSettings.userAgent("test", CONTACT), TIMEOUT, 1024 * 1024, 5,
                hostDelay, 8, 1, Duration.ofMillis(20), Duration.ofMinutes(5));
    }

    /** A poller over a fresh fetcher (as after a restart) and the seen-ids file in {@link #dir}. */
    final class Ingester implements AutoCloseable {
        final Fetcher fetcher = new Fetcher(settings(Duration.ZERO), meters);
        final SeenIds seen = SeenIds.open(dir.resolve("seen.txt"));
        final JsonLinesSink sink = new JsonLinesSink(dir.resolve("out.jsonl"));
        final FeedPoller poller = new FeedPoller(settings(Duration.ZERO), fetcher, seen, sink, meters, 1024 * 1024);
        final List<String> problems = new ArrayList<>();

        Ingester() throws Exception {
        }

        FeedPoller.PollReport poll(List<URI> feeds) throws InterruptedException {
            return poller.poll(feeds, new FeedPoller.Listener() {
                @Override
                public void feedDone(FeedPoller.FeedReport report) {
                }

                @Override
                public void itemProblem(URI feed, URI item, ItemResult result, String why) {
                    problems.add(result + " " + item.getPath() + ": " + why);
                }
            });
        }

        @Override
        public void close() throws Exception {
            poller.close();
            sink.close();
            seen.close();
            fetcher.close();
        }
    }

    List<URI> fixtureFeeds() throws Exception {
        Path list = dir.resolve("feeds.opml");
        Files.writeString(list, web.text("/feeds.opml"));
        return FeedList.read(list);
    }

    List<Article> written() throws Exception {
        List<Article> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("out.jsonl"), StandardCharsets.UTF_8)) {
            out.add(Json.MAPPER.readValue(line, Article.class));
        }
        return out;
    }

    @Test
    void one_poll_of_the_fixture_feeds_sends_each_story_once_and_reports_each_broken_feed() throws Exception {
        try (Ingester ingester = new Ingester()) {
            FeedPoller.PollReport report = ingester.poll(fixtureFeeds());
            Map<String, FeedPoller.FeedReport> byPath = report.feeds().stream()
                    .collect(Collectors.toMap(f -> f.feed().getPath(), Function.identity()));
            assertThat(byPath.get("/feeds/wire.rss").result()).isEqualTo(PollResult.OK);
            assertThat(byPath.get("/feeds/herald.rdf").result()).isEqualTo(PollResult.OK);
            assertThat(byPath.get("/feeds/observer.atom").result()).isEqualTo(PollResult.OK);
            assertThat(byPath.get("/feeds/missing.xml").error()).contains("HTTP 404");
            assertThat(byPath.get("/feeds/server-error.xml").error()).contains("HTTP 500");
            assertThat(byPath.get("/feeds/server-error.xml").attempts()).isEqualTo(2);
            assertThat(byPath.get("/feeds/malformed.xml").error()).contains("not a feed");
            assertThat(byPath.get("/slow/feed.xml").error()).contains("ingest.timeout");
            assertThat(report.feeds(PollResult.FAILED)).isEqualTo(4);
            assertThat(report.items(ItemResult.SENT)).as(ingester.problems.toString()).isEqualTo(10);
            assertThat(report.items(ItemResult.DUPLICATE)).isEqualTo(3);
            assertThat(report.items(ItemResult.FAILED)).isEqualTo(2);
            assertThat(report.items(ItemResult.DISALLOWED)).isEqualTo(1);
            assertThat(report.anyFailed()).isTrue();
            assertThat(ingester.problems).anyMatch(p -> p.contains("taken-down.html") && p.contains("HTTP 404"))
                    .anyMatch(p -> p.contains("/huge/page.html") && p.contains("ingest.max.page.bytes"));
        }
        List<Article> articles = written();
        assertThat(articles).hasSize(10);
        assertThat(articles).extracting(Article::id).doesNotHaveDuplicates();
        assertThat(articles).extracting(Article::url).doesNotHaveDuplicates()
                .allSatisfy(url -> assertThat(url).doesNotContain("utm_").doesNotContain("fbclid").doesNotContain("gclid"));
        // Three items lead to this story (two tracking variants, and another address whose canonical link
        // names it): whichever was handled first sent it, under its own title.
        Article shelled = articles.stream()
                .filter(a -> a.url().equals("https://eastgate-herald.example/world/venezuela-shells-border-towns"))
                .findFirst().orElseThrow();
        assertThat(shelled.title()).isIn("Venezuelan troops shell Guyanese border towns", "Overnight in Lethem");
        assertThat(shelled.id()).isEqualTo(CanonicalUrl.id(URI.create(shelled.url())));
        assertThat(shelled.source()).isEqualTo("eastgate-herald.example");
        assertThat(shelled.published()).isEqualTo(Instant.parse("2026-11-03T06:10:00Z"));
        assertThat(shelled.language()).isEqualTo("en");
        assertThat(shelled.text()).isEqualTo("""
                Venezuelan troops shelled Guyanese border towns overnight, Guyanese officials said.

                Residents of Lethem described hours of explosions and fires near the river crossing.

                Guyana's defence force said two of its posts were damaged and a soldier was wounded.""");
        // No date in the feed: the page's article:published_time.
        assertThat(article(articles, "Georgetown expels Venezuelan diplomats").published())
                .isEqualTo(Instant.parse("2026-11-03T10:30:00Z"));
        // Reached through two redirects.
        assertThat(article(articles, "Shelling resumes near Lethem").url())
                .isEqualTo("https://eastgate-herald.example/world/shelling-resumes-lethem");
        Article ferry = articles.stream().filter(a -> "ru".equals(a.language())).findFirst().orElseThrow();
        assertThat(ferry.text()).contains("Паромная переправа между Самарой и Тольятти снова работает");
        Article snow = articles.stream().filter(a -> "ja".equals(a.language())).findFirst().orElseThrow();
        assertThat(snow.text()).contains("札幌で初雪を観測した");
    }

    @Test
    void a_page_that_fails_once_in_a_way_another_attempt_mends_is_asked_again_at_once() throws Exception {
        web.put("/flaky/story.html", "<html lang=\"en\"><body><article><p>Venezuela moved troops to the border"
                + " with Guyana on Tuesday, officials in Georgetown said.</p></article></body></html>");
        web.put("/flaky/feed.xml", "<rss version=\"2.0\"><channel><title>flaky</title><item><title>Troops</title>"
                + "<link>{{base}}/flaky/story.html</link></item></channel></rss>");
        try (Ingester ingester = new Ingester()) {
            FeedPoller.PollReport report = ingester.poll(List.of(web.uri("/flaky/feed.xml")));
            assertThat(report.items(ItemResult.SENT)).isEqualTo(1);
            assertThat(report.items(ItemResult.FAILED)).isZero();
        }
        assertThat(web.requestsTo("/flaky/story.html")).isEqualTo(2);
    }

    @Test
    void the_fetcher_is_a_good_citizen() throws Exception {
        try (Ingester ingester = new Ingester()) {
            ingester.poll(fixtureFeeds());
        }
        assertThat(web.requestsTo("/news/private/embargoed.html")).isZero();
        assertThat(web.requestsTo("/robots.txt")).isEqualTo(1);
        assertThat(web.requests()).allSatisfy(r -> {
            assertThat(r.header("User-Agent")).startsWith("Brink/").contains(CONTACT);
            assertThat(r.header("Accept-Encoding")).contains("gzip");
        });
        // The oversized page was cut off after the cap, not read to its end: nothing larger was written.
        assertThat(Files.size(dir.resolve("out.jsonl"))).isLessThan(1024 * 1024);
    }

    @Test
    void a_robots_txt_group_for_brink_wins_over_the_one_for_every_robot() throws Exception {
        web.robots("User-agent: *\nAllow: /\n\nUser-agent: brink\nDisallow: /news/\n");
        try (Ingester ingester = new Ingester()) {
            FeedPoller.PollReport report = ingester.poll(List.of(web.uri("/feeds/herald.rdf")));
            assertThat(report.feeds(PollResult.OK)).isEqualTo(1);
            assertThat(report.items(ItemResult.DISALLOWED)).isEqualTo(4);
        }
        assertThat(web.requests()).extracting(FixtureWeb.Request::path).noneMatch(p -> p.startsWith("/news/"));
    }

    @Test
    void only_web_pages_are_read_for_a_story() {
        assertThat(FeedPoller.isHtml("text/html; charset=utf-8")).isTrue();
        assertThat(FeedPoller.isHtml("application/xhtml+xml")).isTrue();
        assertThat(FeedPoller.isHtml(null)).isTrue();
        assertThat(FeedPoller.isHtml("application/pdf")).isFalse();
        assertThat(FeedPoller.isHtml("image/jpeg")).isFalse();
    }

    @Test
    void an_unchanged_feed_is_asked_conditionally_and_answers_304() throws Exception {
        List<URI> wire = List.of(web.uri("/feeds/wire.rss"));
        try (Ingester ingester = new Ingester()) {
            assertThat(ingester.poll(wire).feeds(PollResult.OK)).isEqualTo(1);
            FeedPoller.PollReport again = ingester.poll(wire);
            assertThat(again.feeds(PollResult.NOT_MODIFIED)).isEqualTo(1);
            assertThat(again.items()).isZero();
        }
        List<FixtureWeb.Request> feedRequests = web.requests().stream()
                .filter(r -> r.path().equals("/feeds/wire.rss")).toList();
        assertThat(feedRequests).hasSize(2);
        assertThat(feedRequests.get(1).header("If-None-Match")).isNotBlank();
        assertThat(feedRequests.get(1).header("If-Modified-Since")).isEqualTo(FixtureWeb.LAST_MODIFIED);
    }

    @Test
    void a_restart_sends_no_story_twice() throws Exception {
        List<URI> feeds = fixtureFeeds();
        try (Ingester first = new Ingester()) {
            assertThat(first.poll(feeds).items(ItemResult.SENT)).isEqualTo(10);
        }
        // A new process: no validators in memory, every feed is fetched in full; the file remembers.
        try (Ingester second = new Ingester()) {
            FeedPoller.PollReport report = second.poll(feeds);
            assertThat(report.feeds(PollResult.OK)).isEqualTo(3);
            assertThat(report.items(ItemResult.SENT)).isZero();
            assertThat(report.items(ItemResult.DUPLICATE)).isEqualTo(14);
        }
        assertThat(written()).hasSize(10);
        // Stories already sent are not fetched again (only the two that failed are retried).
        assertThat(web.requestsTo("/news/drones-over-rupununi.html")).isEqualTo(1);
        assertThat(web.requestsTo("/news/taken-down.html")).isEqualTo(2);
    }

    @Test
    void a_new_story_in_a_later_poll_is_sent_and_the_old_ones_are_not() throws Exception {
        String feed = """
                <rss version="2.0"><channel><title>t</title>
                %s
                </channel></rss>""";
        String one = "<item><title>a</title><link>{{base}}/news/fisheries-talks.html</link></item>";
        String two = "<item><title>b</title><link>{{base}}/news/rail-project.html?utm_source=x</link></item>";
        web.put("/gen/feed.xml", feed.formatted(one));
        try (Ingester ingester = new Ingester()) {
            List<URI> feeds = List.of(web.uri("/gen/feed.xml"));
            assertThat(ingester.poll(feeds).items(ItemResult.SENT)).isEqualTo(1);
            web.put("/gen/feed.xml", feed.formatted(two + one));
            FeedPoller.PollReport later = ingester.poll(feeds);
            assertThat(later.items(ItemResult.SENT)).isEqualTo(1);
            assertThat(later.items(ItemResult.DUPLICATE)).isEqualTo(1);
        }
        assertThat(written()).extracting(Article::title).containsExactly("a", "b");
    }

    @Test
    void a_feed_that_keeps_failing_sits_out_a_growing_number_of_polls_and_the_others_go_on() throws Exception {
        List<URI> feeds = List.of(web.uri("/feeds/missing.xml"), web.uri("/feeds/herald.rdf"));
        List<PollResult> missing = new ArrayList<>();
        try (Ingester ingester = new Ingester()) {
            for (int i = 0; i < 5; i++) {
                FeedPoller.PollReport r = ingester.poll(feeds);
                missing.add(r.feeds().get(0).result());
                assertThat(r.feeds().get(1).result()).isIn(PollResult.OK, PollResult.NOT_MODIFIED);
            }
        }
        assertThat(missing).containsExactly(PollResult.FAILED, PollResult.FAILED, PollResult.BACKING_OFF,
                PollResult.FAILED, PollResult.BACKING_OFF);
        assertThat(FeedPoller.pollsToSkip(1)).isZero();
        assertThat(FeedPoller.pollsToSkip(2)).isEqualTo(1);
        assertThat(FeedPoller.pollsToSkip(3)).isEqualTo(3);
        assertThat(FeedPoller.pollsToSkip(9)).isEqualTo(7);
    }

    @Test
    void polls_and_items_are_counted_by_result_and_fetches_are_timed() throws Exception {
        try (Ingester ingester = new Ingester()) {
            ingester.poll(fixtureFeeds());
        }
        assertThat(meters.get("brink.feed.polls").tag("result", "ok").counter().count()).isEqualTo(3);
        assertThat(meters.get("brink.feed.polls").tag("result", "failed").counter().count()).isEqualTo(4);
        assertThat(meters.get("brink.feed.items").tag("result", "sent").counter().count()).isEqualTo(10);
        assertThat(meters.get("brink.feed.items").tag("result", "duplicate").counter().count()).isEqualTo(3);
        assertThat(meters.get("brink.feed.fetch").tag("kind", "page").timer().count()).isGreaterThanOrEqualTo(10);
        assertThat(meters.get("brink.feed.fetch").tag("kind", "feed").timer().count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void one_host_is_called_at_most_once_per_host_delay() throws Exception {
        try (Fetcher fetcher = new Fetcher(settings(Duration.ofMillis(150)), meters)) {
            for (String page : List.of("fisheries-talks", "rail-project", "drones-over-rupununi")) {
                fetcher.get(web.uri("/news/" + page + ".html"), Fetcher.Purpose.PAGE);
            }
        }
        // robots.txt, then the three pages, each at least the delay after the one before.
        List<FixtureWeb.Request> requests = web.requests();
        assertThat(requests).extracting(FixtureWeb.Request::path).first().isEqualTo("/robots.txt");
        assertThat(requests).hasSize(4);
        for (int i = 1; i < requests.size(); i++) {
            assertThat(requests.get(i).nanos() - requests.get(i - 1).nanos()).isGreaterThanOrEqualTo(140_000_000L);
        }
    }

    private static Article article(List<Article> articles, String title) {
        return articles.stream().filter(a -> title.equals(a.title())).findFirst().orElseThrow(
                () -> new AssertionError("no article titled " + title + " in " + articles.stream().map(Article::title).toList()));
    }
}
