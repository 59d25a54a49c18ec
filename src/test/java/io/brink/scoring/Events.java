package io.brink.scoring;

import java.time.Instant;

import io.brink.model.CodedEvent;
import io.brink.model.Signal;

/** Coded events for scoring tests, written the way the coder would emit them. */
final class Events {

    private Events() {
    }

    static CodedEvent event(String src, String tgt, Signal signal, double weight, String at, String outlet) {
        return new CodedEvent(CodedEvent.SCHEMA_VERSION, "a-" + at + "-" + outlet, "https://" + outlet + "/x", outlet,
                Instant.parse(at), src + " " + signal + " " + tgt + " at " + at + " per " + outlet, src, tgt, signal,
                signal.polarity(), weight, 1.0, new CodedEvent.Span(0, 5));
    }
}
