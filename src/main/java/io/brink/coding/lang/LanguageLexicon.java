package io.brink.coding.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.brink.coding.DataFile;
import io.brink.coding.Lexicon;
import io.brink.coding.WordClasses;
import io.brink.model.Polarity;

/**
 * One language's words of escalation and de-escalation, in the English lexicon's categories,
 * weights and modifiers ({@link Lexicon}): {@code signals.tsv} (SIGNAL, WEIGHT, PHRASE and an
 * optional {@code both} when the act binds both sides, as a truce or a clash does),
 * {@code modifiers.tsv} (negation, hedges, hypotheticals) and {@code contexts.tsv} (sport, business,
 * labour). Phrases are matched on Snowball stems, so any inflection of a listed word matches.
 */
final class LanguageLexicon {

    /**
     * A signal phrase; {@code mutual} when both parties do it (a ceasefire, a clash, a signed
     * accord); {@code reversed} when the one who does it is acted on (an interception of B's drones
     * by A is B's attack on A); {@code lone} when the phrase's first word is all of it or stands
     * before a gap ("besetzen ~ Gebiete"), a verb with its object rather than an adjective of a noun
     * ("diplomatische Beziehungen"; see {@link LanguageCoder}'s attributive participles);
     * {@code reflexive} when the phrase is written with a reflexive pronoun, which alone may open it.
     */
    record Trigger(Lexicon.Entry entry, boolean mutual, boolean lone, boolean reversed, boolean reflexive) {

        /** This trigger as registered under {@code keys}. */
        Trigger keyedBy(List<String> keys) {
            return new Trigger(entry, mutual, keys.size() == 1 || keys.get(1).equals(Phrases.GAP), reversed, reflexive);
        }
    }

    private final Phrases<Trigger> signals = new Phrases<>(Word::stem, Word::bareStem);
    private final Phrases<Lexicon.Modifier> modifiers = new Phrases<>(Word::stem, Word::bareStem);
    /**
     * The words that say a conciliatory act failed, apart from the other modifiers: "violada" after
     * a truce is its failure, and "violar" before it a negation ("violou a trégua"), with one stem.
     */
    private final Phrases<Lexicon.Modifier> failures = new Phrases<>(Word::stem, Word::bareStem);
    /** The words that break a conciliatory act off, before or after it ({@link Lexicon.Modifier#HALT}). */
    private final Phrases<Lexicon.Modifier> halts = new Phrases<>(Word::stem, Word::bareStem);
    private final Phrases<Lexicon.Context> contexts = new Phrases<>(Word::stem, Word::bareStem);
    private Lexicon.Entry rejection;
    private Lexicon.Entry threat;
    private Lexicon.Entry restraint;
    private Lexicon.Entry demand;
    /** The shortest signal word a compound may end in: shorter ones ("Hilfe" in "Nachhilfe") mislead. */
    static final int COMPOUND_HEAD = 6;
    private int size;

    LanguageLexicon(Analysis analysis, List<DataFile.Line> signalLines, List<DataFile.Line> modifierLines,
                    List<DataFile.Line> contextLines) {
        this(analysis, new Grammar(List.of()), signalLines, modifierLines, contextLines);
    }

