package io.brink.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits article text into sentences in one linear pass. A full stop ends a sentence unless it
 * closes a known abbreviation ("Gen.", "Mr.", "U.S.") or an initial ("J."); line breaks end
 * paragraphs; a leading dateline ("TEHRAN (Brink Wire) — ") is dropped because the place a story
 * was filed from is not an actor in it. A run-on longer than {@link #MAX_CHARS} is cut at the last
 * space before the limit: no one writes such a sentence, and the cut keeps the coder's work per
 * sentence, and the size of every event and evidence, bounded whatever the input.
 */
public final class SentenceSplitter {

    /** The longest sentence; news sentences run to a few hundred characters. */
    public static final int MAX_CHARS = 1_000;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "sen",
            "rep", "gov", "pres", "st", "jr", "sr", "no", "nos", "inc", "corp", "ltd", "co", "vs", "etc", "approx",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "al",
            "u.s", "u.n", "u.k", "e.u", "mt", "ft", "dept", "est", "min", "max");

    /** The characters that may end a sentence. */
    private static final char[] ENDERS = {'.', '\n', '\r', '!', '?'};

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text) {
        // On an array, the JIT drops the bounds check of every charAt (news text is often UTF-16).
        return split(text, text.toCharArray());
    }

    /** {@link #split(String)} of {@code text}, whose characters {@code t} are. */
    static List<Sentence> split(String text, char[] t) {
        List<Sentence> sentences = new ArrayList<>();
        int n = t.length;
        int start = skipDateline(text);
        int i = start;
        // Where each character that may end a sentence next occurs. String.indexOf scans many
        // characters per instruction; a loop over every character would stall at every word,
        // guessing wrong whether a letter or a space comes next.
        int[] nextEnder = new int[ENDERS.length];
        java.util.Arrays.fill(nextEnder, -1);
        while (true) {
            i = nextEnder(text, nextEnder, i);
            if (i >= n) {
                break;
            }
            char c = t[i];
            boolean end;
            int next = i + 1;
            if (c == '\n' || c == '\r') {
                end = true;
            } else {
                while (next < n && isClosing(t[next])) {
                    next++;
                }
                end = (next >= n || Character.isWhitespace(t[next]))
                        && (c != '.' || !isAbbreviation(t, i))
                        && startsSentence(t, next);
            }
            if (end) {
                add(sentences, text, t, start, c == '\n' || c == '\r' ? i : next);
                start = next;
                i = next;
            } else {
                i++;
            }
        }
        add(sentences, text, t, start, n);
        return sentences;
    }

    /**
     * The first position from {@code from} holding a character of {@link #ENDERS}, or the text's
     * length; {@code next} keeps where each occurs next, so each is looked for only once it is passed.
     */
    private static int nextEnder(String text, int[] next, int from) {
        int first = text.length();
        for (int k = 0; k < ENDERS.length; k++) {
            if (next[k] < from) {
                int at = text.indexOf(ENDERS[k], from);
                next[k] = at < 0 ? text.length() : at;
            }
            first = Math.min(first, next[k]);
        }
        return first;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == ')' || c == '\u201D' || c == '\u2019' || c == '.';
    }

    private static boolean startsSentence(char[] t, int from) {
        int j = from;
        while (j < t.length && Character.isWhitespace(t[j])) {
            j++;
        }
        if (j >= t.length) {
            return true;
        }
        char c = t[j];
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '\''
                || c == '(' || c == '\u2018';
    }

    private static boolean isAbbreviation(char[] t, int dot) {
        int j = dot;
        while (j > 0 && (Character.isLetter(t[j - 1]) || t[j - 1] == '.')) {
            j--;
        }
        return dot - j == 1 || ABBREVIATIONS.contains(new String(t, j, dot - j).toLowerCase(java.util.Locale.ROOT));
    }

    private static void add(List<Sentence> sentences, String text, char[] t, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(t[s])) {
            s++;
        }
        while (e > s && Character.isWhitespace(t[e - 1])) {
            e--;
        }
        while (e - s > MAX_CHARS) {
            int cut = s + MAX_CHARS;
            while (cut > s && !Character.isWhitespace(t[cut])) {
                cut--;
            }
            if (cut == s) {
                // No space at all: cut anywhere but inside a surrogate pair.
                cut = s + MAX_CHARS;
                if (Character.isLowSurrogate(t[cut])) {
                    cut--;
                }
            }
            add(sentences, text, t, s, cut);
            s = cut;
            while (s < e && Character.isWhitespace(t[s])) {
                s++;
            }
        }
        if (e > s) {
            sentences.add(new Sentence(text.substring(s, e), s));
        }
    }

    /**
     * A dateline is a first word in capitals, then capitalised words or commas, an optional
     * "(Agency)", then a dash: "TEHRAN (Brink Wire) — ", "KYIV, Ukraine — ". Returns where the
     * story proper starts, or 0 when there is no dateline.
     */
    static int skipDateline(String text) {
        if (!leadingWordAllCaps(text)) {
            return 0;
        }
        int limit = Math.min(text.length(), 100);
        boolean inParens = false;
        boolean wordStart = true;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\u2014' || c == '\u2013' || (c == '-' && i > 0 && text.charAt(i - 1) == ' ')) {
                int j = i + 1;
                while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '-')) {
                    j++;
                }
                return j;
            }
            if (c == '(') {
                inParens = true;
            } else if (c == ')') {
                inParens = false;
            } else if (c == ' ' || c == ',') {
                wordStart = true;
                continue;
            } else if (!inParens && wordStart && !Character.isUpperCase(c)) {
                return 0;
            } else if (!Character.isLetter(c) && c != '.' && c != '\'' && !inParens) {
                return 0;
            }
            wordStart = false;
        }
        return 0;
    }

    private static boolean leadingWordAllCaps(String text) {
        int i = 0;
        int letters = 0;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
            letters++;
            i++;
        }
        return letters >= 2;
    }
}
