package io.brink.coding.lang;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.brink.coding.DataFile;

/**
 * The closed word classes a language's coder reads structure by, from its {@code grammar.tsv}:
 * what opens a clause, joins two subjects, marks a passive and its agent, a genitive or a venue,
 * and the elided articles the tokenizer strips. Words are compared folded to ASCII.
 */
final class Grammar {

    /** The classes; each line of the file is {@code CLASS <TAB> word}. */
    enum WordClass {
        /** Opens a new clause after a comma or semicolon: "pero", "mientras", "mais". */
        CLAUSE,
        /** Joins coordinated actors: "y", "e", "et". */
        AND,
        /** An auxiliary of the passive: "fue", "fueron", "été". */
        PASSIVE,
        /** Introduces the passive's agent: "por", "par". */
        AGENT,
        /** Introduces the agent of a nominal act: "el ataque de Rusia", "l'offensive de la Russie". */
        OF,
        /** A preposition of place: a capital after it is where something happens, not who acts. */
        VENUE,
        /**
         * Says who reports ("dijo", "según", "selon"): after a comma, or opening the sentence,
         * it starts an attribution, whose actors neither act nor are acted on.
         */
        REPORTING,
        /** Ends a reporting clause and starts what is reported: ", dijo que …", ", a déclaré que …". */
        THAT,
        /** Articles and determiners, skipped between a preposition and its actor. */
        ARTICLE,
        /** Articles and pronouns elided before an apostrophe ("l'", "qu'"), removed by the tokenizer. */
        ELISION
    }

    private final Map<WordClass, Set<String>> words = new EnumMap<>(WordClass.class);

    Grammar(List<DataFile.Line> lines) {
        for (WordClass c : WordClass.values()) {
            words.put(c, new HashSet<>());
        }
        for (DataFile.Line line : lines) {
            if (line.columns().size() != 2) {
                throw line.error("expected CLASS<TAB>WORD, got " + line.columns().size() + " columns");
            }
            WordClass c;
            try {
                c = WordClass.valueOf(line.column(0).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw line.error("unknown word class '" + line.column(0) + "'; accepted: "
                        + java.util.Arrays.toString(WordClass.values()));
            }
            String word = line.column(1);
            if (word.isEmpty() || word.contains(" ")) {
                throw line.error("one word a line, got '" + word + "'");
            }
            words.get(c).add(Analysis.fold(word.toLowerCase(Locale.ROOT)));
        }
    }

    boolean is(WordClass c, Word w) {
        return words.get(c).contains(w.folded());
    }

    List<String> elisions() {
        return List.copyOf(words.get(WordClass.ELISION));
    }
}
