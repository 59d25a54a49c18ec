package io.brink.coding.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.brink.coding.DataFile;

/**
 * A language's verb morphology where a stemmer cannot join a verb's forms, from grammar.tsv: the
 * principal parts of its strong and irregular verbs ({@code FORMS}) and the prefixes that make new
 * verbs of them ({@code PREFIX}). German news puts a verb in the present ("Russland lässt zwei
 * Amerikaner frei"), the past ("ließ … frei"), a verb-final clause ("weil Russland sie freiließ")
 * or the perfect ("hat … freigelassen"); a lexicon entry written in one of these finds the others,
 * so an analyst writes each act once, and one missing tense is not a missing category.
 *
 * <pre>
 * FORMS  &lt;TAB&gt; infinitive … participle   ("lassen lässt ließ ließen gelassen")
 * PREFIX &lt;TAB&gt; inseparable &lt;TAB&gt; be ent er ver …   (one word with the verb: "beschoss", "beschossen")
 * PREFIX &lt;TAB&gt; separable &lt;TAB&gt; an ab aus ein …    (apart in a main clause, one word at a clause's end)
 * </pre>
 * The participle is the last form; an inseparable prefix takes the participle's "ge-" off
 * ("geschossen" → "beschossen"), a separable one keeps it ("freigelassen").
 */
final class Verbs {

    private final List<List<String>> paradigms = new ArrayList<>();
    /** Each form, and the participle also without "ge-", to the index of its paradigm. */
    private final Map<String, Integer> byForm = new HashMap<>();
    private final List<String> inseparable = new ArrayList<>();
    private final List<String> separable = new ArrayList<>();

    Verbs(List<DataFile.Line> lines) {
        for (DataFile.Line line : lines) {
            if (line.column(0).equalsIgnoreCase("FORMS")) {
                List<String> forms = line.columns().size() == 2 ? words(line.column(1)) : List.of();
                if (forms.size() < 3) {
                    throw line.error("expected FORMS<TAB>INFINITIVE … PARTICIPLE (three forms or more, space-separated)");
                }
                for (String f : forms) {
                    byForm.putIfAbsent(f, paradigms.size());
                }
                paradigms.add(forms);
            } else {
                List<String> kind = line.columns().size() == 3 ? words(line.column(2)) : List.of();
                if (kind.isEmpty() || !List.of("inseparable", "separable").contains(line.column(1))) {
                    throw line.error("expected PREFIX<TAB>inseparable|separable<TAB>PREFIXES (space-separated)");
                }
                (line.column(1).equals("separable") ? separable : inseparable).addAll(kind);
            }
        }
    }

    /** The grammar.tsv lines this class reads. */
    static boolean reads(DataFile.Line line) {
        return line.column(0).equalsIgnoreCase("FORMS") || line.column(0).equalsIgnoreCase("PREFIX");
    }

    private static List<String> words(String column) {
        return List.of(column.toLowerCase(Locale.ROOT).trim().split("\\s+"));
    }

    /**
     * Every form of the verb {@code lower} is a form of, prefix included ("beschoss" → "beschießen",
     * "beschießt", "beschossen"; "angegriffen" → "angreifen", "angreift", "angriff"), or none
     * when no paradigm holds it.
     */
    List<String> forms(String lower) {
        Integer own = byForm.get(lower);
        if (own != null) {
            return paradigms.get(own);
        }
        for (String prefix : inseparable) {
            Integer p = rest(lower, prefix, false);
            if (p != null) {
                return prefixed(prefix, paradigms.get(p), false);
            }
        }
        for (String prefix : separable) {
            Integer p = rest(lower, prefix, true);
            if (p != null) {
                return prefixed(prefix, paradigms.get(p), true);
            }
        }
        return List.of();
    }

    /** The paradigm of what follows {@code prefix} in {@code lower}, or null. */
    private Integer rest(String lower, String prefix, boolean separablePrefix) {
        if (!lower.startsWith(prefix) || lower.length() < prefix.length() + 3) {
            return null;
        }
        String rest = lower.substring(prefix.length());
        Integer p = byForm.get(rest);
        if (p != null) {
            // "gegeben" is a participle, "ergeben" a verb: an inseparable prefix never stands
            // before "ge-", a separable one before the participle only.
            boolean participle = rest.equals(participle(paradigms.get(p)));
            return separablePrefix || !participle ? p : null;
        }
        if (!separablePrefix) {
            for (int i = 0; i < paradigms.size(); i++) {
                if (participle(paradigms.get(i)).equals("ge" + rest)) {
                    return i;
                }
            }
        }
        return null;
    }

    private static String participle(List<String> paradigm) {
        return paradigm.get(paradigm.size() - 1);
    }

