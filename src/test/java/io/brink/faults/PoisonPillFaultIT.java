package io.brink.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.embedded.EmbeddedKafka;
import io.brink.faults.Feed.Input;
import io.brink.stream.BrinkConfig;
import io.brink.stream.DeadLetterHandlers;
import io.brink.stream.Topics;

/**
 * Poison pills and hostile input between the articles of the sample feed: each record is either
 * processed, its events counted exactly once, or lands on the DLQ exactly once with its reason;
 * Brink stays RUNNING throughout. The news topic here accepts records of up to 8 MiB, as an
 * operator's topic might, so a 5 MiB article really reaches Brink.
 */
class PoisonPillFaultIT {

    static final String APP = "brink-fault-poison";
    static final String T = "Iran threatened Israel.";
    static final int MIB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void every_bad_record_is_processed_or_dead_lettered_with_its_reason_and_brink_keeps_running() throws Exception {
        List<Input> inputs = new ArrayList<>(Feed.sampleCopies(0, 1).inputs);
        List<Input> hostile = hostile();
        int step = inputs.size() / (hostile.size() + 1);
        for (int i = hostile.size() - 1; i >= 0; i--) {
            inputs.add((i + 1) * step, hostile.get(i));
        }
        inputs.addAll(statefulPair());
        Feed feed = Feed.of(inputs);
        Topics topics = BrinkConfig.defaults().topics();
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            List<NewTopic> defs = topics.newTopics(4, (short) 1);
            defs.stream().filter(t -> t.name().equals(topics.news().name())).forEach(t -> t.configs(
                    Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(8 * MIB))));
            kafka.createTopics(defs);
            try (BrinkProcess a = BrinkProcess.of("a", dir, kafka.bootstrapServers(), dir.resolve("state-a"),
                         Faults.settings(APP)).start();
                 Ledger ledger = new Ledger(kafka.clientProperties(), topics)) {
                a.awaitReady(Duration.ofSeconds(120));
                try (FeedSender sender = FeedSender.start(kafka.clientProperties(), topics.news().name(), feed, 100)) {
                    assertThat(sender.awaitAcknowledged(Duration.ofSeconds(120))).isEqualTo(feed.inputs.size());
                }
                try {
                    ledger.awaitSettled(feed, APP, Duration.ofSeconds(120));
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + "\n" + a.tail(), e);
                }
                assertThat(a.alive()).isTrue();
                assertThat(a.readiness()).as("Brink is still RUNNING").isEqualTo(200);
                assertThat(a.log()).doesNotContain("to PENDING_ERROR").doesNotContain("to ERROR");
                Ledger.Figures f = ledger.assertExactlyOnce(feed);
                for (Ledger.DeadLetter d : ledger.deadLetters) {
                    assertThat(d.headers()).containsKeys(DeadLetterHandlers.MESSAGE_HEADER, "__streams.errors.offset");
                }
                Faults.figures("poison pills and hostile input", f + "; dead letters by key: "
                        + ledger.deadLetters.stream().map(d -> d.key() + "=" + d.reason() + "(" + d.valueBytes()
                        + " B)").toList());
            }
        }
    }

    /** The hostile records, each with the DLQ reason it must get, or null when it must be processed. */
    static List<Input> hostile() {
        List<Input> in = new ArrayList<>();
        in.add(json("malformed", "{\"id\":\"malformed\",\"text\":\"Iran threatened Israel", "MALFORMED_JSON"));
        in.add(json("text-number", "{\"text\":42}", "MISSING_TEXT"));
        in.add(json("text-array", "{\"text\":[\"" + T + "\"]}", "MISSING_TEXT"));
        in.add(json("published-boolean", "{\"published\":true,\"text\":\"" + T + "\"}", "INVALID_FIELD"));
        in.add(json("published-words", "{\"published\":\"yesterday\",\"text\":\"" + T + "\"}", "INVALID_FIELD"));
        in.add(json("id-object", "{\"id\":{\"x\":1},\"text\":\"" + T + "\"}", "INVALID_FIELD"));
        in.add(json("array", "[\"" + T + "\"]", "NOT_AN_OBJECT"));
        in.add(json("empty", "", "NOT_AN_OBJECT"));
        in.add(new Input("null-value", null, "NULL_VALUE"));
        in.add(json("missing-text", "{\"id\":\"missing-text\",\"title\":\"headline only\"}", "MISSING_TEXT"));
        in.add(json("blank-text", "{\"text\":\"   \"}", "MISSING_TEXT"));
        byte[] utf8 = ("{\"text\":\"Iran threatened Israel \u00e9 today.\"}").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < utf8.length - 1; i++) {
            if ((utf8[i] & 0xff) == 0xC3) {
                utf8[i + 1] = 0x28; // 0xC3 0x28: a lead byte without its continuation
            }
        }
        in.add(new Input("invalid-utf8", utf8, "MALFORMED_JSON"));
        in.add(json("text-5MiB", "{\"id\":\"text-5MiB\",\"text\":\"" + "Iran threatened Israel again. ".repeat(
                5 * MIB / 30 + 1) + "\"}", "TEXT_TOO_LARGE"));
        in.add(json("nested", "{\"text\":\"" + T + "\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}",
                "MALFORMED_JSON"));
        in.add(json("number-1e6-digits", "{\"text\":\"" + T + "\",\"n\":" + "7".repeat(1_000_000) + "}",
                "MALFORMED_JSON"));
        in.add(json("long-field-name", "{\"" + "k".repeat(5_000) + "\":1,\"text\":\"" + T + "\"}", "MALFORMED_JSON"));
        // Processed: odd but readable.
        in.add(json("year-0001", article("year-0001", "0001-01-01T00:00:00Z"), null));
        in.add(json("year-9999", article("year-9999", "9999-12-31T23:59:59Z"), null));
        in.add(json("year-1000000", article("year-1000000", "+1000000-01-01T00:00:00Z"), null));
        in.add(json("year-minus-1000", article("year-minus-1000", "-001000-01-01T00:00:00Z"), null));
        in.add(json("undated", "{\"id\":\"undated\",\"source\":\"undated.example\",\"text\":\"" + T + "\"}", null));
        in.add(json("unknown-fields", "{\"id\":\"unknown-fields\",\"text\":\"" + T + "\",\"foo\":{\"bar\":[1,2,3]},"
                + "\"zzz\":null}", null));
        in.add(json("control-chars", "{\"id\":\"control-chars\",\"text\":\"Iran \\u0000\\u0007 threatened "
                + "\\ud800 Israel \\u202e today.\"}", null));
        in.add(json("one-sentence-1MiB", "{\"id\":\"one-sentence-1MiB\",\"text\":\"Iran threatened Israel "
                + "and ".repeat(262_000) + "\"}", null));
        return in;
    }

    /**
     * Hundreds of articles on one pair, each with a sentence of nearly 1,000 three-byte characters
     * and a 2,000-character url: the pair's state, one record on its changelog, grows past Kafka's
     * default 1 MiB (a pair keeps up to 500 contributions, each with its evidence).
     */
    static List<Input> statefulPair() {
        List<Input> in = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            String id = "bloat-" + i;
            in.add(json(id, "{\"id\":\"" + id + "\",\"url\":\"https://bloat.example/" + "x".repeat(2_000)
                    + "\",\"source\":\"bloat.example\",\"text\":\"Chile threatened Bolivia "
                    + "\u4e2d".repeat(960) + ".\"}", null));
        }
        return in;
    }

    private static String article(String id, String published) {
        return "{\"id\":\"" + id + "\",\"source\":\"" + id + ".example\",\"published\":\"" + published
                + "\",\"text\":\"" + T + "\"}";
    }

    private static Input json(String key, String value, String reason) {
        return new Input(key, value.getBytes(StandardCharsets.UTF_8), reason);
    }
}
