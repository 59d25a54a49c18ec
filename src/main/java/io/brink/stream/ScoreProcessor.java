package io.brink.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
 * Thin wiring of {@link PairScorer} and {@link AlertRule} to the pair-state store: every event
 * updates its pair and emits the pair's score and any alert; as stream time passes, pairs with an
 * open alert are re-read so an alert resolves even when its pair goes quiet.
 */
final class ScoreProcessor implements Processor<String, CodedEvent, String, Object> {

    static final Duration SWEEP_INTERVAL = Duration.ofMinutes(15);

    private final PairScorer scorer;
    private final AlertRule rule;
    private final String storeName;
    private final String scoresSink;
    private final String alertsSink;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, PairState> store;

    ScoreProcessor(ScoringConfig config, String storeName, String scoresSink, String alertsSink) {
        this.scorer = new PairScorer(config);
        this.rule = new AlertRule(scorer);
        this.storeName = storeName;
        this.scoresSink = scoresSink;
        this.alertsSink = alertsSink;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        context.schedule(SWEEP_INTERVAL, PunctuationType.STREAM_TIME, this::sweep);
    }

    @Override
    public void process(Record<String, CodedEvent> record) {
        CodedEvent event = record.value();
        if (event == null) {
            return;
        }
        String pair = event.pair().key();
        PairState state = scorer.update(store.get(pair), EventTimeExtractor.atEventTime(event, record.timestamp()));
        emit(state, record.timestamp(), true);
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
            emit(scorer.advance(s, now), streamTime, false);
        }
    }

    private void emit(PairState state, long timestamp, boolean publishScore) {
        PairScore score = scorer.score(state);
        AlertRule.Outcome outcome = rule.evaluate(state, score);
        store.put(state.pair(), outcome.state());
        if (publishScore || !outcome.alerts().isEmpty()) {
            context.forward(new Record<String, Object>(state.pair(), score, timestamp), scoresSink);
        }
        for (Alert alert : outcome.alerts()) {
            BrinkMetrics.alert(alert);
            context.forward(new Record<String, Object>(state.pair(), alert, timestamp), alertsSink);
        }
    }
}
