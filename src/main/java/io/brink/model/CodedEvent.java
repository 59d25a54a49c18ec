package io.brink.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One directed event between two countries found in one sentence: {@code src} does {@code signal}
 * to {@code tgt}. {@code weight} is on a Goldstein-like scale (negative escalates, positive calms)
 * and {@code confidence} in [0, 1] discounts hedged or reported language.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CodedEvent(
        @JsonProperty("schema_version") int schemaVersion,
        String articleId, String url, String outlet, Instant published, String sentence,
        String src, String tgt, Signal signal, Polarity polarity, double weight, double confidence,
        Span span,
        @JsonProperty("src_kind") ActorKind srcKind, @JsonProperty("tgt_kind") ActorKind tgtKind) {

    public static final int SCHEMA_VERSION = 1;

    /** A record written before actors had kinds (or by another producer without them) is between states. */
    public CodedEvent {
        srcKind = srcKind == null ? ActorKind.STATE : srcKind;
        tgtKind = tgtKind == null ? ActorKind.STATE : tgtKind;
    }

    /** An event between the two states themselves. */
    public CodedEvent(int schemaVersion, String articleId, String url, String outlet, Instant published,
                      String sentence, String src, String tgt, Signal signal, Polarity polarity, double weight,
                      double confidence, Span span) {
        this(schemaVersion, articleId, url, outlet, published, sentence, src, tgt, signal, polarity, weight,
                confidence, span, ActorKind.STATE, ActorKind.STATE);
    }

    /** Both sides are states: neither is a national non-state actor. */
    @JsonIgnore
    public boolean isStateToState() {
        return srcKind == ActorKind.STATE && tgtKind == ActorKind.STATE;
    }

    /** Character offsets of the trigger phrase within {@code sentence}. */
    public record Span(int start, int end) {
    }

    @JsonIgnore
    public Pair pair() {
        return Pair.of(src, tgt);
    }

    /** The event's pull on its pair: |weight| × confidence, always ≥ 0. */
    @JsonIgnore
    public double magnitude() {
        return Math.abs(weight) * confidence;
    }

    /** The same event with its confidence scaled by {@code factor} (e.g. on a news-heavy day). */
    public CodedEvent withConfidenceScaled(double factor) {
        return new CodedEvent(schemaVersion, articleId, url, outlet, published, sentence, src, tgt, signal, polarity,
                weight, Math.round(confidence * factor * 1000) / 1000.0, span, srcKind, tgtKind);
    }

    public Evidence evidence() {
        return new Evidence(sentence, articleId, url, outlet, published, src, tgt, signal, weight);
    }
}
