package io.brink.coding;

/**
 * A word or punctuation mark of a sentence, with its offsets, its lower-case form (for the closed
 * word lists of the grammar) and the stem used for lexicon matching.
 */
public record Token(String text, String lower, String stem, int start, int end) {

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }
}
