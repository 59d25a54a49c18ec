package io.brink.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.brink.stream.Schemas;

class PairEventsJsonTest {

    static final Instant AT = Instant.parse("2026-11-03T08:15:00Z");

    static CodedEvent event(String src, String tgt, Signal signal, double weight, String sentence) {
        return new CodedEvent(CodedEvent.SCHEMA_VERSION, "a1", "https://wire.example/a1", "wire.example", AT, sentence,
                src, tgt, signal, signal.polarity(), weight, 0.9, new CodedEvent.Span(0, 4), ActorKind.STATE,
                ActorKind.NONSTATE);
    }

    @Test
    void an_articles_events_become_one_record_per_pair_in_the_order_found() {
        List<PairEvents> records = PairEvents.byPair(List.of(
                event("ISR", "SYR", Signal.ATTACK, -10, "Israel struck Syria."),
                event("RUS", "UKR", Signal.ATTACK, -10, "Russia shelled Ukraine."),
                event("SYR", "ISR", Signal.ACCUSE, -3, "Syria accused Israel.")));
        assertThat(records).extracting(PairEvents::pair).containsExactly("ISR-SYR", "RUS-UKR");
        assertThat(records.get(0).events()).extracting(CodedEvent::signal).containsExactly(Signal.ATTACK, Signal.ACCUSE);
        assertThat(PairEvents.byPair(List.of())).isEmpty();
    }

    @Test
    void a_record_reads_back_as_written_and_matches_its_schema() throws IOException {
        PairEvents record = PairEvents.byPair(List.of(
                event("ISR", "SYR", Signal.ATTACK, -10, "Israel struck Syria."),
                event("SYR", "ISR", Signal.ACCUSE, -3, "Syria accused \"Israel\".")) ).get(0);
        byte[] json = PairEventsJson.write(record);
        PairEvents back = PairEventsJson.read(json);
        assertThat(back.schemaVersion()).isEqualTo(2);
        assertThat(back.pair()).isEqualTo("ISR-SYR");
        assertThat(back.events()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            CodedEvent want = record.events().get(i);
            CodedEvent got = back.events().get(i);
            assertThat(got).usingRecursiveComparison().ignoringFields("schemaVersion").isEqualTo(want);
        }
        Schemas.assertValid("pair-events", Json.MAPPER.readTree(json));
        // The article's fields are written once, not once per event.
        String text = new String(json, StandardCharsets.UTF_8);
        assertThat(text.split("https://wire.example/a1", -1)).hasSize(2);
    }

    @Test
    void a_record_carries_its_articles_language_and_one_written_without_it_still_reads() throws IOException {
        List<CodedEvent> events = List.of(event("ISR", "SYR", Signal.ATTACK, -10, "Israel struck Syria."));
        byte[] json = PairEventsJson.write(PairEvents.byPair(events, "en").get(0));
        assertThat(Json.MAPPER.readTree(json).get("language").asText()).isEqualTo("en");
        assertThat(PairEventsJson.read(json).language()).isEqualTo("en");
        Schemas.assertValid("pair-events", Json.MAPPER.readTree(json));

        byte[] before = PairEventsJson.write(PairEvents.byPair(events).get(0));
        assertThat(Json.MAPPER.readTree(before).has("language")).as("no language, no field").isFalse();
        assertThat(PairEventsJson.read(before).language()).isNull();
        assertThat(PairEventsJson.read(before).events()).hasSize(1);
        Schemas.assertValid("pair-events", Json.MAPPER.readTree(before));
    }

    @Test
    void a_version_1_event_left_in_the_topic_reads_as_a_one_event_record() throws IOException {
        CodedEvent old = event("IRN", "ISR", Signal.THREATEN, -6, "Iran threatened Israel.");
        PairEvents read = PairEventsJson.read(CodedEventWriter.write(old));
        assertThat(read.schemaVersion()).isEqualTo(1);
        assertThat(read.pair()).isEqualTo("IRN-ISR");
        assertThat(read.events()).containsExactly(old);
    }

    @Test
    void a_record_that_is_neither_version_says_what_is_wrong() {
        assertThatThrownBy(() -> PairEventsJson.read(
                "{\"schema_version\":2,\"pair\":\"IRN-ISR\",\"events\":[]}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class).hasMessageContaining("events is empty");
        assertThatThrownBy(() -> PairEventsJson.read(("{\"schema_version\":3,\"pair\":\"IRN-ISR\",\"events\":"
                + "[{\"src\":\"IRN\",\"tgt\":\"ISR\",\"signal\":\"THREATEN\",\"polarity\":\"ESCALATION\"}]}")
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class).hasMessageContaining("schema_version 3");
        assertThatThrownBy(() -> PairEventsJson.read(("{\"schema_version\":2,\"pair\":\"RUS-UKR\",\"events\":"
                + "[{\"src\":\"IRN\",\"tgt\":\"ISR\",\"signal\":\"THREATEN\",\"polarity\":\"ESCALATION\"}]}")
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class).hasMessageContaining("not the pair of its events");
        assertThatThrownBy(() -> PairEventsJson.read("{\"schema_version\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
    }
}
