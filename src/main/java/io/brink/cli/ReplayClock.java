package io.brink.cli;

import java.time.Duration;
import java.time.Instant;

import io.brink.stream.EventTimeExtractor;

/**
 * The clock of a replay: each article reaches the stream at its own publication time, as if the
 * feed were live then, so a feed is replayed the same whatever today's date is (one written for
 * the coming week too). The stream takes an article's date only when it is plausible at its
 * arrival ({@link EventTimeExtractor#isPlausible}); in a live feed arrival is the wall clock, in a
 * replay the feed's own time, which may run up to {@link #MAX_GAP} past the latest article
 * replayed; the first article sets it when dated within {@link #FIRST_REACH} of today (a feed
 * written for the coming weeks). An article dated far past that (a year 9999 typo) or before
 * 1970 arrives at the replay's current time instead, and its date is not taken, as a live
 * stream would not take it.
 */
final class ReplayClock {

    /** How far past the latest article replayed the next may be dated and still be taken at its word. */
    static final Duration MAX_GAP = Duration.ofDays(7);

    /** How far past today the feed's first article may be dated and still set the replay's clock. */
    static final Duration FIRST_REACH = Duration.ofDays(366);

    /** When a record arrives (null: when it is sent) and whether the stream takes its published time. */
    record Arrival(Long timestamp, boolean dated) {
    }

    private Instant now;

    /** A live feed: every record arrives when it is sent, and its date is judged against the wall clock. */
    static Arrival live(Instant published, long wallClock) {
        return new Arrival(null, EventTimeExtractor.isPlausible(published, wallClock));
    }

    /** The next article of a replay, published at {@code published}, sent at {@code wallClock}. */
    Arrival arrive(Instant published, long wallClock) {
        long bound = now == null ? wallClock + FIRST_REACH.toMillis()
                : Math.max(wallClock, now.toEpochMilli() + MAX_GAP.toMillis());
        if (EventTimeExtractor.isPlausible(published, bound)) {
            now = now == null || published.isAfter(now) ? published : now;
            return new Arrival(published.toEpochMilli(), true);
        }
        return new Arrival(now == null ? null : now.toEpochMilli(), false);
    }
}
