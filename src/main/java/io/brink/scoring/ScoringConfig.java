package io.brink.scoring;

import java.time.Duration;

/**
 * The knobs of scoring and alerting. Defaults: a 24 h window, a 30-day baseline half-life,
 * and an alert when a pair's index is at least 15 (about two strong events), 3 standard
 * deviations above its own history, reported by at least 2 outlets.
 *
 * @param window          length of the sliding event-time window a score covers
 * @param halfLife        half-life of the baseline's memory
 * @param minIndex        an alert needs at least this index (sum of |weight| × confidence)
 * @param zThreshold      … and at least this z-score against the pair's baseline
 * @param minSources      … and at least this many distinct outlets
 * @param resolveFraction an open alert resolves once the index falls below minIndex × this
 * @param cooldown        no more than one UPDATED message per alert within this much event time
 * @param evidenceSize    sentences kept as evidence on a score or alert
 * @param maxEvents       contributions kept per pair (oldest dropped first) so state stays bounded
 * @param tensionLookback cooperation counts toward a de-escalation alert while the pair was in
 *                        tension within this much event time (zero: only when it is in its window)
 * @param nonstateWeight  what an event with a national non-state actor on either side (rebels,
 *                        militants, settlers) weighs, as a fraction of a state's act, in [0, 1]
 * @param keepFiring      an open alert resolves only once it has been quiet (below the resolve
 *                        bounds) for this much event time, so a lull of a few hours in the
 *                        reporting of one crisis does not close it and open a second alert
 * @param coldWindows     a pair first seen before its scorer has watched the news this many
 *                        windows is met cold ({@link PairState#metCold()}): it learns that many
 *                        windows before it may alert; 0 meets no pair cold
 */
public record ScoringConfig(Duration window, Duration halfLife, double minIndex, double zThreshold,
                            int minSources, double resolveFraction, Duration cooldown, int evidenceSize,
                            int maxEvents, Duration tensionLookback, double nonstateWeight,
                            Duration keepFiring, int coldWindows) {

    /** The default {@link #tensionLookback()}: a month of memory for a crisis. */
    public static final Duration TENSION_LOOKBACK = Duration.ofDays(30);
    /**
     * The default {@link #nonstateWeight()}: a rebel raid matters to the pair, but it is not the
     * state's act, so two corroborated reports of it weigh as one state's.
     */
    public static final double NONSTATE_WEIGHT = 0.5;
    /**
     * The default {@link #keepFiring()}: a quarter of the window. Wire and agency reporting of a
     * crisis pauses for a few hours at night in the region or between news cycles; a quiet spell
     * that long is not the crisis ending.
     */
    public static final Duration KEEP_FIRING = Duration.ofHours(6);
    /**
     * The default {@link #coldWindows()}: two windows, one to learn a pair's level and one to see
     * how much it varies from one window to the next.
     */
    public static final int COLD_WINDOWS = 2;

    public static ScoringConfig defaults() {
        return new ScoringConfig(Duration.ofHours(24), Duration.ofDays(30), 12.0, 3.0, 2, 0.5,
                Duration.ofHours(1), 3, 500, TENSION_LOOKBACK, NONSTATE_WEIGHT, KEEP_FIRING, COLD_WINDOWS);
    }

    /** These settings with another tension lookback. */
    public ScoringConfig withTensionLookback(Duration lookback) {
        return new ScoringConfig(window, halfLife, minIndex, zThreshold, minSources, resolveFraction, cooldown,
                evidenceSize, maxEvents, lookback, nonstateWeight, keepFiring, coldWindows);
    }

    /** These settings with another {@link #coldWindows()} (0: no pair is met cold). */
    public ScoringConfig withColdWindows(int windows) {
        return new ScoringConfig(window, halfLife, minIndex, zThreshold, minSources, resolveFraction, cooldown,
                evidenceSize, maxEvents, tensionLookback, nonstateWeight, keepFiring, windows);
    }

    public ScoringConfig {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
        if (minSources < 1 || evidenceSize < 1 || maxEvents < 1) {
            throw new IllegalArgumentException("minSources, evidenceSize and maxEvents must be at least 1");
        }
        if (coldWindows < 0) {
            throw new IllegalArgumentException("coldWindows must not be negative");
        }
        if (keepFiring.isNegative()) {
            throw new IllegalArgumentException("keepFiring must not be negative");
        }
        if (tensionLookback.isNegative()) {
            throw new IllegalArgumentException("tensionLookback must not be negative");
        }
        if (nonstateWeight < 0 || nonstateWeight > 1) {
            throw new IllegalArgumentException("nonstateWeight must be in [0, 1]");
        }
        if (resolveFraction <= 0 || resolveFraction > 1) {
            throw new IllegalArgumentException("resolveFraction must be in (0, 1]");
        }
    }
}
