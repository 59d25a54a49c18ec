package io.brink.coding;

import java.util.Locale;
import java.util.Map;

/**
 * A small, fast conflation of inflected forms ("threatened", "threatens", "threatening" → "threaten";
 * "mobilized", "mobilising" → "mobilis"). The lexicon's phrases go through the same function, so
 * stems only need to be consistent, not dictionary lemmas.
 */
public final class Stemmer {

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("struck", "strike"), Map.entry("fought", "fight"), Map.entry("shot", "shoot"),
            Map.entry("sent", "send"), Map.entry("held", "hold"), Map.entry("began", "begin"),
            Map.entry("begun", "begin"), Map.entry("took", "take"), Map.entry("taken", "take"),
            Map.entry("told", "tell"), Map.entry("withdrew", "withdraw"), Map.entry("withdrawn", "withdraw"),
            Map.entry("sought", "seek"), Map.entry("brought", "bring"), Map.entry("froze", "freeze"),
            Map.entry("frozen", "freeze"), Map.entry("threw", "throw"), Map.entry("thrown", "throw"),
            Map.entry("met", "meet"), Map.entry("led", "lead"), Map.entry("won", "win"),
            Map.entry("lost", "lose"), Map.entry("fled", "flee"), Map.entry("broke", "break"),
            Map.entry("broken", "break"), Map.entry("made", "make"), Map.entry("gave", "give"),
            Map.entry("given", "give"), Map.entry("said", "say"), Map.entry("was", "be"),
            Map.entry("were", "be"), Map.entry("been", "be"), Map.entry("being", "be"), Map.entry("is", "be"), Map.entry("are", "be"),
            Map.entry("has", "have"), Map.entry("had", "have"), Map.entry("did", "do"), Map.entry("does", "do"),
            Map.entry("done", "do"), Map.entry("vowed", "vow"), Map.entry("shut", "shut"),
            Map.entry("sold", "sell"), Map.entry("spoke", "speak"), Map.entry("spoken", "speak"),
            Map.entry("rode", "ride"), Map.entry("drove", "drive"), Map.entry("driven", "drive"),
            Map.entry("stood", "stand"), Map.entry("kept", "keep"), Map.entry("left", "leave"),
            Map.entry("bombed", "bomb"), Map.entry("forgave", "forgive"), Map.entry("overran", "overrun"),
            Map.entry("underwent", "undergo"), Map.entry("sanctioned", "sanction"),
            Map.entry("used", "use"), Map.entry("using", "use"), Map.entry("added", "add"), Map.entry("adding", "add"),
            Map.entry("defense", "defence"), Map.entry("offense", "offence"),
            // British doubled l: "cancelled" is "cancel", while "shelled" stays "shell".
            Map.entry("cancelled", "cancel"), Map.entry("cancelling", "cancel"), Map.entry("travelled", "travel"),
            Map.entry("signalled", "signal"), Map.entry("fuelled", "fuel"), Map.entry("labelled", "label"),
            Map.entry("levelled", "level"), Map.entry("quarrelled", "quarrel"), Map.entry("controlled", "control"),
            Map.entry("patrolled", "patrol"), Map.entry("patrolling", "patrol"), Map.entry("compelled", "compel"),
            Map.entry("expelled", "expel"), Map.entry("expelling", "expel"), Map.entry("propelled", "propel"),
            Map.entry("repelled", "repel"), Map.entry("annulled", "annul"));

    private Stemmer() {
    }

    /**
     * The stem of {@code word}. Not cached here: the tokenizer keeps each thread's words with their
     * stems ({@link Lexemes}), so a word is stemmed once per thread, not once per token.
     */
    public static String stem(String word) {
        return compute(word);
    }

    /** The stems of {@code words}, for the closed word lists of the grammar. */
    static java.util.Set<String> stems(String... words) {
        return java.util.stream.Stream.of(words).map(Stemmer::stem)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static String compute(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            w = irregular;
        }
        if (w.length() <= 3) {
            return w;
        }
        w = americanToBritish(w);
        w = stripSuffix(w);
        if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return singleFinalConsonant(w);
    }

    /**
     * A final double consonant becomes single in every word, inflected or not: English doubles
     * it in "banned" and "travelled" but some verbs end in one ("boycott", "rebuff", "kill",
     * "harass"), so only dropping it on both sides makes "boycotted" and "boycott" one stem.
     */
    private static String singleFinalConsonant(String w) {
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "aeiou".indexOf(w.charAt(n - 1)) < 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static String americanToBritish(String w) {
        int iz = w.lastIndexOf("iz");
        if (iz > 1 && (w.endsWith("ize") || w.endsWith("ized") || w.endsWith("izes") || w.endsWith("izing")
                || w.endsWith("ization") || w.endsWith("izations"))) {
            return w.substring(0, iz) + "is" + w.substring(iz + 2);
        }
        return w;
    }

    private static String stripSuffix(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ied") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ing") && w.length() > 5) {
            return w.substring(0, w.length() - 3);
        }
        if (w.endsWith("eed") && w.length() > 4) {
            // "agreed", "freed": the stem keeps the verb's own e.
            return w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ed") && w.length() > 4) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("es") && w.length() > 4) {
            String base = w.substring(0, w.length() - 2);
            if (base.endsWith("s") || base.endsWith("x") || base.endsWith("z") || base.endsWith("ch")
                    || base.endsWith("sh")) {
                return base;
            }
            return w.substring(0, w.length() - 1);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
