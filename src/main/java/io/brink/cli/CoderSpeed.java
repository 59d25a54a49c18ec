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
import java.util.TreeSet;

import io.brink.coding.Coder;
import io.brink.coding.EventCoder;
import io.brink.coding.LanguageGate;
import io.brink.model.Article;

/**
 * Each language's coder alone, on one thread, in sentences per second: the language's benchmark
 * sentences ({@code io/brink/bench/sentences-<code>.txt}, news with and without events, the same
 * files JMH's {@code LanguageCoderBenchmark} reads) in articles of {@value #PER_ARTICLE}, coded
 * over and over: first in slices of one second until the JIT has settled (a slice no more than
 * 5 % faster than the one before, after at least the measured time and at most ten times it; on a
 * busy machine the compiler itself waits for a core, so a fixed warm-up left English, the
 * largest coder, at a tenth of its speed), then for the measured time. Time is the thread's CPU
 * time: on a machine shared with other work, sentences per second of the one core the coder
 * had, which is what it does per core; the wall-clock figure is kept beside it. Every language Brink codes
 * ({@link LanguageGate#CODED}) that has a sentences file is measured, so a new language with its
 * file is measured without a change here.
 */
final class CoderSpeed {

    static final String SENTENCES = "io/brink/bench/sentences-%s.txt";
    static final int PER_ARTICLE = 10;

    /** One language's figure: its sentences, the warm-up it took, how many were coded in how long. */
    record Result(String language, int sentences, double warmupSeconds, long coded, double cpuSeconds,
                  double wallSeconds) {
        /** Sentences per second of the thread's CPU time. */
        double perSecond() {
            return coded / cpuSeconds;
        }

        double perWallSecond() {
            return coded / wallSeconds;
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** The calling thread's CPU time in nanoseconds, or the wall clock where the JVM cannot tell. */
    private static long cpu() {
        long t = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        return t < 0 ? System.nanoTime() : t;
    }

    private CoderSpeed() {
    }

    /** The languages Brink codes, each with its benchmark sentences; a language without a file is left out. */
    static Map<String, List<String>> sentences() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> languages = new ArrayList<>(new TreeSet<>(LanguageGate.CODED));
        // English first, as in every table of the README.
        languages.remove("en");
        languages.add(0, "en");
        for (String language : languages) {
            List<String> s = sentences(language);
            if (s != null && !s.isEmpty()) {
                out.put(language, s);
            }
        }
        return out;
    }

    /** A language's benchmark sentences, or null when the jar holds none for it. */
    static List<String> sentences(String language) {
        InputStream in = CoderSpeed.class.getClassLoader().getResourceAsStream(String.format(SENTENCES, language));
        if (in == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark sentences of " + language, e);
        }
        return out;
    }

    /**
     * Articles of {@value #PER_ARTICLE} sentences each, every sentence once (the last article may
     * hold fewer), joined by a space as JMH's benchmark joins them.
     */
    static List<Article> articles(String language, List<String> sentences) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i += PER_ARTICLE) {
            List<String> part = sentences.subList(i, Math.min(sentences.size(), i + PER_ARTICLE));
            out.add(new Article("coder-" + language + "-" + i, null, "bench.example",
                    Instant.parse("2026-11-03T08:00:00Z"), null, String.join(" ", part), language));
        }
        return out;
    }

    /**
     * Codes {@code sentences} with the language's bundled coder: warms it up (see above), then
     * rounds over them for {@code measure}, counting whole rounds; the figure is sentences per second.
     */
    static Result measure(String language, List<String> sentences, EventCoder english, Duration measure) {
        Coder coder = LanguageGate.standardCoder(language, english);
        List<Article> articles = articles(language, sentences);
        long warmStart = cpu();
        long sink = 0;
        double previous = 0;
        while (true) {
            long t = cpu();
            long[] slice = rounds(coder, articles, 1_000_000_000L);
            sink += slice[1];
            double rate = slice[0] / ((cpu() - t) / 1e9);
            long warm = cpu() - warmStart;
            if ((warm >= measure.toNanos() && rate <= previous * 1.05) || warm >= 10 * measure.toNanos()) {
                break;
            }
            previous = rate;
        }
        double warmup = (cpu() - warmStart) / 1e9;
        long wall0 = System.nanoTime();
        long t0 = cpu();
        long[] measured = rounds(coder, articles, measure.toNanos());
        double seconds = (cpu() - t0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        if (sink + measured[1] == Long.MIN_VALUE) {
            // Never true; keeps the JIT from dropping the coding as unused.
            System.out.print("");
        }
        return new Result(language, sentences.size(), warmup, measured[0] * sentences.size(), seconds, wall);
    }

    /** Whole rounds over {@code articles} until {@code nanos} of the thread's CPU time have passed: {rounds, events found}. */
    private static long[] rounds(Coder coder, List<Article> articles, long nanos) {
        long rounds = 0;
        long events = 0;
        long end = cpu() + nanos;
        do {
            for (Article a : articles) {
                events += coder.code(a).size();
            }
            rounds++;
        } while (cpu() < end);
        return new long[] {rounds, events};
    }
}
