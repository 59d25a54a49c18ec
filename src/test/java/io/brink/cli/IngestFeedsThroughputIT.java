package io.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.ingest.FixtureWeb;
import io.brink.model.Article;
import io.brink.model.Json;

/**
 * 1,000 items from 50 feeds in one {@code --once} run on the local server, the per-host limit off:
 * every item arrives once. The time is printed (for the README), not asserted.
 */
class IngestFeedsThroughputIT {

    static final int FEEDS = 50;
    static final int ITEMS = 20;

    @TempDir
    Path dir;

    @Test
    void a_thousand_items_from_fifty_feeds_each_arrive_once() throws Exception {
        try (FixtureWeb web = FixtureWeb.start()) {
            StringBuilder list = new StringBuilder();
            for (int f = 0; f < FEEDS; f++) {
                StringBuilder feed = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>feed ")
                        .append(f).append("</title>");
                for (int i = 0; i < ITEMS; i++) {
                    String path = "/bench/" + f + "/" + i + ".html";
                    feed.append("<item><title>Story ").append(f).append('-').append(i).append("</title><link>{{base}}")
                            .append(path).append("?utm_source=feed").append(f).append("</link>")
                            .append("<pubDate>Tue, 03 Nov 2026 08:00:00 GMT</pubDate></item>");
                    web.put(path, page(f, i));
                }
                web.put("/bench/feed-" + f + ".xml", feed.append("</channel></rss>").toString());
                list.append(web.base()).append("/bench/feed-").append(f).append(".xml\n");
            }
            Path feeds = Files.writeString(dir.resolve("feeds.txt"), list);
            Path out = dir.resolve("articles.jsonl");
            long start = System.nanoTime();
            CliTest.Run r = CliTest.run("ingest", "--feeds", feeds.toString(), "--once", "--output", out.toString(),
                    "--set", "ingest.host.delay.ms=0");
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("ingest --feeds --once: %d items from %d feeds in %.1f s%n%s", FEEDS * ITEMS, FEEDS, seconds,
                    r.out());
            assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
            List<String> ids = new ArrayList<>();
            for (String line : Files.readAllLines(out)) {
                ids.add(Json.MAPPER.readValue(line, Article.class).id());
            }
            assertThat(ids).hasSize(FEEDS * ITEMS).doesNotHaveDuplicates();
        }
    }

    private static String page(int feed, int item) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>Story " + feed + "-" + item + "</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Story " + feed + "-" + item
                + "</h1><p>The council of town number " + item + " in region " + feed + " approved a budget for new"
                + " bridges, schools and a library on Tuesday evening.</p><p>Officials said work would begin in the"
                + " spring, and that the costs would be shared with the regional government over five years.</p>"
                + "</article><footer><p>Copyright the bench outlet.</p></footer></body></html>";
    }
}
