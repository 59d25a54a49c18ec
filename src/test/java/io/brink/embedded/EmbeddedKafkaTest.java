package io.brink.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaTest {

    @Test
    void a_record_produced_to_the_embedded_broker_can_be_consumed_and_the_folder_is_removed_on_close() throws Exception {
        Path dir;
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            dir = kafka.dataDir();
            assertThat(kafka.bootstrapServers()).startsWith("127.0.0.1:");
            kafka.createTopics(List.of(new NewTopic("roundtrip", 2, (short) 1)));
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("roundtrip", "k", "hello brink")).get();
            }
            List<String> seen = new ArrayList<>();
            try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "t",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                    new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("roundtrip"));
                long deadline = System.currentTimeMillis() + 30_000;
                while (seen.isEmpty() && System.currentTimeMillis() < deadline) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                        seen.add(r.value());
                    }
                }
            }
            assertThat(seen).containsExactly("hello brink");
            assertThat(dir).isDirectory();
        }
        assertThat(dir).doesNotExist();
    }

    /**
     * Records carry their article's time, and the demo, a replay and the tests feed past news: the
     * broker's default retention of seven days deleted a past week's events from the log while the
     * run still read it. The embedded broker lives as long as its run and keeps everything.
     */
    @Test
    void a_topic_on_the_embedded_broker_keeps_records_however_old_their_timestamps() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start();
             Admin admin = Admin.create(kafka.clientProperties())) {
            kafka.createTopics(List.of(new NewTopic("past-news", 1, (short) 1)));
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "past-news");
            String retention = admin.describeConfigs(List.of(topic)).all().get().get(topic)
                    .get("retention.ms").value();
            assertThat(retention).as("retention.ms of a topic on the embedded broker").isEqualTo("-1");
        }
    }
}
