package io.brink.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.brink.model.Article;
import io.brink.model.Json;

/**
 * The benchmark's synthetic news: about 3 KB articles made of consecutive stories of the bundled
 * demo feed (so the mix of escalation, de-escalation, background, syndicated copies and traps is
 * the demo's), with fresh ids and publication times spread evenly over six days. Deterministic.
 */
final class BenchFeed {

    static final int TARGET_CHARS = 3_000;
    static final Duration SPAN = Duration.ofDays(6);
    static final Instant START = Instant.parse("2026-11-02T00:00:00Z");

    private final List<Article> stories;

    BenchFeed() {
        this.stories = load();
    }

    int stories() {
        return stories.size();
    }

    /** Article {@code i} of {@code n}: stories i, i+1, … joined to about 3 KB, published at its share of the span. */
    Article article(long i, long n) {
        StringBuilder text = new StringBuilder(TARGET_CHARS + 1_000);
        int k = (int) (i % stories.size());
        Article first = stories.get(k);
        while (text.length() < TARGET_CHARS) {
            text.append(stories.get(k % stories.size()).text()).append("\n");
            k++;
        }
        Instant published = START.plusMillis(SPAN.toMillis() * i / Math.max(1, n));
        return new Article("bench-" + i, first.url() + "?b=" + i, first.source(), published, first.title(),
                text.toString(), "en");
    }

    /** The same article written as the JSON a producer would send. */
    byte[] json(Article a) {
        try {
            return Json.MAPPER.writeValueAsBytes(a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Article> load() {
        List<Article> out = new ArrayList<>();
        try (InputStream in = BenchFeed.class.getClassLoader().getResourceAsStream(DemoCommand.FEED);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.add(Json.MAPPER.readValue(line, Article.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled feed", e);
        }
        return out;
    }
}
