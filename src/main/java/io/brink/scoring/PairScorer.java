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
 * Folds coded events into a pair's state and reads its score: escalation, de-escalation (proper)
 * and cooperation indices over a sliding event-time window made of quarter-hour buckets (so the
 * 24 h window hops by 15 minutes, and the last hour is read from the same buckets), direction
 * split, distinct outlets, z-score against what the pair ordinarily sees ({@link Dispersion}),
 * trend, and the strongest sentences as evidence. Syndicated copies of a story already counted
 * add their outlet but no weight, so fifty copies weigh as much as one story. Pure functions;
 * state stays bounded whatever the volume.
 */
public final class PairScorer {

    /** The hop of the window: a pair's state sums events per quarter hour. */
    public static final Duration BUCKET = Duration.ofMinutes(15);
    static final long BUCKET_SECONDS = BUCKET.toSeconds();
    static final Duration SHORT_WINDOW = Duration.ofHours(1);
    /** Copies of a story published further apart than this are news again. */
    static final Duration STORY_MEMORY = Duration.ofHours(48);
    static final int MAX_STORIES = 300;
    /** The last quarter of the window is compared with the rest to tell the trend. */
    private static final double TREND_RATIO = 1.5;

    private final ScoringConfig config;
    private final double hourlyDecay;
    private final Dispersion dispersion;
    /**
     * The last sentence fingerprinted: an article's events from one sentence arrive one after
     * another, and hashing the sentence again for each was a visible share of the scoring time.
     * An immutable pair in a volatile field, so a scorer shared between threads stays correct.
     */
    private volatile Fingerprinted lastFingerprint = new Fingerprinted("", Fingerprint.of(""));

    private record Fingerprinted(String sentence, long fingerprint) {
    }

    public PairScorer(ScoringConfig config) {
        this.config = config;
        this.hourlyDecay = Baseline.hourlyDecay(config.halfLife());
        this.dispersion = new Dispersion(config);
    }

    public ScoringConfig config() {
        return config;
    }

    /** The state after {@code event}; {@code state} is null for a pair seen for the first time. */
    public PairState update(PairState state, CodedEvent event) {
        return update(state, event, false);
    }

    /**
     * As {@link #update(PairState, CodedEvent)}; a pair seen for the first time is met cold when
     * {@code cold} (its scorer has watched the news for less than {@link ScoringConfig#coldWindows()}
     * windows: see {@link PairState#metCold()}).
     */
    public PairState update(PairState state, CodedEvent event, boolean cold) {
        Instant at = eventTime(event);
        long hour = at.getEpochSecond() / 3600;
        long period = dispersion.period(at.getEpochSecond());
        PairState s = state != null ? state : new PairState(event.pair().key(), at, List.of(), List.of(), List.of(),
                List.of(), PairState.Memory.start(hour, period), PairState.Memory.start(hour, period),
                PairState.Memory.start(hour, period), null, null, null, cold);
        Instant now = at.isAfter(s.now()) ? at : s.now();
        long latest = dispersion.period(now.getEpochSecond());
        long fingerprint = fingerprint(event.sentence());
        boolean copy = isCopy(s.stories(), fingerprint, event, at);
        // A national non-state actor's act counts for its pair, at a fraction of a state's.
        double magnitude = copy ? 0 : event.isStateToState() ? event.magnitude()
                : event.magnitude() * config.nonstateWeight();
        boolean aToB = Pair.parse(s.pair()).directionFrom(event.src()) == Pair.Direction.A_TO_B;
        Tier tier = Tier.of(event.polarity(), event.signal());

        List<String> outlets = withOutlet(s.outlets(), s.buckets(), firstBucket(now, config.window()), event.outlet());
        int bit = event.outlet() == null ? -1 : outlets.indexOf(event.outlet());
        long outlet = bit < 0 ? 0L : 1L << bit;
        List<PairState.Bucket> buckets = addToBucket(s.buckets(), at, tier, magnitude, aToB, copy, outlet);
        List<PairState.Story> stories = s.stories();
        List<PairState.Contribution> evidence = s.evidence();
        if (!copy) {
            stories = appended(stories, new PairState.Story(fingerprint, at.getEpochSecond(), event.signal().name(),
                    event.src()));
            evidence = appended(evidence, new PairState.Contribution(at, event.outlet(), event.src(), event.polarity(),
                    magnitude, event.evidence()));
        }
        return trimmed(new PairState(s.pair(), now, outlets, buckets, stories, evidence,
                remember(s.escalationMemory(), hour, period, latest, tier == Tier.ESCALATION ? magnitude : 0, s.metCold()),
                remember(s.deescalationMemory(), hour, period, latest, tier == Tier.DEESCALATION ? magnitude : 0,
                        s.metCold()),
                remember(s.cooperationMemory(), hour, period, latest, tier == Tier.COOPERATION ? magnitude : 0,
                        s.metCold()),
                s.tension(), s.escalationAlert(), s.deescalationAlert(), s.metCold()));
    }

