package io.brink.model;

import java.time.Instant;

/** A sentence that moved a score, with where it came from, so a reader can check it. */
public record Evidence(String sentence, String articleId, String url, String outlet, Instant published,
                       String src, String tgt, Signal signal, double weight) {
}
