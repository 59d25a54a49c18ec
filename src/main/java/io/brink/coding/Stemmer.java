package io.brink.coding;

import java.util.Locale;
import java.util.Map;

/**
 * A small, fast conflation of inflected forms ("threatened", "threatens", "threatening" → "threaten";
 * "mobilized", "mobilising" → "mobilis"). The lexicon's phrases go through the same function, so
 * stems only need to be consistent, not dictionary lemmas.
 */
public final class Stemmer {

    /** The irregular verb forms of English, generated from WordNet ({@code irregular-verbs.tsv}). */
    public static final String IRREGULAR_VERBS = "io/brink/lexicon/irregular-verbs.tsv";

    /**
     * Forms the suffix rules get wrong that are not irregular verbs in WordNet: American spellings,
     * British doubled l ("cancelled" is "cancel", while "shelled" stays "shell"), and a few regular
     * forms the rules would cut too far ("used" is not "us").
     */
    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("bombed", "bomb"), Map.entry("sanctioned", "sanction"),
            Map.entry("used", "use"), Map.entry("using", "use"), Map.entry("aged", "age"), Map.entry("aging", "age"),
            Map.entry("ageing", "age"), Map.entry("added", "add"), Map.entry("adding", "add"),
            Map.entry("defense", "defence"), Map.entry("offense", "offence"),
            Map.entry("cancelled", "cancel"), Map.entry("cancelling", "cancel"), Map.entry("travelled", "travel"),
            Map.entry("signalled", "signal"), Map.entry("fuelled", "fuel"), Map.entry("labelled", "label"),
            Map.entry("levelled", "level"), Map.entry("quarrelled", "quarrel"), Map.entry("controlled", "control"),
            Map.entry("patrolled", "patrol"), Map.entry("patrolling", "patrol"), Map.entry("compelled", "compel"),
            Map.entry("expelled", "expel"), Map.entry("expelling", "expel"), Map.entry("propelled", "propel"),
            Map.entry("repelled", "repel"), Map.entry("annulled", "annul"),
            // "is", "are", "has", "does": too short for the rules, and the grammar asks for their verb.
            Map.entry("is", "be"), Map.entry("are", "be"), Map.entry("being", "be"), Map.entry("has", "have"),
            Map.entry("does", "do"));

    /** Inflected form → its verb, for every form the suffix rules cannot undo ("shook" → "shake"). */
    private static final Map<String, String> IRREGULAR = irregular();

    private static Map<String, String> irregular() {
        Map<String, String> forms = new java.util.HashMap<>();
        for (DataFile.Line line : DataFile.readResource(IRREGULAR_VERBS)) {
            forms.put(line.column(0), line.column(1));
        }
        forms.putAll(SPELLINGS);
        return Map.copyOf(forms);
    }

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
        return regularStem(irregular != null ? irregular : w);
    }

    /** The stem by the suffix rules alone, without the table of irregular forms. */
    public static String regularStem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
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
