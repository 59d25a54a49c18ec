package io.brink.stream;

import static io.brink.stream.TopologyFixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.coding.SentenceSplitter;
import io.brink.model.CodedEvent;
import io.brink.model.PairScore;

/** What the real topology does with input meant to hurt it: absurd dates, huge sentences, huge poison. */
class HostileInputTopologyTest {

    @TempDir
    Path state;
    TopologyFixture t;

    @BeforeEach
    void start() {
        t = new TopologyFixture(state);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void an_article_dated_in_the_far_future_does_not_push_its_pair_out_of_time() {
        t.send("bomb", article("bomb", "clock.example", "9999-12-31T23:59:59Z", "Iran threatened Israel."));
        t.send("a1", article("a1", "one.example", "2026-11-27T23:00:00Z", "Iran launched missile strikes on Israel."));
        t.send("a2", article("a2", "two.example", "2026-11-27T23:20:00Z", "Iranian jets bombed targets in Israel."));
        PairScore last = lastScore();
        assertThat(last.escalationEvents()).as("all three events count, at sane times").isEqualTo(3);
        assertThat(last.windowEnd()).isBefore(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(t.alerts.isEmpty()).as("two outlets reporting strikes still raise an alert").isFalse();
    }

    /** The pair's latest score, once the rate limit has let the last change out. */
    private PairScore lastScore() {
        t.driver.advanceWallClockTime(java.time.Duration.ofSeconds(1));
        java.util.List<PairScore> scores = t.scores.readValuesToList();
        return scores.get(scores.size() - 1);
    }

    @Test
    void an_undated_article_counts_at_the_time_it_reached_kafka() {
        t.send("a1", article("a1", "one.example", "2026-11-27T23:00:00Z", "Iran launched missile strikes on Israel."));
        t.send("undated", "{\"id\":\"undated\",\"source\":\"two.example\",\"text\":\"Iranian jets bombed targets in Israel.\"}");
        PairScore last = lastScore();
        assertThat(last.escalationEvents()).isEqualTo(2);
        assertThat(last.windowEnd()).isEqualTo(TopologyFixture.ARRIVAL);
    }

    @Test
    void a_run_on_sentence_of_a_megabyte_is_coded_in_bounded_pieces_so_every_record_stays_small() {
        String text = "Iran threatened Israel " + "and ".repeat(262_000) + "then left.";
        t.send("long", "{\"id\":\"long\",\"text\":\"" + text + "\"}");
        CodedEvent e = t.events.readValue().events().get(0);
        assertThat(e.sentence()).startsWith("Iran threatened Israel and").hasSizeLessThanOrEqualTo(
                SentenceSplitter.MAX_CHARS);
        assertThat(e.sentence().substring(e.span().start(), e.span().end())).isEqualTo("threatened");
        assertThat(t.scores.readValue().evidence().get(0).sentence()).isEqualTo(e.sentence());
    }

    @Test
    void a_dead_letter_keeps_at_most_a_bounded_prefix_of_a_huge_record_and_says_so() throws Exception {
        String huge = "{\"id\":\"huge\",\"text\":\"" + "war ".repeat(1_500_000) + "\"}";
        byte[] original = huge.getBytes(StandardCharsets.UTF_8);
        t.send("k".repeat(100_000), huge);
        TestRecord<byte[], byte[]> dead = t.dlq.readRecord();
        assertThat(header(dead, DeadLetterHandlers.REASON_HEADER)).isEqualTo("TEXT_TOO_LARGE");
        assertThat(dead.value()).hasSize(DeadLetterHandlers.MAX_VALUE_BYTES)
                .isEqualTo(Arrays.copyOf(original, DeadLetterHandlers.MAX_VALUE_BYTES));
        assertThat(dead.key()).hasSize(DeadLetterHandlers.MAX_KEY_BYTES);
        assertThat(header(dead, DeadLetterHandlers.TRUNCATED_HEADER)).isEqualTo("key,value");
        assertThat(header(dead, DeadLetterHandlers.ORIGINAL_VALUE_BYTES_HEADER)).isEqualTo(
                String.valueOf(original.length));
        assertThat(header(dead, DeadLetterHandlers.ORIGINAL_VALUE_SHA256_HEADER)).isEqualTo(
                java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(original)));
        int size = dead.key().length + dead.value().length;
        for (Header h : dead.headers()) {
            size += h.key().length() + (h.value() == null ? 0 : h.value().length);
        }
        assertThat(size).as("fits Kafka's default 1 MiB request and message limits").isLessThan(1_000_000);
    }

    @Test
    void a_small_dead_letter_keeps_its_bytes_and_is_not_marked() {
        t.send("bad", "{\"text\": ");
        TestRecord<byte[], byte[]> dead = t.dlq.readRecord();
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{\"text\": ");
        assertThat(dead.headers().lastHeader(DeadLetterHandlers.TRUNCATED_HEADER)).isNull();
    }

    private static String header(TestRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
