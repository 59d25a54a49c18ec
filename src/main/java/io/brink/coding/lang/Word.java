package io.brink.coding.lang;

/**
 * A word or punctuation mark of a sentence: as written, lower-cased, folded to ASCII (what names
 * and closed word classes are matched on, so "Irán" and "Iran" are one word) and stemmed (what the
 * lexicon is matched on, so "atacó" and "atacaron" are one verb). Offsets are in the sentence.
 * {@code bare} and {@code bareStem} are the folded form and the stem without a proclitic the
 * language writes onto its words (Arabic "و" and, "ب" with, "ل" to: "وروسيا" is "and Russia");
 * in a language without proclitics they are the folded form and the stem.
 */
public record Word(String text, String lower, String folded, String stem, int start, int end,
                   boolean capitalised, String bare, String bareStem) {

    public Word(String text, String lower, String folded, String stem, int start, int end, boolean capitalised) {
        this(text, lower, folded, stem, start, end, capitalised, folded, stem);
    }

    /** A letter or digit, not punctuation. */
    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
    }

    /** One character as written (a Chinese word of one character, or a punctuation mark). */
    public boolean oneCharacter() {
        return text.codePointCount(0, text.length()) == 1;
    }

    /** The word carries a proclitic ("وروسيا"). */
    public boolean hasProclitic() {
        return !bare.equals(folded);
    }

    /**
     * A punctuation mark between words; the clause marks of other scripts read as their Latin
     * counterparts (Chinese "，" and "、" and Arabic "،" as a comma, "；" and "؛" as a semicolon);
     * {@code lower} keeps the mark as written, so that the enumeration comma can be told apart.
     */
    static Word punctuation(char c, int at) {
        char as = switch (c) {
            case '\uFF0C', ENUMERATION_COMMA, '\u060C' -> ',';
            case '\uFF1B', '\u061B' -> ';';
            case '\uFF1A' -> ':';
            default -> c;
        };
        String s = String.valueOf(as);
        return new Word(s, String.valueOf(c), s, s, at, at + 1, false);
    }

    private static final char ENUMERATION_COMMA = '\u3001';

    /**
     * The Chinese enumeration comma "、", which only ever joins the members of a list ("美国、英国和法国",
     * "美、英、法三国"), never two clauses as "，" may.
     */
    public boolean enumerates() {
        return lower.length() == 1 && lower.charAt(0) == ENUMERATION_COMMA;
    }

    @Override
    public String toString() {
        return text + "@" + start;
    }
}
