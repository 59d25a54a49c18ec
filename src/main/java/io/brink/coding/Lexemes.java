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
        private final int hash;
        private final String text;
        private final String lower;
        private final String stem;
        private final boolean word;
        /** Pairs (matcher's generation, its phrases starting with this word), by matcher slot. */
        private Object[] phraseStarts;

        Lexeme(char[] chars, int hash) {
            this.chars = chars;
            this.hash = hash;
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
     * vocabulary stays in the processor's caches, where one sized for the limit would not.
     */
    private Lexeme[] table = new Lexeme[1 << 12];
    private int size;

    static Lexemes forThisThread() {
        return PER_THREAD.get();
    }

    Lexeme of(char[] s, int start, int end) {
        int h = hash(s, start, end);
        int mask = table.length - 1;
        int slot = spread(h) & mask;
        for (Lexeme l = table[slot]; l != null; l = table[slot]) {
            if (l.hash == h && sameWord(l.chars, s, start, end)) {
                return l;
            }
            slot = (slot + 1) & mask;
        }
        if (size >= LIMIT) {
            table = new Lexeme[1 << 12];
            size = 0;
            slot = freeSlot(h);
        } else if (2 * (size + 1) > table.length) {
            grow();
            slot = freeSlot(h);
        }
        Lexeme l = new Lexeme(java.util.Arrays.copyOfRange(s, start, end), h);
        table[slot] = l;
        size++;
        return l;
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
        Lexeme[] old = table;
        table = new Lexeme[old.length * 2];
        for (Lexeme l : old) {
            if (l != null) {
                table[freeSlot(l.hash)] = l;
            }
        }
    }

    /** The first empty slot from where hash {@code h} lands. */
    private int freeSlot(int h) {
        int mask = table.length - 1;
        int slot = spread(h) & mask;
        while (table[slot] != null) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int hash(char[] s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + s[i];
        }
        return h;
    }

    int size() {
        return size;
    }

    private static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        return h ^ (h >>> 13);
    }
}
