package io.brink.coding;

import java.util.List;
import java.util.Set;

/**
 * The clause of every token, so that an actor is looked for where its verb is. A semicolon and
 * ", while/but/…" start a new clause. An insertion between two commas that opens with a
 * participle or a relative pronoun (", speaking after a meeting with his security council,";
 * ", which borders Syria,") is a clause of its own, and the sentence around it resumes its clause
 * after it: "Putin, speaking after a meeting with X, threatened Y" — the meeting is not with Y and
 * the threat is Putin's. So is a parenthesis.
 */
final class Clauses {

    private static final Set<String> OPENERS = Set.of("while", "but", "whereas", "although", "though",
            "meanwhile");
    private static final Set<String> INSERTION_OPENERS = Set.of("who", "which", "whose", "whom");
    /** Longer comma-delimited stretches are lists or separate clauses, not insertions. */
    private static final int MAX_INSERTION = 20;

    private Clauses() {
    }

    /**
     * The clause of each token. ", and" or ", as" before a new actor ({@code actorAt} marks where
     * actors start) starts a clause too: "China and South Korea established relations, and Seoul severed
     * its ties with Taipei" — Taipei is no party to the first act.
     */
    static int[] of(List<Token> tokens, boolean[] actorAt) {
        int[] clause = new int[tokens.size()];
        int current = 0;
        int next = 1;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if (t.equals(";") || (t.equals(",") && i + 1 < tokens.size()
                    && (OPENERS.contains(tokens.get(i + 1).lower()) || andNewActor(tokens, i + 1, actorAt)))) {
                current = next++;
            }
            // "Muhammadu Buhari (elected in March on a promise to crush Boko Haram) flew to
            // N'Djamena": what a parenthesis says is a clause of its own, as an insertion is.
            int close = t.equals("(") ? closingParenthesis(tokens, i + 1)
                    : t.equals(",") && i + 1 < tokens.size() && opensInsertion(tokens.get(i + 1))
                    ? closingComma(tokens, i + 1) : -1;
            if (close > 0) {
                java.util.Arrays.fill(clause, i, close + 1, next++);
                i = close;
                continue;
            }
            clause[i] = current;
        }
        return clause;
    }

    /** Words that, after a comma and before an actor, open a clause with a subject of its own. */
    private static final Set<String> NEW_SUBJECT = Set.of("and", "as");

    /**
     * "and" or "as" at {@code at}, then an actor at once or after "the": "…, as Seoul ended its
     * official ties with Taipei" is another clause, with its own subject.
     */
    private static boolean andNewActor(List<Token> tokens, int at, boolean[] actorAt) {
        if (!NEW_SUBJECT.contains(tokens.get(at).lower())) {
            return false;
        }
        int first = at + 1;
        if (first < tokens.size() && tokens.get(first).lower().equals("the")) {
            first++;
        }
        return first < actorAt.length && actorAt[first];
    }

    private static boolean opensInsertion(Token t) {
        String w = t.lower();
        return INSERTION_OPENERS.contains(w) || w.length() > 5 && w.endsWith("ing") && t.isWord();
    }

    /** Parentheses longer than this are left alone (an unclosed one would swallow the sentence). */
    private static final int MAX_PARENTHESIS = 40;

    /** The ")" that closes a parenthesis opened before {@code from}, when words of the sentence follow it; else -1. */
    private static int closingParenthesis(List<Token> tokens, int from) {
        for (int j = from; j < tokens.size() && j < from + MAX_PARENTHESIS; j++) {
            if (tokens.get(j).text().equals(")")) {
                return j + 1 < tokens.size() && tokens.get(j + 1).isWord() ? j : -1;
            }
        }
        return -1;
    }

    /** The comma that closes an insertion opened at {@code from}, when words of the sentence follow it; else -1. */
    private static int closingComma(List<Token> tokens, int from) {
        for (int j = from; j < tokens.size() && j < from + MAX_INSERTION; j++) {
            String t = tokens.get(j).text();
            if (t.equals(";")) {
                return -1;
            }
            if (t.equals(",")) {
                return j + 1 < tokens.size() && tokens.get(j + 1).isWord() ? j : -1;
            }
        }
        return -1;
    }
}
