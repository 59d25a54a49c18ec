package io.brink.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds phrases in a token list, longest match first, without overlaps. A phrase is a list of
 * keys (token text or stem); the key {@value #GAP} skips up to {@value #MAX_GAP} tokens, so
 * "urge ~ restraint" matches "urged both sides to show restraint". Work per token is bounded by
 * the phrases starting with that token, so matching is linear in the sentence length.
 */
public final class PhraseMatcher<T> {

    public static final String GAP = "~";
    public static final int MAX_GAP = 6;

    /** A phrase found at tokens {@code [start, end)}. */
    public record Match<T>(int start, int end, T payload) {
    }

    private record Phrase<T>(List<String> keys, T payload) {
    }

    private final Function<Token, String> key;
    private final Map<String, List<Phrase<T>>> byFirstKey = new HashMap<>();
    /**
     * One bit per hash of a first key: most tokens start no phrase, and this small table answers
     * that without a miss into the large map (the keys' hashes are cached in their strings).
     */
    private final long[] firstKeyBits = new long[FILTER_BITS / Long.SIZE];
    private static final int FILTER_BITS = 1 << 16;

    public PhraseMatcher(Function<Token, String> key) {
        this.key = key;
    }

    /** Adds a phrase; {@code keys} must not start or end with a gap. */
    public void add(List<String> keys, T payload) {
        if (keys.isEmpty() || keys.get(0).equals(GAP) || keys.get(keys.size() - 1).equals(GAP)) {
            throw new IllegalArgumentException("a phrase must start and end with a word: " + keys);
        }
        byFirstKey.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(new Phrase<>(List.copyOf(keys), payload));
        int bit = filterBit(keys.get(0));
        firstKeyBits[bit >>> 6] |= 1L << bit;
    }

    public List<Match<T>> find(List<Token> tokens) {
        return find(tokens, p -> true);
    }

    /** Longest non-overlapping matches whose payload passes {@code accept}, left to right. */
    public List<Match<T>> find(List<Token> tokens, Predicate<T> accept) {
        List<Match<T>> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String first = key.apply(tokens.get(i));
            int bit = filterBit(first);
            List<Phrase<T>> candidates = (firstKeyBits[bit >>> 6] & (1L << bit)) == 0 ? null : byFirstKey.get(first);
            Match<T> best = null;
            if (candidates != null) {
                for (Phrase<T> phrase : candidates) {
                    if (!accept.test(phrase.payload())) {
                        continue;
                    }
                    int end = matchEnd(tokens, i, phrase.keys());
                    if (end > 0 && (best == null || end > best.end())) {
                        best = new Match<>(i, end, phrase.payload());
                    }
                }
            }
            if (best != null) {
                matches.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return matches;
    }

    /** End (exclusive) of {@code keys} matched from {@code start}, or -1. */
    private int matchEnd(List<Token> tokens, int start, List<String> keys) {
        int t = start + 1;
        for (int k = 1; k < keys.size(); k++) {
            String want = keys.get(k);
            if (want.equals(GAP)) {
                String next = keys.get(++k);
                int limit = Math.min(tokens.size(), t + MAX_GAP + 1);
                int found = -1;
                for (int j = t; j < limit; j++) {
                    if (next.equals(key.apply(tokens.get(j)))) {
                        found = j;
                        break;
                    }
                    if (isClauseBreak(tokens.get(j))) {
                        break;
                    }
                }
                if (found < 0) {
                    return -1;
                }
                t = found + 1;
            } else {
                if (t >= tokens.size() || !want.equals(key.apply(tokens.get(t)))) {
                    return -1;
                }
                t++;
            }
        }
        return t;
    }

    private static int filterBit(String key) {
        int h = key.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & (FILTER_BITS - 1);
    }

    private static boolean isClauseBreak(Token token) {
        String s = token.text();
        return s.equals(";") || s.equals(".") || s.equals(":");
    }
}