    private static List<String> prefixed(String prefix, List<String> paradigm, boolean separablePrefix) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < paradigm.size(); i++) {
            String form = paradigm.get(i);
            if (i == paradigm.size() - 1 && !separablePrefix && form.startsWith("ge")) {
                form = form.substring(2);
            }
            out.add(prefix + form);
        }
        return out;
    }

    /** The separable prefixes, folded as stems are ("zurück" as "zuruck"). */
    Set<String> separablePrefixes() {
        Set<String> out = new java.util.HashSet<>();
        for (String p : separable) {
            out.add(p);
            out.add(Analysis.fold(p));
        }
        return out;
    }

    /** The language writes verbs with separable prefixes (German). */
    boolean hasSeparable() {
        return !separable.isEmpty();
    }

    /**
     * {@code lower} is an infinitive with "zu" written into it after a separable prefix
     * ("aufzuheben", "einzustellen", "abzuziehen"): what someone asks, threatens or means to do.
     */
    boolean isZuInfinitive(String lower) {
        for (String prefix : separable) {
            if (lower.startsWith(prefix) && lower.startsWith(ZU, prefix.length())
                    && lower.length() >= prefix.length() + ZU.length() + 3) {
                return true;
            }
        }
        return false;
    }

    /** What a German infinitive writes between a separable prefix and the verb. */
    private static final String ZU = "zu";

    /** {@code lower} is a separable prefix, written apart at the end of a main clause ("frei", "zurück"). */
    boolean isSeparable(String lower) {
        return separable.contains(lower);
    }

    /**
     * The finite forms of the verb that opens a separable phrase ("ließ ~ frei", "setzte ~ aus"):
     * its paradigm's, or a weak verb's by its ending ("setzte" → "setzen", "setzt", "setzten",
     * "gesetzt"; "marschierte" → "marschiert"), the participle last. Only a phrase that ends in a
     * separable prefix is taken for a verb this way: a word alone might be a noun.
     */
    List<String> verbOfSeparable(String lower) {
        List<String> own = forms(lower);
        if (!own.isEmpty()) {
            return own;
        }
        String base;
        if (lower.endsWith("eten") || lower.endsWith("ete")) {
            base = lower.substring(0, lower.length() - (lower.endsWith("eten") ? 4 : 3));
        } else if (lower.endsWith("ten") || lower.endsWith("te")) {
            base = lower.substring(0, lower.length() - (lower.endsWith("ten") ? 3 : 2));
        } else if (lower.endsWith("et") || lower.endsWith("en")) {
            base = lower.substring(0, lower.length() - 2);
        } else if (lower.endsWith("t")) {
            base = lower.substring(0, lower.length() - 1);
        } else {
            return List.of();
        }
        return base.length() < 2 ? List.of() : weak(base, "ge", true);
    }

    /**
     * A weak verb's forms from its past written alone ("lobte" → "lobt", "lobten", "gelobt"; "verhaftete" → "verhaftet"; "bombardierte" → "bombardiert"), for a lexicon entry
     * that opens with one: where nouns are capitalised a lower-case word in "-te" is a verb's past
     * (the participle is the form news writes most, "hat … gelobt"). None for a strong verb's
     * form, a separable verb's (written apart) or a stem of fewer than three letters.
     */
    List<String> weakForms(String lower) {
        if (!lower.endsWith("te") || !forms(lower).isEmpty()) {
            return List.of();
        }
        String base = lower.substring(0, lower.length() - (lower.endsWith("ete") ? 3 : 2));
        if (base.length() < 3) {
            return List.of();
        }
        for (String prefix : separable) {
            if (base.startsWith(prefix) && base.length() > prefix.length() + 2) {
                return List.of();
            }
        }
        for (String prefix : inseparable) {
            if (base.startsWith(prefix) && base.length() > prefix.length() + 2) {
                return weak(base, "", false);
            }
        }
        // "gewährte", "gestattete": a verb whose own first syllable is ge- takes no second one ("gewährt").
        return weak(base, base.startsWith("ge") && base.length() > 4 ? "" : "ge", false);
    }

    /**
     * The participle of a verb form: its strong verb's, else a weak verb's from its past ("gewährte"
     * → "gewährt", "schickte" → "geschickt"); null when it is neither.
     */
    String participle(String lower) {
        List<String> forms = forms(lower);
        if (forms.isEmpty()) {
            forms = weakForms(lower);
        }
        return forms.isEmpty() ? null : forms.get(forms.size() - 1);
    }

    /**
     * A weak verb's forms from its stem, the participle last with {@code ge} before it (but "-ieren"
     * verbs: "marschiert"); the infinitive first when asked for ({@code infinitive}): alone, it
     * may be a noun's form too ("stunden", to defer, and "Stunden", hours).
     */
    private static List<String> weak(String base, String ge, boolean infinitive) {
        // "ordnete", "richtete": a stem in -t, -d or a consonant and -n keeps an "e" before the ending.
        String e = base.matches(".*([td]|[^aeiouäöülrh][nm])") ? "e" : "";
        String participle = base.endsWith("ier") ? base + "t" : ge + base + e + "t";
        List<String> finite = List.of(base + e + "t", base + e + "te", base + e + "ten", participle);
        if (!infinitive) {
            return finite;
        }
        List<String> all = new ArrayList<>(List.of(base + "en"));
        all.addAll(finite);
        return all;
    }

    /**
     * The one-word forms of a separable verb at a verb-final clause's end, from its prefix and its
     * forms ("frei" and "lassen … gelassen" → "freilassen", "freiließ", "freigelassen"). Not the
     * infinitive with "zu" ("freizugeben"): it is what someone asks, threatens or means to do.
     */
    static List<String> joined(String prefix, List<String> verbForms) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : verbForms) {
            out.add(prefix + f);
        }
        return List.copyOf(out);
    }
}
