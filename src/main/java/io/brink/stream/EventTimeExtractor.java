package io.brink.stream;

import java.time.Duration;
import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

import io.brink.model.Article;
import io.brink.model.PairEvents;

/**
 * Event time is when an article was published. When it has no publication time, or claims one
 * further in the future than {@link #MAX_FUTURE_SKEW} beyond when it reached Kafka, the record's own
 * timestamp stands in, so a wrong clock at one outlet cannot push stream time ahead for everyone.
 */
public final class EventTimeExtractor implements TimestampExtractor {

    static final Duration MAX_FUTURE_SKEW = Duration.ofHours(1);

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        Object value = record.value();
        Instant published = value instanceof Article a ? a.published()
                : value instanceof PairEvents e ? e.published() : null;
        long recordTime = record.timestamp() >= 0 ? record.timestamp() : Math.max(partitionTime, 0);
        return choose(published, recordTime);
    }

    /**
     * The events as scoring must see them: at {@code eventTime}, the time this extractor chose for its
     * record. It differs from {@code published} only when that was missing or implausible (year 9999,
     * before 1970), and then the scorer must not take the article's word for it either: one article
     * dated 9999 would otherwise move its pair's window past every real event for good.
     */
    static PairEvents atEventTime(PairEvents record, long eventTime) {
        return record.at(Instant.ofEpochMilli(eventTime));
    }

    static long choose(Instant published, long recordTime) {
        return isPlausible(published, recordTime) ? published.toEpochMilli() : recordTime;
    }

    /**
     * Whether the stream takes {@code published} as the event time of a record that reached Kafka
     * at {@code recordTime}: present, not before 1970, at most {@link #MAX_FUTURE_SKEW} ahead.
     */
    public static boolean isPlausible(Instant published, long recordTime) {
        // Seconds first: toEpochMilli() overflows for instants thousands of millennia away.
        return published != null && published.getEpochSecond() >= 0
                && published.getEpochSecond() <= (recordTime + MAX_FUTURE_SKEW.toMillis()) / 1000;
    }
}
