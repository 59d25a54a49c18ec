package io.brink.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.embedded.EmbeddedKafka;
import io.brink.stream.BrinkConfig;
import io.brink.stream.BrinkTopology;
import io.brink.stream.Topics;

/**
 * An instance loses its disk: it is killed, its state folder wiped, and it starts again. It
 * rebuilds the pair-state stores from their changelogs; then the other instance dies, so that the
 * rebuilt stores alone carry on, and the scores of the second half of the feed continue from the
 * totals of the first half rather than from zero. Runs with one standby replica, the setting that
 * keeps a warm copy of every store on the other instance.
 */
class StateLossFaultIT {

    static final String APP = "brink-fault-state";

    @TempDir
    Path dir;

    @Test
    void a_wiped_instance_rebuilds_its_stores_from_the_changelogs_and_scores_continue_from_the_same_totals()
            throws Exception {
        Feed first = Feed.sampleCopies(0, 2);
        Feed second = Feed.sampleCopiesWithPoison(2, 4, 3);
        Feed all = first.then(second);
        Topics topics = BrinkConfig.defaults().topics();
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            kafka.createTopics(topics.newTopics(4, (short) 1));
            Map<String, String> settings = new java.util.LinkedHashMap<>(Faults.settings(APP));
            settings.put("num.standby.replicas", "1");
            Path stateB = dir.resolve("state-b");
            try (BrinkProcess a = BrinkProcess.of("a", dir, kafka.bootstrapServers(), dir.resolve("state-a"), settings)
                         .start();
                 BrinkProcess b = BrinkProcess.of("b", dir, kafka.bootstrapServers(), stateB, settings).start();
                 Ledger ledger = new Ledger(kafka.clientProperties(), topics)) {
                a.awaitReady(Duration.ofSeconds(120));
                b.awaitReady(Duration.ofSeconds(120));
                try (FeedSender sender = FeedSender.start(kafka.clientProperties(), topics.news().name(), first, 200)) {
                    assertThat(sender.awaitAcknowledged(Duration.ofSeconds(120))).isEqualTo(first.inputs.size());
                }
                ledger.awaitSettled(first, APP, Duration.ofSeconds(180));
                Ledger.Figures before = ledger.assertExactlyOnce(first);

                b.kill9();
                deleteRecursively(stateB);
                b.start();
                b.awaitReady(Duration.ofSeconds(120));
                awaitStores(stateB, Duration.ofSeconds(120));
                a.kill9();
                b.awaitReady(Duration.ofSeconds(120));

                try (FeedSender sender = FeedSender.start(kafka.clientProperties(), topics.news().name(), second, 200)) {
                    assertThat(sender.awaitAcknowledged(Duration.ofSeconds(120))).isEqualTo(second.inputs.size());
                }
                ledger.awaitSettled(all, APP, Duration.ofSeconds(240));
                Ledger.Figures f = ledger.assertExactlyOnce(all);
                Faults.figures("state loss", "before the wipe: " + before);
                Faults.figures("state folder wiped, stores rebuilt, then the other instance killed", f);
            }
        }
    }

    /** Waits until the wiped instance holds the pair-state store of every scoring task again. */
    private static void awaitStores(Path stateDir, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Path> stores = IntStream.range(0, 4).mapToObj(p -> stateDir.resolve(APP).resolve("1_" + p)
                .resolve("rocksdb").resolve(BrinkTopology.PAIR_STATE_STORE)).toList();
        while (!stores.stream().allMatch(Files::isDirectory)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("stores not rebuilt within " + timeout + ": "
                        + stores.stream().filter(s -> !Files.isDirectory(s)).toList());
            }
            Thread.sleep(250);
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(root).doesNotExist();
    }
}
