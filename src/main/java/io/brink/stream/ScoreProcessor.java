package io.brink.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import io.brink.model.Alert;
import io.brink.model.CodedEvent;
import io.brink.model.PairScore;
import io.brink.scoring.AlertRule;
import io.brink.scoring.PairScorer;
import io.brink.scoring.PairState;
import io.brink.scoring.ScoringConfig;

/**
 * Thin wiring of {@link PairScorer} and {@link AlertRule} to the pair-state store. Every event
 * updates its pair and may raise an alert at once; the pair's score is published at most once per
 * {@code score.emit.interval} of wall-clock time (the last change always follows), so a busy pair
 * does not flood the scores topic. As stream time passes, pairs with an open alert are re-read so
 * an alert resolves even when its pair goes quiet.
 */
final class ScoreProcessor implements Processor<String, CodedEvent, String, Object> {

    static final Duration SWEEP_INTERVAL = Duration.ofMinutes(15);
    /** Deserialised states kept in memory: reading a state back from the store is the costly part. */
    static final int CACHED_STATES = 10_000;

    private final PairScorer scorer;
    private final AlertRule rule;
    private final String storeName;
    private final String scoresSink;
    private final String alertsSink;
    private final Duration emitInterval;
    private final Map<String, Long> lastEmitted = new HashMap<>();
    private final Map<String, Long> pending = new LinkedHashMap<>();
    private final Map<String, PairState> cache = new LinkedHashMap<>(1_024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PairState> eldest) {
            return size() > CACHED_STATES;
        }
    };
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, PairState> store;

    ScoreProcessor(ScoringConfig config, Duration emitInterval, String storeName, String scoresSink, String alertsSink) {
        this.scorer = new PairScorer(config);
        this.rule = new AlertRule(scorer);
        this.emitInterval = emitInterval;
        this.storeName = storeName;
        this.scoresSink = scoresSink;
        this.alertsSink = alertsSink;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        context.schedule(SWEEP_INTERVAL, PunctuationType.STREAM_TIME, this::sweep);
        context.schedule(emitInterval, PunctuationType.WALL_CLOCK_TIME, this::flushPending);
    }

    @Override
    public void process(Record<String, CodedEvent> record) {
        CodedEvent event = record.value();
        if (event == null) {
            return;
        }
        String pair = event.pair().key();
        PairState state = scorer.update(read(pair), event);
        emit(state, record.timestamp(), false);
    }

    private PairState read(String pair) {
        PairState cached = cache.get(pair);
        return cached != null ? cached : store.get(pair);
    }

    private void write(PairState state) {
        store.put(state.pair(), state);
        cache.put(state.pair(), state);
    }

    private void sweep(long streamTime) {
        Instant now = Instant.ofEpochMilli(streamTime);
        List<PairState> open = new ArrayList<>();
        try (KeyValueIterator<String, PairState> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, PairState> kv = it.next();
                PairState s = kv.value;
                if (s.escalationAlert() != null || s.deescalationAlert() != null) {
                    open.add(s);
                }
            }
        }
        for (PairState s : open) {
            emit(scorer.advance(s, now), streamTime, true);
        }
    }

    /** Publishes the scores held back by the rate limit. */
    private void flushPending(long wallClock) {
        List<Map.Entry<String, Long>> due = new ArrayList<>(pending.entrySet());
        pending.clear();
        for (Map.Entry<String, Long> e : due) {
            PairState state = read(e.getKey());
            if (state != null) {
                publishScore(scorer.score(state), e.getValue(), wallClock);
            }
        }
    }

    private void emit(PairState state, long timestamp, boolean forceScore) {
        PairScore score = scorer.score(state);
        AlertRule.Outcome outcome = rule.evaluate(state, score);
        write(outcome.state());
        long wallClock = context.currentSystemTimeMs();
        Long last = lastEmitted.get(state.pair());
        if (forceScore || !outcome.alerts().isEmpty() || last == null || wallClock - last >= emitInterval.toMillis()) {
            publishScore(score, timestamp, wallClock);
        } else {
            pending.put(state.pair(), timestamp);
        }
        for (Alert alert : outcome.alerts()) {
            BrinkMetrics.alert(alert);
            context.forward(new Record<String, Object>(state.pair(), alert, timestamp), alertsSink);
        }
    }

    private void publishScore(PairScore score, long timestamp, long wallClock) {
        pending.remove(score.pair());
        lastEmitted.put(score.pair(), wallClock);
        context.forward(new Record<String, Object>(score.pair(), score, timestamp), scoresSink);
    }
}