    /**
     * {@code memory} with {@code amount} added at {@code hour} and {@code period}, completed hours
     * and days folded in, {@code latest} being the period of the pair's latest event; itself when
     * nothing changes (an event adds to one tier: the other two cost nothing here).
     */
    private PairState.Memory remember(PairState.Memory memory, long hour, long period, long latest, double amount,
                                      boolean metCold) {
        Baseline hourly = memory.hourly();
        WindowTotals windows = memory.windows();
        if (amount == 0 && hour <= hourly.hour() && period <= windows.period()) {
            return memory;
        }
        if (windows.period() > latest) {
            // Ahead of the pair's latest event: counted in another window length (score.window
            // changed). Start afresh.
            windows = WindowTotals.start(latest);
        }
        if (period > windows.period()) {
            windows = windows.advanceTo(period, dispersion.periodDecay(), dispersion.learnCap(memory, metCold));
        }
        return new PairState.Memory(hourly.add(hour, amount, hourlyDecay), windows.add(period, amount));
    }

    /** {@code memory} with event time moved on to {@code hour} and {@code period}. */
    private PairState.Memory advance(PairState.Memory memory, long hour, long period, boolean metCold) {
        return remember(memory, hour, period, period, 0, metCold);
    }

    /**
     * True when {@code event} is a syndicated copy of a story already counted for its pair in
     * {@code state}: {@link #update} will add its outlet but no weight.
     */
    public boolean isCopy(PairState state, CodedEvent event) {
        return state != null && isCopy(state.stories(), fingerprint(event.sentence()), event, eventTime(event));
    }

    private long fingerprint(String sentence) {
        Fingerprinted last = lastFingerprint;
        if (!last.sentence().equals(sentence)) {
            last = new Fingerprinted(sentence, Fingerprint.of(sentence));
            lastFingerprint = last;
        }
        return last.fingerprint();
    }

    /** Events of the pair in the quarter hours of {@code hour} (epoch hours). */
    public static int eventsInHour(PairState state, long hour) {
        int n = 0;
        if (state != null) {
            long start = hour * 3600;
            for (PairState.Bucket b : state.buckets()) {
                if (b.start() >= start && b.start() < start + 3600) {
                    n += b.escalationEvents() + b.deescalationEvents() + b.cooperationEvents();
                }
            }
        }
        return n;
    }

    /** True when {@code event} falls behind the window of its pair: it reaches the baseline, not the score. */
    public boolean isLate(PairState state, CodedEvent event) {
        return state != null && eventTime(event).getEpochSecond() < firstBucket(state.now(), config.window());
    }

