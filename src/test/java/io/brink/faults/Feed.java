package io.brink.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.brink.coding.EventCoder;
import io.brink.model.Article;
import io.brink.model.ArticleParser;
import io.brink.model.CodedEvent;
import io.brink.model.Json;
import io.brink.model.Signal;

/**
 * Known input for the fault tests: copies of the bundled sample feed, each copy with its own
 * article ids, interleaved with poison records; and what must come out of it, computed here by
 * running each article's own language's coder on it ({@link EventCoder#standard()} for English;
 * none for a language Brink does not code), exactly as Brink does.
 */
final class Feed {

    static final String SAMPLE = "io/brink/demo/sample-feed.jsonl";

    /** One record for {@code brink.news}: its key, its raw value, and the poison reason it must get (null when valid). */
    record Input(String key, byte[] value, String poisonReason) {
    }

    /** What identifies one coded event: the same article, sentence, actors, signal and span is the same event. */
    record EventKey(String articleId, String sentence, String src, String tgt, Signal signal, int start, int end) {
        static EventKey of(CodedEvent e) {
            return new EventKey(e.articleId(), e.sentence(), e.src(), e.tgt(), e.signal(), e.span().start(),
                    e.span().end());
        }
    }

    final List<Input> inputs;
    /** Every event the coder finds in the feed's articles, with its multiplicity (normally 1). */
    final Map<EventKey, Integer> events;
    /** Coded events per pair. */
    final Map<String, Integer> eventsPerPair;
    /** Poison key → the reason it must carry on the DLQ. */
    final Map<String, String> poison;

    private Feed(List<Input> inputs) {
        this.inputs = List.copyOf(inputs);
        Map<EventKey, Integer> ev = new LinkedHashMap<>();
        Map<String, Integer> perPair = new TreeMap<>();
        Map<String, String> bad = new LinkedHashMap<>();
        ArticleParser parser = new ArticleParser(ArticleParser.DEFAULT_MAX_TEXT_BYTES);
        for (Input in : inputs) {
            if (in.poisonReason() != null) {
                bad.put(in.key(), in.poisonReason());
                continue;
            }
            for (CodedEvent e : coded(parser.parse(in.value()))) {
                ev.merge(EventKey.of(e), 1, Integer::sum);
                perPair.merge(e.pair().key(), 1, Integer::sum);
            }
        }
        this.events = Collections.unmodifiableMap(ev);
        this.eventsPerPair = Collections.unmodifiableMap(perPair);
        this.poison = Collections.unmodifiableMap(bad);
    }

    /** Every language Brink codes, as a Brink instance with the default coder.languages reads them. */
    private static final io.brink.coding.LanguageGate GATE = io.brink.coding.LanguageGate.all(EventCoder.standard());

    /** An article's events as Brink codes them: by its language's coder, none in a language it does not code. */
    private static List<CodedEvent> coded(io.brink.model.Article article) {
        String language = GATE.languageOf(article);
        return GATE.codes(language) ? GATE.coderFor(language).code(article) : List.of();
    }

    /** Exactly these records. */
    static Feed of(List<Input> inputs) {
        return new Feed(inputs);
    }

    /** Copies {@code from} (inclusive) to {@code to} (exclusive) of the sample feed, ids suffixed "~c<copy>". */
    static Feed sampleCopies(int from, int to) {
        return new Feed(articles(from, to));
    }

    /** The same copies with {@code count} malformed records spread evenly between them. */
    static Feed sampleCopiesWithPoison(int from, int to, int count) {
        List<Input> inputs = new ArrayList<>(articles(from, to));
        int step = Math.max(1, inputs.size() / (count + 1));
        for (int i = count; i >= 1; i--) {
            String key = "poison-" + from + "-" + i;
            byte[] value = ("{\"id\":\"" + key + "\",\"text\":\"Iran threatened Israel").getBytes(StandardCharsets.UTF_8);
            inputs.add(Math.min(i * step, inputs.size()), new Input(key, value, "MALFORMED_JSON"));
        }
        return new Feed(inputs);
    }

    /** This feed followed by {@code next}: one expectation for both. */
    Feed then(Feed next) {
        List<Input> all = new ArrayList<>(inputs);
        all.addAll(next.inputs);
        return new Feed(all);
    }

    int articles() {
        return (int) inputs.stream().filter(i -> i.poisonReason() == null).count();
    }

    int coded() {
        return events.values().stream().mapToInt(Integer::intValue).sum();
    }

    int maxEventsPerPair() {
        return eventsPerPair.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static List<Input> articles(int from, int to) {
        List<String> lines = sampleLines();
        ArticleParser parser = new ArticleParser(ArticleParser.DEFAULT_MAX_TEXT_BYTES);
        List<Input> out = new ArrayList<>();
        for (int copy = from; copy < to; copy++) {
            for (String line : lines) {
                Article a = parser.parse(line.getBytes(StandardCharsets.UTF_8));
                String id = a.id() + "~c" + copy;
                Article renamed = new Article(id, a.url(), a.source(), a.published(), a.title(), a.text(), a.language());
                try {
                    out.add(new Input(id, Json.MAPPER.writeValueAsBytes(renamed), null));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    private static List<String> sampleLines() {
        try (InputStream in = Feed.class.getClassLoader().getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("no " + SAMPLE + " on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
