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

    /**
     * A trigger phrase for a signal, with its Goldstein-like weight (−10 … +10). {@code passive}
     * marks the passive reading the lexicon adds for a verb-and-object entry ({@link #passiveKeys}).
     */
    public record Entry(Signal signal, double weight, String phrase, boolean passive) {

        public Entry(Signal signal, double weight, String phrase) {
            this(signal, weight, phrase, false);
        }
    }

    /** Words that end no object: an entry ending in one ("arms ~ to") has no passive reading. */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("to", "on", "with", "from", "of",
            "for", "against", "into", "in", "at", "by", "over", "as", "and", "the", "a", "an", "that", "its");
    private static final String BE = Stemmer.stem("be");

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
        FAILURE,
        /**
         * "seized on the remarks", "a heart attack": starting where a signal phrase starts, the
         * words are a figure of speech, and no signal phrase that starts there is read.
         */
        IDIOM,
        /**
         * "at the end of the talks", "by the end of the visit": a phrase that only says when, with a
         * modifier's word inside it ("end"); it changes nothing, and keeps that word from being read
         * as the modifier ("ended the talks" is their rejection; "at the end of talks" is none).
         */
        PLAIN,
        /**
         * "suspendió las negociaciones", "hat die Gespräche abgebrochen", "暂停与美国的对话": just
         * before or after a conciliatory act, the act is broken off, which lowers the relation as a
         * refusal does (CAMEO root 16, halting negotiations or cooperation). Read by the language
         * coders; the English lexicon writes these acts as phrases ("suspend ~ talks").
         */
        HALT
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
            List<String> keys = keys(line, line.column(2));
            lexicon.signals.add(keys, new Entry(signal, weight, line.column(2)));
            List<String> passive = passiveKeys(keys);
            if (passive != null) {
                lexicon.signals.add(passive, new Entry(signal, weight, line.column(2), true));
            }
            lexicon.size++;
        }
        for (DataFile.Line line : contextLines) {
            expectColumns(line, 2, "CONTEXT<TAB>PHRASE");
            lexicon.contexts.add(keys(line, line.column(1)), parseEnum(Context.class, line, line.column(0)));
        }
        for (DataFile.Line line : modifierLines) {
            expectColumns(line, 2, "MODIFIER<TAB>PHRASE");
            Modifier modifier = parseEnum(Modifier.class, line, line.column(0));
            if (modifier == Modifier.HALT) {
                throw line.error("HALT is read by the language coders only; write the English act as a signal phrase"
                        + " (\"suspend ~ talks\")");
            }
            lexicon.modifiers.add(keys(line, line.column(1)), modifier);
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

    /** The signal phrases whose span passes {@code span}; the others leave their words to the rest. */
    public List<PhraseMatcher.Match<Entry>> signals(List<Token> tokens,
                                                     java.util.function.BiPredicate<Integer, Integer> span) {
        return signals.find(tokens, e -> true, span);
    }

    public List<PhraseMatcher.Match<Context>> contexts(List<Token> tokens) {
        return contexts.find(tokens);
    }

    public List<PhraseMatcher.Match<Modifier>> modifiers(List<Token> tokens) {
        return modifiers.find(tokens);
    }

    /**
     * The passive of a verb-and-object entry "VERB ~ OBJECT": "OBJECT ~ be VERB", so "sever ~ ties"
     * also finds "ties with Qatar were severed by Saudi Arabia", whose agent follows "by". Null for
     * any other shape, or when either end is a function word ("arms ~ to").
     */
    static List<String> passiveKeys(List<String> keys) {
        if (keys.size() != 3 || !keys.get(1).equals(PhraseMatcher.GAP) || FUNCTION_WORDS.contains(keys.get(0))
                || FUNCTION_WORDS.contains(keys.get(2)) || keys.get(0).equals(BE)) {
            return null;
        }
        return List.of(keys.get(2), PhraseMatcher.GAP, BE, keys.get(0));
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