    /** The state with event time moved on to {@code now}: old buckets and stories leave. */
    public PairState advance(PairState s, Instant now) {
        if (!now.isAfter(s.now())) {
            return s;
        }
        long hour = now.getEpochSecond() / 3600;
        long period = dispersion.period(now.getEpochSecond());
        return trimmed(new PairState(s.pair(), now, s.outlets(), s.buckets(), s.stories(), s.evidence(),
                advance(s.escalationMemory(), hour, period, s.metCold()),
                advance(s.deescalationMemory(), hour, period, s.metCold()),
                advance(s.cooperationMemory(), hour, period, s.metCold()), s.tension(), s.escalationAlert(),
                s.deescalationAlert(), s.metCold()));
    }

    public PairScore score(PairState s) {
        Instant windowStart = Instant.ofEpochSecond(firstBucket(s.now(), config.window()));
        long shortStart = firstBucket(s.now(), SHORT_WINDOW);
        double escalation = 0;
        double deescalation = 0;
        double cooperation = 0;
        double lastHourEscalation = 0;
        double lastHourDeescalation = 0;
        double lastHourCooperation = 0;
        int aToB = 0;
        int bToA = 0;
        int escalationEvents = 0;
        int deescalationEvents = 0;
        int cooperationEvents = 0;
        int copies = 0;
        long outlets = 0;
        // The trend compares the window's last quarter with the three before it (see trend()).
        long recentStart = firstBucket(s.now(), config.window().dividedBy(4));
        double recentNet = 0;
        double olderNet = 0;
        for (PairState.Bucket b : s.buckets()) {
            escalation += b.escalation();
            deescalation += b.deescalation();
            cooperation += b.cooperation();
            if (b.start() >= recentStart) {
                recentNet += b.escalation() - b.deescalation();
            } else {
                olderNet += b.escalation() - b.deescalation();
            }
            if (b.start() >= shortStart) {
                lastHourEscalation += b.escalation();
                lastHourDeescalation += b.deescalation();
                lastHourCooperation += b.cooperation();
            }
            escalationEvents += b.escalationEvents();
            deescalationEvents += b.deescalationEvents();
            cooperationEvents += b.cooperationEvents();
            aToB += b.eventsAToB();
            bToA += b.eventsBToA();
            copies += b.copies();
            outlets |= b.escalationOutlets() | b.deescalationOutlets() | b.cooperationOutlets();
        }
        Dispersion.Estimate usual = estimate(s, Tier.ESCALATION);
        return new PairScore(PairScore.SCHEMA_VERSION, s.pair(), windowStart, s.now(), round(escalation),
                round(deescalation), round(cooperation), round(deescalation - escalation), round(usual.expected()),
                round(usual.z(escalation)), trend(recentNet, olderNet),
                aToB, bToA, escalationEvents, deescalationEvents, cooperationEvents, Long.bitCount(outlets),
                evidence(s, null, false), round(lastHourEscalation), round(lastHourDeescalation),
                round(lastHourCooperation), copies, s.now());
    }

    /** What the pair's window ordinarily holds of {@code tier}, and how much that varies. */
    public Dispersion.Estimate estimate(PairState s, Tier tier) {
        return dispersion.estimate(s.memory(tier), s.metCold());
    }

    /** The pair was met cold and is still learning its {@code tier}: it may not alert on it yet. */
    public boolean learning(PairState s, Tier tier) {
        return dispersion.learning(s.memory(tier), s.metCold());
    }

    /** z of a de-escalation (proper) index against what the pair ordinarily sees. */
    public double deescalationZ(PairState s, double deescalation) {
        return estimate(s, Tier.DEESCALATION).z(deescalation);
    }

    /** Distinct outlets behind events of the given tiers in the window, copies included. */
    static int sources(PairState s, Tier tier, boolean withCooperation) {
        long outlets = 0;
        for (PairState.Bucket b : s.buckets()) {
            outlets |= b.outlets(tier) | (withCooperation ? b.cooperationOutlets() : 0L);
        }
        return Long.bitCount(outlets);
    }

