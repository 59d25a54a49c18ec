package io.brink.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence into word and punctuation tokens in one left-to-right pass (no regular
 * expressions, so time is linear in the input whatever it holds). Dotted abbreviations such as
 * "U.S." stay one token, a possessive "'s" becomes its own token, and hyphenated words
 * ("air-defence") stay whole.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String sentence) {
        // On an array, the JIT drops the bounds check of every charAt (news text is often UTF-16).
        char[] s = sentence.toCharArray();
        return tokenize(s, 0, s.length);
    }

    /**
     * The tokens of {@code s[from, to)}, with offsets from {@code from}: the coder tokenizes each
     * sentence where it stands in the article, without copying it out first.
     */
    static List<Token> tokenize(char[] s, int from, int to) {
        List<Token> tokens = new ArrayList<>((to - from) / 4 + 4);
        Lexemes lexemes = Lexemes.forThisThread();
        int i = from;
        while (i < to) {
            char c = s[i];
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(s, i, to);
                int possessive = possessiveStart(s, i, end);
                if (possessive > i) {
                    add(tokens, lexemes, s, from, i, possessive);
                    add(tokens, lexemes, s, from, possessive, end);
                } else {
                    add(tokens, lexemes, s, from, i, end);
                }
                i = end;
            } else {
                add(tokens, lexemes, s, from, i, i + 1);
                i++;
            }
        }
        return tokens;
    }

    private static void add(List<Token> tokens, Lexemes lexemes, char[] s, int from, int start, int end) {
        tokens.add(new Token(lexemes.of(s, start, end), start - from, end - from));
    }

    private static int wordEnd(char[] s, int i, int n) {
        int j = i;
        while (j < n) {
            char c = s[j];
            if (Character.isLetterOrDigit(c)) {
                j++;
            } else if (c == '-' && Character.isUpperCase(s[i]) && j + 1 < n && (Character.isLowerCase(s[j + 1])
                    || capitalised(s, i, j) && capitalised(s, j + 1, n))) {
                // "Vietnamese-led", "Russian-made": the actor stands on its own; so do both halves
                // of "British-Iranian", a dual national of both states.
                return j;
            } else if ((c == '-' || c == '\'' || c == '\u2019' || c == '.') && j + 1 < n
                    && Character.isLetterOrDigit(s[j + 1])) {
                j++;
            } else if (c == '.' && isAbbreviationDot(s, i, j)) {
                return j + 1;
            } else {
                break;
            }
        }
        return j;
    }

    /** A capital and then a small letter at {@code i}: "Iranian", not "IRIS" or "T". */
    private static boolean capitalised(char[] s, int i, int n) {
        return i + 1 < n && Character.isUpperCase(s[i]) && Character.isLowerCase(s[i + 1]);
    }

    /** "U.S." keeps its closing dot: the word so far is single letters joined by dots. */
    private static boolean isAbbreviationDot(char[] s, int start, int dot) {
        if (dot - start < 3) {
            return false;
        }
        for (int k = start; k < dot; k++) {
            boolean letterSlot = (k - start) % 2 == 0;
            char c = s[k];
            if (letterSlot ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    private static int possessiveStart(char[] s, int start, int end) {
        if (end - start >= 3) {
            char a = s[end - 2];
            char b = s[end - 1];
            if ((a == '\'' || a == '\u2019') && (b == 's' || b == 'S')) {
                return end - 2;
            }
        }
        return start;
    }
}
