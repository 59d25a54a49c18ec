package io.brink.coding.lang;

/**
 * A word or punctuation mark of a sentence: as written, lower-cased, folded to ASCII (what names
 * and closed word classes are matched on, so "Irán" and "Iran" are one word) and stemmed (what the
 * lexicon is matched on, so "atacó" and "atacaron" are one verb). Offsets are in the sentence.
 */
public record Word(String text, String lower, String folded, String stem, int start, int end,
                   boolean capitalised) {

    /** A letter or digit, not punctuation. */
    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
    }

    /** A punctuation mark between words. */
    static Word punctuation(char c, int at) {
        String s = String.valueOf(c);
        return new Word(s, s, s, s, at, at + 1, false);
    }

    @Override
    public String toString() {
        return text + "@" + start;
    }
}
