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
 * open alert are re-read so an alert resolves even when its pair goes quiet. Alongside, it keeps
 * its task's {@link PairBoard} of active pairs (those with events inside the window) for metrics,
 * and counts late articles.
 */
final class ScoreProcessor implements Processor<String, CodedEvent, String, Object> {

    static final Duration SWEEP_INTERVAL = Duration.ofMinutes(15);
    /** How often the top-N pair gauges are re-ranked, in wall-clock time (scrapes are seconds apart). */
    static final Duration PUBLISH_INTERVAL = Duration.ofSeconds(1);

    private final PairScorer scorer;
    private final AlertRule rule;
    private final String storeName;
    private final String scoresSink;
    private final String alertsSink;
    private final int topPairs;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, PairState> store;
    private PairBoard board;
    /** Article and pair of the last late event, so an article's several events there count once. */
    private String lastLate;

    ScoreProcessor(ScoringConfig config, String storeName, String scoresSink, String alertsSink, int topPairs) {
        this.scorer = new PairScorer(config);
        this.rule = new AlertRule(scorer);
        this.storeName = storeName;
        this.scoresSink = scoresSink;
        this.alertsSink = alertsSink;
        this.topPairs = topPairs;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        this.board = PairBoard.open();
        // The first stream-time sweep runs on the first record, and rebuilds the board from the
        // store, so a restored task reports its active pairs again.
        context.schedule(SWEEP_INTERVAL, PunctuationType.STREAM_TIME, this::sweep);
        context.schedule(PUBLISH_INTERVAL, PunctuationType.WALL_CLOCK_TIME, t -> PairBoard.publish(topPairs));
    }

    @Override
    public void close() {
        if (board != null) {
            board.close();
            PairBoard.publish(topPairs);
        }
    }

    @Override
    public void process(Record<String, CodedEvent> record) {
        CodedEvent event = record.value();
        if (event == null) {
            return;
        }
        String pair = event.pair().key();
        PairState before = store.get(pair);
        if (scorer.isLate(before, event)) {
            // Events of one article for one pair arrive together: count the article once.
            String key = event.articleId() + "|" + pair;
            if (!key.equals(lastLate)) {
                BrinkMetrics.lateArticle();
                lastLate = key;
            }
        }
        PairState state = scorer.update(before, event);
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
                } else {
                    track(scorer.advance(s, now), null);
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
        track(state, score);
        if (publishScore || !outcome.alerts().isEmpty()) {
            context.forward(new Record<String, Object>(state.pair(), score, timestamp), scoresSink);
        }
        for (Alert alert : outcome.alerts()) {
            BrinkMetrics.alert(alert, Instant.now());
            context.forward(new Record<String, Object>(state.pair(), alert, timestamp), alertsSink);
        }
    }

    /** Keeps the board in step with {@code state}: on it with its numbers while it has events in the window. */
    private void track(PairState state, PairScore score) {
        if (state.buckets().isEmpty()) {
            board.remove(state.pair());
            return;
        }
        PairScore s = score != null ? score : scorer.score(state);
        board.put(new PairBoard.Snapshot(state.pair(), s.escalation(), s.deescalation(), s.z(),
                scorer.deescalationZ(state, s.deescalation())));
    }
}
