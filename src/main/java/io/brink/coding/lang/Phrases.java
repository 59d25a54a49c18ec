package io.brink.coding.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds phrases in a sentence's words without overlaps, at each word the phrase of most words
 * (then the tightest). A phrase is a list of keys (a word's stem or folded form); the key
 * {@value #GAP} skips up to {@value #MAX_GAP} words within the clause, so "instar ~ moderación"
 * finds "instó a ambas partes a la moderación". The same rule as the English
 * {@link io.brink.coding.PhraseMatcher}, over {@link Word}s.
 */
final class Phrases<T> {

    static final String GAP = "~";
    static final int MAX_GAP = 6;

    /** A phrase found at words {@code [start, end)}. */
    record Match<T>(int start, int end, T payload) {
    }

    private record Phrase<T>(List<String> keys, T payload, int words) {
    }

    private final Function<Word, String> key;
    /** A word's other key, where it has one: its form without a proclitic ("وروسيا" → "روسيا"). */
    private final Function<Word, String> other;
    private final Map<String, List<Phrase<T>>> byFirstKey = new HashMap<>();

    Phrases(Function<Word, String> key) {
        this(key, null);
    }

    Phrases(Function<Word, String> key, Function<Word, String> other) {
        this.key = key;
        this.other = other;
    }

    private boolean is(String want, Word w) {
        return want.equals(key.apply(w)) || other != null && want.equals(other.apply(w));
    }

    /** Adds a phrase; false when its keys start or end with a gap or are empty. */
    boolean add(List<String> keys, T payload) {
        if (keys.isEmpty() || keys.get(0).equals(GAP) || keys.get(keys.size() - 1).equals(GAP)) {
            return false;
        }
        int words = (int) keys.stream().filter(k -> !k.equals(GAP)).count();
        byFirstKey.computeIfAbsent(keys.get(0), k -> new ArrayList<>())
                .add(new Phrase<>(List.copyOf(keys), payload, words));
        return true;
    }

    List<Match<T>> find(List<Word> words) {
        return find(words, p -> true);
    }

    /** Non-overlapping matches left to right whose payload passes {@code accept}. */
    List<Match<T>> find(List<Word> words, Predicate<T> accept) {
        List<Match<T>> matches = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Match<T> best = null;
            int bestWords = 0;
            List<Phrase<T>> candidates = byFirstKey.getOrDefault(key.apply(words.get(i)), List.of());
            if (other != null && words.get(i).hasProclitic()) {
                List<Phrase<T>> bare = byFirstKey.getOrDefault(other.apply(words.get(i)), List.of());
                if (!bare.isEmpty()) {
                    candidates = new ArrayList<>(candidates);
                    candidates.addAll(bare);
                }
            }
            for (Phrase<T> phrase : candidates) {
                if (!accept.test(phrase.payload())) {
                    continue;
                }
                int end = matchEnd(words, i, phrase.keys());
                if (end > 0 && (best == null || phrase.words() > bestWords
                        || phrase.words() == bestWords && end < best.end())) {
                    best = new Match<>(i, end, phrase.payload());
                    bestWords = phrase.words();
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

    private int matchEnd(List<Word> words, int start, List<String> keys) {
        int t = start + 1;
        for (int k = 1; k < keys.size(); k++) {
            String want = keys.get(k);
            if (want.equals(GAP)) {
                String next = keys.get(++k);
                int limit = Math.min(words.size(), t + MAX_GAP + 1);
                int found = -1;
                for (int j = t; j < limit; j++) {
                    if (is(next, words.get(j))) {
                        found = j;
                        break;
                    }
                    String s = words.get(j).text();
                    if (s.equals(";") || s.equals(":")) {
                        break;
                    }
                }
                if (found < 0) {
                    return -1;
                }
                t = found + 1;
            } else {
                if (t >= words.size() || !is(want, words.get(t))) {
                    return -1;
                }
                t++;
            }
        }
        return t;
    }
}
