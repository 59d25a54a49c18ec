package io.brink.coding;

import java.util.Locale;

/**
 * The words a coding thread has met, each once with its lower-case form and stem. News vocabulary
 * is Zipfian, so nearly every token is a word seen before: it is found by hashing its characters
 * where they stand in the sentence, without cutting a new string, hashing it again for a map, or
 * lower-casing and stemming it again. One table per thread, so lookups take no lock; hostile input
 * (endless distinct tokens) cannot grow it: a full table starts over.
 */
final class Lexemes {

    /**
     * One distinct word form: as written (also as characters, to compare), lower-cased, and
     * stemmed. It also remembers, for each {@link PhraseMatcher}, which phrases start with it, so
     * matching a token costs one look here instead of hashing its key into the matcher's map. A
     * lexeme belongs to one thread's table, so that memo needs no lock.
     */
    static final class Lexeme {

        /** Matchers remembered per word; the standard coder has four, so eight slots rarely collide. */
        static final int MATCHER_SLOTS = 8;

        private final char[] chars;
        private final long key;
        private final String text;
        private final String lower;
        private final String stem;
        private final boolean word;
        /** Pairs (matcher's generation, its phrases starting with this word), by matcher slot. */
        private Object[] phraseStarts;

        Lexeme(char[] chars, long key) {
            this.chars = chars;
            this.key = key;
            this.text = new String(chars);
            this.lower = text.toLowerCase(Locale.ROOT);
            this.stem = Stemmer.stem(text);
            this.word = Character.isLetterOrDigit(chars[0]);
        }

        String text() {
            return text;
        }

        String lower() {
            return lower;
        }

        String stem() {
            return stem;
        }

        /** A word or number, not punctuation. */
        boolean isWord() {
            return word;
        }

        /** What the matcher of this {@code slot} and {@code generation} remembered here, or null. */
        Object phraseStarts(int slot, Object generation) {
            Object[] memo = phraseStarts;
            return memo != null && memo[2 * slot] == generation ? memo[2 * slot + 1] : null;
        }

        void rememberPhraseStarts(int slot, Object generation, Object starts) {
            if (phraseStarts == null) {
                phraseStarts = new Object[2 * MATCHER_SLOTS];
            }
            phraseStarts[2 * slot] = generation;
            phraseStarts[2 * slot + 1] = starts;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    static final int LIMIT = 1 << 16;
    private static final ThreadLocal<Lexemes> PER_THREAD = ThreadLocal.withInitial(Lexemes::new);

    /**
     * Open addressing at a load of at most one half, grown as words come: a table the size of the
     * vocabulary stays in the processor's caches, where one sized for the limit would not. Each
     * slot's key sits in an array of its own, so a probe reads no word object: a word of up to
     * seven Latin-1 characters is its key, exactly; a longer word's key holds its hash, and only
     * a matching key leads to comparing characters.
     */
    private long[] keys = new long[INITIAL_SLOTS];
    private Lexeme[] words = new Lexeme[INITIAL_SLOTS];
    private int size;
    private static final int INITIAL_SLOTS = 1 << 12;
    private static final int PACKED_CHARS = 7;
    private static final long HASHED = 0xFFL << 56;

    static Lexemes forThisThread() {
        return PER_THREAD.get();
    }

    Lexeme of(char[] s, int start, int end) {
        long key = key(s, start, end);
        boolean packed = (key & HASHED) != HASHED;
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        for (long k = keys[slot]; k != 0; k = keys[slot]) {
            if (k == key && (packed || sameWord(words[slot].chars, s, start, end))) {
                return words[slot];
            }
            slot = (slot + 1) & mask;
        }
        if (size >= LIMIT) {
            keys = new long[INITIAL_SLOTS];
            words = new Lexeme[INITIAL_SLOTS];
            size = 0;
            slot = freeSlot(key);
        } else if (2 * (size + 1) > keys.length) {
            grow();
            slot = freeSlot(key);
        }
        Lexeme l = new Lexeme(java.util.Arrays.copyOfRange(s, start, end), key);
        keys[slot] = key;
        words[slot] = l;
        size++;
        return l;
    }

    /**
     * The word's key: for up to {@value #PACKED_CHARS} Latin-1 characters, its length followed by
     * its characters, a byte each (so two words share a key only if they are the same word);
     * otherwise {@link #HASHED} with the length and a hash of the characters.
     */
    static long key(char[] s, int start, int end) {
        int length = end - start;
        if (length <= PACKED_CHARS) {
            long key = length;
            int i = start;
            while (i < end && s[i] <= 0xFF) {
                key = key << 8 | s[i];
                i++;
            }
            if (i == end) {
                return key;
            }
        }
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + s[i];
        }
        return HASHED | (long) (length & 0xFFFFFF) << 32 | (h & 0xFFFFFFFFL);
    }

    /** A plain loop: words are a few characters, too short for the vectorised {@code Arrays.equals} to pay. */
    private static boolean sameWord(char[] word, char[] s, int start, int end) {
        if (word.length != end - start) {
            return false;
        }
        for (int i = 0; i < word.length; i++) {
            if (word[i] != s[start + i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        Lexeme[] old = words;
        keys = new long[old.length * 2];
        words = new Lexeme[old.length * 2];
        for (Lexeme l : old) {
            if (l != null) {
                int slot = freeSlot(l.key);
                keys[slot] = l.key;
                words[slot] = l;
            }
        }
    }

    /** The first empty slot from where {@code key} lands. */
    private int freeSlot(long key) {
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (keys[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Fibonacci hashing: the key's high product bits, which every bit of the key reaches. */
    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    int size() {
        return size;
    }
}