    LanguageLexicon(Analysis analysis, Grammar grammar, List<DataFile.Line> signalLines,
                    List<DataFile.Line> modifierLines, List<DataFile.Line> contextLines) {
        if (analysis.guessesWords()) {
            for (Phrases<?> p : List.of(signals, modifiers, failures, halts, contexts)) {
                p.withCharacters(w -> grammar.is(Grammar.WordClass.ASPECT, w));
            }
        }
        if (grammar.compoundHeads()) {
            signals.withCompoundHeads(COMPOUND_HEAD).withSeparablePrefixes(grammar.verbs().separablePrefixes());
        }
        signals.withMaxGap(grammar.gap(), grammar.gapStopsAtComma());
        // A reflexive pronoun opens only a phrase written with one (in the perfect it comes first:
        // "hat sich entschuldigt"): German "sich" has the stem of
        // "sicherte" (assured), and "sicherte ~ zu" read "hat sich geweigert, … zu entsenden" as a pledge.
        signals.withFit((words, at, trigger) -> (!grammar.is(Grammar.WordClass.REFLEXIVE, words.get(at))
                || trigger.reflexive())
                && !grammar.is(Grammar.WordClass.FUNCTION, words.get(at))
                && !grammar.is(Grammar.WordClass.NOT_A_VERB, words.get(at))
                && (!grammar.nounsCapitalised() || nounFits(words, at, trigger.entry().phrase())));
        halts.withMaxGap(grammar.gap(), grammar.gapStopsAtComma());
        modifiers.withMaxGap(grammar.gap(), grammar.gapStopsAtComma());
        Phrases.Fit<Lexicon.Modifier> notFunction = (words, at, m) -> !grammar.is(Grammar.WordClass.FUNCTION,
                words.get(at));
        modifiers.withFit(notFunction);
        halts.withFit(notFunction);
        failures.withFit(notFunction);
        if (!grammar.words(Grammar.WordClass.PARTICLE).isEmpty()) {
            // Compared as the lexicon's keys are, by stem: "ein" is also the key of "eine".
            java.util.Set<String> particles = new java.util.HashSet<>();
            for (String p : grammar.words(Grammar.WordClass.PARTICLE)) {
                analysis.words(p).forEach(w -> particles.add(w.stem()));
            }
            signals.withParticles(particles::contains,
                    w -> grammar.is(Grammar.WordClass.AND, w) || grammar.is(Grammar.WordClass.CLAUSE, w));
        }
        // A verb's other forms by grammar.tsv's FORMS and PREFIX, added after every written entry,
        // so a phrase an analyst wrote for one signal is never hidden by another's derived form.
        Set<List<String>> written = new HashSet<>();
        List<Map.Entry<List<String>, Trigger>> derived = new ArrayList<>();
        for (DataFile.Line line : WordClasses.expand(signalLines, 2)) {
            if (line.columns().size() != 3 && line.columns().size() != 4) {
                throw line.error("expected SIGNAL<TAB>WEIGHT<TAB>PHRASE[<TAB>both], got " + line.columns().size()
                        + " columns");
            }
            io.brink.model.Signal signal = parseEnum(io.brink.model.Signal.class, line, line.column(0));
            double weight;
            try {
                weight = Double.parseDouble(line.column(1));
            } catch (NumberFormatException e) {
                throw line.error("weight '" + line.column(1) + "' is not a number");
            }
            boolean escalation = signal.polarity() == Polarity.ESCALATION;
            if (weight < -10 || weight > 10 || weight == 0 || Math.signum(weight) != (escalation ? -1 : 1)) {
                throw line.error("weight " + weight + " must be within -10…+10 and " + (escalation ? "negative"
                        : "positive") + " for " + signal);
            }
            String fourth = line.columns().size() == 4 ? line.column(3) : "";
            if (!fourth.isEmpty() && !fourth.equals("both") && !fourth.equals("reversed")) {
                throw line.error("the fourth column may only be 'both' or 'reversed', got '" + fourth + "'");
            }
            Lexicon.Entry entry = new Lexicon.Entry(signal, weight, line.column(2));
            Trigger trigger = new Trigger(entry, fourth.equals("both"), false, fourth.equals("reversed"),
                    withReflexive(analysis, grammar, line.column(2)));
            List<String> keys = keys(analysis, line, line.column(2));
            signals.add(keys, trigger.keyedBy(keys));
            if (keys.size() > 1 && grammar.isReflexive(keys.get(0)) && !keys.get(1).equals(Phrases.GAP)) {
                // "s'excuser" is also "s'est excusé", "se sont excusés": the pronoun, in any of its
                // forms, may stand before an auxiliary.
                for (String pronoun : grammar.words(Grammar.WordClass.REFLEXIVE)) {
                    List<String> split = new ArrayList<>();
                    split.add(pronoun);
                    split.add(Phrases.GAP);
                    split.addAll(keys.subList(1, keys.size()));
                    signals.add(split, trigger.keyedBy(split));
                }
            }
            written.add(keys);
            for (List<String> variant : inflected(analysis, grammar, line.column(2), keys)) {
                signals.add(variant, trigger.keyedBy(variant));
                written.add(variant);
            }
            for (List<String> variant : reflexivePerfect(analysis, grammar, line.column(2), keys)) {
                derived.add(Map.entry(variant, trigger));
            }
            for (List<String> variant : verbForms(analysis, grammar.verbs(), line.column(2), keys)) {
                derived.add(Map.entry(variant, trigger));
            }
            if (signal == io.brink.model.Signal.REJECT && rejection == null) {
                rejection = entry;
            }
            if (signal == io.brink.model.Signal.THREATEN && threat == null) {
                threat = entry;
            }
            if (signal == io.brink.model.Signal.DEMAND && demand == null) {
                demand = entry;
            }
            if (signal == io.brink.model.Signal.APPEAL_RESTRAINT && restraint == null) {
                restraint = entry;
            }
            size++;
        }
        for (Map.Entry<List<String>, Trigger> d : derived) {
            if (written.add(d.getKey())) {
                signals.add(d.getKey(), d.getValue().keyedBy(d.getKey()));
            }
        }
        for (DataFile.Line line : modifierLines) {
            expectColumns(line, 2, "MODIFIER<TAB>PHRASE");
            Lexicon.Modifier modifier = parseEnum(Lexicon.Modifier.class, line, line.column(0));
            (modifier == Lexicon.Modifier.FAILURE ? failures : modifier == Lexicon.Modifier.HALT ? halts : modifiers)
                    .add(keys(analysis, line, line.column(1)), modifier);
        }
        for (DataFile.Line line : contextLines) {
            expectColumns(line, 2, "CONTEXT<TAB>PHRASE");
            contexts.add(keys(analysis, line, line.column(1)), parseEnum(Lexicon.Context.class, line, line.column(0)));
        }
    }

