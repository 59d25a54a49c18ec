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
    private final Map<String, List<Phrase<T>>> byFirstKey = new HashMap<>();

    Phrases(Function<Word, String> key) {
        this.key = key;
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
            for (Phrase<T> phrase : byFirstKey.getOrDefault(key.apply(words.get(i)), List.of())) {
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
                    if (next.equals(key.apply(words.get(j)))) {
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
                if (t >= words.size() || !want.equals(key.apply(words.get(t)))) {
                    return -1;
                }
                t++;
            }
        }
        return t;
    }
}
