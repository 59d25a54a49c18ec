package io.brink.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.embedded.EmbeddedKafka;
import io.brink.stream.BrinkConfig;
import io.brink.stream.Topics;

/**
 * SIGTERM to a {@code brink run} in mid-stream: it closes within the 30 s budget, exits 0, says
 * "stopped cleanly", and leaves no transaction open. Started again, it carries on where it
 * stopped: no event is processed twice, not even in a transaction that was rolled back, which
 * {@code read_uncommitted} would show.
 */
class GracefulShutdownFaultIT {

    static final String APP = "brink-fault-sigterm";

    @TempDir
    Path dir;

    @Test
    void sigterm_closes_cleanly_in_bounded_time_commits_and_nothing_is_reprocessed_after_a_restart()
            throws Exception {
        Feed feed = Feed.sampleCopiesWithPoison(0, 3, 3);
        Topics topics = BrinkConfig.defaults().topics();
        try (EmbeddedKafka kafka = EmbeddedKafka.start();
             Admin admin = Admin.create(kafka.clientProperties())) {
            kafka.createTopics(topics.newTopics(4, (short) 1));
            try (BrinkProcess a = BrinkProcess.of("a", dir, kafka.bootstrapServers(), dir.resolve("state-a"),
                         Faults.settings(APP)).start();
                 Ledger ledger = new Ledger(kafka.clientProperties(), topics)) {
                a.awaitReady(Duration.ofSeconds(120));
                String stop;
                try (FeedSender sender = FeedSender.start(kafka.clientProperties(), topics.news().name(), feed, 100)) {
                    sender.awaitSent(feed.inputs.size() * 2 / 5, Duration.ofSeconds(60));
                    ledger.awaitEvents(feed.coded() / 4, Duration.ofSeconds(60));
                    long t0 = System.nanoTime();
                    int exit = a.terminate(Duration.ofSeconds(45));
                    long millis = (System.nanoTime() - t0) / 1_000_000;
                    assertThat(exit).as("exit code after SIGTERM:\n" + a.tail()).isZero();
                    assertThat(millis).as("SIGTERM to exit, ms").isLessThan(30_000);
                    assertThat(a.log()).contains("brink: stopped cleanly");
                    assertThat(openTransactions(admin, topics)).as("transactions left open").isEmpty();
                    stop = "SIGTERM after " + sender.sent() + " of " + feed.inputs.size() + " records sent: exit "
                            + exit + " in " + millis + " ms, no open transaction";
                    a.start();
                    a.awaitReady(Duration.ofSeconds(120));
                    assertThat(sender.awaitAcknowledged(Duration.ofSeconds(120))).isEqualTo(feed.inputs.size());
                }
                ledger.awaitSettled(feed, APP, Duration.ofSeconds(180));
                Ledger.Figures f = ledger.assertExactlyOnce(feed);
                int raw = ledger.uncommittedEvents();
                assertThat(raw).as("events on brink.events with read_uncommitted, rolled-back ones included")
                        .isEqualTo(f.coded());
                Faults.figures("sigterm", stop);
                Faults.figures("SIGTERM mid-stream and restart", f + " read_uncommitted(events)=" + raw);
            }
        }
    }

    /** Output and changelog partitions with a transaction still open. */
    static List<TopicPartition> openTransactions(Admin admin, Topics topics) throws Exception {
        List<TopicPartition> partitions = new java.util.ArrayList<>();
        for (String topic : List.of(topics.events().name(), topics.scores().name(), topics.alerts().name(),
                topics.dlq(), APP + "-pair-state-changelog")) {
            for (int p = 0; p < 4; p++) {
                partitions.add(new TopicPartition(topic, p));
            }
        }
        Map<TopicPartition, org.apache.kafka.clients.admin.DescribeProducersResult.PartitionProducerState> states =
                admin.describeProducers(partitions).all().get(30, TimeUnit.SECONDS);
        return states.entrySet().stream()
                .filter(e -> e.getValue().activeProducers().stream()
                        .anyMatch(s -> s.currentTransactionStartOffset().isPresent()))
                .map(Map.Entry::getKey).toList();
    }
}
