package io.brink.scoring;

import java.time.Duration;

/**
 * How much news there is: the decayed mean of coded events per hour across the pairs a scorer
 * sees. On a news-heavy day every pair collects incidental mentions; an event is then discounted
 * by the square root of how much busier than usual the <em>other</em> pairs are, so a pair's own
 * crisis (which makes its own volume, not the others') is not damped, while a day on which all the
 * news is louder does not look like a war. Immutable and pure.
 *
 * @param hourly events per hour, with the same memory as the pairs' baselines
 */
public record Coverage(Baseline hourly) {

    /** Hours of history before coverage is trusted; until then events count in full. */
    static final long MIN_HOURS = 24;

    public static Coverage start(long hour) {
        return new Coverage(Baseline.start(hour));
    }

    /** One more coded event at {@code hour}. */
    public Coverage count(long hour, Duration halfLife) {
        return new Coverage(hourly.add(hour, 1, Baseline.hourlyDecay(halfLife)));
    }

    /**
     * The factor (≤ 1) for an event at {@code hour} of a pair that has had {@code pairEvents} events
     * in that hour: 1 while the rest of the news is at or below its usual hourly volume.
     */
    public double factor(long hour, int pairEvents, Duration halfLife) {
        if (hourly.hours() < MIN_HOURS || hourly.mean() <= 0 || hour != hourly.hour()) {
            return 1;
        }
        // The decayed mean starts from zero; divided by the weight it has gathered, it is unbiased.
        double usual = hourly.mean() / (1 - Math.pow(Baseline.hourlyDecay(halfLife), hourly.hours()));
        double others = Math.max(0, hourly.current() - pairEvents);
        double ratio = others / usual;
        return ratio <= 1 ? 1 : 1 / Math.sqrt(ratio);
    }
}
