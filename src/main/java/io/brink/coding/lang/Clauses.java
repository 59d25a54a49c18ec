package io.brink.coding.lang;

import java.util.List;

/**
 * The clause of every word, so that an actor is looked for where its verb is: a semicolon, and a
 * comma before a word that opens a clause ("pero", "mientras", "mais", "tandis"), start a new one;
 * a relative clause between commas (", que …,", ", qui …,") is one of its own.
 */
final class Clauses {

    /** ", wie das brasilianische Militär am Montag mitteilte": how far before its verb "wie" may open an attribution. */
    private static final int AS_REPORTED_REACH = 12;

    private Clauses() {
    }

    static int[] of(List<Word> words, Grammar grammar) {
        int[] clause = new int[words.size()];
        int current = 0;
        int next = 1;
        // "Nachdem Russland die Ukraine angegriffen hatte, verhängte Deutschland Sanktionen": a
        // subordinate clause that opens the sentence ends at its first comma.
        boolean subordinate = !words.isEmpty() && grammar.is(Grammar.WordClass.SUBORDINATE, words.get(0));
        for (int i = 0; i < words.size(); i++) {
            String t = words.get(i).text();
            if (t.equals(";") || t.equals(",") && i + 1 < words.size()
                    && (subordinate || grammar.is(Grammar.WordClass.CLAUSE, words.get(i + 1)))) {
                subordinate = false;
                current = next++;
            } else if (t.equals(",") && i + 1 < words.size()
                    && grammar.is(Grammar.WordClass.RELATIVE, words.get(i + 1))) {
                // "Rusia, que invadió Ucrania en 2022, amenazó a Polonia": the relative clause is
                // one of its own, and the sentence resumes its clause after it.
                int close = closingComma(words, i + 1);
                if (close > 0) {
                    int inner = next++;
                    for (int j = i; j <= close; j++) {
                        clause[j] = inner;
                    }
                    i = close;
                    continue;
                }
            }
            clause[i] = current;
        }
        return clause;
    }

    /** The comma that closes an insertion opened at {@code from}, when words follow it; else -1. */
    private static int closingComma(List<Word> words, int from) {
        for (int j = from; j < words.size() && j < from + MAX_INSERTION; j++) {
            String t = words.get(j).text();
            if (t.equals(";")) {
                return -1;
            }
            if (t.equals(",")) {
                return j + 1 < words.size() && words.get(j + 1).isWord() ? j : -1;
            }
        }
        return -1;
    }

    /** Longer comma-delimited stretches are lists or separate clauses, not insertions. */
    private static final int MAX_INSERTION = 20;

    /**
     * Words that only say who reports: from a comma followed within two words by a reporting verb
     * to the end of the clause (", dijo el ministro ruso"), or to the comma that closes it when the
     * sentence goes on ("Украина, по словам Москвы, атаковала Россию": the act after it is the
     * sentence's own); and from an opening "según"/"selon" to its comma ("Según Francia, …"), or,
     * with no comma, over the actor it names ("Nach Angaben Polens hat Belarus …"). {@code actors}
     * are where the sentence's names end (exclusive), in order.
     */
    static boolean[] attribution(List<Word> words, int[] clause, Grammar grammar, int[] actorEnds) {
        return attribution(words, clause, grammar, actorEnds, new boolean[words.size()]);
    }

    /**
     * As above, but a reporting word that opens a phrase of the lexicon ({@code opensPhrase}) is
     * that phrase's verb, not a report: German "sagte … zu" pledges ("Deutschland sagte der Ukraine
     * weitere Hilfe zu").
     */
    static boolean[] attribution(List<Word> words, int[] clause, Grammar grammar, int[] actorEnds,
                                 boolean[] opensPhrase) {
        boolean[] in = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            if (!grammar.is(Grammar.WordClass.REPORTING, words.get(i)) || opensPhrase[i]) {
                continue;
            }
            int comma = -1;
            for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
                if (words.get(j).text().equals(",")) {
                    comma = j;
                    break;
                }
            }
            for (int j = i - 1; comma < 0 && j >= Math.max(1, i - AS_REPORTED_REACH) && clause[j] == clause[i]; j--) {
                if (words.get(j - 1).text().equals(",") && grammar.is(Grammar.WordClass.AS_REPORTED, words.get(j))) {
                    comma = j - 1;
                }
            }
            if (comma >= 0) {
                int close = closingComma(words, i + 1);
                int to = close > 0 ? close : words.size();
                for (int j = comma; j < to && clause[j] == clause[comma]
                        && !grammar.is(Grammar.WordClass.THAT, words.get(j)); j++) {
                    in[j] = true;
                }
            } else if (i == 0 || i == 1) {
                // "Según Francia, …"; "قال الوزير إن …" (said the minister that …): to its comma or "that".
                int to = i;
                while (to < words.size() && !words.get(to).text().equals(",")
                        && !(to > i && grammar.is(Grammar.WordClass.THAT, words.get(to)))
                        && !grammar.is(Grammar.WordClass.FUNCTION, words.get(to))) {
                    to++;
                }
                if (to < words.size() && grammar.is(Grammar.WordClass.FUNCTION, words.get(to))) {
                    // "قالت اليابان إنها أوقفت المساعدات" (said Japan that it halted the aid): the
                    // pronoun is the speaker, who is the subject of what is reported.
                    continue;
                }
                if (to == words.size()) {
                    // Neither: the attribution is its source's name alone.
                    to = Math.min(to, firstEndAfter(actorEnds, i + 1));
                }
                for (int j = i; j < to; j++) {
                    in[j] = true;
                }
            }
        }
        return in;
    }

    /** The end of the first name that ends after {@code from}, or {@code from} when there is none. */
    private static int firstEndAfter(int[] actorEnds, int from) {
        for (int end : actorEnds) {
            if (end > from) {
                return end;
            }
        }
        return from;
    }
}
