package io.brink.ingest;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * At most one request per host per delay: each caller reserves the host's next free slot and
 * sleeps until it. A robots.txt Crawl-delay longer than the configured delay wins for its host.
 */
final class HostPacer {

    /** A site cannot make Brink wait longer than this between two of its pages. */
    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

    private final long delayNanos;
    private final Map<String, Long> next = new HashMap<>();
    private final Map<String, Long> crawlDelay = new HashMap<>();

    HostPacer(Duration delay) {
        this.delayNanos = delay.toNanos();
    }

    synchronized void crawlDelay(String host, Duration delay) {
        crawlDelay.put(host, Math.min(delay.toNanos(), MAX_CRAWL_DELAY.toNanos()));
    }

    /**
     * The host has answered a request: its next turn is at least the delay from now. The slot
     * reserved in {@link #await} counts from when a request was due to leave; a request delayed
     * on its way (a busy machine, a slow connection) would otherwise reach the host less than the
     * delay before the next one, which leaves on time.
     */
    synchronized void answered(String host) {
        long gap = Math.max(delayNanos, crawlDelay.getOrDefault(host, 0L));
        if (gap > 0) {
            long earliest = System.nanoTime() + gap;
            next.merge(host, earliest, Math::max);
        }
    }

    /** Waits for the host's turn. */
    void await(String host) throws InterruptedException {
        long slot;
        synchronized (this) {
            long gap = Math.max(delayNanos, crawlDelay.getOrDefault(host, 0L));
            if (gap <= 0) {
                return;
            }
            long now = System.nanoTime();
            slot = Math.max(now, next.getOrDefault(host, now));
            next.put(host, slot + gap);
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
