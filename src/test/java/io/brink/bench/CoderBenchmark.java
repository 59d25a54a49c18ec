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

import io.brink.coding.EventCoder;
import io.brink.coding.SentenceSplitter;
import io.brink.model.Article;
import io.brink.model.Json;

/**
 * Coder throughput on one thread, in sentences per second: the bundled demo feed's English texts joined
 * into 3 KB articles, {@value #SENTENCES} sentences per invocation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CoderBenchmark {

    /** Sentences coded per benchmark invocation; the corpus is cut to exactly this many. */
    static final int SENTENCES = 2_000;

    private final EventCoder coder = EventCoder.standard();
    private List<Article> articles;

    @Setup
    public void load() throws IOException {
        articles = threeKilobyteArticles(SENTENCES);
    }

    @Benchmark
    @OperationsPerInvocation(SENTENCES)
    public void codeSentences(Blackhole sink) {
        for (Article a : articles) {
            sink.consume(coder.code(a));
        }
    }

    /** Articles of about 3 KB built from the demo feed, holding {@code sentences} sentences in all. */
    static List<Article> threeKilobyteArticles(int sentences) throws IOException {
        List<String> pool = new ArrayList<>();
        try (InputStream in = CoderBenchmark.class.getClassLoader().getResourceAsStream("io/brink/demo/sample-feed.jsonl");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                Article a = Json.MAPPER.readValue(line, Article.class);
                // The English coder's figure: the feed's articles in other languages are another coder's.
                if ("en".equals(a.language())) {
                    pool.addAll(SentenceSplitter.split(a.text()).stream().map(s -> s.text()).toList());
                }
            }
        }
        List<Article> articles = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            text.append(pool.get(i % pool.size())).append(' ');
            if (text.length() >= 3_000 || i == sentences - 1) {
                // Each sentence ends with a full stop and the next starts with a capital, so the
                // splitter finds exactly the sentences put in.
                articles.add(new Article("bench-" + articles.size(), null, "bench.example", null, null,
                        text.toString(), "en"));
                text.setLength(0);
            }
        }
        return articles;
    }
}
