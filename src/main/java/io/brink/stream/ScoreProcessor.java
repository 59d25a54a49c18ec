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
import io.brink.model.PairEvents;
import io.brink.model.PairScore;
import io.brink.scoring.AlertRule;
import io.brink.scoring.Coverage;
import io.brink.scoring.PairScorer;
import io.brink.scoring.PairState;
import io.brink.scoring.ScoringConfig;

/**
 * Thin wiring of {@link PairScorer} and {@link AlertRule} to the pair-state store. Every event
 * updates its pair and may raise an alert at once; the pair's score is published at most once per
 * {@code score.emit.interval} of wall-clock time (the last change always follows), so a busy pair
 * does not flood the scores topic. As stream time passes, pairs with an open alert are re-read so
 * an alert resolves even when its pair goes quiet: every {@link #SWEEP_INTERVAL} of stream time,
 * right after the record that crosses it. Kafka Streams' own stream-time punctuation runs after a
 * whole polled batch, so where a sweep fell among the records, and with it whether an alert
 * resolved before the next report or carried on, depended on how the records were batched; a
 * replay of the same feed could raise a different alert. Alongside, it keeps its task's
 * {@link PairBoard} of active pairs for metrics, and counts late articles and syndicated copies.
 * The latest message of every alert is kept by id in the recent-alerts store for the HTTP API;
 * the sweep drops resolved alerts older than {@link #RESOLVED_ALERT_RETENTION} of stream time.
 *
 * <p>A score held back by the rate limit is owed to the scores topic, and the debt outlives the
 * task: the pair's new state is committed at the next commit, which may come before the
 * punctuation that publishes the score, and a task closed in between (killed, or moved to another
 * instance by a rebalance) took the debt with it, leaving a quiet pair's latest score short of the
 * events its state counts until its next event, which may never come. So a task, when it opens,
 * publishes every pair's score at its first punctuation: what its last owner may have owed. A
 * consumer sees the latest score of those pairs once more (the topic keeps the latest by key);
 * the events stream pays nothing for it, where a store of debts cost a quarter of the pipeline's
 * speed in {@code brink bench}.
 */
final class ScoreProcessor implements Processor<String, PairEvents, String, Object> {

    static final Duration SWEEP_INTERVAL = Duration.ofMinutes(15);
    /** How often the top-N pair gauges are re-ranked, in wall-clock time (scrapes are seconds apart). */
    static final Duration PUBLISH_INTERVAL = Duration.ofSeconds(1);
    /** How long a RESOLVED alert stays in the recent-alerts store, in event time after its last message. */
    static final Duration RESOLVED_ALERT_RETENTION = Duration.ofDays(7);

    private final PairScorer scorer;
    private final AlertRule rule;
    private final String storeName;
    private final String alertsStoreName;
    private final String scoresSink;
    private final String alertsSink;
    private final Duration emitInterval;
    private final int topPairs;
    private final Map<String, Long> lastEmitted = new HashMap<>();
    private final Map<String, Long> pending = new LinkedHashMap<>();
    private static final String COVERAGE_KEY = "events";
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, PairState> store;
    private KeyValueStore<String, Alert> recentAlerts;
    private KeyValueStore<String, Coverage> coverage;
    private PairBoard board;
    /** Stream time at which the next sweep is due; {@code Long.MIN_VALUE}: at the first record. */
    private long nextSweep = Long.MIN_VALUE;

    ScoreProcessor(ScoringConfig config, Duration emitInterval, int topPairs, String storeName, String alertsStoreName,
                   String scoresSink, String alertsSink) {
        this.scorer = new PairScorer(config);
        this.rule = new AlertRule(scorer);
        this.emitInterval = emitInterval;
        this.topPairs = topPairs;
        this.storeName = storeName;
        this.alertsStoreName = alertsStoreName;
        this.scoresSink = scoresSink;
        this.alertsSink = alertsSink;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        this.recentAlerts = context.getStateStore(alertsStoreName);
        this.coverage = context.getStateStore(BrinkTopology.COVERAGE_STORE);
        // Scores the task may have owed when it last closed, wherever that was: published at the first punctuation.
        try (KeyValueIterator<String, PairState> it = store.all()) {
            it.forEachRemaining(kv -> pending.put(kv.key, kv.value.now().toEpochMilli()));
        }
        this.board = PairBoard.open();
        // The first sweep runs on the first record (see sweepIfDue), and rebuilds the board from
        // the store, so a restored task reports its active pairs again.
        context.schedule(PUBLISH_INTERVAL, PunctuationType.WALL_CLOCK_TIME, t -> PairBoard.publish(topPairs));
        context.schedule(emitInterval, PunctuationType.WALL_CLOCK_TIME, this::flushPending);
    }

    @Override
    public void close() {
        if (board != null) {
            board.close();
            PairBoard.publish(topPairs);
        }
    }

