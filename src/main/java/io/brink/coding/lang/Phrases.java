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
    /** The shortest first part of a compound ("EU" in "EU-Sanktionen"; a participle's "ge" in "gestürmt"). */
    static final int MIN_COMPOUND_PART = 2;

    /** A phrase found at words {@code [start, end)}. */
    record Match<T>(int start, int end, T payload) {
    }

    private record Phrase<T>(List<String> keys, T payload, int words) {
    }

    private final Function<Word, String> key;
    /** A word's other key, where it has one: its form without a proclitic ("وروسيا" → "روسيا"). */
    private final Function<Word, String> other;
    private final Map<String, List<Phrase<T>>> byFirstKey = new HashMap<>();
    /**
     * Zero, or the shortest key a compound may end in: German writes "Wirtschaftssanktionen",
     * "Raketenangriff", "Grenzsoldaten", whose last part is the lexicon's "Sanktionen", "Angriff",
     * "Soldaten" (grammar.tsv {@code COMPOUND heads}). A word then also starts the phrases whose
     * first key its stem ends in; later keys match whole words only, so "unterzeichneten ~ Abkommen"
     * does not swallow "Friedensabkommen", a settlement of its own.
     */
    private int compoundHead;
    private java.util.Set<String> separablePrefixes = java.util.Set.of();
    /**
     * Null, or a separable verb's particle: a phrase that ends in one after a gap matches only
     * where the particle ends its clause (punctuation, the end, or a word of {@link #clauseGoesOn}).
     */
    private Predicate<String> particle;
    private Predicate<Word> clauseGoesOn;
    /** How many words "~" may skip: {@link #MAX_GAP}, or the language's {@code GAP}. */
    private int maxGap = MAX_GAP;
    /** Whether a phrase may start at a word, beyond its key (see {@link #withFit}). */
    private Fit<T> fit = (words, at, payload) -> true;

    /** Whether the word at {@code at} may start a phrase with this payload. */
    interface Fit<T> {
        boolean test(List<Word> words, int at, T payload);
    }

    Phrases(Function<Word, String> key) {
        this(key, null);
    }

    Phrases(Function<Word, String> key, Function<Word, String> other) {
        this.key = key;
        this.other = other;
    }

    /** Lets "~" skip up to {@code words} words (grammar.tsv {@code GAP}). */
    Phrases<T> withMaxGap(int words) {
        this.maxGap = words;
        return this;
    }

    /**
     * Lets a phrase start only where {@code fit} holds for its first word: German tells a noun
     * ("Berater", an adviser) from the verb with its stem ("beraten", to consult).
     */
    Phrases<T> withFit(Fit<T> fit) {
        this.fit = fit;
        return this;
    }

    /** Lets a word start the phrases keyed by what its stem ends in, for keys of {@code minimum} letters or more. */
    Phrases<T> withCompoundHeads(int minimum) {
        this.compoundHead = minimum;
        return this;
    }

    /** A lower-case word is no compound of these first parts: a verb's separable prefixes. */
    Phrases<T> withSeparablePrefixes(java.util.Set<String> prefixes) {
        this.separablePrefixes = java.util.Set.copyOf(prefixes);
        return this;
    }

    private boolean is(String want, Word w) {
        return want.equals(key.apply(w)) || other != null && want.equals(other.apply(w));
    }

    /**
     * Makes a phrase's last key, after a gap, a separable particle where {@code particle} says so:
     * it must then close its clause ("marschierte in die Ukraine ein."), followed by punctuation,
     * the sentence's end or a word for which {@code joins} holds ("ein und besetzte").
     */
    Phrases<T> withParticles(Predicate<String> particle, Predicate<Word> joins) {
        this.particle = particle;
        this.clauseGoesOn = joins;
        return this;
    }

    /** The particle at {@code at} closes its clause. */
    private boolean closesClause(List<Word> words, int at) {
        if (at + 1 >= words.size()) {
            return true;
        }
        Word next = words.get(at + 1);
        return !next.isWord() || clauseGoesOn.test(next);
    }

    /**
     * The phrases a compound may start with: those keyed by a head its stem ends in. The head
     * follows a word of its own, not a prefix: "versucht" (tried) does not end in "ersucht"
     * (requested); and a verb's separable prefix makes another verb ("aufgefordert", called upon,
     * is not "gefordert", demanded; "eingeräumt", conceded, not "geräumt").
     */
    private List<Phrase<T>> byHead(String stem, boolean noun) {
        List<Phrase<T>> out = List.of();
        for (int i = MIN_COMPOUND_PART; i + compoundHead <= stem.length(); i++) {
            List<Phrase<T>> found = byFirstKey.get(stem.substring(i));
            if (found != null) {
                out = out.isEmpty() ? new ArrayList<>(found) : out;
                if (out != found) {
                    for (Phrase<T> f : found) {
                        if (!out.contains(f)) {
                            out.add(f);
                        }
                    }
                }
            }
        }
        if (!noun && !out.isEmpty() && separablePrefixed(stem)) {
            return List.of();
        }
        return out;
    }

    private boolean separablePrefixed(String stem) {
        for (String prefix : separablePrefixes) {
            if (stem.startsWith(prefix)) {
                return true;
            }
        }
        return false;
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
            Match<T> best = bestAt(words, i, accept);
            if (best != null) {
                matches.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return matches;
    }

    /** The phrase that starts at word {@code i}: of most words, then the tightest; or null. */
    Match<T> bestAt(List<Word> words, int i, Predicate<T> accept) {
        Match<T> best = null;
        int bestWords = 0;
        int bestLetters = 0;
        List<Phrase<T>> candidates = byFirstKey.getOrDefault(key.apply(words.get(i)), List.of());
        if (compoundHead > 0 && key.apply(words.get(i)).length() > compoundHead) {
            List<Phrase<T>> heads = byHead(key.apply(words.get(i)), words.get(i).capitalised());
            if (!heads.isEmpty()) {
                candidates = new ArrayList<>(candidates);
                candidates.addAll(heads);
            }
        }
        if (other != null && words.get(i).hasProclitic()) {
            List<Phrase<T>> bare = byFirstKey.getOrDefault(other.apply(words.get(i)), List.of());
            if (!bare.isEmpty()) {
                candidates = new ArrayList<>(candidates);
                candidates.addAll(bare);
            }
        }
        for (Phrase<T> phrase : candidates) {
            if (!accept.test(phrase.payload()) || !fit.test(words, i, phrase.payload())) {
                continue;
            }
            int end = matchEnd(words, i, phrase.keys());
            if (end > 0 && (best == null || phrase.words() > bestWords
                    || phrase.words() == bestWords && end < best.end()
                    || phrase.words() == bestWords && end == best.end() && letters(phrase) > bestLetters)) {
                // Of phrases as long and as tight, the most specific: "Friedensabkommen" (a
                // settlement) over the "Abkommen" (an agreement) a compound also ends in.
                best = new Match<>(i, end, phrase.payload());
                bestWords = phrase.words();
                bestLetters = letters(phrase);
            }
        }
        return best;
    }

    private static int letters(Phrase<?> phrase) {
        int n = 0;
        for (String k : phrase.keys()) {
            n += k.length();
        }
        return n;
    }

    private int matchEnd(List<Word> words, int start, List<String> keys) {
        int t = start + 1;
        for (int k = 1; k < keys.size(); k++) {
            String want = keys.get(k);
            if (want.equals(GAP)) {
                String next = keys.get(++k);
                int limit = Math.min(words.size(), t + maxGap + 1);
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
                if (found < 0 || particle != null && k == keys.size() - 1 && found > t
                        && particle.test(next) && !closesClause(words, found)) {
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
