package io.brink.cli;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import io.brink.api.StatusHttp;
import io.brink.ingest.ArticleSink;
import io.brink.ingest.FeedPoller;
import io.brink.ingest.FeedPoller.ItemResult;
import io.brink.ingest.FeedPoller.PollResult;
import io.brink.ingest.Fetcher;
import io.brink.ingest.IngestSettings;
import io.brink.ingest.JsonLinesSink;
import io.brink.ingest.SeenIds;
import io.brink.stream.BrinkConfig;
import io.brink.stream.KafkaAccess;

/**
 * {@code brink ingest --feeds}: polls the feeds once ({@code --once}, progress on the terminal) or
 * every interval until stopped (with {@code /metrics} and health on {@code http.host:http.port},
 * as {@code run} has), into the news topic or a JSON Lines file.
 */
final class FeedsIngest {

    private final BrinkConfig config;
    private final List<URI> feeds;
    private final Duration interval;
    private final Path output;
    private final String topic;
    private final PrintStream out;
    private final PrintStream err;

    FeedsIngest(BrinkConfig config, List<URI> feeds, Duration interval, Path output, String topic, PrintStream out,
                PrintStream err) {
        this.config = config;
        this.feeds = feeds;
        this.interval = interval;
        this.output = output;
        this.topic = topic;
        this.out = out;
        this.err = err;
    }

    static IngestSettings settings(BrinkConfig config, Duration interval) {
        String version = Main.class.getPackage().getImplementationVersion();
        return new IngestSettings(IngestSettings.userAgent(version == null ? "dev" : version, config.get(BrinkConfig.INGEST_CONTACT)),
                config.getDuration(BrinkConfig.INGEST_TIMEOUT), config.getInt(BrinkConfig.INGEST_MAX_PAGE_BYTES),
                config.getInt(BrinkConfig.INGEST_MAX_REDIRECTS), Duration.ofMillis(config.getInt(BrinkConfig.INGEST_HOST_DELAY_MS)),
                config.getInt(BrinkConfig.INGEST_THREADS), config.getInt(BrinkConfig.INGEST_RETRIES),
                config.getDuration(BrinkConfig.INGEST_RETRY_BACKOFF), interval);
    }

    /** Where the ids of sent stories are kept: ingest.seen.file, else next to --output, else in state.dir. */
    static Path seenFile(BrinkConfig config, Path output) {
        String configured = config.get(BrinkConfig.INGEST_SEEN_FILE);
        if (!configured.isBlank()) {
            return Path.of(configured);
        }
        if (output != null) {
            return output.resolveSibling(output.getFileName() + ".seen");
        }
        return Path.of(config.get(BrinkConfig.STATE_DIR), "ingest-seen.txt");
    }

    private ArticleSink sink() throws Exception {
        if (output != null) {
            return new JsonLinesSink(output);
        }
        // As run does: an unreachable cluster or refused credentials stop the ingester at once, with a reason.
        KafkaAccess.check(config.clientProperties());
        return new KafkaArticleSink(config.clientProperties(), config.getInt(BrinkConfig.MAX_TEXT_BYTES), topic);
    }

    int once() throws Exception {
        IngestSettings settings = settings(config, interval);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Path seenFile = seenFile(config, output);
        try (SeenIds seen = SeenIds.open(seenFile); ArticleSink sink = sink(); Fetcher fetcher = new Fetcher(settings, meters);
             FeedPoller poller = new FeedPoller(settings, fetcher, seen, sink, meters, config.getInt(BrinkConfig.MAX_TEXT_BYTES))) {
            err.println("brink: polling " + feeds.size() + " feeds once into " + sink.describe() + " as '"
                    + settings.userAgent() + "'; " + seen.size() + " addresses already handled (" + seenFile + ")");
            AtomicInteger done = new AtomicInteger();
            FeedPoller.PollReport report = poller.poll(feeds, new FeedPoller.Listener() {
                @Override
                public void feedDone(FeedPoller.FeedReport r) {
                    err.println("brink: [" + done.incrementAndGet() + "/" + feeds.size() + "] " + describe(r));
                }

                @Override
                public void itemProblem(URI feed, URI item, ItemResult result, String why) {
                    err.println("brink:     " + result.name().toLowerCase(Locale.ROOT) + " " + item + ": " + why);
                }
            });
            out.println(summary(report, sink.describe()));
            out.println("remembered " + seen.size() + " addresses of stories handled (feed links and canonical URLs) in " + seenFile);
            return report.anyFailed() ? Main.PARTIAL : Main.OK;
        }
    }

