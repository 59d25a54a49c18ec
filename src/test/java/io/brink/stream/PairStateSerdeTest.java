package io.brink.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import io.brink.coding.EventCoder;
import io.brink.model.Article;
import io.brink.model.CodedEvent;
import io.brink.model.Json;
import io.brink.scoring.AlertRule;
import io.brink.scoring.PairScorer;
import io.brink.scoring.PairState;
import io.brink.scoring.ScoringConfig;

class PairStateSerdeTest {

    @Test
    void every_state_the_demo_feed_builds_reads_back_equal() throws Exception {
        PairScorer scorer = new PairScorer(ScoringConfig.defaults());
        AlertRule rule = new AlertRule(scorer);
        Map<String, PairState> states = new HashMap<>();
        PairStateSerde serde = new PairStateSerde();
        int checked = 0;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("io/brink/demo/sample-feed.jsonl");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                for (CodedEvent e : EventCoder.standard().code(Json.MAPPER.readValue(line, Article.class))) {
                    PairState s = scorer.update(states.get(e.pair().key()), e);
                    s = rule.evaluate(s, scorer.score(s)).state();
                    states.put(s.pair(), s);
                    byte[] bytes = serde.serializer().serialize("t", s);
                    assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(s);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(states.values()).anySatisfy(s -> assertThat(s.escalationAlert()).isNotNull());
    }

    @Test
    void a_state_written_by_the_previous_format_reads_with_its_outlets_as_bits() throws Exception {
        // Format 2, written field by field as Brink 0.1 wrote it: one quarter hour naming its outlets.
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            out.writeByte(2);
            out.writeUTF("IRN-ISR");
            out.writeBoolean(true);
            out.writeLong(1_793_000_000L);
            out.writeInt(0);
            out.writeShort(1);
            out.writeLong(1_792_999_800L);
            for (double d : new double[] {9.5, 1.0}) {
                out.writeDouble(d);
            }
            for (int n : new int[] {3, 1, 2, 2}) {
                out.writeInt(n);
            }
            for (double d : new double[] {6.0, 3.5, 1.0, 0}) {
                out.writeDouble(d);
            }
            writeNames(out, "wire.example", "daily.example");
            writeNames(out, "daily.example");
            out.writeInt(1);
            out.writeShort(0);
            out.writeShort(0);
            for (int i = 0; i < 2; i++) {
                out.writeLong(498_055L);
                out.writeDouble(1.5);
                out.writeDouble(0.5);
                out.writeDouble(2.0);
                out.writeLong(30L);
            }
            out.writeBoolean(false);
            out.writeBoolean(false);
        }
        PairState s = PairStateSerde.read(bytes.toByteArray());
        assertThat(s.pair()).isEqualTo("IRN-ISR");
        assertThat(s.outlets()).containsExactly("wire.example", "daily.example");
        assertThat(s.buckets()).singleElement().satisfies(b -> {
            assertThat(b.escalationOutlets()).isEqualTo(0b11L);
            assertThat(b.deescalationOutlets()).isEqualTo(0b10L);
            assertThat(b.escalation()).isEqualTo(9.5);
            assertThat(b.copies()).isEqualTo(1);
        });
        assertThat(new PairScorer(ScoringConfig.defaults()).score(s).sources()).isEqualTo(2);
        assertThat(PairStateSerde.read(PairStateSerde.write(s))).as("and is written again in the current format")
                .isEqualTo(s);
    }

