package io.brink.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.embedded.EmbeddedKafka;
import io.brink.model.PairEvents;
import io.brink.model.PairScore;

/**
 * On a real broker, with the default {@code coder.languages=en} and a coder-ahead worker: an English
 * article is coded and scored; a Spanish one (detected) and a French one (named by its producer)
 * yield no events, are not dead letters, and are counted by language on {@code /metrics}.
 */
class LanguageGateIT {

    @TempDir
    Path state;

    @Test
    void only_english_is_coded_and_other_languages_are_counted_not_dead_lettered() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            BrinkConfig config = BrinkConfig.builder()
                    .put("bootstrap.servers", kafka.bootstrapServers())
                    .put("state.dir", state.toString())
                    .put("application.id", "brink-lang-it-" + System.nanoTime())
                    // One partition: the articles are processed in the order sent, the poison pill last.
                    .put("topic.partitions", "1")
                    .put("coder.threads", "1")
                    .put("http.port", "-1")
                    // English alone, so that the Spanish and French articles show what is not coded.
                    .put("coder.languages", "en")
                    .build();
            Topics topics = config.topics();
            try (BrinkService service = new BrinkService(config).start()) {
                service.awaitRunning(Duration.ofSeconds(90));
                try (KafkaProducer<String, byte[]> producer = PipelineScenario.producer(kafka.bootstrapServers())) {
                    PipelineScenario.send(producer, topics, "es1", article("es1", null,
                            "Irán lanzó ataques con misiles contra Israel durante la noche, según funcionarios israelíes."));
                    PipelineScenario.send(producer, topics, "fr1", article("fr1", "fr-FR",
                            "Iran launched missile strikes on Israel overnight, Israeli officials said."));
                    PipelineScenario.send(producer, topics, "en1", article("en1", null,
                            "Iran launched missile strikes on Israel overnight, Israeli officials said."));
                    // A sentinel: once it is on the DLQ, every article before it has been processed.
                    PipelineScenario.send(producer, topics, "poison", "{\"id\": \"poison\", \"text\": ");
                    producer.flush();
                }

                List<PairEvents> events = new ArrayList<>();
                List<PairScore> scores = new ArrayList<>();
                List<ConsumerRecord<byte[], byte[]>> dead = new ArrayList<>();
                try (KafkaConsumer<byte[], byte[]> consumer = PipelineScenario.consumer(kafka.bootstrapServers())) {
                    consumer.subscribe(List.of(topics.events().name(), topics.scores().name(), topics.dlq()));
                    await().atMost(Duration.ofSeconds(90)).alias("events " + events + ", DLQ " + dead.size())
                            .until(() -> {
                                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                                    if (r.topic().equals(topics.dlq())) {
                                        dead.add(r);
                                    } else if (r.topic().equals(topics.events().name())) {
                                        events.add(topics.events().valueSerde().deserializer().deserialize(r.topic(), r.value()));
                                    } else {
                                        scores.add(topics.scores().valueSerde().deserializer().deserialize(r.topic(), r.value()));
                                    }
                                }
                                return !dead.isEmpty() && !events.isEmpty()
                                        && scores.stream().anyMatch(s -> s.pair().equals("IRN-ISR"));
                            });
                }
                assertThat(events).extracting(PairEvents::articleId).containsOnly("en1");
                assertThat(events).allSatisfy(e -> assertThat(e.language()).isEqualTo("en"));
                assertThat(scores).filteredOn(s -> s.pair().equals("IRN-ISR")).isNotEmpty();
                assertThat(dead).as("only the poison pill is a dead letter")
                        .extracting(r -> new String(r.key(), StandardCharsets.UTF_8)).containsExactly("poison");

                String metrics = service.meters().scrape();
                assertThat(metrics)
                        .contains("brink_articles_language_total{language=\"es\",outcome=\"skipped\"} 1.0")
                        .contains("brink_articles_language_total{language=\"fr\",outcome=\"skipped\"} 1.0")
                        .contains("brink_articles_language_total{language=\"en\",outcome=\"coded\"} 1.0");
            }
        }
    }

    private static String article(String id, String language, String text) {
        return "{\"id\":\"" + id + "\",\"url\":\"https://wire.example/" + id + "\",\"source\":\"wire.example\","
                + "\"published\":\"2026-11-03T08:00:00Z\",\"title\":\"\",\"text\":\"" + text + "\""
                + (language == null ? "" : ",\"language\":\"" + language + "\"") + "}";
    }
}
