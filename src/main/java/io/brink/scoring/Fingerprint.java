package io.brink.scoring;

import java.util.Locale;

/**
 * SimHash of a sentence over word 3-shingles: syndicated copies with small edits ("said on
 * Monday" for "said Monday", another outlet's dateline) land within a few bits of each other,
 * while different stories differ in about half of the 64.
 */
public final class Fingerprint {

    /** Copies of one story differ in at most this many bits. */
    public static final int NEAR = 6;

    private Fingerprint() {
    }

    /**
     * The SimHash of {@code text}'s lower-cased words (runs of letters and digits), in one pass
     * without regular expressions or per-shingle strings: this runs for every coded event.
     */
    public static long of(String text) {
        // Lower-casing makes a copy, in UTF-16 when a curly quote or a dash is in the text. Only
        // letters and numbers beyond ASCII need it: ASCII capitals are lowered as they are hashed.
        String lower = needsLowerCase(text) ? text.toLowerCase(Locale.ROOT) : text;
        int[] bounds = words(lower);
        int words = bounds.length / 2;
        int shingles = Math.max(1, words - 2);
        // A shingle's hash votes for each of its 64 bits. The votes are counted eight bits at a
        // time: byte k of lanes[j] counts bit 8k + j, so one shingle costs eight additions, not 64.
        long[] lanes = new long[8];
        int[] counts = new int[64];
        for (int i = 0; i < shingles; i++) {
            long h = hash(lower, bounds, i, Math.min(words, i + 3));
            for (int j = 0; j < 8; j++) {
                lanes[j] += (h >>> j) & 0x0101010101010101L;
            }
            if ((i + 1) % 255 == 0) {
                // A byte holds 255 votes: move them to the counts before it overflows.
                spill(lanes, counts);
            }
        }
        spill(lanes, counts);
        long fingerprint = 0;
        for (int b = 0; b < 64; b++) {
            // More shingles set the bit than leave it clear.
            if (2 * counts[b] > shingles) {
                fingerprint |= 1L << b;
            }
        }
        return fingerprint;
    }

    private static void spill(long[] lanes, int[] counts) {
        for (int j = 0; j < 8; j++) {
            for (int k = 0; k < 8; k++) {
                counts[8 * k + j] += (int) ((lanes[j] >>> (8 * k)) & 0xFF);
            }
            lanes[j] = 0;
        }
    }

    /** True when {@code text} holds a letter or number beyond ASCII (or a surrogate, which may be one). */
    private static boolean needsLowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 && (Character.isSurrogate(c) || isWordChar(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Start and end of each word, as splitting on runs of other characters gives them: an empty
     * first word when the text opens with punctuation, none at all when it has no word.
     */
    static int[] words(String s) {
        int[] bounds = new int[32];
        int n = 0;
        int i = 0;
        int length = s.length();
        boolean any = false;
        while (i < length) {
            int start = i;
            i = skip(s, i, true);
            if (i > start || (start == 0 && length > 0)) {
                any |= i > start;
                if (n + 2 > bounds.length) {
                    bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[n++] = start;
                bounds[n++] = i;
            }
            i = skip(s, i, false);
        }
        return any || length == 0 ? java.util.Arrays.copyOf(bounds, n) : new int[0];
    }

    /** The index after the run of word characters ({@code word}) or of others that starts at {@code i}. */
    private static int skip(String s, int i, boolean word) {
        int length = s.length();
        while (i < length) {
            char c = s.charAt(i);
            if (c < 128) {
                // News is mostly ASCII, where only letters and digits make words.
                if (((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) != word) {
                    break;
                }
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            if (isWordChar(cp) != word) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** FNV-1a over words {@code from} to {@code to} joined by spaces, then a murmur finaliser. */
    private static long hash(String s, int[] bounds, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int w = from; w < to; w++) {
            if (w > from) {
                h ^= ' ';
                h *= 0x100000001b3L;
            }
            for (int i = bounds[2 * w]; i < bounds[2 * w + 1]; i++) {
                char c = s.charAt(i);
                h ^= c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
                h *= 0x100000001b3L;
            }
        }
        return finish(h);
    }

    public static boolean near(long a, long b) {
        return Long.bitCount(a ^ b) <= NEAR;
    }

    /** The murmur finaliser, so that neighbouring shingles spread over all bits. */
    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
