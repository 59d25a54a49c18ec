package io.brink.coding.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import io.brink.coding.PhraseMatcher;

/**
 * Finds phrases in a sentence's words without overlaps, at each word the phrase of most words
 * (then the tightest). A phrase is a list of keys (a word's stem or folded form); the key
 * {@value #GAP} skips up to {@value #MAX_GAP} words within the clause, so "instar ~ moderación"
 * finds "instó a ambas partes a la moderación". The same rule as the English
 * {@link io.brink.coding.PhraseMatcher}, over {@link Word}s.
 *
 * <p>A lexicon's verbs expand into many phrases that open with one word (German "flog ~ …" into
 * hundreds, every form of every separable verb), so a word would try each of them. A phrase is
 * only tried where every key after its first may stand in the sentence ({@link #signature}); and
 * a compound's heads are looked up once per stem ({@link #byHead}).
 */
final class Phrases<T> {

    static final String GAP = "~";
    static final int MAX_GAP = 6;
    /** The shortest first part of a compound ("EU" in "EU-Sanktionen"; a participle's "ge" in "gestürmt"). */
    static final int MIN_COMPOUND_PART = 2;

    /** A phrase found at words {@code [start, end)}. */
    record Match<T>(int start, int end, T payload) {
    }

    /**
     * A phrase: {@code words} its keys without gaps, {@code letters} the length of all its keys
     * (the tie-break of {@link #bestAt}), {@code needs} the {@link #signature} of its keys after the
     * first, which must all stand in the sentence for it to match.
     */
    private record Phrase<T>(List<String> keys, T payload, int words, int letters, long needs) {
    }

    /** A compound's heads, remembered per stem: a hostile text of endless words cannot grow it past this. */
    private static final int MAX_REMEMBERED_HEADS = 50_000;

    private final Function<Word, String> key;
    /** A word's other key, where it has one: its form without a proclitic ("وروسيا" → "روسيا"). */
    private final Function<Word, String> other;
    private final Map<String, List<Phrase<T>>> byFirstKey = new HashMap<>();
    /**
     * The phrases added, to add each once: the lexicon's expansions repeat a phrase with its
     * payload many times ("flog ~ Kampfflugzeuge" from several forms of one verb), and a repeat
     * can never win over the phrase it repeats.
     */
    private final Set<Phrase<T>> added = new HashSet<>();
    /** The phrases a compound's stem may start ({@link #byHead}), by stem; filled as sentences are read. */
    private final Map<String, List<Phrase<T>>> heads = new ConcurrentHashMap<>();
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
    /** "~" does not skip a comma (grammar.tsv {@code GAP … clause}). */
    private boolean gapStopsAtComma;
    /** Whether a phrase may start at a word, beyond its key (see {@link #withFit}). */
    private Fit<T> fit = (words, at, payload) -> true;
    /** Phrases are matched on characters, not words ({@link #withCharacters}). */
    private boolean characters;
    /** Words a phrase on characters passes over inside its runs ({@link #withCharacters}). */
    private Predicate<Word> passedOver = w -> false;

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

