package io.brink.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import io.brink.coding.EventCoder;
import io.brink.model.Article;
import io.brink.model.CodedEvent;
import io.brink.model.PairScore;
import io.brink.scoring.AlertRule;
import io.brink.scoring.PairScorer;
import io.brink.scoring.PairState;
import io.brink.scoring.ScoringConfig;

/**
 * Scorer throughput on one thread, in events per second: the events the coder finds in the 3 KB
 * benchmark articles, folded into per-pair state, scored and checked against the alert rule, as
 * the score processor does for each event (without the state store's serialisation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScorerBenchmark {

    static final int EVENTS = 1_000;

    private final PairScorer scorer = new PairScorer(ScoringConfig.defaults());
    private final AlertRule rule = new AlertRule(scorer);
    private List<CodedEvent> events;

    @Setup
    public void load() throws IOException {
        List<CodedEvent> all = new ArrayList<>();
        long hour = 0;
        for (Article a : CoderBenchmark.threeKilobyteArticles(40_000)) {
            // Spread the events over days of event time, as a live feed would.
            Article dated = new Article(a.id(), a.url(), a.source(),
                    java.time.Instant.parse("2026-11-02T00:00:00Z").plusSeconds(hour++ * 600), null, a.text(), "en");
            all.addAll(EventCoder.standard().code(dated));
        }
        events = new ArrayList<>();
        for (int i = 0; events.size() < EVENTS; i++) {
            events.add(all.get(i % all.size()));
        }
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public void scoreEvents(Blackhole sink) {
        Map<String, PairState> states = new HashMap<>();
        for (CodedEvent e : events) {
            String pair = e.pair().key();
            PairState s = scorer.update(states.get(pair), e);
            PairScore score = scorer.score(s);
            AlertRule.Outcome outcome = rule.evaluate(s, score);
            states.put(pair, outcome.state());
            sink.consume(outcome.alerts());
        }
    }
}
