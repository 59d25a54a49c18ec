package io.brink.model;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

/**
 * Writes a {@link CodedEvent} as JSON, byte for byte as {@link Json#MAPPER} does (the schema's
 * fields in its order, nulls written, numbers as the mapper formats them, instants in ISO-8601
 * UTC). Every coded event is written once on its way to {@code brink.events}; the data binder's
 * per-property machinery and its date formatter took most of that time.
 */
public final class CodedEventWriter {

    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the years ISO-8601 writes as four plain digits. */
    private static final long FIRST_SECOND = LocalDate.of(0, 1, 1).toEpochDay() * 86_400;
    private static final long LAST_SECOND = (LocalDate.of(9999, 12, 31).toEpochDay() + 1) * 86_400 - 1;

    private CodedEventWriter() {
    }

    public static byte[] write(CodedEvent e) throws IOException {
        ByteArrayBuilder out = new ByteArrayBuilder(Json.MAPPER.getFactory()._getBufferRecycler());
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("schema_version", e.schemaVersion());
            g.writeStringField("article_id", e.articleId());
            g.writeStringField("url", e.url());
            g.writeStringField("outlet", e.outlet());
            g.writeFieldName("published");
            writeInstant(g, e.published());
            writeEventFields(g, e);
            g.writeEndObject();
        }
        byte[] bytes = out.toByteArray();
        out.release();
        return bytes;
    }

    /** The fields of the event itself, from {@code sentence} to {@code tgt_kind}, as version 1 and 2 write them. */
    static void writeEventFields(JsonGenerator g, CodedEvent e) throws IOException {
        g.writeStringField("sentence", e.sentence());
        g.writeStringField("src", e.src());
        g.writeStringField("tgt", e.tgt());
        g.writeStringField("signal", e.signal() == null ? null : e.signal().name());
        g.writeStringField("polarity", e.polarity() == null ? null : e.polarity().name());
        g.writeNumberField("weight", e.weight());
        g.writeNumberField("confidence", e.confidence());
        g.writeFieldName("span");
        if (e.span() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeNumberField("start", e.span().start());
            g.writeNumberField("end", e.span().end());
            g.writeEndObject();
        }
        g.writeStringField("src_kind", e.srcKind().json());
        g.writeStringField("tgt_kind", e.tgtKind().json());
    }

    /**
     * An instant as {@code DateTimeFormatter.ISO_INSTANT} writes it: seconds always, then the
     * fraction in three, six or nine digits as it needs. Years outside 0–9999 take the formatter.
     */
    static void writeInstant(JsonGenerator g, Instant t) throws IOException {
        if (t == null) {
            g.writeNull();
            return;
        }
        long second = t.getEpochSecond();
        if (second < FIRST_SECOND || second > LAST_SECOND) {
            g.writeString(t.toString());
            return;
        }
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(second, 86_400));
        int ofDay = (int) Math.floorMod(second, 86_400);
        char[] c = new char[30];
        int n = digits(c, 0, day.getYear(), 4);
        c[n++] = '-';
        n = digits(c, n, day.getMonthValue(), 2);
        c[n++] = '-';
        n = digits(c, n, day.getDayOfMonth(), 2);
        c[n++] = 'T';
        n = digits(c, n, ofDay / 3600, 2);
        c[n++] = ':';
        n = digits(c, n, ofDay / 60 % 60, 2);
        c[n++] = ':';
        n = digits(c, n, ofDay % 60, 2);
        int nano = t.getNano();
        if (nano > 0) {
            c[n++] = '.';
            if (nano % 1_000_000 == 0) {
                n = digits(c, n, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                n = digits(c, n, nano / 1_000, 6);
            } else {
                n = digits(c, n, nano, 9);
            }
        }
        c[n++] = 'Z';
        g.writeString(c, 0, n);
    }

    /** Writes {@code value} as {@code width} digits, zero-padded, at {@code at}; returns the end. */
    private static int digits(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}