    /** The bits of the outlets that some bucket from {@code windowStart} on still names. */
    private static long outletsInUse(List<PairState.Bucket> buckets, long windowStart) {
        long inUse = 0;
        for (PairState.Bucket b : buckets) {
            if (b.start() >= windowStart) {
                inUse |= b.escalationOutlets() | b.deescalationOutlets();
            }
        }
        return inUse;
    }

    /**
     * The outlet list with {@code outlet} in it: appended while there is room, else in the place
     * of an outlet no bucket of the window (from {@code windowStart}) names any more. When all
     * {@link PairState#MAX_OUTLETS} are in use the list stays as it is and the outlet goes
     * uncounted: sources saturate there. A known outlet, the common case, costs one scan of the list.
     */
    private static List<String> withOutlet(List<String> outlets, List<PairState.Bucket> buckets, long windowStart,
                                           String outlet) {
        if (outlet == null || outlets.contains(outlet)) {
            return outlets;
        }
        List<String> out = new ArrayList<>(outlets);
        if (out.size() < PairState.MAX_OUTLETS) {
            out.add(outlet);
            return out;
        }
        int free = Long.numberOfTrailingZeros(~outletsInUse(buckets, windowStart));
        if (free >= PairState.MAX_OUTLETS) {
            return outlets;
        }
        out.set(free, outlet);
        return out;
    }

    /** Magnitude of the given tiers running A→B (first) and B→A (second) in the window. */
    static double[] directions(PairState s, Tier tier, boolean withCooperation) {
        double aToB = 0;
        double bToA = 0;
        for (PairState.Bucket b : s.buckets()) {
            aToB += b.magnitude(tier, true) + (withCooperation ? b.cooperationAToB() : 0);
            bToA += b.magnitude(tier, false) + (withCooperation ? b.cooperationBToA() : 0);
        }
        return new double[] {aToB, bToA};
    }

    /**
     * The strongest sentences in the window, one each, of {@code tier} (and of cooperation too
     * when {@code withCooperation}); {@code tier} null means any.
     */
    List<Evidence> evidence(PairState s, Tier tier, boolean withCooperation) {
        // The state keeps its evidence strongest first (see strongest()), so this runs on every
        // event without sorting; a list out of order is still sorted.
        List<PairState.Contribution> sorted = s.evidence();
        if (!inOrder(sorted)) {
            sorted = new ArrayList<>(sorted);
            sorted.sort(STRONGEST_FIRST);
        }
        List<Evidence> out = new ArrayList<>();
        Set<String> seenSentences = new HashSet<>();
        for (PairState.Contribution c : sorted) {
            Tier t = tier == null ? null : c.tier();
            boolean wanted = tier == null || t == tier || (withCooperation && t == Tier.COOPERATION);
            if (wanted && seenSentences.add(c.evidence().sentence())) {
                out.add(c.evidence());
                if (out.size() == config.evidenceSize()) {
                    break;
                }
            }
        }
        return out;
    }

