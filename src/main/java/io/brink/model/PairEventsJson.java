package io.brink.model;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

/**
 * {@link PairEvents} as JSON: writes version 2, reads version 2 and version 1. A version 1
 * record (one coded event, as Brink wrote them before version 2) reads as a one-event record, so a
 * scorer upgraded in place scores what the old coder left in the topic. Both directions work on
 * the token stream, as {@link CodedEventReader} and {@link CodedEventWriter} do, since every event
 * Brink scores passes through them.
 */
public final class PairEventsJson {

    private PairEventsJson() {
    }

    public static byte[] write(PairEvents r) throws IOException {
        ByteArrayBuilder out = new ByteArrayBuilder(Json.MAPPER.getFactory()._getBufferRecycler());
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("schema_version", PairEvents.SCHEMA_VERSION);
            g.writeStringField("pair", r.pair());
            g.writeStringField("article_id", r.articleId());
            g.writeStringField("url", r.url());
            g.writeStringField("outlet", r.outlet());
            g.writeFieldName("published");
            CodedEventWriter.writeInstant(g, r.published());
            if (r.language() != null) {
                g.writeStringField("language", r.language());
            }
            g.writeArrayFieldStart("events");
            for (CodedEvent e : r.events()) {
                g.writeStartObject();
                CodedEventWriter.writeEventFields(g, e);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        byte[] bytes = out.toByteArray();
        out.release();
        return bytes;
    }

    /** A version 2 record, or a version 1 event as a one-event record. */
    public static PairEvents read(byte[] json) throws IOException {
        try (JsonParser p = Json.MAPPER.getFactory().createParser(json)) {
            PairEvents r = version2(p);
            if (r != null) {
                return r;
            }
        } catch (CodedEventReader.NotCommon | IllegalArgumentException e) {
            throw new IOException("not a pair-events record: " + describe(e));
        }
        return PairEvents.of(CodedEventReader.read(json));
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null ? "a field has the wrong type" : e.getMessage();
    }

    /** The record when the JSON is version 2; null when it has no {@code events} (version 1). */
    private static PairEvents version2(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        int version = -1;
        String pair = null;
        String articleId = null;
        String url = null;
        String outlet = null;
        Instant published = null;
        String language = null;
        List<EventFields> events = null;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (name) {
                case "schema_version" -> {
                    if (v != JsonToken.VALUE_NUMBER_INT) {
                        throw new IllegalArgumentException("schema_version is not a whole number");
                    }
                    version = p.getIntValue();
                }
                case "pair" -> pair = CodedEventReader.text(p, v);
                case "article_id" -> articleId = CodedEventReader.text(p, v);
                case "url" -> url = CodedEventReader.text(p, v);
                case "outlet" -> outlet = CodedEventReader.text(p, v);
                case "published" -> published = v == JsonToken.VALUE_NULL ? null : instant(CodedEventReader.text(p, v));
                case "language" -> language = CodedEventReader.text(p, v);
                case "events" -> events = events(p, v);
                case "signal", "sentence", "src" -> {
                    return null;
                }
                default -> p.skipChildren();
            }
        }
        if (events == null) {
            return null;
        }
        if (version != PairEvents.SCHEMA_VERSION) {
            throw new IllegalArgumentException("schema_version " + version + " with events; expected "
                    + PairEvents.SCHEMA_VERSION);
        }
        List<CodedEvent> coded = new ArrayList<>(events.size());
        for (EventFields e : events) {
            coded.add(e.event(PairEvents.SCHEMA_VERSION, articleId, url, outlet, published));
        }
        String eventsPair = coded.get(0).pair().key();
        if (pair != null && !pair.equals(eventsPair)) {
            throw new IllegalArgumentException("pair " + pair + " is not the pair of its events, " + eventsPair);
        }
        return new PairEvents(version, eventsPair, articleId, url, outlet, published, language, coded);
    }

    private static Instant instant(String text) {
        try {
            return CodedEventReader.utc(text);
        } catch (CodedEventReader.NotCommon e) {
            try {
                return Instant.parse(text);
            } catch (java.time.DateTimeException bad) {
                throw new IllegalArgumentException("published '" + text + "' is not an ISO-8601 instant");
            }
        }
    }

    private static List<EventFields> events(JsonParser p, JsonToken v) throws IOException {
        if (v != JsonToken.START_ARRAY) {
            throw new IllegalArgumentException("events is not an array");
        }
        List<EventFields> events = new ArrayList<>(2);
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("an element of events is not an object");
            }
            events.add(event(p));
        }
        if (events.isEmpty()) {
            throw new IllegalArgumentException("events is empty");
        }
        return events;
    }

    private static EventFields event(JsonParser p) throws IOException {
        EventFields e = new EventFields();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String name = p.currentName();
            if (!e.read(name, p, p.nextToken())) {
                p.skipChildren();
            }
        }
        if (e.src == null || e.tgt == null || e.signal == null || e.polarity == null) {
            throw new IllegalArgumentException("an event lacks src, tgt, signal or polarity");
        }
        return e;
    }
}
