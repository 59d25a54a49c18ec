package io.brink.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import io.brink.ingest.FeedList;

import io.brink.stream.BrinkConfig;

/** {@code brink ingest}: articles from JSON Lines, or from news feeds and their pages, into Kafka. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Produce articles from JSON Lines or news feeds into the news topic.",
                "--input: the file may be - for standard input. Malformed lines are reported with their line number and"
                        + " reason; every valid line is sent. Exit code 3 when some lines were rejected.",
                "--feeds: polls RSS, RSS 1.0 and Atom feeds (listed in OPML or one URL a line), fetches each new item's"
                        + " page politely (robots.txt, per-host delay, conditional GET) and sends its story once."
                        + " --once polls once and exits (3 when a feed or item failed); otherwise it polls every"
                        + " --interval until stopped, with /metrics and /health on http.host:http.port."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    /** Where the articles come from: one of the two. */
    static final class Source {
        @Option(names = {"-i", "--input"}, required = true, paramLabel = "FILE.jsonl|-",
                description = "JSON Lines file, one article object per line; - reads standard input.")
        String input;

        @Option(names = "--feeds", required = true, paramLabel = "FILE",
                description = "OPML file, or a text file with one feed URL a line (# comments).")
        Path feeds;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "Target topic (default: the news topic, <topic.prefix>news).")
    String topic;

    @Option(names = "--interval", paramLabel = "DURATION",
            description = "--feeds: time between polls, e.g. 5m (default: ingest.interval).")
    String interval;

    @Option(names = "--once", description = "--feeds: poll every feed once, then exit.")
    boolean once;

    @Option(names = "--output", paramLabel = "FILE.jsonl",
            description = "--feeds: append the articles to this JSON Lines file instead of Kafka.")
    Path output;

    @Override
    public Integer call() throws Exception {
        BrinkConfig config = options.load();
        String target = topic != null ? topic : config.topics().news().name();
        if (source.feeds != null) {
            return feeds(config, target);
        }
        if (interval != null || once || output != null) {
            System.err.println("brink: --interval, --once and --output go with --feeds, not with --input");
            return Main.USAGE;
        }
        String input = source.input;
        boolean stdin = input.equals("-");
        Path file = stdin ? null : Path.of(input);
        if (file != null && !Files.isReadable(file)) {
            System.err.println("brink: cannot read --input " + input);
            return Main.USAGE;
        }
        long total = file == null ? -1 : Files.size(file);
        PrintStream err = System.err;
        ProgressBar bar = total > 0 && System.console() != null ? new ProgressBar(err, total) : null;
        FeedProducer producer = new FeedProducer(config.clientProperties(), config.getInt(BrinkConfig.MAX_TEXT_BYTES));
        FeedProducer.Summary summary;
        try (BufferedReader in = stdin
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            summary = producer.send(in, target, 0, bar == null ? null : bar::update, r -> {
                if (bar != null) {
                    bar.clear();
                }
                err.println("brink: " + r);
            });
        }
        if (bar != null) {
            bar.finish();
        }
        System.out.printf("ingested %d articles into %s, %d lines rejected, %d sends failed, %.1f s%n",
                summary.sent(), target, summary.rejected().size(), summary.failed(), summary.seconds());
        if (summary.failed() > 0) {
            return Main.FAILED;
        }
        return summary.rejected().isEmpty() ? Main.OK : Main.PARTIAL;
    }

    private int feeds(BrinkConfig config, String target) throws Exception {
        java.util.List<java.net.URI> list;
        try {
            list = FeedList.read(source.feeds);
        } catch (java.io.IOException e) {
            System.err.println("brink: cannot read --feeds " + source.feeds + ": " + e.getMessage());
            return Main.USAGE;
        } catch (IllegalArgumentException e) {
            System.err.println("brink: --feeds: " + e.getMessage());
            return Main.USAGE;
        }
        java.time.Duration every;
        try {
            every = interval == null ? config.getDuration(BrinkConfig.INGEST_INTERVAL) : BrinkConfig.parseDuration(interval);
        } catch (IllegalArgumentException e) {
            System.err.println("brink: invalid --interval '" + interval + "': expected a duration such as 90s, 15m or 1h");
            return Main.USAGE;
        }
        FeedsIngest ingest = new FeedsIngest(config, list, every, output, target, System.out, System.err);
        if (once) {
            return ingest.once();
        }
        java.util.concurrent.atomic.AtomicReference<Runnable> stopper = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger exit = new java.util.concurrent.atomic.AtomicInteger(Main.FAILED);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Runnable stop = stopper.get();
            if (stop != null) {
                stop.run();
            }
            try {
                // The poll under way finishes (its stories are sent and remembered) before the process ends.
                closed.await(RunCommand.SHUTDOWN_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // As run does: a clean stop on SIGTERM exits 0, not with the signal's status.
            Runtime.getRuntime().halt(exit.get());
        }, "brink-ingest-shutdown"));
        try {
            exit.set(ingest.continuous(stopper));
            return exit.get();
        } finally {
            closed.countDown();
        }
    }
}
