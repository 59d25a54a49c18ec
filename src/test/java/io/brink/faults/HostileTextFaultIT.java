package io.brink.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;

import io.brink.coding.EventCoder;
import io.brink.coding.SentenceSplitter;
import io.brink.model.Article;
import io.brink.model.CodedEvent;

/**
 * The coder against text written to hurt it: 100,000 generated inputs (news-like token soup,
 * unicode edge cases, long repeated tokens and patterns, sentences that never end, up to
 * 100 KB). No input may throw, break an event's invariants, or take longer than
 * {@link #BOUND_MS}; and the coder's time must grow linearly with its input.
 */
class HostileTextFaultIT {

    static final EventCoder CODER = EventCoder.standard();
    /** Per input of at most {@link #MAX_CHARS} characters, on two shared cores. */
    static final long BOUND_MS = 250;
    static final int MAX_CHARS = 100_000;

    static final AtomicLong TRIES = new AtomicLong();
    static final AtomicLong CHARS = new AtomicLong();
    static final AtomicLong EVENTS = new AtomicLong();
    static final AtomicLong SLOWEST_NANOS = new AtomicLong();
    static final AtomicLong SLOWEST_CHARS = new AtomicLong();
    static final AtomicLong LONGEST = new AtomicLong();
    static final AtomicLong REMEASURED = new AtomicLong();

    static final List<String> WORDS = List.of("Iran", "Israel", "threatened", "attacked", "bombed", "and", "the",
            "U.S.", "Russia's", "not", "did", "could", "was", "by", "talks", "with", "ceasefire", "sanctions", ",",
            ".", ";", ":", "!", "?", "\"", "'", "(", ")", "—", "–", "-", "TEHRAN", "(Wire)", "urged", "to",
            "restraint", "Jordan", "China", "Taiwan", "India", "Pakistan", "Ukraine", "Kyiv", "Moscow", "Mr.",
            "Gen.", "that", "which", "who", "must", "Iranian", "Israeli", "-led", "Vietnamese-led", "agreed",
            "signed", "withdrew", "troops", "from", "it", "they", "the two sides", "the country", "strike", "football",
            "workers", "airlines", "ethnic", "Albanian", "in", "at", "said", "officials", "president", "minister");
    static final List<String> ODD = List.of("\u0000", "\u0007", "\t", "\r", "\n", "\r\n", "\u00a0", "\u2028",
            "\u2029", "\u200b", "\u200d", "\u202e", "\u2066", "\ufeff", "\ufffd", "\ud83d\ude00", "\ud83c\uddee\ud83c\uddf7",
            "\ud800", "\udc00", "\u0301", "e\u0301", "\u0130", "\u0131", "\u00df", "\ufb01", "\u01c5", "\u2160",
            "\uff0e", "\u3002", "\u061f", "\u0660", "\u05d0", "\u0627\u0644", "\u4e2d\u56fd", "\u0418\u0440\u0430\u043d",
            "IRAN", "iran", "\u0130ran", "\u0130SRA\u0130L", "I\u0307ran", "\\", "\\u0000", "{", "}", "\"\"\"", "...",
            ". . .", "U.S.A.", "a.b.c.", "\u2019s", "\u201c", "\u201d", "--", "\u00ad");

    static List<CodedEvent> code(String text) {
        return CODER.code(new Article("fuzz", "https://fuzz.example/a", "fuzz.example",
                Instant.parse("2026-11-03T00:00:00Z"), null, text, "en"));
    }

