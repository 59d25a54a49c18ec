package io.brink.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import io.brink.model.Pair;
import io.brink.stream.BrinkConfig;

/** {@code brink tail alerts|scores}: a subscriber that prints Brink's output as it arrives. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Print alerts or scores as they arrive, until Ctrl-C.")
final class TailCommand implements Callable<Integer> {

    /** What to follow. */
    enum What { alerts, scores }

    @Mixin
    ConfigOptions options;

    @Parameters(index = "0", paramLabel = "alerts|scores", description = "The topic to follow: ${COMPLETION-CANDIDATES}.")
    What what;

    @Option(names = "--pair", paramLabel = "AAA-BBB", description = "Only this pair (either order, e.g. IRN-ISR).")
    String pair;

    @Option(names = "--from-beginning", description = "Start at the oldest record instead of new ones only.")
    boolean fromBeginning;

    @Option(names = "--max-records", paramLabel = "N", defaultValue = "0",
            description = "Stop after printing N records (0: follow until Ctrl-C).")
    int maxRecords;

    @Override
    public Integer call() throws Exception {
        BrinkConfig config = options.load();
        String key;
        try {
            key = pair == null ? null : Pair.parse(pair.toUpperCase(java.util.Locale.ROOT)).key();
        } catch (IllegalArgumentException e) {
            System.err.println("brink: --pair: " + e.getMessage());
            return Main.USAGE;
        }
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "brink-tail-shutdown"));
        if (maxRecords < 0) {
            System.err.println("brink: --max-records must be 0 or more, got " + maxRecords);
            return Main.USAGE;
        }
        TopicFollower<?> follower = what == What.alerts
                ? new TopicFollower<>(config.clientProperties(), config.topics().alerts(), fromBeginning,
                        onlyPair(key), TopicFollower::formatAlert, System.out).start()
                : new TopicFollower<>(config.clientProperties(), config.topics().scores(), fromBeginning,
                        onlyPair(key), TopicFollower::formatScore, System.out).start();
        try (follower) {
            while (!stop.await(100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (maxRecords > 0 && follower.printed() >= maxRecords) {
                    break;
                }
            }
        }
        return Main.OK;
    }

    private static <V> Predicate<ConsumerRecord<String, V>> onlyPair(String key) {
        return r -> key == null || key.equals(r.key());
    }
}
