package io.brink.coding.lang;

import java.util.List;

import io.brink.coding.Lexicon;

/**
 * How the words before a trigger change it, by the English coder's reaches: a negation up to three
 * words before cancels it ("no atacó", "n'a pas attaqué"), a hypothetical up to two words before
 * makes it imagined ("si atacara", "toute attaque"), a purpose up to five words before makes it an
 * aim ("con el fin de negociar"), and a hedge up to three words before lowers its confidence
 * ("podría atacar", "pourrait sanctionner"). A failure said just after a conciliatory act
 * ("fracasaron", "ont échoué") means it did not happen.
 */
final class Modality {

    static final double BASE_CONFIDENCE = 0.9;
    static final double HEDGE_FACTOR = 0.6;
    static final int MODIFIER_REACH = 3;
    static final int HYPOTHETICAL_REACH = 2;
    static final int PURPOSE_REACH = 5;
    /** "las negociaciones … terminaron sin acuerdo": how far after a conciliatory act its failure may be said. */
    static final int FAILURE_REACH = 8;

    /** "中断了与日本的谈判", "suspendió el martes las negociaciones": how far before a conciliatory act the word that halts it may end. */
    static final int HALT_REACH = 5;

    private final Lexicon.Modifier[] at;
    /** Where a word of failure ends (read apart from the other modifiers: see LanguageLexicon). */
    private final boolean[] failure;
    /** Where a word that breaks an act off ends ("suspendió", "Abbruch der"), read before an act. */
    private final boolean[] haltBefore;
    /** Where one ends that closes its clause ("abgebrochen.", "brach … ab."), read after an act. */
    private final boolean[] haltAfter;

    /**
     * By word: it follows a word of condition (grammar.tsv {@code CONDITION}: "falls", "si") that
     * opens the sentence or follows a comma, before the next comma, so what it says is imagined
     * however far its verb stands ("…, falls Präsident X nicht binnen vier Monaten eine Waffenruhe
     * vereinbart": German puts the verb at the end).
     */
    private final boolean[] conditional;
    /** By word: it follows "otherwise" (grammar.tsv {@code OTHERWISE}) before the next comma. */
    private final boolean[] threatened;

    private Modality(Lexicon.Modifier[] at, boolean[] failure, boolean[] haltBefore, boolean[] haltAfter,
                     boolean[] conditional, boolean[] threatened) {
        this.at = at;
        this.conditional = conditional;
        this.threatened = threatened;
        this.failure = failure;
        this.haltBefore = haltBefore;
        this.haltAfter = haltAfter;
    }

    static Modality of(List<Word> words, LanguageLexicon lexicon, int[] clause) {
        return of(words, lexicon, clause, new Grammar(List.of()));
    }