    int continuous(AtomicReference<Runnable> stopper) throws Exception {
        IngestSettings settings = settings(config, interval);
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Path seenFile = seenFile(config, output);
        CountDownLatch stop = new CountDownLatch(1);
        stopper.set(stop::countDown);
        AtomicReference<String> state = new AtomicReference<>("STARTING");
        int port = config.getInt(BrinkConfig.HTTP_PORT);
        try (SeenIds seen = SeenIds.open(seenFile); ArticleSink sink = sink(); Fetcher fetcher = new Fetcher(settings, meters);
             FeedPoller poller = new FeedPoller(settings, fetcher, seen, sink, meters, config.getInt(BrinkConfig.MAX_TEXT_BYTES));
             StatusHttp http = port < 0 ? null : StatusHttp.start(config.get(BrinkConfig.HTTP_HOST), port, meters,
                     () -> new StatusHttp.Status(!state.get().equals("STOPPED"), state.get().equals("RUNNING"), state.get()))) {
            registerGauges(meters, seen);
            err.println("brink: polling " + feeds.size() + " feeds every " + interval + " into " + sink.describe() + " as '"
                    + settings.userAgent() + "'; " + seen.size() + " addresses already handled (" + seenFile + ")"
                    + (http == null ? "" : "; HTTP on http://" + config.get(BrinkConfig.HTTP_HOST) + ":" + http.port()
                    + " (/health/live, /health/ready, /metrics)"));
            while (stop.getCount() > 0) {
                long start = System.nanoTime();
                FeedPoller.PollReport report = poller.poll(feeds, r -> {
                    if (r.result() == PollResult.FAILED) {
                        err.println("brink: " + describe(r));
                    }
                });
                state.set("RUNNING");
                err.println("brink: " + summary(report, sink.describe()));
                long wait = interval.toNanos() - (System.nanoTime() - start);
                if (wait > 0) {
                    stop.await(wait, TimeUnit.NANOSECONDS);
                }
            }
            state.set("STOPPED");
        }
        err.println("brink: stopped cleanly");
        return Main.OK;
    }

    private static void registerGauges(MeterRegistry meters, SeenIds seen) {
        io.micrometer.core.instrument.Gauge.builder("brink.feed.seen.stories", seen, SeenIds::size)
                .description("Stories remembered as sent (ingest.seen.file)").register(meters);
    }

    static String describe(FeedPoller.FeedReport r) {
        String seconds = String.format(Locale.ROOT, "%.1f s", r.seconds());
        return switch (r.result()) {
            case OK -> r.feed() + ": " + total(r) + " items, " + r.count(ItemResult.SENT) + " sent, "
                    + r.count(ItemResult.DUPLICATE) + " seen before" + problems(r) + " (" + seconds + ")";
            case NOT_MODIFIED -> r.feed() + ": not modified (" + seconds + ")";
            case BACKING_OFF -> r.feed() + ": skipped this poll, " + r.error();
            case FAILED -> r.feed() + ": FAILED after " + r.attempts() + (r.attempts() == 1 ? " attempt: " : " attempts: ")
                    + r.error() + " (" + seconds + ")";
        };
    }

    private static int total(FeedPoller.FeedReport r) {
        return r.items().values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String problems(FeedPoller.FeedReport r) {
        StringBuilder s = new StringBuilder();
        for (ItemResult k : List.of(ItemResult.FAILED, ItemResult.DISALLOWED, ItemResult.EMPTY, ItemResult.REJECTED)) {
            if (r.count(k) > 0) {
                s.append(", ").append(r.count(k)).append(' ').append(k.name().toLowerCase(Locale.ROOT));
            }
        }
        return s.toString();
    }

    static String summary(FeedPoller.PollReport report, String target) {
        return String.format(Locale.ROOT,
                "polled %d feeds in %.1f s: %d ok, %d not modified, %d failed, %d backing off; %d items: %d sent to %s, "
                        + "%d seen before, %d failed, %d disallowed by robots.txt, %d without text, %d rejected",
                report.feeds().size(), report.seconds(), report.feeds(PollResult.OK), report.feeds(PollResult.NOT_MODIFIED),
                report.feeds(PollResult.FAILED), report.feeds(PollResult.BACKING_OFF), report.items(),
                report.items(ItemResult.SENT), target, report.items(ItemResult.DUPLICATE), report.items(ItemResult.FAILED),
                report.items(ItemResult.DISALLOWED), report.items(ItemResult.EMPTY), report.items(ItemResult.REJECTED));
    }
}
