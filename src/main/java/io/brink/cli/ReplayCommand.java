package io.brink.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import io.brink.embedded.EmbeddedKafka;
import io.brink.model.Alert;
import io.brink.model.Json;
import io.brink.model.PairScore;
import io.brink.stream.BrinkConfig;
import io.brink.stream.BrinkService;
import io.brink.stream.Topic;

/**
 * {@code brink replay}: a backtest. The full topology on an embedded broker over a file of
 * articles in event-time order; every alert and the final score of every pair are written as
 * JSON Lines, then it exits. With {@code --truth}, the alerts are scored against known episodes
 * ({@link Backtest}).
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Backtest Brink on a JSON Lines file of past articles.",
                "Runs Brink over the file on an embedded broker, writes every alert and the final score of",
                "each pair as JSON Lines, and exits.",
                "Malformed lines are reported by number and skipped (exit code 3).",
                "With --truth, score the alerts against known episodes (see the README, \"Backtesting alerts\").",
                "Topics get one partition unless topic.partitions is set, so that a replay repeats."})
final class ReplayCommand implements Callable<Integer> {

    /**
     * One partition unless the user sets another count. At full speed the tasks of several
     * partitions run ahead of one another by whole batches, so the order in which a pair's events
     * reach the scorer, and with it when the pair alerts, changes from run to run (on the demo
     * feed, one escalation alert moved by seven and a half hours between two runs of four
     * partitions). One partition keeps the feed's order, and a backtest repeatable.
     */
    static final Map<String, String> REPLAY_DEFAULTS = Map.of(BrinkConfig.TOPIC_PARTITIONS.name(), "1");

    @Mixin
    ConfigOptions options;

    @Option(names = {"-i", "--input"}, required = true, paramLabel = "FILE.jsonl", description = "Articles, one JSON object a line.")
    Path input;

    @Option(names = "--alerts", required = true, paramLabel = "OUT.jsonl", description = "Where to write every alert message.")
    Path alertsOut;

    @Option(names = "--scores", required = true, paramLabel = "OUT.jsonl", description = "Where to write the final score of each pair.")
    Path scoresOut;

    @Option(names = "--speed", paramLabel = "max|ARTICLES/S", defaultValue = "max",
            description = "Replay as fast as possible (max, the default) or at this many articles per second.")
    String speed;

    @Option(names = "--truth", paramLabel = "EPISODES.jsonl",
            description = {"Score the alerts against these known episodes, one JSON object a line: pair (AAA-BBB),",
                    "kind (ESCALATION or DEESCALATION), start and end (ISO-8601). Prints episodes found,",
                    "latency, precision and false alerts per 100 pair-days."})
    Path truth;

    @Option(names = "--report", paramLabel = "OUT.json",
            description = "Write the backtest report as JSON here (needs --truth).")
    Path reportOut;

    @Override
    public Integer call() throws Exception {
        double rate;
        try {
            rate = speed.equals("max") ? 0 : Double.parseDouble(speed);
        } catch (NumberFormatException e) {
            rate = -1;
        }
        if (rate < 0) {
            System.err.println("brink: --speed must be max or a positive number of articles per second, got " + speed);
            return Main.USAGE;
        }
        if (!Files.isReadable(input)) {
            System.err.println("brink: cannot read --input " + input);
            return Main.USAGE;
        }
        if (reportOut != null && truth == null) {
            System.err.println("brink: --report needs --truth EPISODES.jsonl, the episodes to score alerts against");
            return Main.USAGE;
        }
        List<Backtest.Episode> episodes = null;
        if (truth != null) {
            if (!Files.isReadable(truth)) {
                System.err.println("brink: cannot read --truth " + truth);
                return Main.USAGE;
            }
            try (BufferedReader in = Files.newBufferedReader(truth, StandardCharsets.UTF_8)) {
                episodes = Backtest.readTruth(in);
            } catch (Backtest.TruthException e) {
                System.err.println("brink: --truth " + truth + ", " + e.getMessage());
                return Main.USAGE;
            }
        }
        PrintStream out = System.out;
        LibraryLogs.announce(System.err);
        Path state = Files.createTempDirectory("brink-replay-state-");
        // The replay's clock is the feed's (ReplayClock): its broker takes records stamped with any
        // date, the coming week's included, which a live broker refuses past an hour ahead.
        try (EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedKafka.Options.plaintext()
                .withBrokerProperty("log.message.timestamp.after.max.ms", String.valueOf(Long.MAX_VALUE)))) {
            BrinkConfig config = options.embedded(kafka.bootstrapServers(), state, "brink-replay", REPLAY_DEFAULTS)
                    .put(BrinkConfig.HTTP_PORT.name(), "-1", "replay")
                    .build();
            FeedProducer.Summary summary;
            try (BrinkService service = new BrinkService(config).start()) {
                service.awaitRunning(Duration.ofSeconds(120));
                long size = Files.size(input);
                ProgressBar bar = size > 0 && System.console() != null ? new ProgressBar(System.err, size) : null;
                try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
                    summary = new FeedProducer(config.clientProperties(), config.getInt(BrinkConfig.MAX_TEXT_BYTES), true)
                            .send(in, config.topics().news().name(), rate, bar == null ? null : bar::update, r -> {
                                if (bar != null) {
                                    bar.clear();
                                }
                                System.err.println("brink: " + r);
                            });
                }
                if (bar != null) {
                    bar.finish();
                }
                Drain.await(config, List.of(config.topics().news().name(), config.topics().events().name()));
                Drain.awaitHeldBackScores(config);
            }
            List<Alert> alerts = readAll(config, config.topics().alerts());
            Map<String, PairScore> finalScores = new TreeMap<>();
            for (PairScore s : readAll(config, config.topics().scores())) {
                finalScores.put(s.pair(), s);
            }
            writeLines(alertsOut, alerts);
            writeLines(scoresOut, new ArrayList<>(finalScores.values()));
            out.printf("replayed %d articles (%d lines rejected): %d alert messages, %d pairs scored%n",
                    summary.sent(), summary.rejected().size(), alerts.size(), finalScores.size());
            if (episodes != null) {
                // Every coded event updates its pair's score: the pairs scored are the pairs with any event.
                Backtest.Span span = summary.firstPublished() == null ? null
                        : new Backtest.Span(summary.firstPublished(), summary.lastPublished());
                Backtest.Report report = Backtest.score(alerts, episodes, finalScores.keySet(), span);
                Backtest.print(out, report, 10);
                if (reportOut != null) {
                    Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(reportOut.toFile(), report);
                    out.printf("report written to %s%n", reportOut);
                }
            }
            return summary.failed() > 0 ? Main.FAILED : summary.rejected().isEmpty() ? Main.OK : Main.PARTIAL;
        } finally {
            TempDirs.deleteQuietly(state);
        }
    }

    /** Every committed record of a topic, in offset order per partition. */
    private static <V> List<V> readAll(BrinkConfig config, Topic<String, V> topic) {
        Map<String, Object> p = new HashMap<>(config.clientProperties());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<V> values = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                for (ConsumerRecord<String, V> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() != null) {
                        values.add(r.value());
                    }
                }
            }
        }
        return values;
    }

    private static void writeLines(Path file, List<?> values) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Object v : values) {
                w.write(Json.MAPPER.writeValueAsString(v));
                w.newLine();
            }
        }
    }
}