    /**
     * Lets "~" skip up to {@code words} words (grammar.tsv {@code GAP}), and past a comma unless
     * {@code stopAtComma}: a Chinese comma ends a clause as a semicolon does elsewhere
     * ("尼日利亚宣布，除非…实现停火，否则…": "宣布 ~ 停火" must not reach into the condition).
     */
    Phrases<T> withMaxGap(int words, boolean stopAtComma) {
        this.maxGap = words;
        this.gapStopsAtComma = stopAtComma;
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

    /**
     * Matches a phrase's words as one string of characters, which may start and end only where a
     * word does: a segmenter cuts a sentence by the words around a phrase, so a lexicon's "移除"
     * (remove) is one word alone and 移|除 in "将其从名单中移除", and "中方" is 中|方 after 会谈. Inside
     * a phrase the words {@code passedOver} are passed over: an aspect particle the lexicon does
     * not write ("交换了意见" is "交换意见", exchanged views). Call before adding phrases.
     */
    Phrases<T> withCharacters(Predicate<Word> passedOver) {
        this.characters = true;
        this.passedOver = passedOver;
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
        List<Phrase<T>> out = heads.get(stem);
        if (out == null) {
            out = headsOf(stem);
            if (heads.size() >= MAX_REMEMBERED_HEADS) {
                heads.clear();
            }
            heads.put(stem, out);
        }
        if (!noun && !out.isEmpty() && separablePrefixed(stem)) {
            return List.of();
        }
        return out;
    }

    /** The phrases keyed by what {@code stem} ends in, longest ending first. */
    private List<Phrase<T>> headsOf(String stem) {
        List<Phrase<T>> out = new ArrayList<>();
        for (int i = MIN_COMPOUND_PART; i + compoundHead <= stem.length(); i++) {
            // Each phrase is added once, under its first key: the lists of two endings share none.
            out.addAll(byFirstKey.getOrDefault(stem.substring(i), List.of()));
        }
        return List.copyOf(out);
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
        int words = 0;
        int letters = 0;
        long needs = 0;
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            letters += key.length();
            if (!key.equals(GAP)) {
                words++;
                needs |= k > 0 && !characters ? signature(key) : 0;
            }
        }
        List<String> stored = characters ? runs(keys) : keys;
        if (characters) {
            // On characters, every character after the first must stand in the sentence.
            String all = String.join("", stored).replace(GAP, "");
            for (int c = 1; c < all.length(); c++) {
                needs |= signature(all.charAt(c));
            }
        }
        Phrase<T> phrase = new Phrase<>(List.copyOf(stored), payload, words, letters, needs);
        heads.clear(); // the new phrase may be a head of a stem already looked up
        if (added.add(phrase)) {
            byFirstKey.computeIfAbsent(firstKey(stored.get(0)), k -> new ArrayList<>()).add(phrase);
        }
        return true;
    }