    int size() {
        return size;
    }

    /**
     * Where every noun is capitalised (German), a noun of the one who acts is not the act: a
     * capitalised word in "-er" inside the sentence does not start a verb's phrase ("Berater", an
     * adviser, has the stem of "beraten", to consult; "Angreifer" of "angreifen"), while a noun of
     * the act itself does ("Unterstützung", "Verhaftung" share their verbs' stems).
     */
    static boolean nounFits(List<Word> words, int at, String phrase) {
        Word word = words.get(at);
        if (!word.capitalised() || !isPersonNoun(word.lower())) {
            return true;
        }
        String[] written = phrase.strip().split("[\\s~]+");
        for (String w : written) {
            if (w.toLowerCase(Locale.ROOT).equals(word.lower())) {
                // The phrase names the person: "rief ~ Botschafter ~ zurück" is also "Botschafter ~ zurückgerufen".
                return true;
            }
        }
        String first = written[0];
        if (Character.isUpperCase(first.charAt(0))) {
            return isPersonNoun(first.toLowerCase(Locale.ROOT));
        }
        // Every word is capitalised at the sentence's start or after a quotation mark.
        return at == 0 || !words.get(at - 1).isWord() && !words.get(at - 1).text().equals(",");
    }

    /**
     * The phrase is written with a reflexive pronoun ("se reunieron", "s'excuser", "entschuldigte
     * sich"), read as the sentence's words are, so the test is the one the fit makes of a word.
     */
    private static boolean withReflexive(Analysis analysis, Grammar grammar, String phrase) {
        for (Word w : analysis.words(phrase.replace(Phrases.GAP, " "))) {
            if (grammar.is(Grammar.WordClass.REFLEXIVE, w)) {
                return true;
            }
        }
        return false;
    }

    /** German nouns of a person who does something end in "-er" ("Berater", "Angreifer", "Kämpferinnen"). */
    private static boolean isPersonNoun(String lower) {
        return lower.endsWith("er") || lower.endsWith("ern") || lower.endsWith("ers") || lower.endsWith("erin")
                || lower.endsWith("erinnen");
    }

    /** How the language says a refusal: a conciliatory act negated is read as this (may be null). */
    Lexicon.Entry rejection() {
        return rejection;
    }

    /** The language's first demand, with its weight: what "B must …", said by A, is read as. */
    Lexicon.Entry demand() {
        return demand;
    }

    /** The language's first threat, with its weight: what an act promised "otherwise" is read as. */
    Lexicon.Entry threat() {
        return threat;
    }

    /**
     * The language's first appeal for restraint, with its weight: what a demand that another state
     * cease fire or withdraw is read as (may be null).
     */
    Lexicon.Entry restraint() {
        return restraint;
    }

    List<Phrases.Match<Trigger>> signals(List<Word> words) {
        return signals.find(words);
    }

