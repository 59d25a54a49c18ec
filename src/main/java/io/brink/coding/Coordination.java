package io.brink.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which actors of an English sentence are named together as one party ("Britain, France and
 * Germany", "Venezuela's president and Guyana's foreign minister", "China's top diplomat, Wang Yi,
 * and Japan's foreign minister"): pure functions over the tokens and the gazetteer's mentions.
 */
final class Coordination {

    /** Coordinated actors taken together ("Britain, France and Germany"); longer lists are lists, not parties. */
    static final int MAX_COORDINATED = 6;

    private Coordination() {
    }

    /** {@code last} and the actors joined to it from the left by "and", "or" or commas. */
    static List<Gazetteer.Mention> before(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                                             Gazetteer.Mention last) {
        List<Gazetteer.Mention> group = new ArrayList<>();
        group.add(last);
        int i = mentions.indexOf(last);
        while (i > 0 && group.size() < MAX_COORDINATED && joined(tokens, mentions.get(i - 1), mentions.get(i))) {
            group.add(0, mentions.get(--i));
        }
        return group;
    }

    /** {@code first} and the actors joined to it on the right by "and", "or" or commas. */
    static List<Gazetteer.Mention> after(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                                            Gazetteer.Mention first) {
        List<Gazetteer.Mention> group = new ArrayList<>();
        group.add(first);
        int i = mentions.indexOf(first);
        while (i + 1 < mentions.size() && group.size() < MAX_COORDINATED
                && joined(tokens, mentions.get(i), mentions.get(i + 1))) {
            group.add(mentions.get(++i));
        }
        return group;
    }

    /** Only coordinators, commas and articles (or nothing) stand between two actors. */
    static boolean joined(List<Token> tokens, Gazetteer.Mention left, Gazetteer.Mention right) {
        if (acrossFrontedPhrase(tokens, left, right)) {
            return false;
        }
        if (right.start() == left.end() + 1 && tokens.get(left.end()).text().equals("'s")
                && right.code().equals(left.code())) {
            // "Cambodia's Hun Manet": one actor, named twice.
            return true;
        }
        int from = left.kind() == Gazetteer.Kind.LEADER ? restOfName(tokens, left.end(), right.start())
                : officeAndName(tokens, left.end(), right.start());
        int gap = right.start() - from;
        if (gap == 0) {
            // Side by side, as in "Israeli Palestinian talks" or a resolved "the two sides".
            return true;
        }
        if (appositiveJoin(tokens, left, right)) {
            return true;
        }
        if (gap == 1 && PAIR_MARKS.contains(tokens.get(from).text()) && left.kind() != Gazetteer.Kind.LEADER
                && right.kind() != Gazetteer.Kind.LEADER) {
            // "Russian-Ukrainian talks", "the US-China trade deal", "India–Pakistan ceasefire":
            // a pair written as one word.
            return true;
        }
        if (nameOfAfterCoordinator(tokens, from, right.start())) {
            return true;
        }
        if (gap > JOINED_GAP) {
            return false;
        }
        int beforeLeft = left.start() - 1;
        if (beforeLeft > 0 && tokens.get(beforeLeft).lower().equals("the")) {
            beforeLeft--;
        }
        if (beforeLeft >= 0 && tokens.get(beforeLeft).lower().equals("by")) {
            // "Under a deal mediated by Turkey, Russia and Ukraine agreed", "in a swap brokered by
            // the UAE, Russia handed over": an agent closes its phrase.
            boolean and = false;
            for (int i = from; i < right.start(); i++) {
                and |= tokens.get(i).lower().equals("and") || tokens.get(i).lower().equals("or");
            }
            if (!and) {
                return false;
            }
        }
        boolean coordinator = false;
        boolean commaOnly = true;
        int titles = 0;
        for (int i = from; i < right.start(); i++) {
            String t = tokens.get(i).lower();
            int phrase = coordinatingPhrase(tokens, i, right.start());
            if (phrase > 0) {
                // "Senegalese troops, along with Nigerian units,", "India, as well as Sri Lanka":
                // a coordinator of several words, counted as one.
                coordinator = true;
                commaOnly = false;
                titles += phrase - 1;
                i += phrase - 1;
                continue;
            }
            commaOnly &= !t.equals("and") && !t.equals("or");
            if (t.equals("and") || t.equals("or") || t.equals(",")) {
                coordinator = true;
            } else if (coordinator && EventCoder.ROLE_WORDS.contains(t)) {
                // "Hu Jintao and Prime Minister Gordon Brown": the second name's title.
                titles++;
            } else if (coordinator && isQuantity(t)) {
                // "freed 23 Lebanese and some 400 Palestinian prisoners", "15 Americans and nine
                // Britons": how many of the second state's people.
                titles++;
            } else if (coordinator && t.equals("of") && EventCoder.ROLE_WORDS.contains(tokens.get(i - 1).lower())) {
                // "Rouhani and the Emir of Qatar": the second actor's office, named before the state.
                titles++;
            } else if (coordinator && t.equals("visiting")) {
                // "Modi and his visiting Bangladeshi counterpart": the guest's title.
                titles++;
            } else if (!t.equals("the") && !t.equals("both") && !(coordinator && POSSESSIVES.contains(t))
                    && !(!coordinator && isOfficeAfterName(tokens, left, i))) {
                return false;
            }
        }
        if (commaOnly && left.start() > 0 && tokens.get(left.start() - 1).lower().equals("and")) {
            // A list runs "A, B and C"; after "A and B" a comma closes the phrase: "brokered by
            // Merkel and Hollande, Putin and Poroshenko agreed".
            return false;
        }
        return coordinator && (gap - titles <= 3 || gap <= JOINED_GAP && tokens.get(from).lower().startsWith("'"));
    }

    /** Prepositions that open a phrase fronted before the subject: "With Qatari officials shuttling …,". */
    private static final Set<String> FRONTING = Set.of("with", "under");
    /** How far into the sentence a dateline's dash or colon may end ("CAIRO (Reuters) -"). */
    private static final int DATELINE_TOKENS = 10;

    /**
     * "With Qatari and Egyptian officials shuttling between the two sides, Israel and Hamas agreed",
     * "Under the auspices of Egyptian intelligence, Israeli and Palestinian delegations began talks":
     * the comma that closes a phrase fronted by a preposition ends its actors; those after it are
     * the clause's subjects, not more of the same list.
     */
    static boolean acrossFrontedPhrase(List<Token> tokens, Gazetteer.Mention left, Gazetteer.Mention right) {
        int open = frontedPhraseOpen(tokens);
        int close = open < 0 ? -1 : firstComma(tokens, open);
        return close >= 0 && open <= left.start() && left.end() <= close && close < right.start();
    }

    /** Where a phrase fronted by a preposition opens (after any dateline), or -1. */
    private static int frontedPhraseOpen(List<Token> tokens) {
        int open = 0;
        for (int i = 0; i < Math.min(tokens.size(), DATELINE_TOKENS); i++) {
            String t = tokens.get(i).text();
            if (t.equals("-") || t.equals("\u2014") || t.equals("\u2013") || t.equals(":")) {
                open = i + 1;
                break;
            }
        }
        return open < tokens.size() && FRONTING.contains(tokens.get(open).lower()) ? open : -1;
    }

    /** The comma that closes a phrase fronted by a preposition, or -1 where none opens the sentence. */
    static int frontedPhraseClose(List<Token> tokens) {
        int open = frontedPhraseOpen(tokens);
        return open < 0 ? -1 : firstComma(tokens, open);
    }

    private static int firstComma(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(",")) {
                return i;
            }
        }
        return -1;
    }

    /** How many words of a coordinator phrase start at {@code i} ("as well as", "along with", "together with", "alongside"), or 0. */
    static int coordinatingPhrase(List<Token> tokens, int i, int limit) {
        String t = tokens.get(i).lower();
        String next = i + 1 < limit ? tokens.get(i + 1).lower() : "";
        if (t.equals("alongside")) {
            return 1;
        }
        if ((t.equals("along") || t.equals("together")) && next.equals("with")) {
            return 2;
        }
        return t.equals("as") && next.equals("well") && i + 2 < limit && tokens.get(i + 2).lower().equals("as") ? 3 : 0;
    }

    /**
     * "President Moon Jae-in and": where the gazetteer matched a leader by part of the name, the
     * rest of it (hyphenated or capitalised words) still belongs to the name. Returns where it ends.
     */
    static int restOfName(List<Token> tokens, int from, int limit) {
        int i = from;
        while (i < limit) {
            Token t = tokens.get(i);
            if (t.text().equals("-") && i + 1 < limit && tokens.get(i + 1).isWord()) {
                i += 2;
            } else if (t.isWord() && Character.isUpperCase(t.text().charAt(0)) && !EventCoder.ROLE_WORDS.contains(t.lower())) {
                i++;
            } else {
                return i;
            }
        }
        return i;
    }

    /**
     * "Thailand's acting prime minister Phumtham Wechayachai and": a possessive, a title and a
     * name the gazetteer does not know, up to the coordinator that follows. Returns where that
     * stretch ends, or {@code from} when it is something else.
     */
    static int officeAndName(List<Token> tokens, int from, int limit) {
        if (from >= limit || !tokens.get(from).text().equals("'s")) {
            return from;
        }
        int i = from + 1;
        while (i < limit && (Acts.isTitle(tokens.get(i)) || OFFICE_QUALIFIERS.contains(tokens.get(i).lower()))) {
            i++;
        }
        if (i == from + 1) {
            return from;
        }
        // "Russia's foreign minister Sergei Lavrov and", or the office alone when the name came
        // first: "Sergei Lavrov, Russia's foreign minister, and his German counterpart".
        int end = restOfName(tokens, i, limit);
        String next = end < limit ? tokens.get(end).lower() : "";
        return next.equals("and") || next.equals(",") ? end : from;
    }

    private static final Set<String> OFFICE_QUALIFIERS = Set.of("acting", "former", "new", "interim", "outgoing",
            "incoming", "then", "caretaker", "top");

    /** People counted: a number just before the actor ("15 Americans", "some 400 Palestinian prisoners"). */
    static boolean counted(List<Token> tokens, Gazetteer.Mention actor) {
        return actor.start() > 0 && isQuantity(tokens.get(actor.start() - 1).lower());
    }

    /** A number, or a word that rounds one: "400", "1,200", "nine", "some", "dozens of". */
    static boolean isQuantity(String lower) {
        return !lower.isEmpty() && Character.isDigit(lower.charAt(0)) || QUANTITY_WORDS.contains(lower);
    }

    private static final Set<String> QUANTITY_WORDS = Set.of("two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds",
            "dozen", "dozens", "thousand", "thousands", "some", "about", "around", "nearly", "almost", "over");

    /** "and his counterpart Jorge Taiana of": the most words a person named before "of" may take. */
    private static final int NAME_OF_TOKENS = 7;

    /**
     * "Celso Amorim of Brazil and Jorge Taiana of Argentina", "President Collor of Brazil and his
     * counterpart Carlos Menem of Argentina": after "and", a person (titles, a possessive, a
     * capitalised name) then "of" and the state: the second actor is named by its person.
     */
    static boolean nameOfAfterCoordinator(List<Token> tokens, int from, int limit) {
        if (from >= limit || !(tokens.get(from).lower().equals("and") || tokens.get(from).lower().equals("or"))
                || limit - from > NAME_OF_TOKENS + 1) {
            return false;
        }
        int of = tokens.get(limit - 1).lower().equals("the") ? limit - 2 : limit - 1;
        if (of <= from + 1 || !tokens.get(of).lower().equals("of")) {
            return false;
        }
        boolean name = false;
        for (int i = from + 1; i < of; i++) {
            Token t = tokens.get(i);
            if (Acts.isTitle(t) || POSSESSIVES.contains(t.lower()) || t.lower().equals("the")) {
                continue;
            }
            if (!(t.isWord() && Character.isUpperCase(t.text().charAt(0)) || t.text().equals("-") && name)) {
                return false;
            }
            name = true;
        }
        return name;
    }

    /** "Russia's foreign minister and his German counterpart": a possessive may open the second actor. */
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its");
    /** What joins the two halves of a pair written as one word: a hyphen, an en dash, a slash. */
    private static final Set<String> PAIR_MARKS = Set.of("-", "\u2013", "/");
    /** "China's top diplomat, Wang Yi, and": how many words a name between commas may have. */
    private static final int APPOSITIVE_NAME_TOKENS = 5;

    /**
     * "China's top diplomat, Wang Yi, and Japan's foreign minister": the first actor's office, its
     * holder's name between commas, then "and" and the second actor.
     */
    static boolean appositiveJoin(List<Token> tokens, Gazetteer.Mention left, Gazetteer.Mention right) {
        int i = left.end();
        while (i < right.start() && isOfficeAfterName(tokens, left, i)) {
            i++;
        }
        if (i >= right.start() || !tokens.get(i).text().equals(",")) {
            return false;
        }
        int name = 0;
        for (i++; i < right.start() && !tokens.get(i).text().equals(","); i++) {
            Token t = tokens.get(i);
            if (!(t.isWord() && Character.isUpperCase(t.text().charAt(0)) || t.text().equals("-"))
                    || ++name > APPOSITIVE_NAME_TOKENS) {
                return false;
            }
        }
        if (name == 0 || i + 1 >= right.start() || !tokens.get(i + 1).lower().equals("and")) {
            return false;
        }
        for (i += 2; i < right.start(); i++) {
            String t = tokens.get(i).lower();
            if (!t.equals("the") && !POSSESSIVES.contains(t) && !Acts.isTitle(tokens.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Words that may stand between two joined actors: "Venezuela's president and Guyana's …", up to two title words. */
    private static final int JOINED_GAP = 5;

    /** "Venezuela's president", "Rwanda's foreign minister": the possessive and the office after the name. */
    static boolean isOfficeAfterName(List<Token> tokens, Gazetteer.Mention left, int i) {
        String t = tokens.get(i).lower();
        return i == left.end() && (t.equals("'s") || t.equals("\u2019s") || t.equals("'"))
                || i > left.end() && Acts.isTitle(tokens.get(i));
    }
}
