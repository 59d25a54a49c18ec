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

    private final Lexicon.Modifier[] at;
    /** Where a word of failure ends (read apart from the other modifiers: see LanguageLexicon). */
    private final boolean[] failure;

    private Modality(Lexicon.Modifier[] at, boolean[] failure) {
        this.at = at;
        this.failure = failure;
    }

    static Modality of(List<Word> words, LanguageLexicon lexicon, int[] clause) {
        Lexicon.Modifier[] at = new Lexicon.Modifier[words.size()];
        for (Phrases.Match<Lexicon.Modifier> m : lexicon.modifiers(words)) {
            at[m.end() - 1] = m.payload();
        }
        boolean[] failure = new boolean[words.size()];
        for (Phrases.Match<Lexicon.Modifier> m : lexicon.failures(words)) {
            failure[m.end() - 1] = true;
        }
        return new Modality(at, failure);
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
        for (int i = end; i < Math.min(at.length, Math.min(nextTrigger + 1, end + FAILURE_REACH)); i++) {
            if (clause[i] != clause[trigger]) {
                return false;
            }
            if (failure[i]) {
                return true;
            }
        }
        return false;
    }

    /** The trigger's confidence: 0 when negated, imagined or an aim; lowered when hedged. */
    double confidence(int trigger, int[] clause) {
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