    @Test
    void a_state_written_before_cooperation_was_kept_apart_reads_back_and_scores() throws Exception {
        // Format 3, written field by field as the previous Brink wrote it: outlets named once, one
        // quarter hour whose positive events were all "de-escalation", two hourly baselines.
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            out.writeByte(3);
            out.writeUTF("IND-PAK");
            out.writeBoolean(true);
            out.writeLong(1_793_000_000L);
            out.writeInt(0);
            out.writeByte(2);
            for (String outlet : new String[] {"wire.example", "daily.example"}) {
                out.writeInt(outlet.length());
                out.writeBytes(outlet);
            }
            out.writeShort(1);
            out.writeLong(1_792_999_800L);
            for (double d : new double[] {9.0, 12.0}) {
                out.writeDouble(d);
            }
            for (int n : new int[] {1, 2, 2, 1}) {
                out.writeInt(n);
            }
            for (double d : new double[] {9.0, 0, 6.0, 6.0}) {
                out.writeDouble(d);
            }
            out.writeLong(0b01L);
            out.writeLong(0b11L);
            out.writeInt(0);
            out.writeShort(0);
            out.writeShort(0);
            for (int i = 0; i < 2; i++) {
                out.writeLong(498_055L);
                out.writeDouble(1.5);
                out.writeDouble(0.5);
                out.writeDouble(2.0);
                out.writeLong(30L);
            }
            out.writeBoolean(false);
            out.writeBoolean(false);
        }
        PairState s = PairStateSerde.read(bytes.toByteArray());
        assertThat(s.pair()).isEqualTo("IND-PAK");
        assertThat(s.outlets()).containsExactly("wire.example", "daily.example");
        assertThat(s.buckets()).singleElement().satisfies(b -> {
            assertThat(b.escalation()).isEqualTo(9.0);
            assertThat(b.deescalation()).as("read as de-escalation proper").isEqualTo(12.0);
            assertThat(b.cooperation()).isZero();
            assertThat(b.deescalationOutlets()).isEqualTo(0b11L);
        });
        assertThat(s.escalationMemory().hourly().mean()).isEqualTo(0.5);
        assertThat(s.deescalationMemory().hourly().hours()).isEqualTo(30L);
        assertThat(s.cooperationMemory().hourly().hours()).as("cooperation starts afresh").isZero();
        assertThat(s.escalationMemory().windows().weight()).as("no window totals yet").isZero();
        assertThat(s.tension()).isNull();
        PairScorer scorer = new PairScorer(ScoringConfig.defaults());
        assertThat(scorer.score(s).deescalation()).isEqualTo(12.0);
        assertThat(scorer.score(s).baseline()).as("a pair without window totals leans on the prior").isZero();
        PairState later = scorer.advance(s, java.time.Instant.ofEpochSecond(1_793_000_000L + 86_400L));
        assertThat(later.escalationMemory().windows().period()).as("totals begin once event time moves on")
                .isEqualTo((1_793_000_000L + 86_400L) / 86_400L);
        later = scorer.advance(later, java.time.Instant.ofEpochSecond(1_793_000_000L + 2 * 86_400L));
        assertThat(later.escalationMemory().windows().weight()).as("and learn from the first whole day on")
                .isEqualTo(1.0);
        assertThat(PairStateSerde.read(PairStateSerde.write(s))).as("and is written again in the current format")
                .isEqualTo(s);
    }

    @Test
    void cooperation_memories_and_tension_survive_a_round_trip() {
        PairScorer scorer = new PairScorer(ScoringConfig.defaults());
        AlertRule rule = new AlertRule(scorer);
        PairState s = null;
        java.time.Instant t0 = java.time.Instant.parse("2026-11-02T10:00:00Z");
        io.brink.model.Signal[] signals = {io.brink.model.Signal.ATTACK, io.brink.model.Signal.CEASEFIRE,
            io.brink.model.Signal.CONSULT};
        for (int i = 0; i < 90; i++) {
            io.brink.model.Signal signal = signals[i % 3];
            s = scorer.update(s, new CodedEvent(CodedEvent.SCHEMA_VERSION, "a" + i, "https://o" + i % 4 + ".example/" + i,
                    "o" + i % 4 + ".example", t0.plusSeconds(i * 3_600L), "Sentence number " + i + " about the two.",
                    i % 2 == 0 ? "IND" : "PAK", i % 2 == 0 ? "PAK" : "IND", signal, signal.polarity(),
                    signal.polarity() == io.brink.model.Polarity.ESCALATION ? -8 : 5, 0.9, new CodedEvent.Span(0, 8)));
            s = rule.evaluate(s, scorer.score(s)).state();
        }
        assertThat(s.buckets()).anySatisfy(b -> assertThat(b.cooperationEvents()).isPositive());
        assertThat(s.cooperationMemory().windows().weight()).isGreaterThan(1);
        assertThat(s.tension()).isNotNull();
        assertThat(PairStateSerde.read(PairStateSerde.write(s))).isEqualTo(s);
    }

    @Test
    void an_open_alert_written_before_it_kept_its_last_hot_time_reads_with_the_time_of_its_last_message() {
        PairScorer scorer = new PairScorer(ScoringConfig.defaults());
        AlertRule rule = new AlertRule(scorer);
        PairState s = null;
        java.time.Instant t0 = java.time.Instant.parse("2026-11-02T10:00:00Z");
        for (int i = 0; i < 6 && (s == null || s.escalationAlert() == null); i++) {
            s = scorer.update(s, new CodedEvent(CodedEvent.SCHEMA_VERSION, "a" + i, "https://o" + i + ".example/" + i,
                    "o" + i + ".example", t0.plusSeconds(i * 600L), "Sentence number " + i + " about the two.",
                    "IND", "PAK", io.brink.model.Signal.ATTACK, io.brink.model.Polarity.ESCALATION, -10, 0.9,
                    new CodedEvent.Span(0, 8)));
            s = rule.evaluate(s, scorer.score(s)).state();
        }
        assertThat(s.escalationAlert()).as("an escalation alert is open").isNotNull();
        assertThat(s.deescalationAlert()).isNull();
        byte[] current = PairStateSerde.write(s);
        // Format 4 is format 6 without the last byte (met cold) and without the open alert's
        // last-hot instant: a flag byte, 8 bytes of seconds and 4 of nanos, just before the absent
        // de-escalation alert's one byte.
        int instant = 1 + 8 + 4;
        byte[] previous = new byte[current.length - 1 - instant];
        System.arraycopy(current, 0, previous, 0, current.length - 1 - instant - 1);
        previous[previous.length - 1] = current[current.length - 2];
        previous[0] = PairStateSerde.VERSION_COOPERATION;

        PairState.OpenAlert read = PairStateSerde.read(previous).escalationAlert();
        assertThat(read.id()).isEqualTo(s.escalationAlert().id());
        assertThat(read.lastHot()).isEqualTo(s.escalationAlert().lastEmitted());
        assertThat(PairStateSerde.read(current)).isEqualTo(s);
    }

    @Test
    void a_state_written_before_brink_knew_cold_starts_reads_as_a_pair_not_met_cold() {
        PairScorer scorer = new PairScorer(ScoringConfig.defaults());
        CodedEvent event = new CodedEvent(CodedEvent.SCHEMA_VERSION, "a1", "https://o.example/1", "o.example",
                java.time.Instant.parse("2026-11-02T10:00:00Z"), "Russian artillery shelled the border town.",
                "RUS", "UKR", io.brink.model.Signal.ATTACK, io.brink.model.Polarity.ESCALATION, -10, 0.9,
                new CodedEvent.Span(0, 8));
        PairState cold = scorer.update(null, event, true);
        byte[] current = PairStateSerde.write(cold);
        assertThat(PairStateSerde.read(current)).isEqualTo(cold);
        assertThat(PairStateSerde.read(current).metCold()).isTrue();
        // Format 5 is format 6 without its last byte.
        byte[] previous = java.util.Arrays.copyOf(current, current.length - 1);
        previous[0] = PairStateSerde.VERSION_LAST_HOT;
        assertThat(PairStateSerde.read(previous).metCold()).isFalse();
        assertThat(PairStateSerde.read(previous).buckets()).isEqualTo(cold.buckets());
    }

    private static void writeNames(java.io.DataOutputStream out, String... names) throws java.io.IOException {
        out.writeShort(names.length);
        for (String name : names) {
            byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
    }

    @Test
    void a_truncated_state_fails_with_a_clear_message() {
        PairScorer scorer = new PairScorer(ScoringConfig.defaults());
        Article article = new Article("a1", "https://a.example/1", "a.example", java.time.Instant.parse("2026-11-02T10:00:00Z"),
                "Warning", "Iran warned Israel on Monday.", "en");
        PairState s = scorer.update(null, EventCoder.standard().code(article).get(0));
        byte[] bytes = PairStateSerde.write(s);
        assertThatThrownBy(() -> PairStateSerde.read(java.util.Arrays.copyOf(bytes, bytes.length / 2)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("cannot read pair state");
    }

    @Test
    void bytes_of_another_format_fail_with_a_clear_message() {
        assertThatThrownBy(() -> PairStateSerde.read("{\"pair\":\"IRN-ISR\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("format");
        assertThat(new PairStateSerde().deserializer().deserialize("t", null)).isNull();
    }
}
