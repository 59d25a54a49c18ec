package io.brink.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Resolves the few references to countries that are safe to resolve: "it", "the country" and
 * "its government" to the one country the previous sentence named, "the two sides", "both
 * sides" and "the two countries" to the two named before them in the sentence, or else to the
 * two the previous sentence named. Any other number of countries leaves the reference alone.
 */
final class Anaphora {

    private static final String COUNTRY = Stemmer.stem("country");
    private static final String GOVERNMENT = Stemmer.stem("government");
    private static final String LEADERS = Stemmer.stem("leaders");

    /** Stems of the nouns that name both parties: "sides", "countries", "nations", … */
    private static final java.util.Set<String> PARTIES = Stemmer.stems("sides", "countries", "nations",
            "governments", "neighbours", "neighbors");

    private Anaphora() {
    }

    /** {@code named} plus resolved references, ordered by position. */
    static List<Gazetteer.Mention> resolve(List<Token> tokens, List<Gazetteer.Mention> named,
                                           List<String> previousCountries) {
        boolean korea = namesKorea(named, previousCountries);
        if ((previousCountries.isEmpty() || previousCountries.size() > 2) && named.size() < 2 && !namesDivided(tokens)
                && !korea) {
            // Nothing a reference could stand for: most sentences.
            return named;
        }
        List<Gazetteer.Mention> out = new ArrayList<>(named);
        for (int i = 0; i < tokens.size(); i++) {
            if (Gazetteer.covers(named, i)) {
                continue;
            }
            String half = korea ? koreanHalf(tokens, i) : null;
            if (half != null && !Gazetteer.covers(named, i + 1)) {
                // "North Korea fired a shell and the South's artillery answered": where one Korea
                // is named, "the South" and "the North" are the two Koreas.
                out.add(new Gazetteer.Mention(half, Gazetteer.Kind.NAME, i, i + 2));
                i++;
                continue;
            }
            int singular = singularEnd(tokens, i);
            if (singular > 0 && previousCountries.size() == 1) {
                out.add(new Gazetteer.Mention(previousCountries.get(0), Gazetteer.Kind.NAME, i, singular));
                i = singular - 1;
                continue;
            }
            int plural = pluralEnd(tokens, i);
            int fronted = plural > 0 ? Coordination.frontedPhraseClose(tokens) : -1;
            // "With Qatari and Egyptian officials shuttling between the two sides, Israel and Hamas
            // agreed": inside a fronted phrase the two sides are the subjects named after it.
            List<String> pair = plural <= 0 ? List.of() : i < fronted ? pairAfter(named, fronted)
                    : pairBefore(named, i, previousCountries);
            List<String> divided = plural > 0 ? DIVIDED.get(lower(tokens, plural - 1)) : null;
            if (divided != null) {
                pair = divided;
            }
            if (pair.size() == 2) {
                // Two joint actors side by side, read as "A and B" would be.
                out.add(new Gazetteer.Mention(pair.get(0), Gazetteer.Kind.NAME, i, plural - 1));
                out.add(new Gazetteer.Mention(pair.get(1), Gazetteer.Kind.NAME, plural - 1, plural));
                i = plural - 1;
            }
        }
        out.sort(Comparator.comparingInt(Gazetteer.Mention::start));
        return out;
    }

    /** The first two countries named after {@code at}, or fewer. */
    private static List<String> pairAfter(List<Gazetteer.Mention> named, int at) {
        List<String> pair = new ArrayList<>(2);
        for (Gazetteer.Mention m : named) {
            if (m.start() > at && m.isCountry() && !pair.contains(m.code()) && pair.size() < 2) {
                pair.add(m.code());
            }
        }
        return pair;
    }

    /**
     * The two countries "the two sides" stands for: the two this sentence named before it ("Thai
     * jets struck Cambodian targets as troops of the two countries exchanged fire"), or, when it
     * named none, the two the previous sentence named. Any other count is left unresolved.
     */
    private static List<String> pairBefore(List<Gazetteer.Mention> named, int at, List<String> previousCountries) {
        List<String> here = new ArrayList<>(2);
        for (Gazetteer.Mention m : named) {
            if (m.start() < at && m.isCountry() && !here.contains(m.code())) {
                here.add(m.code());
            }
        }
        return here.isEmpty() ? previousCountries : here;
    }

    /** "It" as a subject at the start, "the country", "its government": end index or -1. */
    private static int singularEnd(List<Token> tokens, int i) {
        String t = lower(tokens, i);
        if (t.equals("it") && i == 0) {
            return i + 1;
        }
        if (t.equals("the") && lower(tokens, i + 1).equals(COUNTRY)) {
            return i + 2;
        }
        if (t.equals("its") && (lower(tokens, i + 1).equals(GOVERNMENT) || lower(tokens, i + 1).equals(LEADERS))
                && i == 0) {
            return i + 2;
        }
        return -1;
    }

    /** "the two sides", "both sides", "the two countries", "both countries": end index or -1. */
    private static int pluralEnd(List<Token> tokens, int i) {
        String t = lower(tokens, i);
        String next = lower(tokens, i + 1);
        if (t.equals("both") && isParties(next)) {
            return i + 2;
        }
        if (t.equals("the") && next.equals("two") && isParties(lower(tokens, i + 2))) {
            return i + 3;
        }
        return -1;
    }

    private static boolean isParties(String word) {
        return PARTIES.contains(word) || DIVIDED.containsKey(word);
    }

    private static boolean namesDivided(List<Token> tokens) {
        for (Token t : tokens) {
            if (DIVIDED.containsKey(t.stem())) {
                return true;
            }
        }
        return false;
    }

    /** This sentence or the one before names a Korea. */
    private static boolean namesKorea(List<Gazetteer.Mention> named, List<String> previousCountries) {
        for (Gazetteer.Mention m : named) {
            if (m.code().equals("KOR") || m.code().equals("PRK")) {
                return true;
            }
        }
        return previousCountries.contains("KOR") || previousCountries.contains("PRK");
    }

    /** "the South", "the South's", "the North": the Korea it names, or null. */
    private static String koreanHalf(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !tokens.get(i).lower().equals("the")) {
            return null;
        }
        String w = tokens.get(i + 1).text();
        if (i + 2 < tokens.size() && tokens.get(i + 2).text().equals("Korea")) {
            return null;
        }
        return w.equals("South") || w.equals("South's") ? "KOR" : w.equals("North") || w.equals("North's") ? "PRK"
                : null;
    }

    /** Divided nations named together in the plural: "the two Koreas", "both Sudans". */
    private static final java.util.Map<String, List<String>> DIVIDED = java.util.Map.of(
            Stemmer.stem("Koreas"), List.of("PRK", "KOR"),
            Stemmer.stem("Sudans"), List.of("SDN", "SSD"),
            Stemmer.stem("Congos"), List.of("COD", "COG"));

    /** The token's stem is already lower case, and for these function words it is the word itself. */
    private static String lower(List<Token> tokens, int i) {
        return i < tokens.size() ? tokens.get(i).stem() : "";
    }
}
