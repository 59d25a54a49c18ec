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

    public static long of(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int[] weights = new int[64];
        int shingles = Math.max(1, words.length - 2);
        for (int i = 0; i < shingles; i++) {
            String shingle = words.length < 3 ? String.join(" ", words)
                    : words[i] + ' ' + words[i + 1] + ' ' + words[i + 2];
            long h = hash(shingle);
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

    public static boolean near(long a, long b) {
        return Long.bitCount(a ^ b) <= NEAR;
    }

    /** FNV-1a, then a murmur finaliser so that neighbouring shingles spread over all bits. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
