package io.brink.scoring;

import java.time.Instant;

import io.brink.model.CodedEvent;
import io.brink.model.Signal;

/** Coded events for scoring tests, written the way the coder would emit them. */
final class Events {

    private Events() {
    }

    private static final String[] WORDS = {"border", "village", "overnight", "officials", "ministry", "convoy",
            "statement", "capital", "talks", "forces", "region", "envoy", "drones", "harbour", "summit", "council",
            "river", "airbase", "pipeline", "patrol", "northern", "southern", "late", "early", "fresh", "second"};

    /** A distinct story per time and outlet, as separate reports would be. */
    static CodedEvent event(String src, String tgt, Signal signal, double weight, String at, String outlet) {
        return story(src, tgt, signal, weight, at, outlet, story(at + outlet));
    }

    /** A distinct story whose source is a national non-state actor (rebels, militants) of its country. */
    static CodedEvent nonstate(String src, String tgt, Signal signal, double weight, String at, String outlet) {
        CodedEvent e = event(src, tgt, signal, weight, at, outlet);
        return new CodedEvent(e.schemaVersion(), e.articleId(), e.url(), e.outlet(), e.published(), e.sentence(),
                e.src(), e.tgt(), e.signal(), e.polarity(), e.weight(), e.confidence(), e.span(),
                io.brink.model.ActorKind.NONSTATE, io.brink.model.ActorKind.STATE);
    }

    /** The same sentence as another outlet's: a syndicated copy. */
    static CodedEvent copy(CodedEvent original, String at, String outlet) {
        return story(original.src(), original.tgt(), original.signal(), original.weight(), at, outlet,
                original.sentence());
    }

    private static CodedEvent story(String src, String tgt, Signal signal, double weight, String at, String outlet,
                                    String sentence) {
        return new CodedEvent(CodedEvent.SCHEMA_VERSION, "a-" + at + "-" + outlet, "https://" + outlet + "/x", outlet,
                Instant.parse(at), sentence, src, tgt, signal, signal.polarity(), weight, 1.0,
                new CodedEvent.Span(0, 5));
    }

    private static String story(String seed) {
        java.util.Random r = new java.util.Random(seed.hashCode());
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            b.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
        }
        return b.toString().trim() + ".";
    }
}
