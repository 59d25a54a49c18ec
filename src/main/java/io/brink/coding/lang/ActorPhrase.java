package io.brink.coding.lang;

import java.util.List;

import io.brink.coding.Gazetteer;

/**
 * An actor named by its state, its office and its holder: "US-Präsident Barack Obama", "el
 * presidente estadounidense, Joe Biden", "Президент США Джо Байден", "美国总统特朗普", "الرئيس
 * الأمريكي دونالد ترامب". Coordination reads such a phrase as one actor, so that "A's president X
 * and B's leader Y met" joins A and B as "A and B met" does. The office words are the language's
 * {@code TITLE} and {@code HOME_ORGAN} classes; a name is what follows a title: capitalised words,
 * or, in a script without capitals, any words that are not of a closed class.
 */
final class ActorPhrase {

    /** "Präsident Nicolas Sarkozy", "الشيخ عبدالله بن زايد": how many words of a name may follow a title. */
    static final int NAME_WORDS = 4;
    /**
     * "总理安华": a Chinese name is one word, or two or three characters where the segmenter does
     * not know it; more would be the words after it ("总理安华斡旋下").
     */
    static final int HAN_NAME_WORDS = 2;

    private ActorPhrase() {
    }

    /**
     * A word of office: of class TITLE or HOME_ORGAN, without a proclitic "and" before it, or, where
     * the language joins nouns into compounds, ending in one ("Kremlchef", "Bundeskanzlerin").
     */
    static boolean title(Grammar grammar, Word w) {
        if (!w.isWord() || grammar.startsWith(Grammar.WordClass.AND, w)) {
            return false;
        }
        return grammar.isTitle(w.folded()) || w.hasProclitic() && grammar.isTitle(w.bare());
    }

    /**
     * Where the title and name that follow an actor's mention {@code first} end, at most at
     * {@code to}: "Frankreichs| Präsident Nicolas Sarkozy| und der britische".
     */
    static int tailEnd(Grammar grammar, List<Word> words, Gazetteer.Mention first, int to) {
        int from = first.end();
        int i = from;
        boolean titled = nameFollows(grammar, words, first);
        int names = 0;
        boolean apposition = false;
        for (; i < to; i++) {
            Word w = words.get(i);
            if (title(grammar, w)) {
                titled = true;
                names = 0;
            } else if (w.text().equals("-") && i == from) {
                // "US-Präsident": the state written onto its office with a hyphen.
                continue;
            } else if (titled && names == 0 && !apposition && w.text().equals(",") && i + 1 < to
                    && name(grammar, words.get(i + 1))) {
                // "el presidente estadounidense, Joe Biden, y": the holder's name in apposition.
                apposition = true;
            } else if (titled && names < nameWords(w) && name(grammar, w)) {
                names++;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * Where the article, possessive and title before an actor's mention at {@code to} begin, not
     * before {@code from}: "und |der britische", "y |su homólogo ruso", "و|الزعيم الكوري" (the first
     * word of the head may carry the "and" that joins it).
     */
    static int headStart(Grammar grammar, List<Word> words, int from, int to) {
        int i = to;
        while (i > from) {
            Word w = words.get(i - 1);
            if (grammar.is(Grammar.WordClass.ARTICLE, w) || grammar.is(Grammar.WordClass.OWN, w)
                    || title(grammar, w)) {
                i--;
            } else if (grammar.startsWith(Grammar.WordClass.AND, w) && grammar.isTitle(w.bare())) {
                // The joint itself: the separator reads its "and" from here.
                i--;
                break;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * Two mentions, {@code first} before {@code second}, are one actor: they name one state, and
     * only its title, articles, a possessive, the holder's name and the commas of an apposition
     * stand between ("el presidente estadounidense, Joe Biden", "朝鲜最高领导人金正恩").
     */
    static boolean one(Grammar grammar, List<Word> words, Gazetteer.Mention first, Gazetteer.Mention second) {
        int from = first.end();
        int to = second.start();
        if (!first.code().equals(second.code()) || to < from || to - from > NAME_WORDS + 3) {
            return false;
        }
        boolean titled = nameFollows(grammar, words, first);
        int names = 0;
        for (int i = from; i < to; i++) {
            Word w = words.get(i);
            if (title(grammar, w)) {
                titled = true;
                names = 0;
            } else if (titled && names < nameWords(w) && name(grammar, w)) {
                names++;
            } else if (!(w.text().equals(",") || w.text().equals("-")
                    || grammar.is(Grammar.WordClass.ARTICLE, w) || grammar.is(Grammar.WordClass.OWN, w))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "le président russe Vladimir Poutine", "وزير الخارجية الروسي سيرغي لافروف": a title before the
     * state's word puts the holder's name after it. Not after the holder's name itself ("总理安华斡旋下").
     */
    private static boolean nameFollows(Grammar grammar, List<Word> words, Gazetteer.Mention m) {
        return m.kind() != Gazetteer.Kind.LEADER && m.start() > 0 && title(grammar, words.get(m.start() - 1));
    }

    private static int nameWords(Word w) {
        return w.isWord() && Character.UnicodeScript.of(w.text().codePointAt(0)) == Character.UnicodeScript.HAN
                ? HAN_NAME_WORDS : NAME_WORDS;
    }

    /** A word of a person's name: capitalised, or in a script without capitals any word of no closed class. */
    private static boolean name(Grammar grammar, Word w) {
        if (!w.isWord() || grammar.is(Grammar.WordClass.AND, w) || grammar.startsWith(Grammar.WordClass.AND, w)
                || grammar.is(Grammar.WordClass.ARTICLE, w) || grammar.is(Grammar.WordClass.CLAUSE, w)
                || grammar.is(Grammar.WordClass.REPORTING, w) || grammar.is(Grammar.WordClass.VENUE, w)) {
            return false;
        }
        return w.capitalised() || Character.getType(w.text().codePointAt(0)) == Character.OTHER_LETTER;
    }
}
