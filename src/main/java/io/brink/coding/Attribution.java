package io.brink.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who says what: the closing attribution (", the Israeli army said Friday") and "according to"
 * phrases whose words only say where the news comes from, the state they name (the reporter),
 * and the verbs of saying and telling whose "that" opens what was said.
 */
final class Attribution {

    private Attribution() {
    }

    /** "According to diplomatic reports": the source that opens a sentence without a comma. */
    private static final int OPENING_SOURCE_TOKENS = 3;

    /**
     * ", a spokesman for the Canadian embassy in Nairobi said on Tuesday." is 14 tokens; a
     * source described by what it does (", an envoy from the team helping to mediate told reporters") runs longer.
     */
    private static final int MAX_ATTRIBUTION_TOKENS = 18;
    /** "said in a statement on Sunday.": what may follow the verb of a closing attribution. */
    private static final int MAX_AFTER_REPORTING_VERB = 6;
    /** "told reporters on arriving in Brussels on Thursday.": further on, the verb must open a phrase of place, time or audience. */
    private static final int MAX_AFTER_REPORTING_VERB_WITH_PHRASE = 9;
    private static final Set<String> PHRASE_OPENERS = Set.of("to", "in", "on", "at", "during", "after", "before",
            "while", "reporters", "journalists", "parliament", "lawmakers", "a", "an");
    private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "reported", "reports", "told",
            "announced", "stated", "confirmed", "added", "quoted", "cited");

    private static final Set<String> SAYING_STEMS = Stemmer.stems("said", "say", "announce", "declare", "state",
            "warn", "insist", "claim", "confirm", "report", "add", "stress", "reiterate", "decide", "believe",
            "indicate", "admit", "signal", "assert", "pledge", "promise", "vow");

    /**
     * Tokens that only say where the news comes from: a closing attribution (", the Israeli army
     * said Friday", ", an envoy helping to mediate told reporters") and any "according to"
     * phrase up to the next comma. Their actors report the event and their words ("broker") are
     * background, so neither takes part in coding.
     */
    static boolean[] attribution(List<Token> tokens) {
        boolean[] reported = new boolean[tokens.size()];
        int start = attributionStart(tokens);
        if (start >= 0) {
            java.util.Arrays.fill(reported, start, tokens.size(), true);
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (isAccordingTo(tokens, i)) {
                int end = accordingToEnd(tokens, i);
                java.util.Arrays.fill(reported, i, end, true);
                i = end;
            }
        }
        return reported;
    }

    /**
     * Where an "according to" phrase ends: at the next comma; or, when it opens the sentence
     * without a comma ("According to diplomats France is pressing …"), after its first few words,
     * before the first capitalised word, which begins the report itself.
     */
    private static int accordingToEnd(List<Token> tokens, int at) {
        int comma = at;
        while (comma < tokens.size() && !tokens.get(comma).text().equals(",")) {
            comma++;
        }
        if (at > 0 || comma < tokens.size()) {
            return comma;
        }
        int end = at + 2;
        while (end < tokens.size() && end < at + 2 + OPENING_SOURCE_TOKENS
                && !Character.isUpperCase(tokens.get(end).text().charAt(0))) {
            end++;
        }
        return end;
    }

    private static boolean isAccordingTo(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i).text().equalsIgnoreCase("according")
                && tokens.get(i + 1).text().equalsIgnoreCase("to");
    }

    /** {@code items} whose first token is outside the attribution. */
    static <T> List<T> outside(List<T> items, java.util.function.ToIntFunction<T> start, boolean[] reported) {
        List<T> kept = new ArrayList<>(items.size());
        for (T item : items) {
            if (!reported[start.applyAsInt(item)]) {
                kept.add(item);
            }
        }
        return kept;
    }

    /**
     * "Germany, France and Poland said they would expel Russian diplomats": a verb of saying
     * followed by a subject or "that" opens what was said; it closes no attribution.
     */
    private static final Set<String> REPORT_SUBJECTS = Set.of("they", "it", "he", "she", "we", "that");

    /**
     * Index of the comma opening a closing attribution, or -1: the verb of reporting ends the
     * sentence but for a date or "in a statement", or "according to" follows the comma.
     */
    private static int attributionStart(List<Token> tokens) {
        int lastComma = -1;
        for (int i = tokens.size() - 1; i > 0; i--) {
            if (tokens.get(i).text().equals(",")) {
                lastComma = i;
                break;
            }
        }
        if (lastComma < 0 || tokens.size() - lastComma > MAX_ATTRIBUTION_TOKENS) {
            return -1;
        }
        if (isAccordingTo(tokens, lastComma + 1)) {
            return lastComma;
        }
        for (int i = Math.max(lastComma + 1, tokens.size() - 1 - MAX_AFTER_REPORTING_VERB_WITH_PHRASE); i < tokens.size(); i++) {
            boolean near = i >= tokens.size() - 1 - MAX_AFTER_REPORTING_VERB;
            if (REPORTING_VERBS.contains(tokens.get(i).lower()) && !withObject(tokens, i)
                    && !(i + 1 < tokens.size() && REPORT_SUBJECTS.contains(tokens.get(i + 1).lower()))
                    && (near || i + 1 < tokens.size() && PHRASE_OPENERS.contains(tokens.get(i + 1).lower()))) {
                return lastComma;
            }
        }
        return -1;
    }

    /** Verbs of reporting that also take an object: "…, Australia announced a new policy" is an act, not a source. */
    private static final Set<String> TRANSITIVE_REPORTING = Set.of("announced", "confirmed", "stated", "added");
    private static final Set<String> OBJECT_OPENERS = Set.of("a", "an", "the", "new", "its", "their", "his", "her",
            "plans", "further", "more");

    private static boolean withObject(List<Token> tokens, int verb) {
        return TRANSITIVE_REPORTING.contains(tokens.get(verb).lower()) && verb + 1 < tokens.size()
                && OBJECT_OPENERS.contains(tokens.get(verb + 1).lower());
    }

    /**
     * A verb of saying before the "that" at {@code that}, at once or across when and how it was said:
     * "announced on Monday that", "said in a statement that", "said late on Friday that".
     */
    static boolean saidBefore(List<Token> tokens, int that) {
        for (int i = that - 1; i >= Math.max(0, that - SAID_THAT_REACH); i--) {
            if (isSaying(tokens.get(i))) {
                // Across when it was said, only before the speaker's own pronoun ("announced on
                // Monday that it was expelling"): "said on Wednesday that its restrictions on some
                // imports were temporary" reports what the measures are, not a new act.
                return i == that - 1 || that + 1 < tokens.size() && REPORT_SUBJECTS.contains(tokens.get(that + 1).lower());
            }
            if (!WHEN_AND_HOW_SAID.contains(tokens.get(i).lower())) {
                return false;
            }
        }
        return false;
    }

    private static final int SAID_THAT_REACH = 5;
    private static final Set<String> WHEN_AND_HOW_SAID = Set.of("on", "in", "at", "late", "early", "last", "this",
            "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "week", "weekend", "night", "morning", "afternoon", "evening", "earlier", "also", "again",
            "publicly", "formally", "officially", "a", "statement", "separately", "repeatedly");

    /**
     * "told reporters that", "told parliament that": the "that" at {@code that} follows a verb of
     * telling and its audience, and opens what was told.
     */
    static boolean toldAudience(List<Token> tokens, int that) {
        if (that < 2 || !AUDIENCES.contains(tokens.get(that - 1).lower())) {
            return false;
        }
        for (int i = that - 2; i >= Math.max(0, that - 4); i--) {
            if (TELLING_STEMS.contains(tokens.get(i).stem())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> AUDIENCES = Set.of("reporters", "journalists", "parliament", "lawmakers",
            "legislators", "senators", "delegates", "supporters", "conference", "briefing", "press", "television",
            "radio", "audience", "crowd", "rally", "newspaper", "interviewer");
    private static final Set<String> TELLING_STEMS = Stemmer.stems("tell", "told", "inform", "assure", "brief");

    /** A verb of saying or deciding, whose "that" introduces its content. */
    static boolean isSaying(Token token) {
        return SAYING_STEMS.contains(token.stem());
    }

    /**
     * The state of whoever a closing attribution or an "according to" names ("…, the French
     * president said on Monday."): the first country in it; null when there is none.
     */
    static Gazetteer.Mention reporter(List<Gazetteer.Mention> all, boolean[] attribution) {
        for (Gazetteer.Mention m : all) {
            if (attribution[m.start()] && m.isCountry()) {
                return m;
            }
        }
        return null;
    }
}