    List<Phrases.Match<Lexicon.Modifier>> modifiers(List<Word> words) {
        return modifiers.find(words);
    }

    List<Phrases.Match<Lexicon.Modifier>> failures(List<Word> words) {
        return failures.find(words);
    }

    List<Phrases.Match<Lexicon.Modifier>> halts(List<Word> words) {
        return halts.find(words);
    }

    /**
     * The sentence speaks of sport, business or labour: a context phrase stands in it, not as the
     * opening of a longer signal phrase. There the lexicon has said what the words mean: "huelga de
     * hambre", "greve de fome" (a hunger strike) is a protest, not the labour context "huelga de".
     */
    boolean offTopic(List<Word> words) {
        for (Phrases.Match<Lexicon.Context> c : contexts.find(words)) {
            // The longer phrase opens with the context's words: not one that only spans them with
            // its gap ("دعا المدرب لاعبي المنتخب … إلى": the national team's coach called).
            Phrases.Match<Trigger> act = signals.bestAt(words, c.start(), t -> true);
            if (act == null || act.end() <= c.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The phrase's keys with one word in another of its forms, where the stemmer gives that form
     * another stem ("denunciar" and "denunció", "accuser" and "accusent").
     */
    static List<List<String>> inflected(Analysis analysis, Grammar grammar, String phrase, List<String> keys) {
        List<String> words = written(analysis, phrase, Word::lower);
        List<List<String>> variants = new ArrayList<>();
        if (words.size() != keys.size()) {
            return variants;
        }
        for (int i = 0; i < words.size(); i++) {
            java.util.Set<String> stems = new java.util.LinkedHashSet<>();
            for (String form : grammar.forms(words.get(i))) {
                stems.add(analysis.stem(form));
            }
            stems.remove(keys.get(i));
            for (String stem : stems) {
                List<String> variant = new ArrayList<>(keys);
                variant.set(i, stem);
                variants.add(variant);
            }
        }
        return variants;
    }

    /**
     * The phrase with its verb in its other forms ({@link Verbs}): a lower-case word that is a form
     * of a strong verb, in each of the others ("traf ~ Amtskollegen" → "trifft ~ Amtskollegen"); and
     * a separable verb ("ließ ~ frei", "fror ~ Hilfe ~ ein") in every tense apart and as one word at
     * a clause's end ("freilässt", "Hilfe ~ eingefroren"). Capitalised words are German nouns
     * ("Treffen" is a meeting, not "trifft").
     */
    static List<List<String>> verbForms(Analysis analysis, Verbs verbs, String phrase, List<String> keys) {
        List<String> words = written(analysis, phrase, Word::text);
        List<List<String>> variants = new ArrayList<>();
        if (words.size() != keys.size()) {
            return variants;
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!w.equals(Phrases.GAP) && w.equals(w.toLowerCase(Locale.ROOT))) {
                for (String form : verbs.forms(w)) {
                    variants.add(with(keys, i, analysis.stem(form)));
                }
                for (String form : i == 0 && verbs.hasSeparable() ? verbs.weakForms(w) : List.<String>of()) {
                    variants.add(with(keys, i, analysis.stem(form)));
                }
            }
        }
        int last = words.size() - 1;
        String verb = words.get(0);
        String prefix = words.get(last).toLowerCase(Locale.ROOT);
        // The participle of a lower-case verb that opens the phrase (a capitalised word is a German
        // noun), unless the verb is written as its participle already.
        String participle = verbs.hasSeparable() && !verb.equals(Phrases.GAP)
                && verb.equals(verb.toLowerCase(Locale.ROOT)) ? verbs.participle(verb) : null;
        if (words.size() >= 3 && words.get(1).equals(Phrases.GAP) && !verbs.isSeparable(prefix) && participle != null
                && !participle.equals(verb)) {
            // "gewährte ~ Hilfe" in the perfect is "hat … Hilfe gewährt", "schickte ~ {truppen}" "hat
            // Truppen … geschickt": what follows the verb, then its participle at the clause's end.
            List<String> perfect = new ArrayList<>(keys.subList(2, keys.size()));
            perfect.add(Phrases.GAP);
            perfect.add(analysis.stem(participle));
            variants.add(perfect);
        }
        if (words.size() >= 3 && words.get(1).equals(Phrases.GAP) && verbs.isSeparable(prefix)
                && verb.equals(verb.toLowerCase(Locale.ROOT))) {
            if (last > 2 && verbs.isSeparable(words.get(last - 1).toLowerCase(Locale.ROOT))) {
                // Two prefixes side by side are one: "nahmen ~ Beziehungen ~ wieder auf" → "wiederaufgenommen".
                prefix = words.get(--last).toLowerCase(Locale.ROOT) + prefix;
            }
            List<String> forms = verbs.verbOfSeparable(verb);
            // Apart in every finite form; the participle never stands apart ("angegriffen").
            for (String form : forms.subList(0, Math.max(0, forms.size() - 1))) {
                variants.add(with(keys, 0, analysis.stem(form)));
            }
            if (!forms.isEmpty()) {
                for (String one : Verbs.joined(prefix, forms)) {
                    List<String> joined = new ArrayList<>(keys.subList(2, last));
                    joined.add(analysis.stem(one));
                    variants.add(joined);
                }
            }
        }
        return variants;
    }

    /**
     * A phrase that opens with a verb and its reflexive pronoun ("entschuldigte sich", "einigte sich
     * ~ Waffenruhe") in the perfect, where German puts the pronoun first and the participle last:
     * "hat sich bei Brasilien entschuldigt" is "sich ~ entschuldigt".
     */
    static List<List<String>> reflexivePerfect(Analysis analysis, Grammar grammar, String phrase, List<String> keys) {
        List<String> words = written(analysis, phrase, Word::lower);
        Verbs verbs = grammar.verbs();
        if (!verbs.hasSeparable() || words.size() != keys.size() || words.size() < 2
                || words.get(1).equals(Phrases.GAP) || !grammar.isReflexive(keys.get(1))) {
            return List.of();
        }
        String participle = verbs.participle(words.get(0));
        if (participle == null) {
            return List.of();
        }
        List<String> variant = new ArrayList<>(List.of(keys.get(1), Phrases.GAP, analysis.stem(participle)));
        if (words.size() > 2) {
            variant.addAll(keys.subList(2, keys.size()));
        }
        // Two gaps side by side are one.
        for (int i = variant.size() - 1; i > 0; i--) {
            if (variant.get(i).equals(Phrases.GAP) && variant.get(i - 1).equals(Phrases.GAP)) {
                variant.remove(i);
            }
        }
        return List.of(variant);
    }

    private static List<String> with(List<String> keys, int i, String key) {
        List<String> variant = new ArrayList<>(keys);
        variant.set(i, key);
        return variant;
    }

    /** A phrase's words as {@code as} gives them, "~" kept as the gap. */
    private static List<String> written(Analysis analysis, String phrase, java.util.function.Function<Word, String> as) {
        List<String> words = new ArrayList<>();
        for (String part : phrase.split("~", -1)) {
            for (Word w : analysis.words(part)) {
                if (w.isWord()) {
                    words.add(as.apply(w));
                }
            }
            words.add(Phrases.GAP);
        }
        words.remove(words.size() - 1);
        return words;
    }

    /** A phrase's stems, "~" kept as the gap. */
    static List<String> keys(Analysis analysis, DataFile.Line line, String phrase) {
        List<String> keys = new ArrayList<>();
        String[] parts = phrase.split("~", -1);
        for (int p = 0; p < parts.length; p++) {
            if (p > 0) {
                keys.add(Phrases.GAP);
            }
            for (Word w : analysis.words(parts[p])) {
                if (w.isWord()) {
                    keys.add(w.stem());
                }
            }
        }
        if (keys.isEmpty() || keys.get(0).equals(Phrases.GAP) || keys.get(keys.size() - 1).equals(Phrases.GAP)
                || keys.contains(Phrases.GAP) && keys.indexOf(Phrases.GAP) != keys.lastIndexOf(Phrases.GAP)
                && keys.get(keys.indexOf(Phrases.GAP) + 1).equals(Phrases.GAP)) {
            throw line.error("phrase '" + phrase + "' must start and end with a word");
        }
        return keys;
    }

    private static void expectColumns(DataFile.Line line, int n, String format) {
        if (line.columns().size() != n) {
            throw line.error("expected " + format + ", got " + line.columns().size() + " columns");
        }
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, DataFile.Line line, String text) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String accepted = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", "));
            throw line.error("unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + " '" + text
                    + "'; accepted: " + accepted);
        }
    }
}
