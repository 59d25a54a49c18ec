package io.brink.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import io.brink.api.HttpApi;
import io.brink.coding.ArticleLanguage;
import io.brink.embedded.EmbeddedKafka;
import io.brink.model.Alert;
import io.brink.stream.BrinkConfig;
import io.brink.stream.BrinkService;

/**
 * {@code brink demo}: everything on this machine. An embedded Kafka, Brink itself with its HTTP
 * endpoint, and a replay of the bundled sample feed, with alerts printed as they appear.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Replay the bundled sample feed through Brink and print alerts live.",
                "Starts an embedded Kafka and Brink; runs until Ctrl-C, or for --duration."})
final class DemoCommand implements Callable<Integer> {

    static final String FEED = "io/brink/demo/sample-feed.jsonl";

    @Mixin
    ConfigOptions options;

    @Option(names = "--duration", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop after this long (e.g. 60s, 5m). Default: run until Ctrl-C.")
    Duration duration;

    @Option(names = "--rate", paramLabel = "ARTICLES/S", defaultValue = "40",
            description = "Replay pace in articles per second (default ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--feed", paramLabel = "FILE.jsonl", description = "Replay this feed instead of the bundled one.")
    Path feed;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "8080",
            description = "HTTP port of the live page, the API, /health and /metrics (default ${DEFAULT-VALUE}; a free port if taken or 0).")
    int httpPort;

    @Override
    public Integer call() throws Exception {
        if (rate <= 0) {
            System.err.println("brink: --rate must be positive, got " + rate);
            return Main.USAGE;
        }
        PrintStream out = System.out;
        long started = System.nanoTime();
        Path state = Files.createTempDirectory("brink-demo-state-");
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch cleanedUp = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                cleanedUp.await(40, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "brink-demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Brink demo: starting an embedded Kafka broker…");
        LibraryLogs.announce(out);
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            // The sample feed is a compressed week whose crises begin on its first day, played to a
            // Brink that has just started: the demo plays a deployment that has watched its pairs
            // before (no pair met cold) unless the user sets alert.cold.windows.
            BrinkConfig config = options.embedded(kafka.bootstrapServers(), state, "brink-demo",
                            Map.of(BrinkConfig.ALERT_COLD_WINDOWS.name(), "0"))
                    .put(BrinkConfig.TOPIC_PARTITIONS.name(), "2", "demo")
                    .build();
            // The port is settled before Kafka Streams starts, so application.server (derived from
            // http.host and http.port) names the port the API really listens on.
            config = config.with(BrinkConfig.HTTP_PORT.name(),
                    String.valueOf(choosePort(config.get(BrinkConfig.HTTP_HOST), httpPort)));
            try (BrinkService service = new BrinkService(config).start()) {
                HttpApi http = startHttp(service, config, out);
                service.awaitRunning(Duration.ofSeconds(60));
                out.printf("Brink is RUNNING on %s. Replaying the sample feed at %.0f articles/s; alerts follow.%n%n",
                        kafka.bootstrapServers(), rate);
                FeedProducer.Summary summary;
                // The language of each article sent, as Brink's gate reads it (its field, else detection),
                // so an alert's evidence and a skipped article are printed with their language code.
                Map<String, String> languages = new ConcurrentHashMap<>();
                ArticleLanguage languageOf = ArticleLanguage.standard();
                Set<String> coded = config.codedLanguages();
                try (TopicFollower<Alert> printer = new TopicFollower<>(config.clientProperties(), config.topics().alerts(),
                        true, r -> true, a -> TopicFollower.formatAlert(a, languages::get), out).start()) {
                    FeedProducer producer = new FeedProducer(config.clientProperties(),
                            config.getInt(BrinkConfig.MAX_TEXT_BYTES));
                    try (BufferedReader in = openFeed()) {
                        summary = producer.send(in, config.topics().news().name(), rate, null,
                                r -> out.println("feed " + r), a -> {
                                    String language = languageOf.of(a);
                                    if (a.id() != null) {
                                        languages.put(a.id(), language);
                                    }
                                    if (!coded.contains(language)) {
                                        out.println(TopicFollower.formatNotCoded(a, language));
                                    }
                                });
                    }
                    out.printf("%nReplayed %d articles in %.1f s. Brink keeps running; Ctrl-C to stop.%n",
                            summary.sent(), summary.seconds());
                    long remaining = duration == null ? Long.MAX_VALUE
                            : duration.toNanos() - (System.nanoTime() - started);
                    if (remaining > 0) {
                        // Give the last alerts a moment before a --duration run ends.
                        stop.await(Math.max(remaining, 0), TimeUnit.NANOSECONDS);
                    }
                    out.printf("%nBrink demo summary: %d articles replayed, %d alert messages, %.0f s wall time.%n",
                            summary.sent(), printer.printed(), (System.nanoTime() - started) / 1e9);
                    out.println(byLanguage(service.meters(), coded));
                } finally {
                    if (http != null) {
                        http.close();
                    }
                }
            }
        } finally {
            TempDirs.deleteQuietly(state);
            cleanedUp.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook is running and waits for cleanedUp.
            }
        }
        return Main.OK;
    }

    private HttpApi startHttp(BrinkService service, BrinkConfig config, PrintStream out) throws IOException {
        String host = config.get(BrinkConfig.HTTP_HOST);
        HttpApi http;
        try {
            http = HttpApi.start(service, host, config.getInt(BrinkConfig.HTTP_PORT));
        } catch (BindException e) {
            http = HttpApi.start(service, host, 0);
        }
        String base = "http://" + host + ":" + http.port();
        // The page first: it is what a person watching the demo opens.
        out.printf("Live page: %s/%n", base);
        out.printf("HTTP: %s/api/pairs  %s/api/alerts  %s/api/stream  %s/openapi.json  %s/health/ready  %s/metrics%n",
                base, base, base, base, base, base);
        return http;
    }

    /**
     * The articles Brink has read, by language and whether it coded or skipped them, from
     * {@code brink_articles_language_total} (the metric the dashboard shows): English first, then the
     * languages coded, then those skipped, each by count.
     */
    static String byLanguage(MeterRegistry meters, Set<String> coded) {
        Map<String, double[]> counts = new TreeMap<>();
        for (Counter c : meters.find("brink.articles.language").counters()) {
            double[] n = counts.computeIfAbsent(c.getId().getTag("language"), l -> new double[2]);
            n[("coded".equals(c.getId().getTag("outcome"))) ? 0 : 1] += c.count();
        }
        List<Map.Entry<String, double[]>> rows = new ArrayList<>(counts.entrySet());
        rows.sort(Comparator.<Map.Entry<String, double[]>, Boolean>comparing(e -> !e.getKey().equals("en"))
                .thenComparing(e -> e.getValue()[0] == 0)
                .thenComparing(e -> -(e.getValue()[0] + e.getValue()[1]))
                .thenComparing(Map.Entry::getKey));
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, double[]> e : rows) {
            double[] n = e.getValue();
            String part = e.getKey() + " ";
            if (n[0] > 0) {
                part += String.format("%.0f coded", n[0]);
            }
            if (n[1] > 0) {
                part += (n[0] > 0 ? ", " : "") + String.format("%.0f skipped", n[1]);
            }
            parts.add(part);
        }
        return "Articles read by language: " + (parts.isEmpty() ? "none yet" : String.join(" \u00B7 ", parts))
                + "  (Brink codes " + String.join(", ", new TreeSet<>(coded)) + ")";
    }

    /** {@code wanted} when it is free on {@code host}, else (or for 0) a free port. */
    static int choosePort(String host, int wanted) throws IOException {
        if (wanted > 0) {
            try (ServerSocket s = new ServerSocket()) {
                s.bind(new InetSocketAddress(host, wanted));
                return wanted;
            } catch (IOException e) {
                // Taken: any free port will do for the demo.
            }
        }
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(host, 0));
            return s.getLocalPort();
        }
    }

    private BufferedReader openFeed() throws IOException {
        if (feed != null) {
            return Files.newBufferedReader(feed, StandardCharsets.UTF_8);
        }
        InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(FEED);
        if (in == null) {
            throw new IOException("the bundled sample feed " + FEED + " is missing from the jar");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** "60s", "5m", "1h" or ISO-8601. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return BrinkConfig.parseDuration(value);
        }
    }
}
