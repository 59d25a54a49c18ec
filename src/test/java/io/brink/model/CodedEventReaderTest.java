package io.brink.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CodedEventReaderTest {

    private static final ObjectReader MAPPER = Json.MAPPER.readerFor(CodedEvent.class);

    @Provide
    Arbitrary<CodedEvent> events() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("Peru shelled towns in Chile, officials said.", "“Zürich” — naïve 𝐀 \\ \" \n", ""),
                Arbitraries.just(null));
        Arbitrary<Instant> published = Arbitraries.oneOf(
                Arbitraries.longs().between(-2_000_000_000L, 4_000_000_000L)
                        .flatMap(s -> Arbitraries.of(0, 1_000_000, 123_000_000, 123_456_789, 5).map(n -> Instant.ofEpochSecond(s, n))),
                Arbitraries.just(null));
        Arbitrary<String> country = Arbitraries.of("CHL", "PER", "GHA", "TGO", "IND", "PAK");
        Arbitrary<Signal> signal = Arbitraries.of(Signal.class);
        Arbitrary<Double> weight = Arbitraries.doubles().between(-10, 10);
        Arbitrary<Double> confidence = Arbitraries.doubles().between(0, 1);
        Arbitrary<CodedEvent.Span> span = Arbitraries.integers().between(0, 1_000)
                .flatMap(a -> Arbitraries.integers().between(a, 1_100).map(b -> new CodedEvent.Span(a, b)));
        Arbitrary<Object[]> head = Combinators.combine(text, text, text, published, text, country, country, signal)
                .as((articleId, url, outlet, at, sentence, src, tgt, sig) ->
                        new Object[] {articleId, url, outlet, at, sentence, src, tgt, sig});
        Arbitrary<ActorKind> kind = Arbitraries.of(ActorKind.class);
        return Combinators.combine(head, weight, confidence, span, kind, kind).as((h, w, c, sp, sk, tk) ->
                new CodedEvent(CodedEvent.SCHEMA_VERSION, (String) h[0], (String) h[1], (String) h[2], (Instant) h[3],
                        (String) h[4], (String) h[5], (String) h[6], (Signal) h[7], ((Signal) h[7]).polarity(), w, c,
                        sp, sk, tk));
    }

    /** Whatever Brink writes reads back to the same event the mapper reads. */
    @Property(tries = 1_000)
    void reads_what_brink_writes_as_the_mapper_does(@ForAll("events") CodedEvent event) throws Exception {
        byte[] json = Json.MAPPER.writeValueAsBytes(event);
        assertThat(CodedEventReader.readCommon(json)).as("read in one pass, not by the mapper").isEqualTo(event);
        assertThat(CodedEventReader.read(json)).isEqualTo(MAPPER.readValue(json)).isEqualTo(event);
    }

    @Test
    void a_record_written_before_actor_kinds_reads_in_one_pass_as_between_states() throws Exception {
        String old = "{\"schema_version\":1,\"article_id\":\"a\",\"url\":null,\"outlet\":\"o\","
                + "\"published\":\"2026-11-02T08:15:00Z\",\"sentence\":\"s\",\"src\":\"CHL\",\"tgt\":\"PER\","
                + "\"signal\":\"ATTACK\",\"polarity\":\"ESCALATION\",\"weight\":-10,\"confidence\":0.8,"
                + "\"span\":{\"start\":0,\"end\":1}}";
        CodedEvent e = CodedEventReader.readCommon(old.getBytes(StandardCharsets.UTF_8));
        assertThat(e).isNotNull();
        assertThat(e.srcKind()).isEqualTo(ActorKind.STATE);
        assertThat(e.tgtKind()).isEqualTo(ActorKind.STATE);
        assertThat(e).isEqualTo(MAPPER.readValue(old));
    }

    @Test
    void an_unknown_actor_kind_is_an_error() {
        String bad = "{\"schema_version\":1,\"sentence\":\"s\",\"src\":\"CHL\",\"tgt\":\"PER\","
                + "\"signal\":\"ATTACK\",\"polarity\":\"ESCALATION\",\"weight\":-10,\"confidence\":0.8,"
                + "\"span\":{\"start\":0,\"end\":1},\"src_kind\":\"company\"}";
        assertThatThrownBy(
                () -> CodedEventReader.read(bad.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("company");
    }

    @Test
    void other_shapes_are_read_by_the_mapper_with_its_result_or_its_error() throws Exception {
        String common = "\"schema_version\":1,\"article_id\":\"a\",\"url\":null,\"outlet\":\"o\","
                + "\"sentence\":\"s\",\"src\":\"CHL\",\"tgt\":\"PER\",\"signal\":\"ATTACK\",\"polarity\":\"ESCALATION\","
                + "\"weight\":-10,\"confidence\":0.8,\"span\":{\"start\":0,\"end\":1}";
        List<String> shapes = List.of(
                "{" + common + ",\"published\":\"2026-11-02T08:15:00+01:00\"}",
                "{" + common + ",\"published\":\"2026-11-02T08:15:00Z\",\"extra\":[1,{\"x\":2}]}",
                "{" + common + "}",
                "{" + common + ",\"published\":\"2026-11-02T08:15:00.5Z\",\"weight\":\"-3\"}",
                "{" + common.replace("\"end\":1", "\"end\":1.0") + ",\"published\":null}",
                "{" + common + ",\"published\":\"2016-12-31T23:59:60Z\"}",
                "{" + common + ",\"published\":\"2026-11-02T08:15:00Z\"} trailing",
                "{" + common.replace("\"o\"", "7") + "}",
                "{" + common.replace("\"ATTACK\"", "\"NAP\"") + "}",
                "{" + common + ",\"published\":\"2026-02-30T00:00:00Z\"}",
                "{" + common,
                "[]",
                "");
        int refused = 0;
        for (String json : shapes) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            Throwable error = catchThrowable(() -> MAPPER.readValue(bytes));
            if (error == null) {
                assertThat(CodedEventReader.read(bytes)).as(json).isEqualTo(MAPPER.readValue(bytes));
            } else {
                refused++;
                assertThatThrownBy(() -> CodedEventReader.read(bytes)).as(json)
                        .isInstanceOf(error.getClass()).hasMessage(error.getMessage());
            }
        }
        assertThat(refused).as("shapes the mapper refuses").isBetween(5, 9);
    }

    @Test
    void an_instant_in_utc_is_read_to_the_nanosecond() {
        assertThat(CodedEventReader.utc("2026-11-02T08:15:00Z")).isEqualTo(Instant.parse("2026-11-02T08:15:00Z"));
        assertThat(CodedEventReader.utc("1969-12-31T23:59:59.000000001Z"))
                .isEqualTo(Instant.parse("1969-12-31T23:59:59.000000001Z"));
        assertThat(CodedEventReader.utc("2026-11-02T08:15:00.12Z")).isEqualTo(Instant.parse("2026-11-02T08:15:00.12Z"));
    }

    private static Throwable catchThrowable(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return org.assertj.core.api.Assertions.catchThrowable(call);
    }
}
