package io.brink.api;

import java.time.Instant;
import java.util.List;

import io.brink.model.Polarity;
import io.brink.model.Signal;

/**
 * The body of {@code GET /api/pairs/{a}/{b}/evidence}: every sentence Brink keeps behind the pair's
 * current score (the strongest of each polarity inside the window), strongest first, each with
 * its polarity and its pull on the score (|weight| × confidence).
 */
public record EvidenceList(String pair, Instant windowStart, Instant windowEnd, List<Item> evidence) {

    public EvidenceList {
        evidence = List.copyOf(evidence);
    }

    /** An {@code evidence.json} object with its polarity and magnitude. */
    public record Item(String sentence, String articleId, String url, String outlet, Instant published, String src,
                       String tgt, Signal signal, double weight, Polarity polarity, double magnitude) {
    }
}
