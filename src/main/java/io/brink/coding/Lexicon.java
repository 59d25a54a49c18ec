package io.brink.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.brink.model.Signal;

/**
 * The words of escalation and de-escalation, kept in data files a political scientist can read:
 * {@code signals.tsv} (signal, weight, phrase), {@code contexts.tsv} (phrases that mark a sentence
 * as sport, business or labour news, where "strike" and "attack" are not acts of states) and
 * {@code modifiers.tsv} (negation, hedges, hypotheticals). Phrases are matched on stems.
 */
public final class Lexicon {

    public static final String SIGNALS = "io/brink/lexicon/signals.tsv";
    public static final String CONTEXTS = "io/brink/lexicon/contexts.tsv";
    public static final String MODIFIERS = "io/brink/lexicon/modifiers.tsv";

    /** A trigger phrase for a signal, with its Goldstein-like weight (−10 … +10). */
    public record Entry(Signal signal, double weight, String phrase) {
    }

    /** Kinds of non-political context that disqualify a sentence. */
    public enum Context { SPORT, BUSINESS, LABOUR, ENTERTAINMENT }

    /** Words that change how a nearby trigger counts. */
    public enum Modifier {
        /** "did not attack": the event did not happen. */
        NEGATION,
        /** "could attack", "is considering sanctions": counts with lower confidence. */
        HEDGE,
        /** "warned against any attack": the event is imagined, not reported. */
        HYPOTHETICAL,
        /**
         * "in a bid to broker a truce", "in an effort to secure a ceasefire": what the act is for,
         * not what happened; it governs the verb after it and that verb's object.
         */
        PURPOSE,
        /**
         * "the truce collapsed", "talks broke down": said just after a conciliatory act, the act
         * failed; it is not coded (what failed is no de-escalation, and the fighting that follows
         * is coded on its own).
         */
        FAILURE
    }

    private final PhraseMatcher<Entry> signals = new PhraseMatcher<>(PhraseMatcher.Key.STEM);
    private final PhraseMatcher<Context> contexts = new PhraseMatcher<>(PhraseMatcher.Key.STEM);
    private final PhraseMatcher<Modifier> modifiers = new PhraseMatcher<>(PhraseMatcher.Key.STEM);
    private int size;

    private Lexicon() {
    }

    public static Lexicon load() {
        return fromLines(DataFile.readResource(SIGNALS), DataFile.readResource(CONTEXTS),
                DataFile.readResource(MODIFIERS));
    }

    /** The signal entries of the bundled lexicon, its word classes spelled out ({@link WordClasses}). */
    public static List<DataFile.Line> signalLines() {
        return WordClasses.expand(DataFile.readResource(SIGNALS), 2);
    }

    public static Lexicon fromLines(List<DataFile.Line> signalLines, List<DataFile.Line> contextLines,
                                    List<DataFile.Line> modifierLines) {
        Lexicon lexicon = new Lexicon();
        for (DataFile.Line line : WordClasses.expand(signalLines, 2)) {
            expectColumns(line, 3, "SIGNAL<TAB>WEIGHT<TAB>PHRASE");
            Signal signal = parseEnum(Signal.class, line, line.column(0));
            double weight;
            try {
                weight = Double.parseDouble(line.column(1));
            } catch (NumberFormatException e) {
                throw line.error("weight '" + line.column(1) + "' is not a number");
            }
            if (weight < -10 || weight > 10 || weight == 0) {
                throw line.error("weight " + weight + " is outside −10…+10 or zero");
            }
            if (Math.signum(weight) != (signal.polarity() == io.brink.model.Polarity.ESCALATION ? -1 : 1)) {
                throw line.error(signal + " is " + signal.polarity() + " so its weight must be "
                        + (signal.polarity() == io.brink.model.Polarity.ESCALATION ? "negative" : "positive"));
            }
            lexicon.signals.add(keys(line, line.column(2)), new Entry(signal, weight, line.column(2)));
            lexicon.size++;
        }
        for (DataFile.Line line : contextLines) {
            expectColumns(line, 2, "CONTEXT<TAB>PHRASE");
            lexicon.contexts.add(keys(line, line.column(1)), parseEnum(Context.class, line, line.column(0)));
        }
        for (DataFile.Line line : modifierLines) {
            expectColumns(line, 2, "MODIFIER<TAB>PHRASE");
            lexicon.modifiers.add(keys(line, line.column(1)), parseEnum(Modifier.class, line, line.column(0)));
        }
        return lexicon;
    }

    /** Number of signal phrases. */
    public int size() {
        return size;
    }

    /**
     * The entry the lexicon reads {@code phrase} as, or null: lets the coder re-read a trigger
     * ("will withdraw … unless" is a threat) with the weight the lexicon gives that reading.
     */
    public Entry entryFor(String phrase) {
        List<PhraseMatcher.Match<Entry>> found = signals.find(Tokenizer.tokenize(phrase));
        return found.isEmpty() ? null : found.get(0).payload();
    }

    public List<PhraseMatcher.Match<Entry>> signals(List<Token> tokens) {
        return signals.find(tokens);
    }

    public List<PhraseMatcher.Match<Context>> contexts(List<Token> tokens) {
        return contexts.find(tokens);
    }

    public List<PhraseMatcher.Match<Modifier>> modifiers(List<Token> tokens) {
        return modifiers.find(tokens);
    }

    private static List<String> keys(DataFile.Line line, String phrase) {
        List<String> keys = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(phrase)) {
            keys.add(t.text().equals(PhraseMatcher.GAP) ? PhraseMatcher.GAP : t.stem());
        }
        if (keys.isEmpty() || keys.get(0).equals(PhraseMatcher.GAP)
                || keys.get(keys.size() - 1).equals(PhraseMatcher.GAP)) {
            throw line.error("phrase '" + phrase + "' must start and end with a word");
        }
        return keys;
    }

    private static void expectColumns(DataFile.Line line, int n, String format) {
        if (line.columns().size() != n) {
            throw line.error("expected " + format + ", got " + line.columns().size() + " columns");
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, DataFile.Line line, String text) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            Set<String> accepted = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            throw line.error("unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + " '" + text
                    + "'; accepted: " + String.join(", ", accepted));
        }
    }
}
