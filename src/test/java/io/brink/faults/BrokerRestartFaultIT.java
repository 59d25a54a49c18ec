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
 * The only broker stops while the feed streams in and comes back on the same ports and logs ten
 * seconds later. Both instances ride it out without being restarted (their processes stay up and
 * {@code /health/ready} answers 200 again), and the exactly-once invariants hold.
 */
class BrokerRestartFaultIT {

    static final String APP = "brink-fault-broker";
    static final Duration OUTAGE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void instances_return_to_running_by_themselves_after_a_broker_restart_and_nothing_is_lost_or_doubled()
            throws Exception {
        Feed feed = Feed.sampleCopiesWithPoison(0, 4, 5);
        Topics topics = BrinkConfig.defaults().topics();
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            kafka.createTopics(topics.newTopics(4, (short) 1));
            Map<String, String> settings = Faults.settings(APP);
            try (BrinkProcess a = BrinkProcess.started("a", dir, kafka.bootstrapServers(), settings);
                 BrinkProcess b = BrinkProcess.started("b", dir, kafka.bootstrapServers(), settings);
                 Ledger ledger = new Ledger(kafka.clientProperties(), topics)) {
                BrinkProcess.awaitAllReady(Duration.ofSeconds(120), a, b);
                String outage;
                try (FeedSender sender = FeedSender.start(kafka.clientProperties(), topics.news().name(), feed, 100)) {
                    sender.awaitSent(feed.inputs.size() * 2 / 5, Duration.ofSeconds(60));
                    ledger.awaitEvents(feed.coded() / 4, Duration.ofSeconds(60));
                    int sentAtStop = sender.sent();
                    int eventsAtStop = ledger.eventRecords;
                    long stopped = System.nanoTime();
                    kafka.stop();
                    Thread.sleep(OUTAGE.toMillis());
                    int readyDuringOutage = a.readiness() + b.readiness();
                    kafka.restart();
                    long restarted = System.nanoTime();
                    a.awaitReady(Duration.ofSeconds(120));
                    b.awaitReady(Duration.ofSeconds(120));
                    outage = "broker stopped after " + sentAtStop + " of " + feed.inputs.size() + " records sent, "
                            + eventsAtStop + " events read; down " + (restarted - stopped) / 1_000_000 + " ms;"
                            + " both ready again " + (System.nanoTime() - restarted) / 1_000_000
                            + " ms after the restart; readiness during the outage " + readyDuringOutage / 2;
                    assertThat(sender.awaitAcknowledged(Duration.ofSeconds(180))).isEqualTo(feed.inputs.size());
                }
                ledger.awaitSettled(feed, APP, Duration.ofSeconds(240));
                assertThat(a.alive()).as("a was never restarted").isTrue();
                assertThat(b.alive()).as("b was never restarted").isTrue();
                a.awaitReady(Duration.ofSeconds(30));
                b.awaitReady(Duration.ofSeconds(30));
                Faults.figures("broker restart", outage);
                Ledger.Figures f = ledger.assertExactlyOnce(feed);
                Faults.figures("broker stop and restart under two instances", f);
            }
        }
    }
}
