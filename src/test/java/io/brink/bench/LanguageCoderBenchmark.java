package io.brink.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import io.brink.coding.Coder;
import io.brink.coding.EventCoder;
import io.brink.coding.LanguageGate;
import io.brink.coding.Tokenizer;
import io.brink.coding.lang.Analysis;
import io.brink.coding.lang.LanguageCoder;
import io.brink.model.Article;

/**
 * A language's coder on one thread, in sentences per second: the language's benchmark sentences
 * ({@code sentences-<language>.txt}, news with and without events) repeated into articles of
 * {@value #PER_ARTICLE} sentences, {@value #SENTENCES} sentences per invocation. English is coded
 * by its own coder ({@code EventCoder}) on its sentences written the same way; {@link CoderBenchmark}
 * measures it on the demo feed's 3 KB articles instead.
 *
 * <p>{@code language} runs over every language Brink codes that has a sentences file:
 * {@code scripts/jmh.sh} ({@link Jmh}) passes them all unless {@code -p language=…} names some, so
 * a new language is measured once its file lands; the list below is only the default of a bare
 * JMH run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LanguageCoderBenchmark {

    static final int SENTENCES = 2_000;
    static final int PER_ARTICLE = 10;

    @Param({"en", "es", "fr", "de", "ru", "ar", "zh", "pt"})
    public String language;

    private Coder coder;
    private Analysis analysis;
    private List<Article> articles;
    private List<String> sentences;

    @Setup
    public void load() throws IOException {
        coder = LanguageGate.standardCoder(language, EventCoder.standard());
        analysis = language.equals("en") ? null : LanguageCoder.standard(language).analysis();
        articles = articles(language, SENTENCES, PER_ARTICLE);
        sentences = new ArrayList<>();
        List<String> own = sentences(language);
        for (int i = 0; i < SENTENCES; i++) {
            sentences.add(own.get(i % own.size()));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SENTENCES)
    public void codeSentences(Blackhole sink) {
        for (Article a : articles) {
            sink.consume(coder.code(a));
        }
    }

    /**
     * The words alone: Lucene's part for a language coded from data files (tokenizer, elision,
     * lower-case, Snowball stems), the English coder's own tokenizer for English.
     */
    @Benchmark
    @OperationsPerInvocation(SENTENCES)
    public void analyseSentences(Blackhole sink) {
        if (analysis == null) {
            for (String s : sentences) {
                sink.consume(Tokenizer.tokenize(s));
            }
            return;
        }
        for (String s : sentences) {
            sink.consume(analysis.words(s));
        }
    }

    /** Every language Brink codes that has a sentences file on the classpath, English first. */
    static List<String> languages() {
        List<String> out = new ArrayList<>();
        for (String l : new java.util.TreeSet<>(LanguageGate.CODED)) {
            if (LanguageCoderBenchmark.class.getClassLoader().getResource("io/brink/bench/sentences-" + l + ".txt") != null) {
                out.add(l);
            }
        }
        if (out.remove("en")) {
            out.add(0, "en");
        }
        return out;
    }

    /** {@code total} of the language's sentences, cycled, in articles of {@code perArticle}. */
    static List<Article> articles(String language, int total, int perArticle) throws IOException {
        List<String> sentences = sentences(language);
        List<Article> articles = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < total; i++) {
            text.append(sentences.get(i % sentences.size())).append(' ');
            if ((i + 1) % perArticle == 0) {
                articles.add(new Article("b" + i, null, "bench", Instant.parse("2026-11-03T08:00:00Z"), null,
                        text.toString(), language));
                text.setLength(0);
            }
        }
        return articles;
    }

    static List<String> sentences(String language) throws IOException {
        List<String> sentences = new ArrayList<>();
        try (InputStream in = LanguageCoderBenchmark.class.getClassLoader()
                .getResourceAsStream("io/brink/bench/sentences-" + language + ".txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    sentences.add(line.strip());
                }
            }
        }
        return sentences;
    }
}
