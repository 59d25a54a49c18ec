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

    /** One distinct word form: as written (also as characters, to compare), lower-cased, and stemmed. */
    record Lexeme(char[] chars, String text, String lower, String stem) {
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
            if (sameWord(l.chars, s, start, end)) {
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
        char[] chars = java.util.Arrays.copyOfRange(s, start, end);
        String text = new String(chars);
        Lexeme l = new Lexeme(chars, text, text.toLowerCase(Locale.ROOT), Stemmer.stem(text));
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
                table[freeSlot(hash(l.chars, 0, l.chars.length))] = l;
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
