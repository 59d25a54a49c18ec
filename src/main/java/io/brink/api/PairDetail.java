package io.brink.api;

import java.time.Instant;
import java.util.List;

import io.brink.model.PairScore;

/**
 * The body of {@code GET /api/pairs/{a}/{b}}: the pair's current score, and its window quarter hour
 * by quarter hour, oldest first, every quarter hour present (zeros where nothing happened).
 */
public record PairDetail(String pair, PairScore score, List<Quarter> history) {

    public PairDetail {
        history = List.copyOf(history);
    }

    /**
     * One quarter hour of the window: indices (sum of |weight| × confidence) and events, copies
     * included; de-escalation proper and cooperation apart.
     */
    public record Quarter(Instant start, Instant end, double escalation, double deescalation, double cooperation,
                          int escalationEvents, int deescalationEvents, int cooperationEvents) {
    }
}
