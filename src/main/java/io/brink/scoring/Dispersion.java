package io.brink.scoring;

/**
 * The anomaly test's yardstick: what a pair's window ordinarily holds of one {@link Tier} and how
 * much that varies, learned from the pair's own window-long totals and blended with a prior while
 * the pair has little history. News volume is bursty and over-dispersed: a pair reported a few
 * times a day swings from day to day far more than independent hours would make it, so the
 * variance of its own daily totals, not the hourly one, says what an ordinary day is.
 *
 * <p>With n days of history (weights fading with the baseline's half-life), own mean m̂ and
 * sample variance s² of daily totals, and the variance P the window would have if its hours were
 * independent (hourly variance × window hours + {@link #PRIOR_VARIANCE}; the Poisson variance):
 * <pre>
 *   ν        = {@link #PRIOR_DAYS} × (what is left of the first day's weight)    the prior's days, fading
 *   expected = n m̂ / (n + ν)                                                    shrunk to 0 while young
 *   prior    = P + expected² / {@link #PRIOR_SHAPE}                              negative binomial, k = 4
 *   variance = max(P, (ν prior + (n − 1) s²) / (ν + n − 1))
 *   skew     = min(2, 2 √(variance − P) / expected)                        twice the CV of the excess
 * </pre>
 * A pair met cold ({@link PairState#metCold()}: first seen before its scorer had watched the news
 * for {@link ScoringConfig#coldWindows()} windows) is not shrunk to 0: the quiet days the prior stands for are days Brink never saw,
 * so its expected is its own mean m̂ from its first completed window on. The prior still shapes
 * its variance.
 *
 * <p>Over-dispersed totals are skewed to the right (a gamma-mixed Poisson), so the alert's
 * threshold is the Cornish-Fisher quantile expected + sd × (z + skew (z² − 1) / 6) rather than
 * the normal one; z is reported on that scale. Where nothing is learned beyond P (a new or quiet
 * pair) the skew is 0 and the test is the normal one. The threshold never falls below the
 * Poisson one. Pure.
 */
public final class Dispersion {

    /**
     * Variance granted to every pair on top of its own history, so that one strong event on a pair
     * never seen before does not look like an outlier of infinite z (a global prior).
     */
    static final double PRIOR_VARIANCE = 9.0;
    /** The prior counts as this many days of history seen when the pair first appeared; it fades like them. */
    static final double PRIOR_DAYS = 7;
    /** Shape k of the prior's negative-binomial variance, mean + mean²/k: a day varies by about half its mean. */
    static final double PRIOR_SHAPE = 4;

    /**
     * A window more than this many times the pair's expected is a burst, not an ordinary window
     * (news volume varies a lot, but a day two and a half times the usual is already rare; the
     * scorer's tests hold an ordinary day below it).
     */
    static final double BURST = 2.5;

    /** Largest skew allowed: day-to-day swings no heavier-tailed than an exponential's (k = 1). */
    static final double MAX_SKEW = 2;

    /** Expected window index, its variance, and the skewness of its over-dispersed part. */
    public record Estimate(double expected, double variance, double skew) {

        public double stddev() {
            return Math.sqrt(variance);
        }

        /**
         * How far {@code index} lies above the expected, in standard deviations of a normal
         * variable with the same tail: the plain z up to 1, then the z whose Cornish-Fisher
         * quantile is {@code index} (at most the plain z).
         */
        public double z(double index) {
            double d = (index - expected) / stddev();
            if (d <= 1 || skew <= 0) {
                return d;
            }
            double a = skew / 6;
            return (Math.sqrt(1 + 4 * a * (a + d)) - 1) / (2 * a);
        }

        /** The index at which z reaches {@code z}. */
        public double threshold(double z) {
            double a = z > 1 ? skew / 6 : 0;
            return expected + stddev() * (z + a * (z * z - 1));
        }

        /** The estimate of a sum of two independent indices (third cumulants add too). */
        public Estimate plus(Estimate other) {
            double v = variance + other.variance;
            double third = skew * Math.pow(variance, 1.5) + other.skew * Math.pow(other.variance, 1.5);
            return new Estimate(expected + other.expected, v, v > 0 ? third / Math.pow(v, 1.5) : 0);
        }
    }

