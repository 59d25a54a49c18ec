package io.brink.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import io.brink.stream.BrinkConfig;

/** {@code brink ingest}: articles from JSON Lines into Kafka, with a per-line error report. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Produce articles from a JSON Lines file into the news topic.",
                "The file may be - for standard input.",
                "Malformed lines are reported with their line number and reason; every valid line is sent.",
                "Exit code 3 when some lines were rejected."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Option(names = {"-i", "--input"}, required = true, paramLabel = "FILE.jsonl|-",
            description = "JSON Lines file, one article object per line; - reads standard input.")
    String input;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "Target topic (default: the news topic, <topic.prefix>news).")
    String topic;

    @Override
    public Integer call() throws Exception {
        BrinkConfig config = options.load();
        String target = topic != null ? topic : config.topics().news().name();
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
}
