package io.brink.coding;

import java.util.List;
import java.util.Set;

import io.brink.model.Polarity;

/**
 * Whether an English sentence reports its act as done: negated ("did not", "refused to"),
 * hypothetical, hedged, denied, imagined in a condition, or said to have failed. The English
 * coder's counterpart of the data-file coders' {@code lang.Modality}; pure functions over a
 * sentence's tokens and the modifiers the lexicon found in it.
 */
final class Certainty {

    /** The confidence of an act reported as done. */
    static final double BASE_CONFIDENCE = 0.9;
    /** A hedged act ("reportedly", "may have") counts this much of it. */
    static final double HEDGE_FACTOR = 0.6;
    /** How many tokens before a trigger a negation or hedge still governs it. */
    static final int MODIFIER_REACH = 3;
    /** How far after a conciliatory act its failure may be said ("talks between India and Pakistan broke down"). */
    static final int FAILURE_REACH = 6;
    /** "in a bid to broker a lasting truce": the purpose governs a verb, its article and adjectives. */
    static final int PURPOSE_REACH = 5;

    private Certainty() {
    }

    /** A negation governs the trigger ("did not", "refused to", "never"), whatever else does. */
    static boolean negated(Lexicon.Modifier[] modifierAt, int triggerStart) {
        for (int i = Math.max(0, triggerStart - MODIFIER_REACH); i < triggerStart; i++) {
            if (modifierAt[i] == Lexicon.Modifier.NEGATION) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CONDITIONALS = Set.of("if", "should", "were", "unless");
    private static final Set<String> IT = Set.of("it", "one", "that", "they");
    /** How far after a nominal act its ", if it ever came" may start: "a blockade of Taiwan, if it…". */
    private static final int IMAGINED_REACH = 4;

    /**
     * An act named as a noun and then imagined: "a Chinese blockade of Taiwan, if it ever came,
     * would…", "a war with Iran, should it come, …". The condition that follows it has the act
     * itself ("it") as its subject, so nothing happened.
     */
    static boolean imagined(List<Token> tokens, int end) {
        for (int i = end; i + 2 < tokens.size() && i <= end + IMAGINED_REACH; i++) {
            if (tokens.get(i).text().equals(",") && CONDITIONALS.contains(tokens.get(i + 1).lower())
                    && (IT.contains(tokens.get(i + 2).lower()) || tokens.get(i + 1).lower().equals("if")
                    && tokens.get(i + 2).lower().endsWith("ed"))) {
                // "a Chinese blockade of Taiwan would, if attempted, strain shipping": the participle
                // has the act as its subject too.
                return true;
            }
        }
        return false;
    }

    /** "described him as a 'soldier of reconciliation'": verbs that give someone a label. */
    private static final Set<String> LABELLING = Stemmer.stems("describe", "call", "hail", "dub", "remember",
            "eulogise", "eulogize", "regard", "celebrate", "praise", "know", "honour", "honor", "mourn");
    /** How far before the trigger the label's "as a" may open. */
    private static final int LABEL_REACH = 5;

    /**
     * The trigger is inside a label given to someone: "officers described him as a 'soldier of
     * reconciliation'", "remembered as the architect of the peace". A label names what a person
     * stood for; it reports no act between states.
     */
    static boolean inLabel(List<Token> tokens, int triggerStart) {
        for (int i = triggerStart - 1; i >= 1 && i >= triggerStart - LABEL_REACH; i--) {
            String t = tokens.get(i).lower();
            if (t.equals(",") || t.equals(";")) {
                return false;
            }
            String next = tokens.get(i + 1).lower();
            if (t.equals("as") && (next.equals("a") || next.equals("an") || next.equals("the")
                    || tokens.get(i + 1).isOpeningQuote())) {
                for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
                    if (LABELLING.contains(tokens.get(k).stem())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** "If Russia were to cut off gas supplies entirely": how far back the condition's "if" may stand. */
    private static final int CONDITION_CLAUSE_REACH = 12;
    private static final Set<String> CONDITION_OPENERS = Set.of("if", "unless", "whether");
    /** A sentence that opens with these before a name states a condition: "Were Caracas to …". */
    private static final Set<String> INVERTED_CONDITIONS = Set.of("were", "should", "had");
    /** Imperatives that open an imagined scene: "Imagine …", "Suppose …". */
    private static final Set<String> IMAGINING = Set.of("imagine", "suppose", "supposing");

    /**
     * The trigger stands in a condition: after "if", "unless" or "whether" with no comma between
     * ("If Russia were to cut off gas supplies, Germany would ration gas"; "will resume fighting
     * if Hamas does not free the hostages"). What is imagined has not happened; what is
     * threatened in the main clause keeps its own reading.
     */
    static boolean inCondition(List<Token> tokens, int triggerStart) {
        if (!tokens.isEmpty() && IMAGINING.contains(tokens.get(0).lower())) {
            // "Imagine the Brenner dispute escalating: Rome retaliating against Austrian trucks":
            // a sentence that asks the reader to imagine reports nothing.
            return true;
        }
        if (tokens.size() > 1 && INVERTED_CONDITIONS.contains(tokens.get(0).lower()) && tokens.get(1).isWord()
                && Character.isUpperCase(tokens.get(1).text().charAt(0))
                && tokens.subList(0, triggerStart).stream().noneMatch(t -> t.text().equals(","))) {
            // "Were Caracas to send troops into the Essequibo, …", "Should Iran close the strait, …",
            // "Had Russia not invaded, …": a condition by inversion, before its comma.
            return true;
        }
        for (int i = triggerStart - 1; i >= 0 && i >= triggerStart - CONDITION_CLAUSE_REACH; i--) {
            String t = tokens.get(i).lower();
            if (t.equals(",") || t.equals(";") || t.equals(":")) {
                return false;
            }
            if (CONDITION_OPENERS.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that deny what follows them: "denied that", "dismissed claims that", "denied shelling". */
    private static final Set<String> DENIAL_STEMS = Stemmer.stems("deny", "denied", "dismiss", "reject", "refute",
            "rebut", "dispute");
    /** The part someone had in an act, as a denial names it: "denied any role in", "denies involvement in". */
    private static final Set<String> ROLES = Set.of("role", "involvement", "responsibility", "part", "hand",
            "complicity", "link", "links");
    /** "denied any Pakistani role in": how far before the part the denial may stand. */
    private static final int ROLE_REACH = 4;
    /** "denied Ukraine's claims that Russian forces had shelled": how far back the denial may stand. */
    private static final int DENIAL_REACH = 12;

    /**
     * The act is what someone denies: a denial verb just before it ("denied shelling the plant"),
     * or before the "that" that introduces it ("the Kremlin denied Ukraine's claims that Russian
     * forces had shelled the plant"). The act did not happen as far as the sentence reports.
     */
    static boolean denied(List<Token> tokens, int triggerStart) {
        for (int i = triggerStart - 1; i >= 0 && i >= triggerStart - DENIAL_REACH; i--) {
            String t = tokens.get(i).lower();
            if (t.equals(";") || t.equals(":")) {
                return false;
            }
            if (ROLES.contains(t)) {
                // "denied any Pakistani role in the killing", "denies involvement in the attack":
                // the part the act's doer is denied to have had in it.
                for (int j = i - 1; j >= 0 && j >= i - ROLE_REACH; j--) {
                    if (DENIAL_STEMS.contains(tokens.get(j).stem())) {
                        return true;
                    }
                }
            }
            if (triggerStart - i <= 2 && DENIAL_STEMS.contains(tokens.get(i).stem())) {
                return true;
            }
            if (t.equals("that")) {
                for (int j = i - 1; j >= 0 && j >= i - 5; j--) {
                    if (DENIAL_STEMS.contains(tokens.get(j).stem())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Verbs and nouns of others' expectation: "analysts expect", "fears that", "speculation that". */
    private static final Set<String> ANTICIPATION_STEMS = Stemmer.stems("expect", "anticipate", "predict", "forecast",
            "fear", "speculate", "speculation", "bet", "wager", "rumour", "rumor");
    /** Modal verbs that put a reported clause's act in the future or the possible. */
    private static final Set<String> MODALS = Set.of("will", "would", "might", "could", "may", "shall");
    /** "officials expect the next round of talks": how far before a nominal act its expectation may stand. */
    private static final int EXPECTED_OBJECT_REACH = 3;
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    /** "Analysts expect Washington to tighten sanctions on Venezuela's oil sector": how far back the expectation may stand. */
    private static final int ANTICIPATION_REACH = 10;

    /**
     * The act is what others expect, fear or speculate will happen: "analysts expect Washington to
     * tighten sanctions", "on fears that Washington might raise tariffs", "speculation that Russia
     * will pull out of its base". An expectation verb or noun, then the actor, then "to" or a modal
     * just before the act (at most its article and adjectives between). Nothing has happened yet;
     * what an actor says it will do is not this (it has no expectation word), and is coded as its
     * intent or threat.
     */
    static boolean anticipated(List<Token> tokens, int triggerStart) {
        for (int i = triggerStart - 1; i >= 0 && i >= triggerStart - EXPECTED_OBJECT_REACH; i--) {
            Token t = tokens.get(i);
            if (ANTICIPATION_STEMS.contains(t.stem())) {
                // "officials expect the next exchange of prisoners", "investors fear new sanctions":
                // the act is what is expected.
                return true;
            }
            if (!Character.isLowerCase(t.text().charAt(0)) || t.lower().equals("to") || MODALS.contains(t.lower())) {
                break;
            }
        }
        int bridge = -1;
        for (int i = triggerStart - 1; i >= 0 && i >= triggerStart - 2; i--) {
            String t = tokens.get(i).lower();
            if (t.equals("to") || MODALS.contains(t)) {
                bridge = i;
                break;
            }
        }
        if (bridge < 0) {
            return false;
        }
        for (int i = bridge - 1; i >= 0 && i >= bridge - ANTICIPATION_REACH; i--) {
            String t = tokens.get(i).lower();
            if (t.equals(";") || t.equals(":") || t.equals(".")) {
                return false;
            }
            if (ANTICIPATION_STEMS.contains(tokens.get(i).stem())) {
                // Not the actor's own: "Iran expects to sign the deal" is its intention; but
                // "Washington is expected to impose sanctions" is others' expectation.
                return i + 1 < bridge || i > 0 && BE.contains(tokens.get(i - 1).lower());
            }
        }
        return false;
    }

    /**
     * A conciliatory act whose failure is said soon after it, in its clause and before any other
     * act: "a truce collapsed", "talks between India and Pakistan broke down" (but in "a ceasefire
     * was agreed after talks collapsed" the talks failed, not the ceasefire).
     */
    static boolean failed(Lexicon.Modifier[] modifierAt, int[] clause,
                                  PhraseMatcher.Match<Lexicon.Entry> trigger, int next) {
        if (trigger.payload().signal().polarity() != Polarity.DEESCALATION) {
            return false;
        }
        int from = trigger.end();
        for (int i = from; i < modifierAt.length && i < from + FAILURE_REACH && i < next
                && clause[i] == clause[from - 1]; i++) {
            if (modifierAt[i] == Lexicon.Modifier.FAILURE) {
                return true;
            }
        }
        return false;
    }

    /** 0 when negated, hypothetical or only the purpose of another act; lower when hedged. */
    static double confidence(Lexicon.Modifier[] modifierAt, int triggerStart) {
        double confidence = BASE_CONFIDENCE;
        for (int i = Math.max(0, triggerStart - PURPOSE_REACH); i < triggerStart; i++) {
            if (modifierAt[i] == Lexicon.Modifier.PURPOSE) {
                return 0;
            }
        }
        for (int i = Math.max(0, triggerStart - MODIFIER_REACH); i < triggerStart; i++) {
            Lexicon.Modifier m = modifierAt[i];
            if (m == Lexicon.Modifier.NEGATION) {
                return 0;
            }
            if (m == Lexicon.Modifier.HYPOTHETICAL && i >= triggerStart - 2) {
                return 0;
            }
            if (m == Lexicon.Modifier.HEDGE) {
                confidence = BASE_CONFIDENCE * HEDGE_FACTOR;
            }
        }
        return confidence;
    }
}