    private static boolean inOrder(List<PairState.Contribution> evidence) {
        for (int i = 1; i < evidence.size(); i++) {
            if (STRONGEST_FIRST.compare(evidence.get(i - 1), evidence.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    private static final Comparator<PairState.Contribution> STRONGEST_FIRST =
            Comparator.comparingDouble(PairState.Contribution::magnitude).reversed()
                    .thenComparing(PairState.Contribution::at, Comparator.reverseOrder());

    private List<PairState.Bucket> addToBucket(List<PairState.Bucket> buckets, Instant at, Tier tier,
                                               double magnitude, boolean aToB, boolean copy, long outlet) {
        long start = Math.floorDiv(at.getEpochSecond(), BUCKET_SECONDS) * BUCKET_SECONDS;
        int n = buckets.size();
        PairState.Bucket last = n == 0 ? null : buckets.get(n - 1);
        if (last == null || last.start() <= start) {
            // Nearly every event falls in the latest quarter hour or a new one after it (buckets
            // are kept oldest first): copy the list without reading the other buckets.
            List<PairState.Bucket> out = new ArrayList<>(n + 1);
            out.addAll(buckets);
            if (last != null && last.start() == start) {
                out.set(n - 1, add(last, tier, magnitude, aToB, copy, outlet));
            } else {
                out.add(add(PairState.Bucket.empty(start), tier, magnitude, aToB, copy, outlet));
            }
            return out;
        }
        List<PairState.Bucket> out = new ArrayList<>(n + 1);
        boolean added = false;
        for (PairState.Bucket b : buckets) {
            if (!added && b.start() > start) {
                out.add(add(PairState.Bucket.empty(start), tier, magnitude, aToB, copy, outlet));
                added = true;
            }
            if (b.start() == start) {
                out.add(add(b, tier, magnitude, aToB, copy, outlet));
                added = true;
            } else {
                out.add(b);
            }
        }
        if (!added) {
            out.add(add(PairState.Bucket.empty(start), tier, magnitude, aToB, copy, outlet));
        }
        return out;
    }

    private static PairState.Bucket add(PairState.Bucket b, Tier tier, double m, boolean aToB, boolean copy,
                                        long outlet) {
        boolean esc = tier == Tier.ESCALATION;
        boolean de = tier == Tier.DEESCALATION;
        boolean co = tier == Tier.COOPERATION;
        return new PairState.Bucket(b.start(),
                b.escalation() + (esc ? m : 0), b.deescalation() + (de ? m : 0), b.cooperation() + (co ? m : 0),
                b.escalationEvents() + (esc ? 1 : 0), b.deescalationEvents() + (de ? 1 : 0),
                b.cooperationEvents() + (co ? 1 : 0),
                b.eventsAToB() + (aToB ? 1 : 0), b.eventsBToA() + (aToB ? 0 : 1),
                b.escalationAToB() + (esc && aToB ? m : 0), b.escalationBToA() + (esc && !aToB ? m : 0),
                b.deescalationAToB() + (de && aToB ? m : 0), b.deescalationBToA() + (de && !aToB ? m : 0),
                b.cooperationAToB() + (co && aToB ? m : 0), b.cooperationBToA() + (co && !aToB ? m : 0),
                b.escalationOutlets() | (esc ? outlet : 0L), b.deescalationOutlets() | (de ? outlet : 0L),
                b.cooperationOutlets() | (co ? outlet : 0L), b.copies() + (copy ? 1 : 0));
    }

    private static boolean isCopy(List<PairState.Story> stories, long fingerprint, CodedEvent e, Instant at) {
        long memory = STORY_MEMORY.toSeconds();
        for (PairState.Story st : stories) {
            if (Fingerprint.near(st.fingerprint(), fingerprint) && st.signal().equals(e.signal().name())
                    && st.src().equals(e.src()) && Math.abs(at.getEpochSecond() - st.at()) <= memory) {
                return true;
            }
        }
        return false;
    }

    /**
     * Drops what left the window, stories beyond their memory, and all but the strongest evidence.
     * A list with nothing to drop is kept as it is (states are immutable), so the common event,
     * which drops nothing, copies nothing here: this runs on every event.
     */
    private PairState trimmed(PairState s) {
        long windowStart = firstBucket(s.now(), config.window());
        List<PairState.Bucket> buckets = inWindow(s.buckets(), windowStart);
        long storyStart = s.now().minus(STORY_MEMORY).getEpochSecond();
        List<PairState.Story> stories = kept(s.stories(), st -> st.at() >= storyStart);
        if (stories.size() > MAX_STORIES) {
            stories = stories.subList(stories.size() - MAX_STORIES, stories.size());
        }
        List<PairState.Contribution> evidence = strongest(kept(s.evidence(), c -> c.at().getEpochSecond() >= windowStart));
        if (buckets == s.buckets() && stories == s.stories() && evidence == s.evidence()) {
            return s;
        }
        return new PairState(s.pair(), s.now(), s.outlets(), buckets, stories, evidence, s.escalationMemory(),
                s.deescalationMemory(), s.cooperationMemory(), s.tension(), s.escalationAlert(), s.deescalationAlert(),
                s.metCold());
    }

    /**
     * The strongest candidates first, enough of each polarity that the top few survive the oldest
     * leaving the window; {@code evidence} itself when it is already that. De-escalation proper
     * and cooperation share the positive places: a ceasefire outweighs routine contacts, and a
     * third class would grow the list this runs over on every event by half.
     */
    private List<PairState.Contribution> strongest(List<PairState.Contribution> evidence) {
        int keep = config.evidenceSize() * 4;
        int esc = 0;
        int de = 0;
        boolean settled = true;
        for (int i = 0; i < evidence.size() && settled; i++) {
            settled = evidence.get(i).polarity() == Polarity.ESCALATION ? ++esc <= keep : ++de <= keep;
        }
        settled &= inOrder(evidence);
        if (settled) {
            return evidence;
        }
        List<PairState.Contribution> sorted = new ArrayList<>(evidence);
        sorted.sort(STRONGEST_FIRST);
        List<PairState.Contribution> out = new ArrayList<>();
        esc = 0;
        de = 0;
        for (PairState.Contribution c : sorted) {
            if (c.polarity() == Polarity.ESCALATION ? esc++ < keep : de++ < keep) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The buckets from {@code windowStart} on; {@code buckets} itself when all are. Buckets are
     * kept oldest first, so only those that leave are read.
     */
    private static List<PairState.Bucket> inWindow(List<PairState.Bucket> buckets, long windowStart) {
        int leaving = 0;
        while (leaving < buckets.size() && buckets.get(leaving).start() < windowStart) {
            leaving++;
        }
        return leaving == 0 ? buckets : new ArrayList<>(buckets.subList(leaving, buckets.size()));
    }

    /** The elements that pass {@code keep}, in order; {@code list} itself when all pass. */
    private static <T> List<T> kept(List<T> list, java.util.function.Predicate<T> keep) {
        for (int i = 0; i < list.size(); i++) {
            if (!keep.test(list.get(i))) {
                List<T> out = new ArrayList<>(list.subList(0, i));
                for (int j = i + 1; j < list.size(); j++) {
                    if (keep.test(list.get(j))) {
                        out.add(list.get(j));
                    }
                }
                return out;
            }
        }
        return list;
    }

    private static <T> List<T> appended(List<T> list, T element) {
        List<T> out = new ArrayList<>(list.size() + 1);
        out.addAll(list);
        out.add(element);
        return out;
    }

    /**
     * RISING when the net escalation of the window's last quarter ({@code recentNet}) outruns the
     * rate of the three quarters before it ({@code olderNet}), FALLING when it falls behind.
     */
    private static Trend trend(double recentNet, double olderNet) {
        double olderRate = olderNet / 3; // the older part is three quarters of the window
        if (recentNet > olderRate * TREND_RATIO + 1) {
            return Trend.RISING;
        }
        if (recentNet < olderRate / TREND_RATIO - 1) {
            return Trend.FALLING;
        }
        return Trend.STEADY;
    }

    /**
     * Start of the oldest quarter hour inside a window ending at {@code now}: the window is the
     * quarter hour holding {@code now} and those before it, {@code window} long in all.
     */
    static long firstBucket(Instant now, Duration window) {
        long current = Math.floorDiv(now.getEpochSecond(), BUCKET_SECONDS) * BUCKET_SECONDS;
        return current + BUCKET_SECONDS - window.toSeconds();
    }

    private static Instant eventTime(CodedEvent event) {
        return event.published() != null ? event.published() : Instant.EPOCH;
    }

    static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
