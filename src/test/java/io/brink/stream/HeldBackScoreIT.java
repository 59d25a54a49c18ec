package io.brink.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.embedded.EmbeddedKafka;
import io.brink.model.PairScore;
import io.brink.scoring.PairState;

/**
 * A score the rate limit holds back is owed, and the debt survives the task: when the instance
 * that scored a pair's last event closes before publishing that score, the instance that takes
 * the pair over (here on an empty state folder, so from the changelog alone) publishes it, as it
 * publishes every pair's latest score when it opens. Before, the debt lived in memory only, and
 * the pair's latest score stayed one event short for as long as the pair stayed quiet.
 */
class HeldBackScoreIT {

    /** Long enough that the second event's score is certainly still held back when the first instance closes. */
    static final String EMIT_INTERVAL = "20s";
    static final String PAIR = "DEU-FRA";
    static final String SECOND_PUBLISHED = "2026-11-03T09:20:00Z";

    @TempDir
    Path stateA;
    @TempDir
    Path stateB;

    @Test
    void a_score_held_back_when_its_instance_closes_is_published_by_the_next_owner() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            String app = "brink-held-back-" + System.nanoTime();
            Topics topics = config(kafka, app, stateA).topics();
            List<PairScore> scores = new ArrayList<>();
            try (KafkaConsumer<byte[], byte[]> consumer = PipelineScenario.consumer(kafka.bootstrapServers())) {
                consumer.subscribe(List.of(topics.scores().name()));
                try (BrinkService first = new BrinkService(config(kafka, app, stateA)).start()) {
                    first.awaitRunning(Duration.ofSeconds(90));
                    try (KafkaProducer<String, byte[]> producer = PipelineScenario.producer(kafka.bootstrapServers())) {
                        // Routine cooperation of a calm pair: no alert, which would publish the score at once.
                        PipelineScenario.send(producer, topics, "one", TopologyFixture.article("one", "wire.example",
                                "2026-11-03T08:00:00Z", "French and German ministers held consultations in Paris on Tuesday."));
                        producer.flush();
                        await().atMost(Duration.ofSeconds(60)).until(() -> !read(consumer, topics, scores).isEmpty());
                        PipelineScenario.send(producer, topics, "two", TopologyFixture.article("two", "globe.example",
                                SECOND_PUBLISHED, "France and Germany signed a trade agreement on Tuesday."));
                        producer.flush();
                    }
                    ReadOnlyKeyValueStore<String, PairState> states = first.streams().store(StoreQueryParameters
                            .fromNameAndType(BrinkTopology.PAIR_STATE_STORE, QueryableStoreTypes.keyValueStore()));
                    Instant second = Instant.parse(SECOND_PUBLISHED);
                    await().atMost(Duration.ofSeconds(30)).alias("the second article scored and its state committed")
                            .until(() -> states.get(PAIR) != null && states.get(PAIR).now().equals(second));
                    // One commit later the pair's state, with both events, is on the changelog.
                    Thread.sleep(2_000);
                    // Leaving the group, as a scale-down does, so the next owner need not wait for the session timeout.
                    first.streams().close(CloseOptions.groupMembershipOperation(
                            CloseOptions.GroupMembershipOperation.LEAVE_GROUP).withTimeout(Duration.ofSeconds(30)));
                }
                int first = events(scores.get(0));
                assertThat(first).as("the first article's events").isPositive();
                assertThat(read(consumer, topics, scores)).as("no score counts the second article before the close")
                        .allMatch(s -> events(s) == first);

                try (BrinkService next = new BrinkService(config(kafka, app, stateB)).start()) {
                    next.awaitRunning(Duration.ofSeconds(90));
                    await().atMost(Duration.ofSeconds(90)).alias("scores " + scores)
                            .until(() -> read(consumer, topics, scores).stream().anyMatch(s -> events(s) > first));
                }
                PairScore last = scores.get(scores.size() - 1);
                assertThat(last.pair()).isEqualTo(PAIR);
                assertThat(last.cooperationEvents()).as("both articles' events").isEqualTo(events(last));
            }
        }
    }

    private static int events(PairScore s) {
        return s.eventsAToB() + s.eventsBToA();
    }

    private static List<PairScore> read(KafkaConsumer<byte[], byte[]> consumer, Topics topics, List<PairScore> into) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
            into.add(topics.scores().valueSerde().deserializer().deserialize(r.topic(), r.value()));
        }
        return into;
    }

    private static BrinkConfig config(EmbeddedKafka kafka, String app, Path state) {
        return BrinkConfig.builder()
                .put("bootstrap.servers", kafka.bootstrapServers())
                .put("state.dir", state.toString())
                .put("application.id", app)
                .put("topic.partitions", "1")
                .put("score.emit.interval", EMIT_INTERVAL)
                .put("http.port", "-1")
                .build();
    }
}
