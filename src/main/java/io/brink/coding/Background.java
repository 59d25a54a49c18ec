package io.brink.coding;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells the news from its background: an event a sentence places clearly before the story ("went to
 * war in 1971", "in the 1990s", "since 1947", "last July", "two years ago", "have fought three
 * wars", "the anniversary of the invasion") explains the story and is not scored. Each time
 * expression of a sentence is read as past or present relative to the article's date; a trigger
 * takes the reading of the nearest expression in its clause. A sentence with no time expression
 * reports the present, as news does.
 */
final class Background {

    /** How long before the article an explicit date still counts as the story's own time. */
    static final int RECENT_DAYS = 7;
    /** "three wars since 1947": how far a count of past events may follow a perfect tense. */
    private static final int RECAP_REACH = 4;

    private static final Map<String, Month> MONTHS = Map.ofEntries(Map.entry("january", Month.JANUARY),
            Map.entry("february", Month.FEBRUARY), Map.entry("march", Month.MARCH), Map.entry("april", Month.APRIL),
            Map.entry("may", Month.MAY), Map.entry("june", Month.JUNE), Map.entry("july", Month.JULY),
            Map.entry("august", Month.AUGUST), Map.entry("september", Month.SEPTEMBER),
            Map.entry("october", Month.OCTOBER), Map.entry("november", Month.NOVEMBER),
            Map.entry("december", Month.DECEMBER));
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    /** Words that put an event in the story's own days: the weekdays and these. */
    private static final Set<String> PRESENT = Set.of("today", "tonight", "yesterday", "overnight", "now",
            "currently");
    /** Words after "last" or "earlier this" that reach back further than a week. */
    private static final Set<String> LONG_UNITS = Set.of("year", "month", "decade", "century", "spring", "summer",
            "autumn", "fall", "winter", "year's", "years", "months");
    private static final Set<String> AGO_UNITS = Set.of("years", "year", "decades", "decade", "months", "month",
            "centuries", "century", "generations", "generation", "weeks");
    private static final Set<String> PERFECT = Set.of("have", "has", "had", "'ve");
    /** Plural event nouns that, counted after a perfect tense, recap a history: "have fought three wars". */
    private static final Set<String> RECAP_NOUNS = Set.of("wars", "conflicts", "battles", "clashes", "times",
            "occasions", "rounds", "invasions", "skirmishes", "decades", "years");
    private static final Set<String> RECAP_COUNTS = Set.of("two", "three", "four", "five", "several", "many",
            "numerous", "multiple", "repeated", "repeatedly", "twice", "thrice", "a", "series");
    /** Verbs of saying, asking and objecting: repeated, they are a stance held now, not a history. */
    private static final Set<String> STANCE_STEMS = Stemmer.stems("demand", "accuse", "urge", "call", "ask",
            "warn", "threaten", "reject", "deny", "criticise", "criticize", "condemn", "denounce", "insist", "say",
            "state", "protest", "complain", "refuse", "vow", "pledge", "promise", "offer", "appeal", "press", "push",
            "request", "seek", "blame", "question", "challenge", "dismiss");

    /** Verbs of remembering, before "how" or "when": "recalling how its troops drove …". */
    private static final Set<String> MEMORY_STEMS = Stemmer.stems("recall", "remember", "recount", "reminisce");

    /** "40 years", "twenty years", "a decade": a unit counted by the word before it. */
    private static boolean countedUnit(List<Token> tokens, int unit) {
        if (unit < 1) {
            return false;
        }
        String count = tokens.get(unit - 1).lower();
        return count.equals("a") || Coordination.isQuantity(count) || count.endsWith("ty") || count.endsWith("teen");
    }

    /** "the anniversary of the invasion": a remembered event. */
    private static final Set<String> REMEMBRANCE = Set.of("anniversary", "anniversaries", "commemorate",
            "commemorated", "commemorates", "commemorating", "commemoration", "memorial", "remembrance");

    /** Adverbs of habit: what is done "periodically" is no news of the day ("routinely" is left out: abuses "routinely" done are reported as news). */
    private static final Set<String> HABITUAL = Set.of("periodically", "habitually", "traditionally");
    /** Past verbs that "once" before them places in history: "once fought", "once ruled". */
    private static final Set<String> ONCE_PAST = Set.of("fought", "ruled", "occupied", "invaded", "waged", "clashed",
            "battled", "colonised", "colonized", "annexed", "controlled", "went", "were", "was");

    private Background() {
    }

    /** A weekday's or a month's name, lower case: "on Tuesday", "in March". */
    static boolean isDayOrMonth(String lower) {
        return WEEKDAYS.contains(lower) || MONTHS.containsKey(lower);
    }

    /**
     * "fought an undeclared conflict, known as Konfrontasi, from 1963 to 1966" is 11 words;
     * "who was detained six months ago, flew home as Georgia said it would release" is kept apart
     * by the relative clause, not by distance.
     */
    static final int REACH = 12;

    /**
     * A time expression at a token, read as past (background) or present. {@code since} marks
     * "since 1947", "since last month's invasion": after a trigger it dates a state that lasts, not
     * the trigger ("holed up since last month's invasion").
     */
    record Marker(int at, boolean past, boolean since) {
    }

    /**
     * The time expressions of a sentence. Without an article date, only expressions that are past
     * whatever the date ("two years ago", "last year", "in the 1990s" read as history) count.
     */
    static List<Marker> markers(List<Token> tokens, LocalDate published) {
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int before = markers.size();
            String t = tokens.get(i).lower();
            String prev = i > 0 ? tokens.get(i - 1).lower() : "";
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
            if (prev.equals("ago") && (PRESENT.contains(t) || t.equals("this"))) {
                // "Forty years ago today", "thirty years ago this week": the day or week is the
                // anniversary's; the act is the one of years ago, already marked at "ago".
                continue;
            } else if (WEEKDAYS.contains(t) || PRESENT.contains(t)) {
                markers.add(new Marker(i, false, false));
            } else if (t.equals("this") && (next.equals("week") || next.equals("morning") || next.equals("evening"))
                    || t.equals("last") && (next.equals("week") || next.equals("night"))) {
                markers.add(new Marker(i, false, false));
            } else if (t.equals("last") && (LONG_UNITS.contains(next) || MONTHS.containsKey(next))) {
                markers.add(new Marker(i, true, false));
            } else if (t.equals("ago") && AGO_UNITS.contains(prev)
                    || AGO_UNITS.contains(prev) && t.equals("since") && countedUnit(tokens, i - 1)) {
                // "two years ago"; "marked 40 years since British troops landed": what is counted
                // from is history. Not "two months after the coup, Niger expelled" nor "twenty
                // years to the day after …, Russia bombed": those count to the act, which is news.
                markers.add(new Marker(i, true, false));
            } else if (MEMORY_STEMS.contains(tokens.get(i).stem()) && (next.equals("how") || next.equals("when"))) {
                // "veterans recalling how British forces retook the islands": a memory.
                markers.add(new Marker(i, true, false));
            } else if (REMEMBRANCE.contains(t) || HABITUAL.contains(t)) {
                // Also what a state does from time to time ("Botswana periodically restricts
                // imports"): a habit described, not an act reported.
                markers.add(new Marker(i, true, false));
            } else if (t.equals("once") && !prev.equals("at") && ONCE_PAST.contains(next)) {
                // "two states that once fought each other", "which once ruled the island": at one
                // time, long ago. Not "once the truce holds" nor "at once".
                markers.add(new Marker(i, true, false));
            } else if (isDecade(t)) {
                markers.add(new Marker(i, published == null || decadeEnd(t) < published.getYear(), false));
            } else if ((isYear(t) || isNineteenthCenturyYear(t, prev, i)) && !inName(tokens, i)) {
                Boolean past = yearIsPast(tokens, i, Integer.parseInt(t), published);
                if (past != null) {
                    markers.add(new Marker(i, past, false));
                }
            } else if (isOldYear(tokens, i)) {
                // "in the War of 1812", "since 1879": long past.
                markers.add(new Marker(i, true, false));
            } else if (rangeEnd(t) > 0) {
                // "fought a war in 1991-95": the range is history when it ended before the article.
                markers.add(new Marker(i, published == null || rangeEnd(t) < published.getYear(), false));
            } else if (PERFECT.contains(t) && recapFollows(tokens, i)) {
                markers.add(new Marker(i, true, false));
            } else if (vaguePast(tokens, i)) {
                markers.add(new Marker(i, true, false));
            }
            if (markers.size() > before && (prev.equals("since") || i > 1 && prev.equals("last")
                    && tokens.get(i - 2).lower().equals("since"))) {
                Marker m = markers.remove(before);
                markers.add(new Marker(m.at(), m.past(), true));
            }
        }
        return markers;
    }

    /** Plural spans of time that "in recent", "for" and "over the past" reach back over. */
    private static final Set<String> LONG_SPANS = Set.of("years", "decades", "months", "centuries", "generations",
            "decade", "century");

    /**
     * A past that no date names: "in recent years", "in the past", "over the past decade", "in
     * the last two decades", "for decades", "historically". What a sentence puts there is the
     * pair's history, however it is worded.
     */
    static boolean vaguePast(List<Token> tokens, int i) {
        String t = tokens.get(i).lower();
        String prev = i > 0 ? tokens.get(i - 1).lower() : "";
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
        String after = i + 2 < tokens.size() ? tokens.get(i + 2).lower() : "";
        if (t.equals("historically")) {
            return true;
        }
        if (t.equals("recent") && prev.equals("in") && LONG_SPANS.contains(next)) {
            return true;
        }
        if (t.equals("for") && LONG_SPANS.contains(next) && !next.equals("decade") && !next.equals("century")) {
            return !ongoing(tokens, i);
        }
        if ((t.equals("past") || t.equals("last")) && prev.equals("the") && i > 1
                && Set.of("in", "over", "during", "throughout").contains(tokens.get(i - 2).lower())) {
            // "in the past," with no span; "over the past decade"; "in the last two decades".
            return !tokens.get(i - 2).lower().equals("over") && !(i + 1 < tokens.size() && tokens.get(i + 1).isWord())
                    || LONG_SPANS.contains(next) || LONG_SPANS.contains(after) && isCount(next);
        }
        return false;
    }

    /** How far before "for months" an ongoing act's "has been …ing" may stand. */
    private static final int ONGOING_REACH = 8;

    /**
     * "Egypt has been mediating between Israel and Hamas for months": an act that has gone on up
     * to now ("has/have been" and a verb in -ing before "for") is today's news, not history;
     * "had been" keeps it in the past.
     */
    private static boolean ongoing(List<Token> tokens, int forAt) {
        for (int i = forAt - 1; i > 0 && i >= forAt - ONGOING_REACH; i--) {
            String t = tokens.get(i).lower();
            if (t.equals(",") || t.equals(";")) {
                return false;
            }
            if (t.equals("been") && i + 1 < forAt && tokens.get(i + 1).lower().endsWith("ing")) {
                String aux = tokens.get(i - 1).lower();
                return aux.equals("has") || aux.equals("have") || aux.equals("'ve")
                        || i > 1 && tokens.get(i - 2).lower().matches("has|have") && aux.matches("not|also|long|now");
            }
        }
        return false;
    }

    /** A time expression this near the sentence's start dates the whole sentence: "In 2018, the court ruled that …". */
    static final int OPENING = 2;
    /** "For context,", "Relations carry a heavy history:", "Older readers will remember that": a lead-in's most words. */
    static final int LEAD_IN = 7;

    /**
     * The time expression at {@code at} opens what follows a short lead-in that ends with a comma, a
     * colon or "that" ("For context, in 2018 the court ruled that …", "It is worth recalling that
     * in 2018 …"): it dates the rest of the sentence, as if it opened it.
     */
    static boolean opensAfterLeadIn(List<Token> tokens, int at) {
        int start = at > 0 && TIME_PREPOSITIONS.contains(tokens.get(at - 1).lower()) ? at - 1 : at;
        if (start < 2 || start > LEAD_IN + 1) {
            return false;
        }
        String before = tokens.get(start - 1).lower();
        if (!before.equals(",") && !before.equals(":") && !before.equals("that")) {
            return false;
        }
        for (int i = 0; i < start - 1; i++) {
            String w = tokens.get(i).lower();
            if (w.equals(",") || w.equals(":") || w.equals(";")) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> TIME_PREPOSITIONS = Set.of("in", "since", "on", "during", "by");

    /**
     * The time expression at {@code at} ends a full date that opens the sentence ("On 9 December
     * 1941, a day after …, Australia declared war", "In December 1868, …"): it dates the whole
     * sentence, however far its verb.
     */
    static boolean endsOpeningDate(List<Token> tokens, int at) {
        if (at < 2 || !TIME_PREPOSITIONS.contains(tokens.get(0).lower())) {
            return false;
        }
        for (int i = 1; i < at; i++) {
            String w = tokens.get(i).lower();
            if (!MONTHS.containsKey(w) && !isNumber(w) && !w.equals("the") && !w.equals("of")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the trigger at {@code triggerStart} is background: the nearest time expression in its
     * clause is past. "Shelled the town on Tuesday, the worst since the 2020 war": Tuesday is nearer.
     */
    static boolean isBackground(List<Token> tokens, List<Marker> markers, int[] clause, int triggerStart) {
        if (sinceNamed(tokens, triggerStart) || yearsAfter(tokens, triggerStart) || tally(tokens, clause, triggerStart)) {
            return true;
        }
        Marker nearest = null;
        for (Marker m : markers) {
            boolean opening = (m.at() <= OPENING || opensAfterLeadIn(tokens, m.at()) || endsOpeningDate(tokens, m.at()))
                    && m.at() < triggerStart
                    && !m.since();
            boolean governs = opening || Math.abs(m.at() - triggerStart) <= REACH && !(m.since() && m.at() > triggerStart)
                    && !inOtherRelativeClause(tokens, m.at(), triggerStart)
                    && !(m.at() > triggerStart && relativeBetween(tokens, triggerStart, m.at()));
            if (governs && (opening || clause[m.at()] == clause[triggerStart])
                    && (nearest == null || Math.abs(m.at() - triggerStart) < Math.abs(nearest.at() - triggerStart))) {
                nearest = m;
            }
        }
        return nearest != null && nearest.past();
    }

    /**
     * "Ireland has never recognised British sovereignty over Rockall": a refusal over all time, in
     * the perfect, is a standing position the story recalls, not a refusal of its day ("did not
     * recognise", "refused to recognise" stay news).
     */
    static boolean neverInPerfect(List<Token> tokens, int triggerStart) {
        for (int i = triggerStart - 1; i >= 1 && i >= triggerStart - NEVER_REACH; i--) {
            if (tokens.get(i).lower().equals("never")) {
                String aux = tokens.get(i - 1).lower();
                return aux.equals("has") || aux.equals("have") || aux.equals("had");
            }
        }
        return false;
    }

    /** "has never formally recognised": how far before the act "never" may stand. */
    private static final int NEVER_REACH = 3;

    /**
     * "Greek fighter jets intercepted Turkish aircraft dozens of times this autumn", "violated the
     * airspace 300 times this year": an act counted over a period is a tally of many past acts,
     * the story's context, not one act of its day. Only counts no single incident has (dozens,
     * hundreds, or a number of ten or more, within {@value #TALLY_REACH} tokens after the act in its
     * clause) and only over a period named after them ({@link #overPeriod}).
     */
    static boolean tally(List<Token> tokens, int[] clause, int triggerStart) {
        for (int i = triggerStart + 1; i < tokens.size() && i <= triggerStart + TALLY_REACH
                && clause[i] == clause[triggerStart]; i++) {
            if (!tokens.get(i).lower().equals("times") || i < 2) {
                continue;
            }
            String count = tokens.get(i - 1).lower();
            String digits = count.replace(",", "");
            boolean many = count.equals("of") && MANY.contains(tokens.get(i - 2).lower())
                    || !digits.isEmpty() && digits.chars().allMatch(Character::isDigit) && digits.length() >= 2;
            if (many && overPeriod(tokens, clause, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A period named right after a count: "this autumn", "so far this year", "since January", "over
     * the past month", "last year". "violate Greek airspace 28 times, Athens says" counts one day's
     * incidents, which are news.
     */
    private static boolean overPeriod(List<Token> tokens, int[] clause, int from) {
        for (int j = from; j < tokens.size() && j < from + PERIOD_REACH && clause[j] == clause[from - 1]; j++) {
            String w = tokens.get(j).lower();
            String next = j + 1 < tokens.size() ? tokens.get(j + 1).lower() : "";
            if (w.equals("since") || w.equals("so") && next.equals("far")
                    || (w.equals("this") || w.equals("last")) && PERIODS.contains(next)
                    || (w.equals("over") || w.equals("in")) && next.equals("the")
                    && j + 2 < tokens.size() && tokens.get(j + 2).lower().equals("past")) {
                return true;
            }
        }
        return false;
    }

    private static final int TALLY_REACH = 10;
    private static final int PERIOD_REACH = 4;
    private static final Set<String> MANY = Set.of("dozens", "hundreds", "thousands", "scores");
    private static final Set<String> PERIODS = Set.of("year", "autumn", "fall", "summer", "spring", "winter", "month",
            "decade");

    /**
     * "his first visit since the invasion of Ukraine", "the worst fighting since its offensive": an
     * act named after "since" is the past that something else is dated from.
     */
    static boolean sinceNamed(List<Token> tokens, int triggerStart) {
        int i = triggerStart - 1;
        if (i > 0 && DETERMINERS.contains(tokens.get(i).lower())) {
            i--;
        }
        return i >= 0 && tokens.get(i).lower().equals("since");
    }

    private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "his", "her", "a", "an");

    /**
     * A nominal act named as the reason for another act of its clause: after
     * "over" ("expelled four Russian diplomats over Moscow's refusal to extradite"), "in protest
     * at", "in retaliation for", "in response to", or after "for" when the act before punishes
     * ({@code punishing}: "sentenced two agents to life in prison for the killing of"). Human
     * coders code the act the sentence reports, not the grievance it gives as its cause; the
     * reason is kept as background. The reason's owner and a few words of its noun phrase may
     * stand between ("over Japan's detention of", "at the Azerbaijani attack on").
     */
    static boolean reasonNamed(List<Token> tokens, int triggerStart, boolean punishing) {
        int i = triggerStart - 1;
        int skipped = 0;
        while (i > 0 && skipped < REASON_REACH && (DETERMINERS.contains(tokens.get(i).lower())
                || tokens.get(i).lower().equals("'s") || tokens.get(i).text().length() > 1
                && Character.isUpperCase(tokens.get(i).text().charAt(0)))) {
            i--;
            skipped++;
        }
        if (i < 1) {
            return false;
        }
        String w = tokens.get(i).lower();
        String before = tokens.get(i - 1).lower();
        String twoBefore = i >= 2 ? tokens.get(i - 2).lower() : "";
        return w.equals("over")
                || (w.equals("at") || w.equals("against")) && before.equals("protest") && twoBefore.equals("in")
                || w.equals("for") && (REPRISAL.contains(before) || punishing)
                || w.equals("to") && before.equals("response") && twoBefore.equals("in");
    }

    /** "over the Azerbaijani military's alleged": how many words may stand between the marker and the reason. */
    private static final int REASON_REACH = 4;
    private static final Set<String> REPRISAL = Set.of("retaliation", "revenge", "reprisal", "punishment");

    /**
     * A word that makes what follows "after" a clause of its own, which reports ("hours after they
     * were seized by Iranian forces", "after the two sides exchanged fire"): a subject pronoun, an
     * auxiliary, a past form.
     */
    private static boolean finite(Token t) {
        String w = t.lower();
        return CLAUSE_WORDS.contains(w) || w.length() > 4 && w.endsWith("ed");
    }

    private static final Set<String> CLAUSE_WORDS = Set.of("they", "it", "he", "she", "we", "was", "were", "is",
            "are", "had", "has", "have", "been", "did");

    /** Words that name what an act ends or follows: "agreed to a ceasefire after 11 days of fighting". */
    private static final Set<String> ENDED = Set.of("after", "following", "ending", "ended", "end");
    /** "after four days of missile and drone strikes": how far before its violence the "after" may stand. */
    static final int ENDED_REACH = 7;

    /**
     * The violence an act ends, follows or answers, named as a noun after "after", "following" or
     * "ending" in the act's clause: "India and Pakistan agreed to a ceasefire after four days of
     * missile and drone strikes", "swapped prisoners after months of heavy fighting", "Colombia
     * closed its border after an attack on a military post". It is what the story recalls to explain
     * the act, not news of its own (CAMEO coders code the ceasefire, the closure, alone), and the
     * act's subject is not its agent. {@code actAt} marks the starts of the sentence's triggers,
     * {@code actorAt} its actors: "hours after Ethiopia and Eritrea exchanged air strikes" names
     * who fights, in a clause of its own, and stays news; so does a clause with a verb ({@link #finite}).
     */
    static boolean endedBy(List<Token> tokens, int[] clause, boolean[] actAt, boolean[] actorAt,
                           int triggerStart) {
        for (int i = triggerStart - 1; i >= Math.max(0, triggerStart - ENDED_REACH); i--) {
            Token t = tokens.get(i);
            if (clause[i] != clause[triggerStart] || actorAt[i] || t.text().equals(",")
                    || finite(t) && !(i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("by"))) {
                // "after a year marked by near-daily airspace violations": a participle before "by"
                // qualifies the period recalled; it is no verb of a clause of its own.
                return false;
            }
            if (ENDED.contains(t.lower())) {
                for (int j = i - 1; j >= 0 && clause[j] == clause[triggerStart]; j--) {
                    if (actAt[j]) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * "Seventy-five years after an American bomber dropped an atomic bomb on Hiroshima, survivors
     * gathered": the act counted from, years or decades back, up to the comma that ends the
     * phrase. What follows the comma is the story's own.
     */
    static boolean yearsAfter(List<Token> tokens, int triggerStart) {
        for (int i = triggerStart - 1; i >= 2 && i >= triggerStart - REACH; i--) {
            String t = tokens.get(i).lower();
            if (t.equals(",") || t.equals(";")) {
                return false;
            }
            if (t.equals("after") && YEARS_BACK.contains(tokens.get(i - 1).lower())
                    && isCount(tokens.get(i - 2).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> YEARS_BACK = Set.of("years", "decades", "centuries", "year", "decade",
            "century");
    private static final Set<String> COUNT_WORDS = Set.of("a", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety", "hundred", "several", "many", "few");

    /** "75", "seventy-five", "two", "a": a count of years. */
    private static boolean isCount(String w) {
        if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
            return true;
        }
        for (String part : w.split("-")) {
            if (!COUNT_WORDS.contains(part) && !part.endsWith("teen")) {
                return false;
            }
        }
        return true;
    }

    /** "struck the grid, in a campaign that began in 2022": the year dates the campaign, not the strike. */
    private static boolean relativeBetween(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            String t = tokens.get(i).lower();
            if (t.equals("that") || t.equals("which") || t.equals("who") || t.equals("when") || t.equals("since")) {
                return true;
            }
        }
        return false;
    }

    /**
     * ", who was detained six months ago, flew home as Georgia said it would release": a marker in a
     * relative clause between commas dates that clause only.
     */
    private static boolean inOtherRelativeClause(List<Token> tokens, int marker, int trigger) {
        int open = marker;
        while (open > 0 && !tokens.get(open).text().equals(",")) {
            open--;
        }
        int close = marker;
        while (close < tokens.size() && !tokens.get(close).text().equals(",")) {
            close++;
        }
        if (trigger > open && trigger < close) {
            return false;
        }
        for (int i = open; i < marker; i++) {
            String t = tokens.get(i).lower();
            if (t.equals("who") || t.equals("which") || t.equals("whom") || t.equals("whose")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the 1994 Budapest Memorandum", "the 2015 Paris Agreement": a year between "the" and a
     * capitalised word is part of a name, which it dates, not the act that names it ("Kyiv demanded
     * consultations under the 1994 Budapest Memorandum" is news). So is a year that dates a document
     * named in plain words ("recommitted to a 2003 ceasefire agreement", "return to the 2015 nuclear
     * deal"): what is done to the document now is news, whenever it was signed.
     */
    private static boolean inName(List<Token> tokens, int i) {
        if (i == 0 || !NAME_OPENERS.contains(tokens.get(i - 1).lower())) {
            return false;
        }
        boolean capitalised = tokens.get(i - 1).lower().equals("the");
        for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + NAME_WORDS); k++) {
            String word = tokens.get(k).text();
            if (!Character.isLetter(word.charAt(0))) {
                return false;
            }
            capitalised &= Character.isUpperCase(word.charAt(0));
            if (DOCUMENTS.contains(tokens.get(k).lower())) {
                return capitalised || PLAIN_DOCUMENTS.contains(tokens.get(k).lower());
            }
        }
        return false;
    }

    /** Words that open a document's name: "the 2015 nuclear deal", "a 2003 ceasefire agreement", "its 1978 treaty". */
    private static final Set<String> NAME_OPENERS = Set.of("the", "a", "an", "its", "their");
    /** Heads that name a document even in plain words (not "statement" or "declaration": "the 1999 statement"). */
    private static final Set<String> PLAIN_DOCUMENTS = Set.of("agreement", "accord", "accords", "treaty", "pact",
            "deal", "memorandum", "protocol", "convention");

    /** "the 1994 Budapest Memorandum on Security Assurances": how many capitalised words the name's head may follow. */
    private static final int NAME_WORDS = 4;
    /**
     * Heads of the names of documents: a war's name dates the war ("the 2006 Lebanon War" is
     * history), an agreement's only the agreement.
     */
    private static final Set<String> DOCUMENTS = Set.of("agreement", "agreements", "accord", "accords", "treaty",
            "memorandum", "convention", "protocol", "declaration", "resolution", "charter", "pact", "communique",
            "communiqué", "framework", "deal", "arrangement", "statement");

    /**
     * "in 2020", "in February 2022", "the 1994 treaty", "since 1947": a year before the article's,
     * or a month of the article's year that ended more than a week before it. Null (no reading) when
     * the article has no date, or the number is not used as a date.
     */
    private static Boolean yearIsPast(List<Token> tokens, int i, int year, LocalDate published) {
        if (published == null) {
            return null;
        }
        if (year > published.getYear()) {
            return false;
        }
        if (year < published.getYear()) {
            return true;
        }
        Month month = i > 0 ? MONTHS.get(tokens.get(i - 1).lower()) : null;
        if (month == null && i > 1 && tokens.get(i - 1).text().equals(",")) {
            // "on March 3, 2026": the month is before the day.
            month = i > 2 ? MONTHS.get(tokens.get(i - 3).lower()) : null;
        }
        if (month == null) {
            return false;
        }
        LocalDate endOfMonth = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
        return ChronoUnit.DAYS.between(endOfMonth, published) > RECENT_DAYS;
    }

    /** "have fought three wars", "has clashed repeatedly", "had fought several wars over Kashmir". */
    private static boolean recapFollows(List<Token> tokens, int perfect) {
        boolean counted = false;
        for (int i = perfect + 1; i < tokens.size() && i <= perfect + RECAP_REACH + 2; i++) {
            String t = tokens.get(i).lower();
            if (t.equals(",") || t.equals(";")) {
                return false;
            }
            if (t.equals("repeatedly") || t.equals("twice")) {
                // "has repeatedly demanded", "have repeatedly accused": what is said again and
                // again is said now too; "have clashed repeatedly" recaps a history.
                return i + 1 >= tokens.size() || !STANCE_STEMS.contains(tokens.get(i + 1).stem());
            }
            if (RECAP_COUNTS.contains(t) || isNumber(t)) {
                counted = true;
            } else if (counted && RECAP_NOUNS.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** The last year of a range written as one word ("1991-95", "1980-1988", "2014–15"), or 0. */
    static int rangeEnd(String t) {
        int dash = t.indexOf('-') > 0 ? t.indexOf('-') : t.indexOf('\u2013');
        if (dash != 4 || !isYear(t.substring(0, 4))) {
            return 0;
        }
        String end = t.substring(5);
        if (end.length() == 2 && isNumber(end)) {
            int start = Integer.parseInt(t.substring(0, 4));
            int y = start / 100 * 100 + Integer.parseInt(end);
            return y >= start ? y : y + 100;
        }
        return end.length() == 4 && isYear(end) ? Integer.parseInt(end) : 0;
    }

    /**
     * A year of the 1800s, told as a date ("In December 1868", "In 1864,"): after a month, or
     * opening the sentence after a preposition of time. A bare number of that size is as often a
     * count or a resolution's ("resolution 1874"), and one inside the sentence more often dates
     * what its phrase recalls ("treasures looted by colonial troops in 1892") than the act.
     */
    private static boolean isNineteenthCenturyYear(String t, String prev, int at) {
        return t.length() == 4 && isNumber(t) && t.startsWith("18")
                && (MONTHS.containsKey(prev) || at == 1 && TIME_PREPOSITIONS.contains(prev));
    }

    private static boolean isYear(String t) {
        if (t.length() != 4 || !isNumber(t)) {
            return false;
        }
        int y = Integer.parseInt(t);
        return y >= 1900 && y <= 2099;
    }

    /**
     * A year before 1900, after a preposition and not counting what follows: "in 1812", "the War of
     * 1812", "since 1879." ("of 1500 troops" counts troops).
     */
    private static boolean isOldYear(List<Token> tokens, int i) {
        String t = tokens.get(i).lower();
        if (t.length() != 4 || !isNumber(t) || i == 0 || !OLD_YEAR_PREPOSITIONS.contains(tokens.get(i - 1).lower())) {
            return false;
        }
        int y = Integer.parseInt(t);
        if (y < 1500 || y >= 1900) {
            return false;
        }
        if (i + 1 >= tokens.size()) {
            return true;
        }
        String next = tokens.get(i + 1).text();
        return !Character.isLetter(next.charAt(0)) || Character.isUpperCase(next.charAt(0)) || next.equals("and");
    }

    private static final Set<String> OLD_YEAR_PREPOSITIONS = Set.of("in", "of", "since", "from", "until", "till");

    private static boolean isNumber(String t) {
        if (t.isEmpty()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "1990s", "1990's", "90s". */
    private static boolean isDecade(String t) {
        String d = t.toLowerCase(Locale.ROOT).replace("'", "");
        return (d.length() == 5 || d.length() == 3) && d.endsWith("0s") && isNumber(d.substring(0, d.length() - 1));
    }

    private static int decadeEnd(String t) {
        String d = t.replace("'", "");
        int n = Integer.parseInt(d.substring(0, d.length() - 1));
        int start = n >= 100 ? n : (n >= 30 ? 1900 + n : 2000 + n);
        return start + 9;
    }
}
