package io.brink.stream;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

import io.brink.model.Alert;
import io.brink.model.CodedEvent;
import io.brink.model.PairEvents;
import io.brink.model.PairScore;

/** The real {@link BrinkTopology} in a TopologyTestDriver, with raw-bytes input so tests can send poison. */
final class TopologyFixture implements AutoCloseable {

    final BrinkConfig config;
    final Topics topics;
    final TopologyTestDriver driver;
    final TestInputTopic<String, byte[]> news;
    final TestOutputTopic<String, PairEvents> events;
    final TestOutputTopic<String, PairScore> scores;
    final TestOutputTopic<String, Alert> alerts;
    final TestOutputTopic<byte[], byte[]> dlq;

    TopologyFixture(Path stateDir) {
        this(stateDir, java.util.Map.of());
    }

    /** With {@code settings} (Brink keys) on top of the defaults. */
    TopologyFixture(Path stateDir, java.util.Map<String, String> settings) {
        // TopologyTestDriver drops the DLQ records of a transaction it never commits, so the driver
        // runs at-least-once; the integration tests cover the DLQ under exactly-once on a real broker.
        // The fixtures' streams begin with the crisis under test: a deployment that has watched its
        // pairs before (alert.cold.windows 0) unless a test says otherwise (ColdStartTopologyTest).
        BrinkConfig.Builder builder = BrinkConfig.builder().put("state.dir", stateDir.toString())
                .put("processing.guarantee", "at_least_once").put("alert.cold.windows", "0");
        settings.forEach(builder::put);
        this.config = builder.build();
        this.topics = config.topics();
        Properties props = config.streamsProperties();
        this.driver = new TopologyTestDriver(BrinkTopology.build(config), props, Instant.parse("2026-11-01T00:00:00Z"));
        this.news = driver.createInputTopic(topics.news().name(), new StringSerializer(), new ByteArraySerializer());
        this.events = driver.createOutputTopic(topics.events().name(), new StringDeserializer(),
                topics.events().valueSerde().deserializer());
        this.scores = driver.createOutputTopic(topics.scores().name(), new StringDeserializer(),
                topics.scores().valueSerde().deserializer());
        this.alerts = driver.createOutputTopic(topics.alerts().name(), new StringDeserializer(),
                topics.alerts().valueSerde().deserializer());
        this.dlq = driver.createOutputTopic(topics.dlq(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    static String article(String id, String outlet, String published, String text) {
        return "{\"id\":\"" + id + "\",\"url\":\"https://" + outlet + "/" + id + "\",\"source\":\"" + outlet
                + "\",\"published\":\"" + published + "\",\"title\":\"\",\"text\":\"" + text + "\",\"language\":\"en\"}";
    }

    /** When test articles reach Kafka: after every publication time the tests use. */
    static final Instant ARRIVAL = Instant.parse("2026-11-28T00:00:00Z");

    void send(String key, String json) {
        news.pipeInput(key, json == null ? null : json.getBytes(StandardCharsets.UTF_8), ARRIVAL);
    }

    /** The events of every record on the events topic not read yet, in order. */
    java.util.List<CodedEvent> readEvents() {
        return events.readValuesToList().stream().flatMap(r -> r.events().stream()).toList();
    }

    @Override
    public void close() {
        driver.close();
    }
}
