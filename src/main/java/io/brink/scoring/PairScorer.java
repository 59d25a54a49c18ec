package io.brink.scoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.brink.model.CodedEvent;
import io.brink.model.Evidence;
import io.brink.model.Pair;
import io.brink.model.PairScore;
import io.brink.model.Polarity;
import io.brink.model.Trend;

/**
 * Folds coded events into a pair's state and reads its score: escalation and de-escalation
 * indices over a sliding event-time window, direction split, distinct outlets, z-score against the
 * pair's decayed baseline, trend, and the strongest sentences as evidence. Pure functions.
 */
public final class PairScorer {

    /**
     * Variance granted to every pair on top of its own history, so that one strong event on a pair
     * never seen before does not look like an outlier of infinite z (a global prior).
     */
    static final double PRIOR_VARIANCE = 9.0;
    /** The last quarter of the window is compared with the rest to tell the trend. */
    private static final double TREND_RATIO = 1.5;

    private final ScoringConfig config;
    private final double hourlyDecay;

    public PairScorer(ScoringConfig config) {
        this.config = config;
        double halfLifeHours = config.halfLife().toMinutes() / 60.0;
        this.hourlyDecay = Math.pow(0.5, 1.0 / halfLifeHours);
    }

    public ScoringConfig config() {
        return config;
    }

    /** The state after {@code event}; {@code state} is null for a pair seen for the first time. */
    public PairState update(PairState state, CodedEvent event) {
        Instant at = event.published() != null ? event.published() : Instant.EPOCH;
        long hour = at.getEpochSecond() / 3600;
        PairState s = state != null ? state
                : new PairState(event.pair().key(), at, List.of(), Baseline.start(hour), Baseline.start(hour), null, null);
        Instant now = at.isAfter(s.now()) ? at : s.now();
        List<PairState.Contribution> recent = new ArrayList<>(s.recent());
        recent.add(new PairState.Contribution(at, event.outlet(), event.src(), event.polarity(), event.magnitude(),
                event.evidence()));
        boolean escalation = event.polarity() == Polarity.ESCALATION;
        Baseline esc = s.escalationBaseline().add(hour, escalation ? event.magnitude() : 0, hourlyDecay);
        Baseline de = s.deescalationBaseline().add(hour, escalation ? 0 : event.magnitude(), hourlyDecay);
        return new PairState(s.pair(), now, evict(recent, now), esc, de, s.escalationAlert(), s.deescalationAlert());
    }

    /** The state with event time moved on to {@code now}: old contributions leave the window. */
    public PairState advance(PairState s, Instant now) {
        if (!now.isAfter(s.now())) {
            return s;
        }
        long hour = now.getEpochSecond() / 3600;
        return new PairState(s.pair(), now, evict(s.recent(), now), s.escalationBaseline().advanceTo(hour, hourlyDecay),
                s.deescalationBaseline().advanceTo(hour, hourlyDecay), s.escalationAlert(), s.deescalationAlert());
    }

    public PairScore score(PairState s) {
        Pair pair = Pair.parse(s.pair());
        Instant windowStart = s.now().minus(config.window());
        double windowHours = config.window().toMinutes() / 60.0;
        double escalation = 0;
        double deescalation = 0;
        int aToB = 0;
        int bToA = 0;
        int escalationEvents = 0;
        int deescalationEvents = 0;
        Set<String> outlets = new HashSet<>();
        for (PairState.Contribution c : s.recent()) {
            if (c.polarity() == Polarity.ESCALATION) {
                escalation += c.magnitude();
                escalationEvents++;
            } else {
                deescalation += c.magnitude();
                deescalationEvents++;
            }
            if (pair.directionFrom(c.src()) == Pair.Direction.A_TO_B) {
                aToB++;
            } else {
                bToA++;
            }
            outlets.add(c.outlet());
        }
        Baseline base = s.escalationBaseline();
        double expected = base.expected(windowHours);
        double z = (escalation - expected) / base.stddev(windowHours, PRIOR_VARIANCE);
        return new PairScore(PairScore.SCHEMA_VERSION, s.pair(), windowStart, s.now(), round(escalation),
                round(deescalation), round(deescalation - escalation), round(expected), round(z), trend(s),
                aToB, bToA, escalationEvents, deescalationEvents, outlets.size(), evidence(s.recent(), null),
                s.now());
    }

    /** z of the de-escalation index against its own baseline. */
    public double deescalationZ(PairState s, double deescalation) {
        double windowHours = config.window().toMinutes() / 60.0;
        Baseline base = s.deescalationBaseline();
        return (deescalation - base.expected(windowHours)) / base.stddev(windowHours, PRIOR_VARIANCE);
    }

    public double deescalationExpected(PairState s) {
        return s.deescalationBaseline().expected(config.window().toMinutes() / 60.0);
    }

    /** Distinct outlets behind contributions of one polarity. */
    static int sources(PairState s, Polarity polarity) {
        Set<String> outlets = new HashSet<>();
        for (PairState.Contribution c : s.recent()) {
            if (c.polarity() == polarity) {
                outlets.add(c.outlet());
            }
        }
        return outlets.size();
    }

    /** The strongest sentences, at most one per article; {@code polarity} null means either. */
    List<Evidence> evidence(List<PairState.Contribution> recent, Polarity polarity) {
        List<PairState.Contribution> sorted = new ArrayList<>(recent);
        sorted.sort(Comparator.comparingDouble(PairState.Contribution::magnitude).reversed()
                .thenComparing(PairState.Contribution::at, Comparator.reverseOrder()));
        List<Evidence> out = new ArrayList<>();
        Set<String> seenSentences = new HashSet<>();
        for (PairState.Contribution c : sorted) {
            if (polarity != null && c.polarity() != polarity) {
                continue;
            }
            if (seenSentences.add(c.evidence().sentence())) {
                out.add(c.evidence());
                if (out.size() == config.evidenceSize()) {
                    break;
                }
            }
        }
        return out;
    }

    private Trend trend(PairState s) {
        Duration recentSpan = config.window().dividedBy(4);
        Instant recentStart = s.now().minus(recentSpan);
        double recentNet = 0;
        double olderNet = 0;
        for (PairState.Contribution c : s.recent()) {
            double signed = c.polarity() == Polarity.ESCALATION ? c.magnitude() : -c.magnitude();
            if (c.at().isAfter(recentStart)) {
                recentNet += signed;
            } else {
                olderNet += signed;
            }
        }
        double recentRate = recentNet;
        double olderRate = olderNet / 3; // the older part is three quarters of the window
        if (recentRate > olderRate * TREND_RATIO + 1) {
            return Trend.RISING;
        }
        if (recentRate < olderRate / TREND_RATIO - 1) {
            return Trend.FALLING;
        }
        return Trend.STEADY;
    }

    private List<PairState.Contribution> evict(List<PairState.Contribution> recent, Instant now) {
        Instant start = now.minus(config.window());
        List<PairState.Contribution> kept = new ArrayList<>(recent.size());
        for (PairState.Contribution c : recent) {
            if (c.at().isAfter(start)) {
                kept.add(c);
            }
        }
        if (kept.size() > config.maxEvents()) {
            kept.sort(Comparator.comparing(PairState.Contribution::at));
            kept = new ArrayList<>(kept.subList(kept.size() - config.maxEvents(), kept.size()));
        }
        return kept;
    }

    static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