    private final double windowHours;
    private final double periodDecay;
    private final long periodSeconds;
    /** A completed day is learned at most this many standard deviations above the expected. */
    private final double learnLimit;
    private final int coldWindows;
    /** What {@link #coldWindows} completed windows weigh in a memory, each faded by the period decay. */
    private final double coldWeight;

    public Dispersion(ScoringConfig config) {
        this.windowHours = config.window().toSeconds() / 3600.0;
        this.periodSeconds = config.window().toSeconds();
        this.periodDecay = WindowTotals.periodDecay(config.halfLife(), config.window());
        this.learnLimit = 2 * Math.max(config.zThreshold(), 1);
        this.coldWindows = config.coldWindows();
        this.coldWeight = (1 - Math.pow(periodDecay, coldWindows)) / (1 - periodDecay);
    }

    public double periodDecay() {
        return periodDecay;
    }

    /** The epoch period (window-long, a UTC day by default) holding {@code epochSecond}. */
    public long period(long epochSecond) {
        return Math.floorDiv(epochSecond, periodSeconds);
    }

    /** The window's variance if the pair's hours were independent at its hourly rate and spread. */
    public double poissonVariance(Baseline hourly) {
        return hourly.var() * windowHours + PRIOR_VARIANCE;
    }

    public Estimate estimate(PairState.Memory memory) {
        return estimate(memory, false);
    }

    /** The estimate of a pair's memory; {@code metCold}: see {@link PairState#metCold()}. */
    public Estimate estimate(PairState.Memory memory, boolean metCold) {
        WindowTotals t = memory.windows();
        double n = t.weight();
        double priorDays = PRIOR_DAYS * Math.max(0, 1 - n * (1 - periodDecay));
        double quietDays = metCold ? 0 : priorDays;
        double expected = n > 0 ? n * t.mean() / (n + quietDays) : 0;
        double poisson = poissonVariance(memory.hourly());
        double prior = poisson + expected * expected / PRIOR_SHAPE;
        double dof = Math.max(0, n - 1);
        double blended = priorDays + dof > 0 ? (priorDays * prior + dof * t.variance()) / (priorDays + dof) : prior;
        double variance = Math.max(poisson, blended);
        double excess = variance - poisson;
        double skew = excess > 0 && expected > 0 ? Math.min(MAX_SKEW, 2 * Math.sqrt(excess) / expected) : 0;
        return new Estimate(expected, variance, skew);
    }

    /**
     * A pair met cold that has not yet learned {@link ScoringConfig#coldWindows()} completed
     * windows: it may not alert. Its memory's weight counts them, each faded by the period decay
     * since ({@code 1 + decay} after two), so the test is against what that many windows weigh.
     */
    public boolean learning(PairState.Memory memory, boolean metCold) {
        WindowTotals windows = memory.windows();
        if (!metCold || windows.weight() >= coldWeight - 1e-9) {
            return false;
        }
        // A pair that has been watched for a whole window with none of this index is no war under
        // way: Brink has seen it quiet, as it sees a pair first met later. Cambodia and Thailand
        // reported only in talks on the stream's second day, then shelling each other on its
        // third, alert at once, not when a second window has been learned.
        return windows.weight() < 1 - 1e-9 || windows.mean() > 0;
    }

    /**
     * The most a completed day may teach: its total beyond {@link #learnLimit} standard deviations
     * (twice the alert's z, without the skew's allowance) is a crisis, not an ordinary day, and
     * counts as that bound, so one war day does not hide the next (as outbreak detectors
     * down-weight past outbreaks).
     */
    public double learnCap(PairState.Memory memory, boolean metCold) {
        double n = memory.windows().weight();
        if (metCold && n < 1 && coldWindows > 0) {
            // The first window of a pair met cold is its level as Brink found it, not a crisis to cap.
            return Double.MAX_VALUE;
        }
        Estimate usual = estimate(memory, metCold);
        double cap = usual.expected() + learnLimit * usual.stddev();
        if (learning(memory, metCold)) {
            // While it learns, a pair met cold cannot alert, so a crisis that begins on its second
            // day would be learned as its level: a day above a burst over the first (more than
            // BURST times it, beyond the global prior's spread) is learned as that bound. Not the
            // hours' own variance: the crisis hours themselves have raised it by then.
            cap = Math.min(cap, BURST * usual.expected() + learnLimit * Math.sqrt(PRIOR_VARIANCE));
        }
        return cap;
    }
}