    static Modality of(List<Word> words, LanguageLexicon lexicon, int[] clause, Grammar grammar) {
        Lexicon.Modifier[] at = new Lexicon.Modifier[words.size()];
        boolean[] conditional = new boolean[words.size()];
        for (Phrases.Match<Lexicon.Modifier> m : lexicon.modifiers(words)) {
            at[m.end() - 1] = m.payload();
        }
        boolean[] threatened = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            // Where it opens the sentence or follows a comma: "sollte" is also "should", "wenn" in
            // "auch wenn" concedes.
            if (i == 0 || words.get(i - 1).text().equals(",")) {
                if (grammar.is(Grammar.WordClass.CONDITION, words.get(i))) {
                    markCondition(words, i, conditional);
                } else if (grammar.is(Grammar.WordClass.OTHERWISE, words.get(i))) {
                    markCondition(words, i, threatened);
                }
            }
        }
        boolean[] failure = new boolean[words.size()];
        for (Phrases.Match<Lexicon.Modifier> m : lexicon.failures(words)) {
            failure[m.end() - 1] = true;
        }
        boolean[] haltBefore = new boolean[words.size()];
        boolean[] haltAfter = new boolean[words.size()];
        for (Phrases.Match<Lexicon.Modifier> m : lexicon.halts(words)) {
            haltBefore[m.end() - 1] = true;
            // After the act only as the verb that closes its clause ("hat die Gespräche
            // abgebrochen.", "переговоры были приостановлены."): "acordaron suspender los ataques",
            // "同意暂停军事行动" agree to halt something else.
            haltAfter[m.end() - 1] = m.end() == words.size() || !words.get(m.end()).isWord()
                    || clause[m.end()] != clause[m.end() - 1];
        }
        return new Modality(at, failure, haltBefore, haltAfter, conditional, threatened);
    }

    /**
     * A word of condition covers what follows it to the next comma: the condition ("…, falls X
     * nicht binnen vier Monaten eine Waffenruhe vereinbart, …"), not what is said will follow it
     * ("如果…，将进行报复", "Falls die Ukraine angreift, wird Russland antworten": a threat).
     */
    private static void markCondition(List<Word> words, int at, boolean[] marks) {
        for (int i = at; i < words.size() && !words.get(i).text().equals(","); i++) {
            marks[i] = true;
        }
    }

    /**
     * A conciliatory act broken off: a word of {@link Lexicon.Modifier#HALT} ends up to
     * {@value #HALT_REACH} words before it in its clause ("suspendió las negociaciones", "暂停与美国的对话"),
     * or after it as the verb that closes its clause ("hat die Gespräche mit Japan abgebrochen",
     * "brach die Gespräche ab": a separable verb's particle closes it).
     */
    boolean halted(int trigger, int end, int[] clause) {
        for (int i = Math.max(0, trigger - HALT_REACH); i < trigger; i++) {
            if (haltBefore[i] && clause[i] == clause[trigger]) {
                return true;
            }
        }
        // The verb that closes the act's clause halts it however far it stands and whatever
        // stands between ("hat die Gespräche mit Tokio über einen Friedensvertrag wegen der
        // japanischen Sanktionen auf Eis gelegt"): German puts the participle last.
        for (int i = end; i < at.length && clause[i] == clause[trigger]; i++) {
            if (haltAfter[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word marked in {@code marks} ends after the act, before the next trigger (or as its first
     * word) and within {@value #FAILURE_REACH} words, in the act's clause.
     */
    private boolean saidAfter(boolean[] marks, int end, int nextTrigger, int[] clause, int trigger) {
        for (int i = end; i < Math.min(at.length, Math.min(nextTrigger + 1, end + FAILURE_REACH)); i++) {
            if (clause[i] != clause[trigger]) {
                return false;
            }
            if (marks[i]) {
                return true;
            }
        }
        return false;
    }

    boolean negated(int trigger, int[] clause) {
        for (int i = Math.max(0, trigger - MODIFIER_REACH); i < trigger; i++) {
            if (at[i] == Lexicon.Modifier.NEGATION && clause[i] == clause[trigger]) {
                return true;
            }
        }
        return false;
    }

    /**
     * A negation inside the trigger's phrase, between its first and last words: where a language
     * puts it between a verb and its particle or participle ("griff die Ukraine nicht an", "hat das
     * Abkommen nicht unterzeichnet"; grammar.tsv's ORDER verb-final).
     */
    boolean negatedWithin(int start, int end, List<Word> words, String phrase) {
        for (int i = start + 1; i < end - 1; i++) {
            // A word the phrase itself is written with is the act, not its negation: "потребовала
            // от России прекратить огонь" asks for the fire to stop ("прекратить" also negates).
            if (at[i] == Lexicon.Modifier.NEGATION && !writtenIn(phrase, words.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean writtenIn(String phrase, Word word) {
        for (String w : phrase.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (w.equals(word.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A conciliatory act said to fail just after it ("las negociaciones fracasaron", "les pourparlers
     * ont échoué"), before the next trigger or as its first word ("a trégua foi rompida", where
     * "romper" is also a signal), in its clause: what failed is no de-escalation.
     */
    boolean failed(int end, int nextTrigger, int[] clause, int trigger) {
        return saidAfter(failure, end, nextTrigger, clause, trigger);
    }

    /**
     * The trigger stands after "otherwise" in its clause: what will follow if a condition is not
     * met ("否则将撤出维和部队") is threatened, not done.
     */
    boolean threatened(int trigger) {
        return threatened[trigger];
    }

    /** The trigger's confidence: 0 when negated, imagined or an aim; lowered when hedged. */
    double confidence(int trigger, int[] clause) {
        if (conditional[trigger]) {
            return 0;
        }
        for (int i = Math.max(0, trigger - PURPOSE_REACH); i < trigger; i++) {
            if (at[i] == Lexicon.Modifier.PURPOSE && clause[i] == clause[trigger]) {
                return 0;
            }
        }
        double confidence = BASE_CONFIDENCE;
        for (int i = Math.max(0, trigger - MODIFIER_REACH); i < trigger; i++) {
            if (clause[i] != clause[trigger] || at[i] == null) {
                continue;
            }
            switch (at[i]) {
                case NEGATION -> {
                    return 0;
                }
                case HYPOTHETICAL -> {
                    if (i >= trigger - HYPOTHETICAL_REACH) {
                        return 0;
                    }
                }
                case HEDGE -> confidence = BASE_CONFIDENCE * HEDGE_FACTOR;
                default -> {
                }
            }
        }
        return confidence;
    }
}
