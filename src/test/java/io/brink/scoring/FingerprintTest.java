package io.brink.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void a_syndicated_copy_with_small_edits_is_near_and_another_story_is_not() {
        long original = Fingerprint.of("Iran warned Israel on Monday that any strike on its nuclear sites would be met with force.");
        long copy = Fingerprint.of("TEHRAN - Iran warned Israel on Monday that any strike on its nuclear sites would be met with force.");
        long other = Fingerprint.of("Ethiopia and Eritrea agreed to reopen their border crossings after talks in Asmara.");
        assertThat(Fingerprint.near(original, copy)).isTrue();
        assertThat(Fingerprint.near(original, other)).isFalse();
    }

    @Test
    void case_and_punctuation_do_not_change_the_fingerprint() {
        assertThat(Fingerprint.of("“Iran warned Israel,” the ministry said."))
                .isEqualTo(Fingerprint.of("\"IRAN warned ISRAEL\" - the Ministry said"));
    }

    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("Iran", "warned", "ISRAEL", "on", "Monday", "2026", "naïve", "Zürich", "Ⅻ", "²", "𝐀bc",
                        "İstanbul", "", "x"),
                Arbitraries.strings().ofMaxLength(6));
        Arbitrary<String> gap = Arbitraries.of(" ", ", ", " — ", "“", "”", ".", "'s ", "-", "\n", "  ");
        return Arbitraries.oneOf(word, gap).list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Test
    void a_sentence_of_more_shingles_than_a_byte_counts_still_equals_the_definition() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            // Words repeat with a period of 7, so some bits win by a wide margin and others narrowly.
            text.append(i % 7 == 0 ? "Iran" : "w" + (i % 13)).append(i % 5 == 0 ? ", " : " ");
        }
        assertThat(Fingerprint.of(text.toString())).isEqualTo(byDefinition(text.toString()));
    }

    /** The one-pass fingerprint is the definition: SimHash of 3-shingles of the regex-split words. */
    @Property(tries = 2_000)
    void equals_the_shingle_definition(@ForAll("newsLikeText") String text) {
        assertThat(Fingerprint.of(text)).isEqualTo(byDefinition(text));
    }

    private static long byDefinition(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int[] weights = new int[64];
        int shingles = Math.max(1, words.length - 2);
        for (int i = 0; i < shingles; i++) {
            String shingle = words.length < 3 ? String.join(" ", words)
                    : words[i] + ' ' + words[i + 1] + ' ' + words[i + 2];
            long h = 0xcbf29ce484222325L;
            for (int c = 0; c < shingle.length(); c++) {
                h ^= shingle.charAt(c);
                h *= 0x100000001b3L;
            }
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            h ^= h >>> 33;
            for (int b = 0; b < 64; b++) {
                weights[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int b = 0; b < 64; b++) {
            if (weights[b] > 0) {
                fingerprint |= 1L << b;
            }
        }
        return fingerprint;
    }
}
