package io.brink.scoring;

import java.time.Instant;
import java.util.List;

import io.brink.model.Alert;
import io.brink.model.Evidence;
import io.brink.model.Polarity;

/**
 * Everything Brink remembers about one pair between events, bounded whatever the volume: the
 * window as 15-minute buckets, the fingerprints of recent stories (to recognise syndicated
 * copies), the strongest sentences as evidence candidates, the baselines, and the open alerts.
 * Immutable; kept in a state store keyed by pair.
 *
 * @param now     the latest event time seen for the pair
 * @param outlets the outlets behind the window's events, at most {@link #MAX_OUTLETS}; a bucket
 *                names its outlets by their bit in this list, so the state holds each name once
 *                however many quarter hours it appears in (the state is written on every event)
 * @param buckets the window's quarter hours that had events, oldest first, one per start
 */
public record PairState(String pair, Instant now, List<String> outlets, List<Bucket> buckets, List<Story> stories,
                        List<Contribution> evidence, Baseline escalationBaseline, Baseline deescalationBaseline,
                        OpenAlert escalationAlert, OpenAlert deescalationAlert) {

    /** Distinct outlets a pair tells apart in its window: one bit each in a bucket's masks. */
    public static final int MAX_OUTLETS = Long.SIZE;

    public PairState {
        outlets = List.copyOf(outlets);
        if (outlets.size() > MAX_OUTLETS) {
            throw new IllegalArgumentException("at most " + MAX_OUTLETS + " outlets per pair, not " + outlets.size());
        }
        buckets = List.copyOf(buckets);
        stories = List.copyOf(stories);
        evidence = List.copyOf(evidence);
    }

    /**
     * Sums over a quarter hour starting at {@code start} (epoch seconds). Magnitudes are
     * |weight| × confidence; events are counted per polarity and per direction (copies included),
     * magnitudes per polarity and direction, A→B being from the alphabetically first country;
     * the outlets of each polarity are bit masks over the state's {@link PairState#outlets()}.
     */
    public record Bucket(long start, double escalation, double deescalation, int escalationEvents,
                         int deescalationEvents, int eventsAToB, int eventsBToA, double escalationAToB,
                         double escalationBToA, double deescalationAToB, double deescalationBToA,
                         long escalationOutlets, long deescalationOutlets, int copies) {

        static Bucket empty(long start) {
            return new Bucket(start, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0L, 0L, 0);
        }
    }

    /** A story already counted: later copies (same fingerprint, signal and actor) add sources, not weight. */
    public record Story(long fingerprint, long at, String signal, String src) {
    }

    /** One coded event's share of the score, kept while it may be among the strongest evidence. */
    public record Contribution(Instant at, String outlet, String src, Polarity polarity, double magnitude,
                               Evidence evidence) {
    }

    /** An alert that fired and has not resolved; {@code peak} is the index it last reported. */
    public record OpenAlert(String id, Instant firstSeen, Instant lastEmitted, Alert.Severity severity,
                            double peak) {
    }

    PairState withAlerts(OpenAlert escalation, OpenAlert deescalation) {
        return new PairState(pair, now, outlets, buckets, stories, evidence, escalationBaseline, deescalationBaseline,
                escalation, deescalation);
    }

    OpenAlert openAlert(Alert.Kind kind) {
        return kind == Alert.Kind.ESCALATION ? escalationAlert : deescalationAlert;
    }
}
