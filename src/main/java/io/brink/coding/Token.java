package io.brink.coding;

/**
 * A word or punctuation mark of a sentence, with its offsets, its lower-case form (for the closed
 * word lists of the grammar) and the stem used for lexicon matching. The forms belong to the word
 * ({@link Lexemes.Lexeme}), shared by every token of it that a thread meets.
 */
public final class Token {

    private final Lexemes.Lexeme word;
    private final int start;
    private final int end;

    Token(Lexemes.Lexeme word, int start, int end) {
        this.word = word;
        this.start = start;
        this.end = end;
    }

    /** Quotation marks a quote or a label may open with. */
    private static final java.util.Set<String> OPENING_QUOTES = java.util.Set.of("\"", "\u201c", "\u2018", "'");

    /** The token is a possessive ending, straight or curly: "Iraq's", "Iraq’s". */
    boolean isPossessive() {
        String l = lower();
        return l.equals("'s") || l.equals("\u2019s");
    }

    /** The token opens a quotation: a straight or curly double or single quote. */
    boolean isOpeningQuote() {
        return OPENING_QUOTES.contains(text());
    }

    public String text() {
        return word.text();
    }

    public String lower() {
        return word.lower();
    }

    public String stem() {
        return word.stem();
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    Lexemes.Lexeme word() {
        return word;
    }

    boolean isWord() {
        return word.isWord();
    }

    @Override
    public String toString() {
        return word.text() + "@" + start;
    }
}
