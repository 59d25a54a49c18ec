package io.brink.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;

import io.brink.model.Alert;

/**
 * News in, alerts out, on a real broker: the seed-like Iran case reported by two outlets raises
 * an IRN-ISR escalation alert, a poison pill lands on the DLQ with its reason, and Brink is still
 * RUNNING. Shared by the embedded-broker and the Testcontainers integration tests.
 */
final class PipelineScenario {

    static final String SEED = "MOSCOW (Brink Wire) — Russia's president urged Iran to minimise civilian casualties in "
            + "its vowed retaliation against Israel. Russia has delivered fighter jets and air-defence systems to Iran, "
            + "according to officials. The United States warned Iran against any attack on Israel. "
            + "Jordan refused Iran the use of its airspace.";

    private PipelineScenario() {
    }

    static void run(String bootstrapServers, Path stateDir) throws Exception {
        BrinkConfig config = BrinkConfig.builder()
                .put("bootstrap.servers", bootstrapServers)
                .put("state.dir", stateDir.toString())
                // A stream that begins with its crisis, as a deployment that has watched its pairs sees it.
                .put("alert.cold.windows", "0")
                .put("application.id", "brink-it-" + System.nanoTime())
                .put("topic.partitions", "2")
                .put("http.port", "-1")
                .build();
        Topics topics = config.topics();
        try (BrinkService service = new BrinkService(config).start()) {
            service.awaitRunning(Duration.ofSeconds(90));
            try (KafkaProducer<String, byte[]> producer = producer(bootstrapServers)) {
                send(producer, topics, "seed", TopologyFixture.article("seed", "brinkwire.example",
                        "2026-11-03T08:00:00Z", SEED));
                send(producer, topics, "poison", "{\"id\": \"poison\", \"text\": ");
                send(producer, topics, "second", TopologyFixture.article("second", "dailyglobe.example",
                        "2026-11-03T08:30:00Z", "Tehran vowed retaliation against Israel after the strike. "
                                + "Iran launched missile strikes on Israel overnight, Israeli officials said."));
                producer.flush();
            }

            List<Alert> alerts = new ArrayList<>();
            List<ConsumerRecord<byte[], byte[]>> dead = new ArrayList<>();
            try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrapServers)) {
                consumer.subscribe(List.of(topics.alerts().name(), topics.dlq()));
                await().atMost(Duration.ofSeconds(90)).alias("alerts " + alerts + ", DLQ records " + dead.size())
                        .until(() -> {
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                        if (r.topic().equals(topics.dlq())) {
                            dead.add(r);
                        } else {
                            alerts.add(topics.alerts().valueSerde().deserializer().deserialize(r.topic(), r.value()));
                        }
                    }
                    return !dead.isEmpty() && alerts.stream().anyMatch(a -> a.pair().equals("IRN-ISR"));
                });
            }
            Alert alert = alerts.stream().filter(a -> a.pair().equals("IRN-ISR")).findFirst().orElseThrow();
            assertThat(alert.kind()).isEqualTo(Alert.Kind.ESCALATION);
            assertThat(alert.direction()).isEqualTo("IRN->ISR");
            assertThat(alert.evidence()).isNotEmpty();
            alerts.forEach(a -> Schemas.assertValid("alert", a));
            assertThat(dead).singleElement().satisfies(r -> {
                assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("{\"id\": \"poison\", \"text\": ");
                assertThat(new String(r.headers().lastHeader(DeadLetterHandlers.REASON_HEADER).value(),
                        StandardCharsets.UTF_8)).isEqualTo("MALFORMED_JSON");
            });
            assertThat(service.state()).isEqualTo(KafkaStreams.State.RUNNING);
        }
    }

    /** A producer of raw article records. */
    static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends {@code value} to the news topic, keyed. */
    static void send(KafkaProducer<String, byte[]> producer, Topics topics, String key, String value) {
        producer.send(new ProducerRecord<>(topics.news().name(), key, value.getBytes(StandardCharsets.UTF_8)));
    }

    /** A read-committed consumer from the earliest offset, in a group of its own. */
    static KafkaConsumer<byte[], byte[]> consumer(String bootstrapServers) {
        Map<String, Object> p = new HashMap<>();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-reader-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
