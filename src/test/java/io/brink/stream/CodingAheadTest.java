package io.brink.stream;

import static io.brink.stream.TopologyFixture.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.brink.coding.EventCoder;
import io.brink.coding.LanguageGate;
import io.brink.model.Article;

class CodingAheadTest {

    private static final String NEWS = "brink.news";
    private static final EventCoder CODER = EventCoder.standard();
    private static final LanguageGate GATE = LanguageGate.english(CODER);
    private static final Deserializer<Article> READER = new ArticleSerde(100_000).deserializer();

    private PrometheusMeterRegistry registry;

    @BeforeEach
    void meters() {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Metrics.addRegistry(registry);
    }

    @AfterEach
    void noMeters() {
        Metrics.removeRegistry(registry);
        registry.close();
    }

    @Test
    void articles_coded_ahead_give_the_stream_thread_the_events_it_would_have_coded() {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String[] actors = i % 2 == 0 ? new String[] {"Peru", "Chile"} : new String[] {"Ghana", "Togo"};
            records.add(record(NEWS, i % 2, 100 + i, article("a" + i, "o" + i + ".example", "2026-11-05T08:00:00Z",
                    actors[0] + " massed troops on the border with " + actors[1] + ". " + actors[1]
                            + " agreed to hold talks with " + actors[0] + " on Friday.")));
        }
        try (CodingAhead ahead = new CodingAhead(GATE, READER, NEWS, 1)) {
            ahead.offer(poll(records));
            await().atMost(Duration.ofSeconds(30)).until(() -> records.stream()
                    .allMatch(r -> ahead.isCoded(r.partition(), r.offset())));
            for (ConsumerRecord<byte[], byte[]> r : records) {
                Article read = READER.deserialize(NEWS, r.value());
                assertThat(ahead.code(r.partition(), r.offset(), read).events()).isNotEmpty().isEqualTo(CODER.code(read));
            }
        }
        assertThat(outcome("ready")).isEqualTo(20);
        assertThat(outcome("inline")).isZero();
    }

    @Test
    void the_source_reads_the_article_a_worker_has_already_read_from_the_same_bytes() {
        byte[] bytes = bytes(article("s", "o.example", "2026-11-05T08:00:00Z", "Peru shelled towns in Chile."));
        byte[] bad = bytes("{not json");
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        Deserializer<Article> counted = (topic, data) -> {
            reads.incrementAndGet();
            return READER.deserialize(topic, data);
        };
        try (CodingAhead ahead = new CodingAhead(GATE, counted, NEWS, 1)) {
            Deserializer<Article> source = ahead.deserializer(counted);
            ahead.offer(poll(List.of(record(NEWS, 0, 1, bytes), record(NEWS, 0, 2, bad))));
            await().atMost(Duration.ofSeconds(30)).until(() -> ahead.isCoded(0, 1) && ahead.isCoded(0, 2));
            assertThat(reads).hasValue(2);

            Article read = source.deserialize(NEWS, bytes);
            assertThat(reads).as("the worker's reading is used, not repeated").hasValue(2);
            assertThat(read).isEqualTo(READER.deserialize(NEWS, bytes));
            assertThat(source.deserialize(NEWS, bytes.clone())).as("other bytes are read afresh").isEqualTo(read);
            assertThat(reads).hasValue(3);
            assertThat(ahead.code(0, 1, read).events()).isEqualTo(CODER.code(read));
            assertThat(outcome("ready")).isEqualTo(1);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> source.deserialize(NEWS, bad))
                    .as("bad input still fails where the DLQ handler sees it")
                    .isInstanceOf(io.brink.model.BadInputException.class);
        }
    }

    @Test
    void work_done_for_other_bytes_at_the_same_offset_is_not_used() {
        byte[] peru = bytes(article("p", "o.example", "2026-11-05T08:00:00Z", "Peru shelled towns in Chile."));
        Article ghana = READER.deserialize(NEWS, bytes(article("g", "o.example", "2026-11-05T08:00:00Z",
                "Ghana signed a ceasefire with Togo.")));
        try (CodingAhead ahead = new CodingAhead(GATE, READER, NEWS, 1)) {
            ahead.offer(poll(List.of(record(NEWS, 0, 7, peru))));
            await().atMost(Duration.ofSeconds(30)).until(() -> ahead.isCoded(0, 7));
            assertThat(ahead.code(0, 7, ghana).events()).isNotEmpty().isEqualTo(CODER.code(ghana))
                    .allSatisfy(e -> assertThat(e.articleId()).isEqualTo("g"));
        }
        assertThat(outcome("inline")).isEqualTo(1);
    }

    @Test
    void a_malformed_record_does_not_stop_the_worker_and_other_topics_are_left_alone() {
        byte[] good = bytes(article("t", "o.example", "2026-11-05T08:00:00Z", "Peru shelled towns in Chile."));
        Article read = READER.deserialize(NEWS, good);
        try (CodingAhead ahead = new CodingAhead(GATE, READER, NEWS, 1)) {
            ahead.offer(poll(List.of(record(NEWS, 0, 1, "{not json"), record("brink.events", 0, 2, good))));
            ahead.offer(poll(List.of(record(NEWS, 0, 3, good))));
            await().atMost(Duration.ofSeconds(30)).until(() -> ahead.isCoded(0, 3));
            assertThat(ahead.backlog()).as("only news is taken on").isEqualTo(2);
            assertThat(ahead.isCoded(0, 2)).isFalse();
            assertThat(ahead.code(0, 3, read).events()).isNotEmpty().isEqualTo(CODER.code(read));
        }
        assertThat(outcome("ready")).isEqualTo(1);
    }

    @Test
    void the_backlog_of_work_ahead_is_bounded_whatever_the_input() {
        byte[] text = bytes(article("b", "o.example", "2026-11-05T08:00:00Z", "Peru shelled towns in Chile."));
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = 0; i < CodingAhead.BACKLOG + 1_500; i++) {
            records.add(record(NEWS, 0, i, text));
        }
        try (CodingAhead ahead = new CodingAhead(GATE, READER, NEWS, 1)) {
            ahead.offer(poll(records));
            assertThat(ahead.backlog()).isEqualTo(CodingAhead.BACKLOG);
            Article read = READER.deserialize(NEWS, text);
            assertThat(ahead.code(0, 0, read).events()).as("evicted: coded on the stream thread").isEqualTo(CODER.code(read));
        }
    }

    @Test
    void with_no_workers_every_article_is_coded_on_the_stream_thread() {
        byte[] text = bytes(article("n", "o.example", "2026-11-05T08:00:00Z", "Peru shelled towns in Chile."));
        try (CodingAhead ahead = CodingAhead.inline(GATE)) {
            ahead.offer(poll(List.of(record(NEWS, 0, 0, text))));
            assertThat(ahead.backlog()).isZero();
            Article read = READER.deserialize(NEWS, text);
            assertThat(ahead.code(0, 0, read).events()).isNotEmpty().isEqualTo(CODER.code(read));
        }
        assertThat(outcome("inline")).isEqualTo(1);
        assertThat(outcome("ready") + outcome("waited")).as("nothing was coded ahead").isZero();
    }

    @Test
    void closing_stops_the_workers() {
        CodingAhead ahead = new CodingAhead(GATE, READER, NEWS, 2);
        assertThat(ahead.threads()).isEqualTo(2);
        ahead.close();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("brink-coder-ahead"));
    }

    @Test
    void minus_one_threads_means_one_fewer_than_the_cores() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(CodingAhead.threads(-1)).isEqualTo(cores - 1);
        assertThat(CodingAhead.threads(0)).isZero();
        assertThat(CodingAhead.threads(3)).isEqualTo(3);
    }

    private double outcome(String outcome) {
        var counter = registry.find("brink.coder.ahead").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static ConsumerRecord<byte[], byte[]> record(String topic, int partition, long offset, String json) {
        return record(topic, partition, offset, bytes(json));
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static ConsumerRecord<byte[], byte[]> record(String topic, int partition, long offset, byte[] value) {
        return new ConsumerRecord<>(topic, partition, offset, null, value);
    }

    private static ConsumerRecords<byte[], byte[]> poll(List<ConsumerRecord<byte[], byte[]>> records) {
        Map<TopicPartition, List<ConsumerRecord<byte[], byte[]>>> byPartition = new java.util.LinkedHashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            byPartition.computeIfAbsent(new TopicPartition(r.topic(), r.partition()), k -> new ArrayList<>()).add(r);
        }
        return new ConsumerRecords<>(byPartition, Map.of());
    }
}
