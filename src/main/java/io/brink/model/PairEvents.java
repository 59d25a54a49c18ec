package io.brink.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record of {@code brink.events} (schema version 2): what one article says about one pair,
 * its events in the order the coder found them. An article naming three pairs gives three
 * records, each keyed by its pair, so the scorer meets an article's events for a pair together,
 * and Kafka carries one record where version 1 carried one per event.
 *
 * <p>In memory the events are {@link CodedEvent}s, each with the article's fields, as the scorer
 * reads them; on the topic the article's fields are written once. {@code language} is the
 * article's (ISO 639-1) as Brink coded it; null in records written before Brink named it, all of
 * which it had coded as English.
 */
public record PairEvents(int schemaVersion, String pair, String articleId, String url, String outlet,
                         Instant published, String language, List<CodedEvent> events) {

    public static final int SCHEMA_VERSION = 2;

    public PairEvents {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a pair-events record holds at least one event");
        }
        events = List.copyOf(events);
    }

    /** A record of no named language (as version 1 and records before the field). */
    public PairEvents(int schemaVersion, String pair, String articleId, String url, String outlet,
                      Instant published, List<CodedEvent> events) {
        this(schemaVersion, pair, articleId, url, outlet, published, null, events);
    }

    /** An article's events, one record per pair, pairs in the order of their first event; no language named. */
    public static List<PairEvents> byPair(List<CodedEvent> events) {
        return byPair(events, null);
    }

    /** An article's events in {@code language}, one record per pair, pairs in the order of their first event. */
    public static List<PairEvents> byPair(List<CodedEvent> events, String language) {
        if (events.isEmpty()) {
            return List.of();
        }
        Map<String, List<CodedEvent>> groups = new LinkedHashMap<>();
        for (CodedEvent e : events) {
            groups.computeIfAbsent(e.pair().key(), k -> new ArrayList<>(2)).add(e);
        }
        List<PairEvents> records = new ArrayList<>(groups.size());
        for (Map.Entry<String, List<CodedEvent>> g : groups.entrySet()) {
            CodedEvent first = g.getValue().get(0);
            records.add(new PairEvents(SCHEMA_VERSION, g.getKey(), first.articleId(), first.url(), first.outlet(),
                    first.published(), language, g.getValue()));
        }
        return records;
    }

    /** A version 1 record, one event, as the one-event record it stands for. */
    public static PairEvents of(CodedEvent event) {
        return new PairEvents(event.schemaVersion(), event.pair().key(), event.articleId(), event.url(),
                event.outlet(), event.published(), List.of(event));
    }

    /** The same record with every event at {@code at}, the time the stream chose for it. */
    public PairEvents at(Instant at) {
        if (at.equals(published)) {
            return this;
        }
        List<CodedEvent> moved = new ArrayList<>(events.size());
        for (CodedEvent e : events) {
            moved.add(new CodedEvent(e.schemaVersion(), e.articleId(), e.url(), e.outlet(), at, e.sentence(),
                    e.src(), e.tgt(), e.signal(), e.polarity(), e.weight(), e.confidence(), e.span(), e.srcKind(),
                    e.tgtKind()));
        }
        return new PairEvents(schemaVersion, pair, articleId, url, outlet, at, language, moved);
    }
}