    /** The keys between gaps joined into one string each: [单方面, 宣布, ~, 停火] is [单方面宣布, ~, 停火]. */
    private static List<String> runs(List<String> keys) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String key : keys) {
            if (key.equals(GAP)) {
                runs.add(run.toString());
                runs.add(GAP);
                run.setLength(0);
            } else {
                run.append(key);
            }
        }
        runs.add(run.toString());
        return runs;
    }

    /** What a phrase is looked up by: its first key, or on characters its first character. */
    private String firstKey(String key) {
        return characters && !key.isEmpty() ? key.substring(0, Character.charCount(key.codePointAt(0))) : key;
    }

    /**
     * One bit of 64 for a key, by its hash. A phrase needs the bits of its keys after the first; a
     * sentence has the bits of its words' keys. A bit the sentence lacks proves one of the phrase's
     * words absent, so most of the phrases a word opens are passed over with one test and no word
     * compared; a bit it has may be another key's, and {@link #matchEnd} still decides.
     */
    private static long signature(String key) {
        int h = key.hashCode();
        return 1L << ((h ^ h >>> 16) & 63);
    }

    /**
     * {@link #signature(String)} of the one-character key {@code c}, without making the string
     * (a one-character string's hash is its character): asked of every character of a sentence.
     */
    private static long signature(char c) {
        return 1L << (c & 63);
    }

    /** The signature of every key of {@code words} (see {@link #is}). */
    private long signature(List<Word> words) {
        long s = 0;
        for (Word w : words) {
            if (characters) {
                String k = key.apply(w);
                for (int c = 0; c < k.length(); c++) {
                    s |= signature(k.charAt(c));
                }
                continue;
            }
            s |= signature(key.apply(w));
            if (other != null) {
                s |= signature(other.apply(w));
            }
        }
        return s;
    }

    List<Match<T>> find(List<Word> words) {
        return find(words, p -> true);
    }

    /** Non-overlapping matches left to right whose payload passes {@code accept}. */
    List<Match<T>> find(List<Word> words, Predicate<T> accept) {
        List<Match<T>> matches = new ArrayList<>();
        long sentence = signature(words);
        int i = 0;
        while (i < words.size()) {
            Match<T> best = bestAt(words, i, accept, sentence);
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
        return bestAt(words, i, accept, signature(words));
    }

    /** {@link #bestAt(List, int, Predicate)}, given the sentence's {@link #signature}. */
    private Match<T> bestAt(List<Word> words, int i, Predicate<T> accept, long sentence) {
        Match<T> best = null;
        int bestWords = 0;
        int bestLetters = 0;
        List<Phrase<T>> candidates = byFirstKey.getOrDefault(firstKey(key.apply(words.get(i))), List.of());
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
            if ((phrase.needs() & ~sentence) != 0 || !accept.test(phrase.payload())) {
                continue;
            }
            int end = matchEnd(words, i, phrase.keys());
            if (end > 0 && (best == null || phrase.words() > bestWords
                    || phrase.words() == bestWords && end < best.end()
                    || phrase.words() == bestWords && end == best.end() && phrase.letters() > bestLetters)
                    && fit.test(words, i, phrase.payload())) {
                // Of phrases as long and as tight, the most specific: "Friedensabkommen" (a
                // settlement) over the "Abkommen" (an agreement) a compound also ends in. The fit,
                // the dearest test (word classes, a German noun's phrase), is asked last, and only
                // of a phrase that would be the best so far.
                best = new Match<>(i, end, phrase.payload());
                bestWords = phrase.words();
                bestLetters = phrase.letters();
            }
        }
        return best;
    }

    private int matchEnd(List<Word> words, int start, List<String> keys) {
        int t = characters ? runEnd(words, start, keys.get(0)) : start + 1;
        for (int k = 1; t > 0 && k < keys.size(); k++) {
            String want = keys.get(k);
            if (want.equals(GAP)) {
                String next = keys.get(++k);
                int found = -1;
                int skipped = 0;
                for (int j = t; j < words.size() && skipped <= maxGap; j++) {
                    // A number is no word of the gap: "стянула к границе около 12 тысяч военнослужащих".
                    // Nor is a comma: "die Beziehungen zu den USA, Großbritannien, Frankreich und
                    // Deutschland abgebrochen" lists its objects.
                    skipped += PhraseMatcher.isNumber(words.get(j).text()) || words.get(j).text().equals(",") ? 0 : 1;
                    int end = characters ? runEnd(words, j, next) : is(next, words.get(j)) ? j + 1 : -1;
                    if (end > 0) {
                        found = end;
                        break;
                    }
                    String s = words.get(j).text();
                    if (s.equals(";") || s.equals(":") || gapStopsAtComma && s.equals(",")) {
                        break;
                    }
                }
                if (found < 0 || particle != null && k == keys.size() - 1 && found - 1 > t
                        && particle.test(next) && !closesClause(words, found - 1)) {
                    return -1;
                }
                t = found;
            } else {
                if (t >= words.size() || !is(want, words.get(t))) {
                    return -1;
                }
                t++;
            }
        }
        return t;
    }

    /**
     * The word after the words from {@code at} whose keys spell {@code run} exactly, or -1: the
     * run must end where a word does.
     */
    private int runEnd(List<Word> words, int at, String run) {
        int spelt = 0;
        int j = at;
        while (spelt < run.length() && j < words.size()) {
            String k = key.apply(words.get(j));
            if (spelt > 0 && !run.startsWith(k, spelt) && passedOver.test(words.get(j))) {
                j++;
                continue;
            }
            if (k.isEmpty() || !run.startsWith(k, spelt)) {
                return -1;
            }
            spelt += k.length();
            j++;
        }
        return spelt == run.length() ? j : -1;
    }
}
