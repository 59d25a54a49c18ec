package io.brink.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.embedded.EmbeddedKafka;
import io.brink.stream.BrinkConfig;
import io.brink.stream.Topics;

/**
 * Two Brink instances share four partitions under exactly-once v2; one is killed with
 * {@code kill -9} while the feed streams in, and started again on the same state folder. Every
 * coded event is on {@code brink.events} exactly once, each pair's latest score counts exactly its
 * coded events, every poison record is on the DLQ exactly once, and no alert opens twice with
 * different content.
 */
class InstanceCrashFaultIT {

    static final String APP = "brink-fault-crash";

    @TempDir
    Path dir;

    @Test
    void an_instance_killed_mid_stream_loses_nothing_and_counts_nothing_twice() throws Exception {
        Feed feed = Feed.sampleCopiesWithPoison(0, 4, 5);
        assertThat(feed.maxEventsPerPair()).as("a feed of realistic size per pair").isLessThan(500);
        Topics topics = BrinkConfig.defaults().topics();
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            kafka.createTopics(topics.newTopics(4, (short) 1));
            Map<String, String> settings = Faults.settings(APP);
            try (BrinkProcess a = BrinkProcess.started("a", dir, kafka.bootstrapServers(), settings);
                 BrinkProcess b = BrinkProcess.started("b", dir, kafka.bootstrapServers(), settings);
                 Ledger ledger = new Ledger(kafka.clientProperties(), topics)) {
                BrinkProcess.awaitAllReady(Duration.ofSeconds(120), a, b);
                try (FeedSender sender = FeedSender.start(kafka.clientProperties(), topics.news().name(), feed, 100)) {
                    sender.awaitSent(feed.inputs.size() * 2 / 5, Duration.ofSeconds(60));
                    ledger.awaitEvents(feed.coded() / 4, Duration.ofSeconds(60));
                    assertThat(ledger.eventRecords).as("events flow before the kill").isPositive();
                    int sentAtKill = sender.sent();
                    int eventsAtKill = ledger.eventRecords;
                    b.kill9();
                    b.start();
                    assertThat(sender.awaitAcknowledged(Duration.ofSeconds(120))).isEqualTo(feed.inputs.size());
                    Faults.figures("kill -9", "killed b after " + sentAtKill + " of " + feed.inputs.size()
                            + " records sent, " + eventsAtKill + " events read");
                }
                ledger.awaitSettled(feed, APP, Duration.ofSeconds(240));
                a.awaitReady(Duration.ofSeconds(60));
                b.awaitReady(Duration.ofSeconds(60));
                Ledger.Figures f = ledger.assertExactlyOnce(feed);
                Faults.figures("kill -9 of one of two instances", f);
            }
        }
    }
}
