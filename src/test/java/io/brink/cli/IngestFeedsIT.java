package io.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.embedded.EmbeddedKafka;
import io.brink.ingest.FixtureWeb;
import io.brink.model.Alert;
import io.brink.model.Article;
import io.brink.stream.BrinkConfig;
import io.brink.stream.BrinkService;
import io.brink.stream.Topics;

/**
 * Real news in, alerts out: the fixture feeds on a local web server, {@code brink ingest --feeds
 * --once} into an embedded broker, Brink's topology, and an escalation alert for Venezuela and
 * Guyana (three outlets report shelling and strikes across the border). A second run sends nothing.
 */
class IngestFeedsIT {

    @TempDir
    Path dir;

    @Test
    void feeds_on_a_web_server_raise_an_alert_through_the_embedded_broker_and_a_rerun_sends_nothing() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(); FixtureWeb web = FixtureWeb.start()) {
            BrinkConfig config = BrinkConfig.builder()
                    .put("bootstrap.servers", kafka.bootstrapServers())
                    .put("state.dir", dir.resolve("state").toString())
                    // The fixture feeds begin with their crisis, as a deployment that has watched its pairs sees it.
                    .put("alert.cold.windows", "0")
                    .put("application.id", "brink-ingest-it-" + System.nanoTime())
                    .put("topic.partitions", "2")
                    .put("http.port", "-1")
                    .build();
            Topics topics = config.topics();
            Path feeds = Files.writeString(dir.resolve("feeds.opml"), web.text("/feeds.opml"));
            String[] ingest = {"ingest", "--feeds", feeds.toString(), "--once", "--bootstrap-servers",
                    kafka.bootstrapServers(), "--set", "state.dir=" + dir.resolve("ingest"), "--set",
                    "ingest.host.delay.ms=0", "--set", "ingest.timeout=1s", "--set", "ingest.retries=0"};
            try (BrinkService service = new BrinkService(config).start()) {
                service.awaitRunning(Duration.ofSeconds(90));
                CliTest.Run first = CliTest.run(ingest);
                assertThat(first.exit()).as(first.err()).isEqualTo(Main.PARTIAL);
                assertThat(first.out()).contains("10 sent to " + topics.news().name());

                List<Alert> alerts = new ArrayList<>();
                try (KafkaConsumer<String, byte[]> consumer = consumer(kafka.bootstrapServers())) {
                    consumer.subscribe(List.of(topics.alerts().name()));
                    await().atMost(Duration.ofSeconds(90)).alias("alerts " + alerts).until(() -> {
                        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                            alerts.add(topics.alerts().valueSerde().deserializer().deserialize(r.topic(), r.value()));
                        }
                        return alerts.stream().anyMatch(a -> a.pair().equals("GUY-VEN"));
                    });
                }
                Alert alert = alerts.stream().filter(a -> a.pair().equals("GUY-VEN")).findFirst().orElseThrow();
                assertThat(alert.kind()).isEqualTo(Alert.Kind.ESCALATION);
                assertThat(alert.direction()).isEqualTo("VEN->GUY");
                assertThat(alert.sources()).isGreaterThanOrEqualTo(2);
                assertThat(alerts).extracting(Alert::pair).containsOnly("GUY-VEN");

                CliTest.Run second = CliTest.run(ingest);
                assertThat(second.out()).as(second.err()).contains("0 sent to " + topics.news().name());
            }
            List<Article> news = new ArrayList<>();
            try (KafkaConsumer<String, byte[]> consumer = consumer(kafka.bootstrapServers())) {
                consumer.subscribe(List.of(topics.news().name()));
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                        Article a = topics.news().valueSerde().deserializer().deserialize(r.topic(), r.value());
                        assertThat(r.key()).isEqualTo(a.id());
                        news.add(a);
                    }
                    return news.size() >= 10;
                });
                // Anything more (a copy sent twice) would arrive within a moment.
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofSeconds(2))) {
                    news.add(topics.news().valueSerde().deserializer().deserialize(r.topic(), r.value()));
                }
            }
            assertThat(news).hasSize(10).extracting(Article::id).doesNotHaveDuplicates();
        }
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrapServers) {
        Map<String, Object> p = new HashMap<>();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-reader-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
