package io.brink.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds phrases in a token list without overlaps: at each token the phrase that accounts for most
 * words, and of those the tightest, so "opened fire on Pakistani border posts" is "open fire on",
 * not "open ~ border posts" stretched over it. A phrase is a list of
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

    private record Phrase<T>(List<String> keys, T payload, int words) {

        Phrase(List<String> keys, T payload) {
            this(keys, payload, (int) keys.stream().filter(k -> !k.equals(GAP)).count());
        }
    }

    /** Which form of a word a phrase's keys are compared with. */
    public enum Key {
        TEXT(Token::text), STEM(Token::stem);

        private final Function<Token, String> of;

        Key(Function<Token, String> of) {
            this.of = of;
        }
    }

    private static final AtomicInteger MATCHERS = new AtomicInteger();
    private static final List<?> NO_PHRASE = List.of();

    private final Function<Token, String> key;
    private final Map<String, List<Phrase<T>>> byFirstKey = new HashMap<>();
    /** Where this matcher keeps, in each word, the phrases that start with it (see {@link Lexemes.Lexeme}). */
    private final int slot = MATCHERS.getAndIncrement() % Lexemes.Lexeme.MATCHER_SLOTS;
    /** Replaced by every {@link #add}, so what words remembered of an older phrase list is not used. */
    private volatile Object generation = new Object();

    public PhraseMatcher(Key key) {
        this.key = key.of;
    }

    /** Adds a phrase; {@code keys} must not start or end with a gap. */
    public void add(List<String> keys, T payload) {
        if (keys.isEmpty() || keys.get(0).equals(GAP) || keys.get(keys.size() - 1).equals(GAP)) {
            throw new IllegalArgumentException("a phrase must start and end with a word: " + keys);
        }
        byFirstKey.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(new Phrase<>(List.copyOf(keys), payload));
        generation = new Object();
    }

    public List<Match<T>> find(List<Token> tokens) {
        return find(tokens, p -> true);
    }

    /** Non-overlapping matches whose payload passes {@code accept}, left to right (see the class). */
    public List<Match<T>> find(List<Token> tokens, Predicate<T> accept) {
        return find(tokens, accept, (start, end) -> true);
    }

    /**
     * As {@link #find(List, Predicate)}, where only a match whose span ({@code start}, {@code end})
     * passes {@code span} takes its words: one that would fall inside a name ("United States is
     * sending" read as "units ~ be sent") leaves them to the phrases that start after it.
     */
    public List<Match<T>> find(List<Token> tokens, Predicate<T> accept, java.util.function.BiPredicate<Integer, Integer> span) {
        List<Match<T>> matches = new ArrayList<>();
        Object now = generation;
        int i = 0;
        while (i < tokens.size()) {
            List<Phrase<T>> candidates = startingWith(tokens.get(i), now);
            Match<T> best = null;
            int bestWords = 0;
            if (candidates != NO_PHRASE) {
                for (Phrase<T> phrase : candidates) {
                    if (!accept.test(phrase.payload())) {
                        continue;
                    }
                    int end = matchEnd(tokens, i, phrase.keys());
                    int words = phrase.words();
                    if (end > 0 && span.test(i, end) && (best == null || words > bestWords || words == bestWords && end < best.end())) {
                        best = new Match<>(i, end, phrase.payload());
                        bestWords = words;
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
                int found = -1;
                int skipped = 0;
                for (int j = t; j < tokens.size() && skipped <= MAX_GAP; j++) {
                    // A number is no word of the gap: "delivered the first three of 18 new fighter jets".
                    skipped += isNumber(tokens.get(j).text()) ? 0 : 1;
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

    /**
     * The phrases whose first key is this token's. Most tokens start none; the answer is asked
     * of the word, which remembers it, so a word met again costs no hashing and no map lookup.
     */
    @SuppressWarnings("unchecked")
    private List<Phrase<T>> startingWith(Token token, Object now) {
        Lexemes.Lexeme word = token.word();
        Object known = word.phraseStarts(slot, now);
        if (known == null) {
            known = byFirstKey.getOrDefault(key.apply(token), (List<Phrase<T>>) NO_PHRASE);
            word.rememberPhraseStarts(slot, now, known);
        }
        return (List<Phrase<T>>) known;
    }

    /** Digits, with the separators numbers are written with: "12", "100.000", "1,200". */
    public static boolean isNumber(String text) {
        if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }

    private static boolean isClauseBreak(Token token) {
        String s = token.text();
        return s.equals(";") || s.equals(".") || s.equals(":");
    }
}
