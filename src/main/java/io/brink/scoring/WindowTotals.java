package io.brink.scoring;

/**
 * A pair's memory of how much one kind of event adds up to per window-long period (a day with the
 * default 24 h window): an exponentially weighted mean and variance of the totals of completed
 * periods, folded in as event time passes period boundaries (periods without events count as
 * zeros). Unlike hourly sums, day-long totals carry the day-to-day swings of news volume, which
 * is bursty and over-dispersed. Immutable.
 *
 * @param period  the epoch period (epoch seconds / window length) currently being filled
 * @param current the index summed so far in that period
 * @param weight  the weight of the completed periods folded in: each counts 1 when folded and
 *                fades by the period decay, so this is the pair's days of history (at most
 *                1 / (1 − decay), about 44 with a 30-day half-life)
 * @param mean    weighted mean of completed periods' totals
 * @param m2      weighted sum of squared deviations from the mean (variance × weight)
 */
public record WindowTotals(long period, double current, double weight, double mean, double m2) {

    /**
     * At most this many periods are folded one by one; totals further behind (a pair silent for
     * longer, or periods counted in another window length) start afresh: their memory has faded.
     */
    static final int MAX_FOLD = 400;

    /** The per-period decay factor of a memory with this half-life, for periods {@code window} long. */
    public static double periodDecay(java.time.Duration halfLife, java.time.Duration window) {
        return Math.pow(0.5, (double) window.toSeconds() / halfLife.toSeconds());
    }

    /**
     * The period of totals that have not begun: a state written before Brink kept window totals.
     * They begin at the first period they are moved to.
     */
    public static final long UNSTARTED = Long.MIN_VALUE;

    public static WindowTotals start(long period) {
        return new WindowTotals(period, 0, 0, 0, 0);
    }

    /** Adds {@code amount} observed in {@code eventPeriod}; amounts of earlier periods do not rewrite history. */
    public WindowTotals add(long eventPeriod, double amount) {
        if (eventPeriod != period || amount == 0) {
            return this;
        }
        return new WindowTotals(period, current + amount, weight, mean, m2);
    }

    /**
     * Folds the completed periods up to {@code newPeriod}: the current total, counted at most
     * {@code cap} (so that one crisis does not teach the pair that crises are ordinary), then a
     * zero for every empty period between. A weighted Welford update in which older periods
     * fade by {@code decay}.
     */
    public WindowTotals advanceTo(long newPeriod, double decay, double cap) {
        if (newPeriod <= period) {
            return this;
        }
        if (period == UNSTARTED || newPeriod - period > MAX_FOLD) {
            return start(newPeriod);
        }
        double w = weight;
        double m = mean;
        double s = m2;
        double y = Math.min(current, cap);
        for (long i = period; i < newPeriod; i++) {
            w = decay * w + 1;
            double before = m;
            m += (y - before) / w;
            s = decay * s + (y - before) * (y - m);
            y = 0;
        }
        return new WindowTotals(newPeriod, 0, w, m, Math.max(0, s));
    }

    /** The weighted sample variance of the completed periods' totals; 0 with less than two periods. */
    public double variance() {
        return weight > 1 ? m2 / (weight - 1) : 0;
    }
}