    @Override
    public void process(Record<String, PairEvents> record) {
        PairEvents value = record.value();
        if (value == null) {
            return;
        }
        String pair = value.pair();
        // Scored at the event time the extractor chose: a bogus date must not blind the pair.
        PairEvents events = EventTimeExtractor.atEventTime(value, record.timestamp());
        PairState state = read(pair);
        if (scorer.isLate(state, events.events().get(0))) {
            BrinkMetrics.lateArticle();
        }
        boolean copies = false;
        boolean cold = state == null && metCold();
        if (cold) {
            BrinkMetrics.pairMetCold();
        }
        for (CodedEvent event : events.events()) {
            copies |= scorer.isCopy(state, event);
            state = scorer.update(state, onCoverage(event, state), cold);
        }
        if (copies) {
            // One syndicated copy of a story is one suppressed duplicate, however many events it holds.
            BrinkMetrics.duplicateSuppressed();
        }
        emit(state, record.timestamp(), false);
        sweepIfDue();
    }

    /** Sweeps once stream time reaches the next sweep: the same records always give the same sweeps. */
    private void sweepIfDue() {
        long streamTime = context.currentStreamTimeMs();
        if (streamTime >= nextSweep) {
            sweep(streamTime);
            long interval = SWEEP_INTERVAL.toMillis();
            nextSweep = (Math.floorDiv(streamTime, interval) + 1) * interval;
        }
    }

    /**
     * Counts the event in its task's coverage and discounts it when the rest of the news is busier
     * than usual (see {@link Coverage}). One coverage per task: the pairs of its partitions.
     */
    private CodedEvent onCoverage(CodedEvent event, PairState before) {
        long hour = event.published().getEpochSecond() / 3600;
        Coverage c = coverage.get(COVERAGE_KEY);
        c = (c == null ? Coverage.start(hour) : c).count(hour, scorer.config().halfLife());
        coverage.put(COVERAGE_KEY, c);
        double factor = c.factor(hour, PairScorer.eventsInHour(before, hour) + 1, scorer.config().halfLife());
        return factor < 1 ? event.withConfidenceScaled(factor) : event;
    }

    /**
     * A pair seen for the first time now is met cold when this task has watched the news for less
     * than {@link ScoringConfig#coldWindows()} windows ({@link PairState#metCold()}): its coverage,
     * counted from the task's first event, holds fewer hours than that. A task whose partitions carried no event for a
     * while after Brink started counts from its own first event: with the default four
     * partitions and the dozens of pairs of a news stream, every task sees events in its first hours.
     */
    private boolean metCold() {
        Coverage c = coverage.get(COVERAGE_KEY);
        int windows = scorer.config().coldWindows();
        return windows > 0 && (c == null || c.hourly().hours() < windows * scorer.config().window().toHours());
    }

    /** A pair's state, as an object: the store keeps recent states deserialised (WriteBehindStore). */
    private PairState read(String pair) {
        return store.get(pair);
    }

    private void write(PairState state) {
        store.put(state.pair(), state);
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
            emit(scorer.advance(s, now), streamTime, true);
        }
        pruneResolvedAlerts(now);
    }

    /** Drops RESOLVED alerts whose last message is more than the retention behind stream time. */
    private void pruneResolvedAlerts(Instant now) {
        Instant cutoff = now.minus(RESOLVED_ALERT_RETENTION);
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, Alert> it = recentAlerts.all()) {
            while (it.hasNext()) {
                Alert a = it.next().value;
                if (a.status() == Alert.Status.RESOLVED && a.lastSeen().isBefore(cutoff)) {
                    expired.add(a.id());
                }
            }
        }
        expired.forEach(recentAlerts::delete);
    }

    /** Publishes the scores held back by the rate limit. */
    private void flushPending(long wallClock) {
        List<Map.Entry<String, Long>> due = new ArrayList<>(pending.entrySet());
        for (Map.Entry<String, Long> e : due) {
            PairState state = read(e.getKey());
            if (state != null) {
                publishScore(scorer.score(state), e.getValue(), wallClock);
            } else {
                pending.remove(e.getKey());
            }
        }
    }

    private void emit(PairState state, long timestamp, boolean forceScore) {
        PairScore score = scorer.score(state);
        AlertRule.Outcome outcome = rule.evaluate(state, score);
        write(outcome.state());
        track(state, score);
        long wallClock = context.currentSystemTimeMs();
        Long last = lastEmitted.get(state.pair());
        if (forceScore || !outcome.alerts().isEmpty() || last == null || wallClock - last >= emitInterval.toMillis()) {
            publishScore(score, timestamp, wallClock);
        } else {
            pending.put(state.pair(), timestamp);
        }
        for (Alert alert : outcome.alerts()) {
            BrinkMetrics.alert(alert, Instant.now());
            recentAlerts.put(alert.id(), alert);
            context.forward(new Record<String, Object>(state.pair(), alert, timestamp), alertsSink);
        }
    }

    private void publishScore(PairScore score, long timestamp, long wallClock) {
        pending.remove(score.pair());
        lastEmitted.put(score.pair(), wallClock);
        context.forward(new Record<String, Object>(score.pair(), score, timestamp), scoresSink);
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
