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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.brink.coding.LanguageGate;
import io.brink.model.Article;
import io.brink.model.Json;

/**
 * The benchmark's synthetic news: about 3 KB articles made of consecutive stories of the bundled
 * demo feed in English, and single stories of it in the other languages (so the mix of escalation, de-escalation, background, syndicated
 * copies and traps is the demo's), with fresh ids and publication times spread evenly over six
 * days. Languages mix in a fixed share: of every ten articles, {@value #ENGLISH_OF_TEN} are in
 * English and the other three in the other languages Brink codes that the demo feed has stories
 * in, in turn (Spanish and French today, 15 % each; each language Brink comes to code with
 * stories in the demo feed takes its turn, e.g. 5 % each for six). Deterministic.
 */
final class BenchFeed {

    static final int TARGET_CHARS = 3_000;
    static final int ENGLISH_OF_TEN = 7;
    static final Duration SPAN = Duration.ofDays(6);
    static final Instant START = Instant.parse("2026-11-02T00:00:00Z");

    /** The demo feed's stories by language: English, then the other coded languages in code order. */
    private final Map<String, List<Article>> stories;
    private final List<String> others;

    BenchFeed() {
        this.stories = load();
        this.others = new ArrayList<>(stories.keySet());
        others.remove("en");
    }

    int stories() {
        return stories.values().stream().mapToInt(List::size).sum();
    }

    /** The language of article {@code i}: seven of every ten in English, the other three the other languages in turn. */
    String language(long i) {
        int slot = (int) (i % 10);
        if (slot < ENGLISH_OF_TEN || others.isEmpty()) {
            return "en";
        }
        long turn = (i / 10) * (10 - ENGLISH_OF_TEN) + (slot - ENGLISH_OF_TEN);
        return others.get((int) (turn % others.size()));
    }

    /** Each language's share of the articles, as the JSON reports it. */
    Map<String, Double> shares() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String language : stories.keySet()) {
            out.put(language, language.equals("en")
                    ? (others.isEmpty() ? 1.0 : ENGLISH_OF_TEN / 10.0)
                    : Math.round((10 - ENGLISH_OF_TEN) / 10.0 / others.size() * 10_000) / 10_000.0);
        }
        return out;
    }

    /**
     * Article {@code i} of {@code n}: in its {@link #language}, stories i, i+1, … of that language
     * joined to about 3 KB (in another language than English, story i alone), published at its
     * share of the span.
     */
    Article article(long i, long n) {
        String language = language(i);
        List<Article> own = stories.get(language);
        StringBuilder text = new StringBuilder(TARGET_CHARS + 1_000);
        int k = (int) (i % own.size());
        Article first = own.get(k);
        // English joins consecutive stories to about 3 KB, as before. Another language has only the
        // feed's few stories, and one of them is a sport item, which makes a whole article a sport
        // story that no coder reads: joined, every Spanish article was vetoed and yielded no
        // event, and one story repeated to 3 KB repeats its events. So such an article is one
        // story as the feed has it (about 400 characters), a sport one in four or five.
        if (!language.equals("en")) {
            text.append(first.text()).append("\n");
        } else {
            while (text.length() < TARGET_CHARS) {
                text.append(own.get(k % own.size()).text()).append("\n");
                k++;
            }
        }
        Instant published = START.plusMillis(SPAN.toMillis() * i / Math.max(1, n));
        return new Article("bench-" + i, first.url() + "?b=" + i, first.source(), published, first.title(),
                text.toString(), language);
    }

    /** The same article written as the JSON a producer would send. */
    byte[] json(Article a) {
        try {
            return Json.MAPPER.writeValueAsBytes(a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo feed's stories in the languages Brink codes (an article without a language field is English, as the feed writes it). */
    private static Map<String, List<Article>> load() {
        Map<String, List<Article>> byLanguage = new TreeMap<>();
        try (InputStream in = BenchFeed.class.getClassLoader().getResourceAsStream(DemoCommand.FEED);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                Article a = Json.MAPPER.readValue(line, Article.class);
                String language = a.language() == null ? "en" : a.language();
                if (LanguageGate.CODED.contains(language)) {
                    byLanguage.computeIfAbsent(language, l -> new ArrayList<>()).add(a);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled feed", e);
        }
        if (!byLanguage.containsKey("en")) {
            throw new IllegalStateException("the bundled feed has no English stories");
        }
        Map<String, List<Article>> ordered = new LinkedHashMap<>();
        ordered.put("en", byLanguage.remove("en"));
        ordered.putAll(byLanguage);
        return ordered;
    }
}
