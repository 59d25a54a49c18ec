package io.brink.model;

import java.io.IOException;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The fields of one coded event, {@code sentence} to {@code tgt_kind}, as the token stream gives
 * them: version 1 holds them beside the article's fields, version 2 in each element of
 * {@code events}. A value of the wrong type throws {@link CodedEventReader.NotCommon}.
 */
final class EventFields {

    /** Every field read. */
    static final int ALL = (1 << 10) - 1;
    /** Every field but the actor kinds, which records from before them lack. */
    static final int ALL_BUT_KINDS = ALL & ~(3 << 8);

    String sentence;
    String src;
    String tgt;
    Signal signal;
    Polarity polarity;
    double weight;
    double confidence;
    CodedEvent.Span span;
    ActorKind srcKind;
    ActorKind tgtKind;
    /** One bit per field read, in the order above. */
    int seen;

    /** Reads {@code name}'s value when it is an event field; false when it is not one. */
    boolean read(String name, JsonParser p, JsonToken v) throws IOException {
        int bit;
        switch (name) {
            case "sentence" -> {
                sentence = CodedEventReader.text(p, v);
                bit = 1;
            }
            case "src" -> {
                src = CodedEventReader.text(p, v);
                bit = 1 << 1;
            }
            case "tgt" -> {
                tgt = CodedEventReader.text(p, v);
                bit = 1 << 2;
            }
            case "signal" -> {
                signal = Signal.valueOf(CodedEventReader.nonNull(CodedEventReader.text(p, v)));
                bit = 1 << 3;
            }
            case "polarity" -> {
                polarity = Polarity.valueOf(CodedEventReader.nonNull(CodedEventReader.text(p, v)));
                bit = 1 << 4;
            }
            case "weight" -> {
                weight = CodedEventReader.number(p, v);
                bit = 1 << 5;
            }
            case "confidence" -> {
                confidence = CodedEventReader.number(p, v);
                bit = 1 << 6;
            }
            case "span" -> {
                span = CodedEventReader.span(p, v);
                bit = 1 << 7;
            }
            case "src_kind" -> {
                srcKind = ActorKind.fromJson(CodedEventReader.nonNull(CodedEventReader.text(p, v)));
                bit = 1 << 8;
            }
            case "tgt_kind" -> {
                tgtKind = ActorKind.fromJson(CodedEventReader.nonNull(CodedEventReader.text(p, v)));
                bit = 1 << 9;
            }
            default -> {
                return false;
            }
        }
        seen |= bit;
        return true;
    }

    /** Every field was read (the actor kinds may be missing). */
    boolean complete() {
        return seen == ALL || seen == ALL_BUT_KINDS;
    }

    CodedEvent event(int schemaVersion, String articleId, String url, String outlet, Instant published) {
        return new CodedEvent(schemaVersion, articleId, url, outlet, published, sentence, src, tgt, signal, polarity,
                weight, confidence, span, srcKind, tgtKind);
    }
}
