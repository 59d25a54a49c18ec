package io.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import io.brink.model.Article;
import io.brink.model.CodedEvent;

/** Properties the coder keeps for any text, hostile or not. */
class CoderPropertiesTest {

    private static final EventCoder CODER = EventCoder.standard();

    private static List<CodedEvent> code(String text) {
        return CODER.code(new Article("p", null, "p.example", Instant.parse("2026-11-03T00:00:00Z"), null, text, "en"));
    }

    @Provide
    Arbitrary<String> newsLike() {
        Arbitrary<String> words = Arbitraries.of("Iran", "Israel", "threatened", "attacked", "and", "the", "U.S.",
                "Russia's", "not", "was", "by", "talks", "with", "ceasefire", ",", ".", ";", "\"", "—", "TEHRAN",
                "(Wire)", "urged", "to", "restraint", "Jordan", "Michael", "China", "Airlines", "Mr.", "that",
                "\u00e9", "\uD83D\uDE00", "\u0000", "\n", "-", "'s", "~", "Vietnamese-led", "agreed");
        return words.list().ofMaxSize(300).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void never_throws_and_codes_only_pairs_of_different_countries(@ForAll("newsLike") String text) {
        for (CodedEvent e : code(text)) {
            assertThat(e.src()).isNotEqualTo(e.tgt()).matches("[A-Z]{3}");
            assertThat(e.tgt()).matches("[A-Z]{3}");
            assertThat(e.confidence()).isBetween(0.0, 1.0);
            assertThat(e.span().start()).isLessThan(e.span().end());
            assertThat(e.span().end()).isLessThanOrEqualTo(e.sentence().length());
        }
    }

    @Property(tries = 200)
    void never_throws_on_arbitrary_unicode(@ForAll String text) {
        assertThat(code(text)).isNotNull();
    }

    @Property(tries = 100)
    void the_same_text_gives_the_same_events(@ForAll("newsLike") String text) {
        assertThat(code(text)).isEqualTo(code(text));
    }

    @Property(tries = 20)
    void long_repetitive_input_completes(@ForAll("newsLike") String seed) {
        String text = (seed + " ").repeat(2_000) + "Iran threatened Israel.";
        assertThat(code(text)).isNotNull();
    }
}
