package io.brink.scoring;

import java.time.Instant;
import java.util.List;

import io.brink.model.Alert;
import io.brink.model.Evidence;
import io.brink.model.Polarity;

/**
 * Everything Brink remembers about one pair between events, bounded whatever the volume: the
 * window as 15-minute buckets, the fingerprints of recent stories (to recognise syndicated
 * copies), the strongest sentences as evidence candidates, what the pair usually sees of each
 * {@link Tier}, when it was last in tension, and the open alerts. Immutable; kept in a state store
 * keyed by pair.
 *
 * @param now     the latest event time seen for the pair
 * @param outlets the outlets behind the window's events, at most {@link #MAX_OUTLETS}; a bucket
 *                names its outlets by their bit in this list, so the state holds each name once
 *                however many quarter hours it appears in (the state is written on every event)
 * @param buckets the window's quarter hours that had events, oldest first, one per start
 * @param tension the latest event time at which the pair was in tension (escalation or
 *                de-escalation proper in its window of at least the resolve level of an alert);
 *                null if never. Cooperation raises a de-escalation alert only within
 *                {@link ScoringConfig#tensionLookback()} of it.
 * @param metCold the pair's first event came while its scorer had watched the news for less
 *                than {@link ScoringConfig#coldWindows()} windows: Brink does not know what the pair
 *                saw before, so its level then may be old news (a war already under way when
 *                Brink started). Such a pair learns that many windows before it can alert, and
 *                its yardstick is not shrunk towards quiet days Brink never watched (see
 *                {@link Dispersion}).
 */
public record PairState(String pair, Instant now, List<String> outlets, List<Bucket> buckets, List<Story> stories,
                        List<Contribution> evidence, Memory escalationMemory, Memory deescalationMemory,
                        Memory cooperationMemory, Instant tension, OpenAlert escalationAlert,
                        OpenAlert deescalationAlert, boolean metCold) {

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
     * |weight| × confidence; events are counted per {@link Tier} and per direction (copies
     * included), magnitudes per tier and direction, A→B being from the alphabetically first
     * country; the outlets of each tier are bit masks over the state's {@link PairState#outlets()}.
     * De-escalation here is de-escalation proper; cooperation has fields of its own.
     */
    public record Bucket(long start, double escalation, double deescalation, double cooperation,
                         int escalationEvents, int deescalationEvents, int cooperationEvents, int eventsAToB,
                         int eventsBToA, double escalationAToB, double escalationBToA, double deescalationAToB,
                         double deescalationBToA, double cooperationAToB, double cooperationBToA,
                         long escalationOutlets, long deescalationOutlets, long cooperationOutlets, int copies) {

        static Bucket empty(long start) {
            return new Bucket(start, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0L, 0L, 0L, 0);
        }

        /** The outlets behind this quarter hour's events of {@code tier}. */
        long outlets(Tier tier) {
            return switch (tier) {
                case ESCALATION -> escalationOutlets;
                case DEESCALATION -> deescalationOutlets;
                case COOPERATION -> cooperationOutlets;
            };
        }

        /** Magnitude of {@code tier} running A→B ({@code aToB}) or B→A. */
        double magnitude(Tier tier, boolean aToB) {
            return switch (tier) {
                case ESCALATION -> aToB ? escalationAToB : escalationBToA;
                case DEESCALATION -> aToB ? deescalationAToB : deescalationBToA;
                case COOPERATION -> aToB ? cooperationAToB : cooperationBToA;
            };
        }
    }

    /**
     * What the pair usually sees of one {@link Tier}: hourly sums (the variance the window would
     * have if its hours were independent) and window-long totals (how much whole days vary).
     */
    public record Memory(Baseline hourly, WindowTotals windows) {

        public static Memory start(long hour, long period) {
            return new Memory(Baseline.start(hour), WindowTotals.start(period));
        }
    }

    /** A story already counted: later copies (same fingerprint, signal and actor) add sources, not weight. */
    public record Story(long fingerprint, long at, String signal, String src) {
    }

    /** One coded event's share of the score, kept while it may be among the strongest evidence. */
    public record Contribution(Instant at, String outlet, String src, Polarity polarity, double magnitude,
                               Evidence evidence) {

        Tier tier() {
            return Tier.of(polarity, evidence == null ? null : evidence.signal());
        }
    }

    /**
     * An alert that fired and has not resolved; {@code peak} is the index it last reported;
     * {@code lastHot} the latest event time at which it was above its resolve bounds.
     */
    public record OpenAlert(String id, Instant firstSeen, Instant lastEmitted, Alert.Severity severity,
                            double peak, Instant lastHot) {

        OpenAlert hotAt(Instant now) {
            return new OpenAlert(id, firstSeen, lastEmitted, severity, peak, now);
        }
    }

    PairState withAlerts(Instant tension, OpenAlert escalation, OpenAlert deescalation) {
        return new PairState(pair, now, outlets, buckets, stories, evidence, escalationMemory, deescalationMemory,
                cooperationMemory, tension, escalation, deescalation, metCold);
    }

    /** What the pair usually sees of {@code tier}. */
    public Memory memory(Tier tier) {
        return switch (tier) {
            case ESCALATION -> escalationMemory;
            case DEESCALATION -> deescalationMemory;
            case COOPERATION -> cooperationMemory;
        };
    }

    OpenAlert openAlert(Alert.Kind kind) {
        return kind == Alert.Kind.ESCALATION ? escalationAlert : deescalationAlert;
    }
}
