package io.brink.model;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * Reads a {@link CodedEvent} from JSON. The scorer reads every event Brink writes, and the
 * general data binder spent a tenth of the stream thread on it; this reads the shape Brink writes
 * (the schema's fields, each of its type, an instant in UTC) in one pass of the token stream.
 * Anything else (an unknown field, a number given as text, an instant with an offset, a missing
 * field, malformed JSON) is read by {@link Json#MAPPER} instead, so the result, and the error
 * for bad input, are exactly the mapper's.
 */
public final class CodedEventReader {

    private static final ObjectReader MAPPER = Json.MAPPER.readerFor(CodedEvent.class);

    private CodedEventReader() {
    }

    public static CodedEvent read(byte[] json) throws IOException {
        CodedEvent fast = readCommon(json);
        return fast != null ? fast : MAPPER.readValue(json);
    }

    /** The event when {@code json} has the common shape; null when the mapper must read it. */
    static CodedEvent readCommon(byte[] json) {
        try (JsonParser p = Json.MAPPER.getFactory().createParser(json)) {
            return common(p);
        } catch (IOException | RuntimeException e) {
            // Not the common shape, or not JSON: the mapper decides, and words the error.
            return null;
        }
    }

    /** The event when the JSON has exactly the common shape, else null. */
    private static CodedEvent common(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        int seen = 0;
        int schemaVersion = 0;
        String articleId = null;
        String url = null;
        String outlet = null;
        Instant published = null;
        EventFields event = new EventFields();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            if (t != JsonToken.FIELD_NAME) {
                return null;
            }
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (name) {
                case "schema_version" -> {
                    if (v != JsonToken.VALUE_NUMBER_INT) {
                        return null;
                    }
                    schemaVersion = p.getIntValue();
                    seen |= 1;
                }
                case "article_id" -> {
                    articleId = text(p, v);
                    seen |= 2;
                }
                case "url" -> {
                    url = text(p, v);
                    seen |= 4;
                }
                case "outlet" -> {
                    outlet = text(p, v);
                    seen |= 8;
                }
                case "published" -> {
                    published = v == JsonToken.VALUE_NULL ? null : utc(text(p, v));
                    seen |= 16;
                }
                default -> {
                    if (!event.read(name, p, v)) {
                        return null;
                    }
                }
            }
        }
        // Every field once; records from before actor kinds have none of the two.
        if (seen != 31 || !event.complete() || p.nextToken() != null) {
            return null;
        }
        return event.event(schemaVersion, articleId, url, outlet, published);
    }

    static CodedEvent.Span span(JsonParser p, JsonToken v) throws IOException {
        if (v != JsonToken.START_OBJECT) {
            throw new NotCommon();
        }
        int start = 0;
        int end = 0;
        int seen = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String name = p.currentName();
            if (t != JsonToken.FIELD_NAME || p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                throw new NotCommon();
            }
            switch (name) {
                case "start" -> {
                    start = p.getIntValue();
                    seen |= 1;
                }
                case "end" -> {
                    end = p.getIntValue();
                    seen |= 2;
                }
                default -> throw new NotCommon();
            }
        }
        if (seen != 3) {
            throw new NotCommon();
        }
        return new CodedEvent.Span(start, end);
    }

    static String text(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        throw new NotCommon();
    }

    static String nonNull(String s) {
        if (s == null) {
            throw new NotCommon();
        }
        return s;
    }

    static double number(JsonParser p, JsonToken v) throws IOException {
        if (v != JsonToken.VALUE_NUMBER_INT && v != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new NotCommon();
        }
        return p.getDoubleValue();
    }

    /**
     * An instant as Brink writes it, {@code 2026-11-02T08:15:00Z} with an optional fraction of up
     * to nine digits, read without the general formatter. Any other form is not common.
     */
    static Instant utc(String s) {
        int n = s == null ? 0 : s.length();
        if (n < 20 || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            throw new NotCommon();
        }
        int nanos = 0;
        if (n > 20) {
            int digits = n - 21;
            if (s.charAt(19) != '.' || digits < 1 || digits > 9) {
                throw new NotCommon();
            }
            nanos = digits(s, 20, n - 1);
            for (int i = digits; i < 9; i++) {
                nanos *= 10;
            }
        }
        try {
            return LocalDateTime.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10), digits(s, 11, 13),
                    digits(s, 14, 16), digits(s, 17, 19), nanos).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new NotCommon();
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NotCommon();
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** The JSON is not in the common shape: the mapper reads it. Thrown without a stack trace. */
    static final class NotCommon extends RuntimeException {
        NotCommon() {
            super(null, null, false, false);
        }
    }
}
