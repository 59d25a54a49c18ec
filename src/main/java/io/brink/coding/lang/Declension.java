package io.brink.coding.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.brink.coding.DataFile;

/**
 * How a language declines a name, from grammar.tsv's {@code DECLINE} lines, so that the gazetteer
 * lists a country, capital or office holder once, in the form CLDR or the analyst gives, and
 * finds it in every case: Russian writes "Камерун", "Камеруна", "Камеруну", "Камеруном",
 * "Камеруне". A name is matched as written (a stem would join "Чад" with "чадить"), so its cases
 * are made here, not guessed at when reading.
 *
 * <pre>
 * DECLINE &lt;TAB&gt; ENDING (a regular expression at the word's end) &lt;TAB&gt; REPLACEMENTS
 * DECLINE	([^и])я	$1и $1е $1ю $1ей      ("Кения" → "Кении", "Кению", "Кенией")
 * DECLINE	ы	- ам ами ах                ("Филиппины" → "Филиппин", "Филиппинам"; "-" is no ending)
 * </pre>
 * {@code REGION <TAB> PREFIXES} writes a region onto a name ({@link #regions}).
 * The first rule whose ending matches a name's last word gives its forms; a name of two words
 * or more ("Южная Корея") declines its adjective too and is listed in the gazetteer as written.
 */
final class Declension {

    static final Declension NONE = new Declension(List.of());

    private record Rule(Pattern ending, List<String> replacements) {
    }

    private final List<Rule> rules = new ArrayList<>();
    /** {@code DECLINE_ADJECTIVE} rules: the adjectives before a name's last word ("Vereinigte" → "Vereinigten"). */
    private final List<Rule> adjectives = new ArrayList<>();
    private final List<String> regions = new ArrayList<>();

    Declension(List<DataFile.Line> lines) {
        for (DataFile.Line line : lines) {
            if (line.column(0).equalsIgnoreCase("REGION")) {
                if (line.columns().size() != 2 || line.column(1).isBlank()) {
                    throw line.error("expected REGION<TAB>PREFIXES (space-separated)");
                }
                regions.addAll(List.of(line.column(1).trim().split("\\s+")));
                continue;
            }
            if (line.columns().size() != 3 || line.column(1).isEmpty() || line.column(2).isBlank()) {
                throw line.error("expected DECLINE<TAB>ENDING<TAB>REPLACEMENTS (space-separated, '-' for none)");
            }
            Pattern ending;
            try {
                ending = Pattern.compile("(?:" + line.column(1) + ")$");
            } catch (PatternSyntaxException e) {
                throw line.error("ending '" + line.column(1) + "' is not a regular expression: " + e.getDescription());
            }
            List<String> replacements = new ArrayList<>();
            for (String r : line.column(2).trim().split("\\s+")) {
                replacements.add(r.equals("-") ? "" : r);
            }
            (line.column(0).equalsIgnoreCase("DECLINE_ADJECTIVE") ? adjectives : rules).add(new Rule(ending, replacements));
        }
    }

    /** The grammar.tsv lines this class reads. */
    static boolean reads(DataFile.Line line) {
        return line.column(0).equalsIgnoreCase("DECLINE") || line.column(0).equalsIgnoreCase("DECLINE_ADJECTIVE")
                || line.column(0).equalsIgnoreCase("REGION");
    }

    /**
     * A one-word country name with a region's prefix written onto it, as German writes the parts
     * of a country ({@code REGION Nord Süd Ost West}: "Syrien" → "Nordsyrien", "Libanon" →
     * "Südlibanon"): the country, where it is the place of an act. A name that exists already
     * ("Nordkorea", "Südsudan") keeps its own code.
     */
    List<String> regions(String name) {
        if (regions.isEmpty() || name.isEmpty() || name.contains(" ") || name.contains("-")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        String lower = name.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + name.substring(1);
        for (String r : regions) {
            out.add(r + lower);
        }
        return out;
    }

    /**
     * A name of several words with its adjectives declined by the first {@code DECLINE_ADJECTIVE}
     * rule each matches, the last word as written: German "die Vereinigte Arabische Emirate" is
     * "der Vereinigten Arabischen Emirate" after an article ({@code DECLINE_ADJECTIVE es en},
     * {@code DECLINE_ADJECTIVE e en}). Null when no adjective declines or the name is one word.
     */
    String adjectivesDeclined(String name) {
        String[] words = name.split(" ");
        if (adjectives.isEmpty() || words.length < 2) {
            return null;
        }
        boolean changed = false;
        for (int i = 0; i < words.length - 1; i++) {
            for (Rule rule : adjectives) {
                Matcher m = rule.ending().matcher(words[i]);
                if (m.find()) {
                    words[i] = m.reset().replaceFirst(rule.replacements().get(0));
                    changed = true;
                    break;
                }
            }
        }
        return changed ? String.join(" ", words) : null;
    }

    /** The other cases of a one-word name (hyphens allowed: "Шри-Ланка" → "Шри-Ланки"), or none. */
    List<String> forms(String name) {
        if (name.isEmpty() || name.contains(" ")) {
            return List.of();
        }
        for (Rule rule : rules) {
            Matcher m = rule.ending().matcher(name);
            if (m.find()) {
                List<String> out = new ArrayList<>();
                for (String r : rule.replacements()) {
                    String form = m.reset().replaceFirst(r);
                    if (form.length() > 1 && !form.equals(name)) {
                        out.add(form);
                    }
                }
                return out;
            }
        }
        return List.of();
    }
}
