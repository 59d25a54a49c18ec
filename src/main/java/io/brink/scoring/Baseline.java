package io.brink.scoring;

/**
 * A pair's memory of how much it usually sees per hour: an exponentially decayed mean and variance
 * of hourly index sums, folded in as event time passes hour boundaries (hours without events count
 * as zeros). Immutable.
 *
 * @param hour    the epoch hour currently being filled
 * @param current the index summed so far in that hour
 * @param mean    decayed mean of completed hours
 * @param var     decayed variance of completed hours
 * @param hours   completed hours folded in so far (capped), so a young pair can lean on the prior
 */
public record Baseline(long hour, double current, double mean, double var, long hours) {

    /** At most this many empty hours are folded one by one; beyond that the memory is simply faded. */
    private static final int MAX_FOLD = 24 * 90;

    /** The per-hour decay factor of a memory with this half-life. */
    public static double hourlyDecay(java.time.Duration halfLife) {
        return Math.pow(0.5, 1.0 / (halfLife.toMinutes() / 60.0));
    }

    public static Baseline start(long hour) {
        return new Baseline(hour, 0, 0, 0, 0);
    }

    /** Adds {@code amount} observed in {@code eventHour}; late amounts (earlier hours) do not rewrite history. */
    public Baseline add(long eventHour, double amount, double hourlyDecay) {
        Baseline b = advanceTo(eventHour, hourlyDecay);
        if (eventHour < b.hour) {
            return b;
        }
        return new Baseline(b.hour, b.current + amount, b.mean, b.var, b.hours);
    }

    /** Folds completed hours up to {@code hour}. */
    public Baseline advanceTo(long newHour, double hourlyDecay) {
        if (newHour <= hour) {
            return this;
        }
        double m = mean;
        double v = var;
        long gap = newHour - hour;
        double x = current;
        long steps = Math.min(gap, MAX_FOLD);
        for (long i = 0; i < steps; i++) {
            double diff = x - m;
            double incr = (1 - hourlyDecay) * diff;
            m += incr;
            v = hourlyDecay * (v + diff * incr);
            x = 0;
        }
        return new Baseline(newHour, 0, m, v, Math.min(hours + gap, 1_000_000));
    }

    /** Expected index over {@code windowHours} and its standard deviation, blended with a prior. */
    public double expected(double windowHours) {
        return mean * windowHours;
    }

    public double stddev(double windowHours, double priorVariance) {
        return Math.sqrt(var * windowHours + priorVariance);
    }
}
