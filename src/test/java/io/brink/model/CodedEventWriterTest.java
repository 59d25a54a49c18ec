package io.brink.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CodedEventWriterTest {

    @Provide
    Arbitrary<CodedEvent> events() {
        return new CodedEventReaderTest().events();
    }

    /** The writer is the mapper, faster: the same bytes for every event, nulls and odd text included. */
    @Property(tries = 1_000)
    void writes_the_very_bytes_the_mapper_writes(@ForAll("events") CodedEvent event) throws Exception {
        assertThat(new String(CodedEventWriter.write(event), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(Json.MAPPER.writeValueAsBytes(event), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void instants_at_the_edges_of_the_four_digit_years_and_of_each_fraction_width_are_written_as_the_mapper_does()
            throws Exception {
        List<Instant> instants = List.of(Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("-0001-12-31T23:59:59Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("1969-12-31T23:59:59.000000001Z"), Instant.parse("2026-11-02T08:15:00.100Z"),
                Instant.parse("2026-11-02T08:15:00.000100Z"), Instant.parse("2024-02-29T23:59:59.010203Z"),
                Instant.EPOCH, Instant.MIN, Instant.MAX);
        for (Instant at : instants) {
            CodedEvent e = new CodedEvent(CodedEvent.SCHEMA_VERSION, "a", null, "o", at, "s", "CHL", "PER",
                    Signal.ATTACK, Signal.ATTACK.polarity(), -10, 0.5, new CodedEvent.Span(0, 1));
            assertThat(new String(CodedEventWriter.write(e), java.nio.charset.StandardCharsets.UTF_8)).as(at.toString())
                    .isEqualTo(Json.MAPPER.writeValueAsString(e));
        }
    }
}