    @Property(tries = 100_000, shrinking = ShrinkingMode.BOUNDED)
    void no_text_makes_the_coder_throw_break_an_event_or_take_long(@ForAll("hostile") String text) {
        long t0 = System.nanoTime();
        List<CodedEvent> events = code(text);
        long nanos = System.nanoTime() - t0;
        if (nanos > BOUND_MS * 1_000_000 && text.length() <= MAX_CHARS) {
            // Once more, to tell a slow input from a garbage collection or a compilation on a shared machine.
            REMEASURED.incrementAndGet();
            long t1 = System.nanoTime();
            code(text);
            nanos = Math.min(nanos, System.nanoTime() - t1);
        }
        if (text.length() <= MAX_CHARS) {
            assertThat(nanos / 1_000_000).as("ms to code %d chars", text.length()).isLessThan(BOUND_MS);
        }
        for (CodedEvent e : events) {
            assertThat(e.src()).matches("[A-Z]{3}").isNotEqualTo(e.tgt());
            assertThat(e.tgt()).matches("[A-Z]{3}");
            assertThat(e.confidence()).isBetween(0.0, 1.0);
            assertThat(e.weight()).isBetween(-10.0, 10.0);
            assertThat(e.sentence().length()).isLessThanOrEqualTo(SentenceSplitter.MAX_CHARS);
            assertThat(text).contains(e.sentence());
            assertThat(e.span().start()).isGreaterThanOrEqualTo(0).isLessThan(e.span().end());
            assertThat(e.span().end()).isLessThanOrEqualTo(e.sentence().length());
            assertThat(e.articleId()).isEqualTo("fuzz");
        }
        TRIES.incrementAndGet();
        CHARS.addAndGet(text.length());
        EVENTS.addAndGet(events.size());
        LONGEST.accumulateAndGet(text.length(), Math::max);
        if (nanos > SLOWEST_NANOS.get()) {
            SLOWEST_NANOS.set(nanos);
            SLOWEST_CHARS.set(text.length());
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> token = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(WORDS)),
                Tuple.of(3, Arbitraries.of(ODD)), Tuple.of(1, Arbitraries.strings().all().ofMaxLength(12)));
        Arbitrary<String> soup = token.list().ofMaxSize(400).map(l -> String.join(" ", l));
        Arbitrary<String> glued = token.list().ofMaxSize(300).map(l -> String.join("", l));
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(3_000);
        Arbitrary<String> pattern = token.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join(" ", l) + " ");
        Arbitrary<String> repeated = pattern.flatMap(p -> Arbitraries.integers().between(1, 20_000 / p.length() + 1)
                .map(p::repeat));
        Arbitrary<String> endless = Arbitraries.of(WORDS).filter(w -> !w.matches("[.;:!?]")).list().ofMinSize(1)
                .ofMaxSize(3_000).map(l -> String.join(" ", l));
        Arbitrary<String> large = pattern.flatMap(p -> Arbitraries.integers().between(20_000, MAX_CHARS)
                .map(n -> p.repeat(n / p.length() + 1).substring(0, n)));
        return Arbitraries.frequencyOf(Tuple.of(30, soup), Tuple.of(10, glued), Tuple.of(15, unicode),
                Tuple.of(25, repeated), Tuple.of(19, endless), Tuple.of(1, large));
    }

    /**
     * Shapes that make naive text code quadratic: one long sentence full of actors and triggers,
     * passives with agents, abbreviations, demonyms, unbroken letters, random unicode. After
     * warming up, eight times the text may take at most twenty times as long.
     */
    @Example
    void coding_time_grows_linearly_with_the_text() {
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("news sentences", "Iran threatened Israel. China warned Taiwan. ");
        shapes.put("one endless sentence", "Iran threatened Israel and China warned Taiwan while Russia attacked Ukraine, ");
        shapes.put("actors and triggers", "Iran Israel threatened Russia attacked Ukraine ");
        shapes.put("countries only", "Iran Israel Russia Ukraine China Taiwan India Pakistan ");
        shapes.put("passive agents", "was attacked by Iran by Israel by Russia ");
        shapes.put("reported demands", "Norway said that Sudan must hand over Chad must ");
        shapes.put("abbreviations", "U.S. Mr. Gen. a.b.c. ");
        shapes.put("demonyms", "Iranian Israeli Russian's Vietnamese-led ");
        shapes.put("one token", "threatened ");
        shapes.put("no spaces", "IranthreatenedIsrael");
        shapes.put("quotes and brackets", "\"(\u201c\u2018 ");
        Random random = new Random(20261128);
        StringBuilder chunk = new StringBuilder();
        while (chunk.length() < 2_000) {
            chunk.appendCodePoint(random.nextInt(0x10FFFF));
        }
        shapes.put("random unicode", chunk.toString());
        List<String> report = new ArrayList<>();
        for (Map.Entry<String, String> shape : shapes.entrySet()) {
            String x1 = fill(shape.getValue(), 12_500);
            String x8 = fill(shape.getValue(), 100_000);
            // Best of three interleaved passes (the first warms up): a JIT recompilation or a GC
            // pause during one pass of one size must not pass for the coder's own growth.
            double t1 = Double.MAX_VALUE;
            double t8 = Double.MAX_VALUE;
            for (int pass = 0; pass < 3; pass++) {
                t1 = Math.min(t1, perInput(x1));
                t8 = Math.min(t8, perInput(x8));
            }
            report.add(String.format("%s %.2f→%.2f ms (x%.1f)", shape.getKey(), t1, t8, t8 / t1));
            assertThat(t8).as("%s: %.3f ms for 12.5 KB, %.3f ms for 100 KB", shape.getKey(), t1, t8)
                    .isLessThan(20 * t1);
        }
        Faults.figures("coder scaling, 12.5 KB → 100 KB", String.join("; ", report));
    }

    @AfterContainer
    static void report() {
        if (TRIES.get() > 0) {
            Faults.figures("coder fuzz", TRIES.get() + " inputs, " + CHARS.get() + " chars (longest " + LONGEST.get()
                    + "), " + EVENTS.get() + " events, 0 exceptions; slowest " + SLOWEST_NANOS.get() / 1_000_000
                    + " ms for " + SLOWEST_CHARS.get() + " chars; " + REMEASURED.get() + " measured twice");
        }
    }

    /** Best of five averages over at least 50 ms of repeated coding, in ms per input: robust to a busy machine. */
    static double perInput(String text) {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            int n = 0;
            do {
                code(text);
                n++;
            } while (System.nanoTime() - t0 < 50_000_000L);
            best = Math.min(best, (System.nanoTime() - t0) / 1e6 / n);
        }
        return best;
    }

    static String fill(String unit, int chars) {
        StringBuilder b = new StringBuilder(chars + unit.length());
        while (b.length() < chars) {
            b.append(unit);
        }
        int end = Character.isHighSurrogate(b.charAt(chars - 1)) ? chars - 1 : chars;
        return b.substring(0, end);
    }
}
