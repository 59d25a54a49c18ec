package io.brink.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import io.brink.coding.ArticleLanguage;
import io.brink.coding.EventCoder;
import io.brink.model.Article;
import io.brink.model.Json;

/**
 * The language gate's cost per article on one thread, beside the coder's on the same articles
 * (the realistic feed's first {@value #ARTICLES}): detection when the producer names no language,
 * reading the producer's field when it does, and coding.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LanguageBenchmark {

    static final int ARTICLES = 1_000;

    private final ArticleLanguage language = ArticleLanguage.standard();
    private final EventCoder coder = EventCoder.standard();
    private List<Article> named;
    private List<Article> unnamed;

    @Setup
    public void load() throws IOException {
        named = new ArrayList<>();
        unnamed = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("io/brink/bench/realistic-feed.jsonl");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && named.size() < ARTICLES) {
                Article a = Json.MAPPER.readValue(line, Article.class);
                named.add(a);
                unnamed.add(new Article(a.id(), a.url(), a.source(), a.published(), a.title(), a.text(), null));
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void detect(Blackhole sink) {
        for (Article a : unnamed) {
            sink.consume(language.of(a));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void producersField(Blackhole sink) {
        for (Article a : named) {
            sink.consume(language.of(a));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void code(Blackhole sink) {
        for (Article a : named) {
            sink.consume(coder.code(a));
        }
    }
}
