package io.brink.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.brink.model.CodedEvent;

/**
 * A title read as a sentence. A wire story's title is the first thing it reports, and often the
 * only place that names both countries ("Thailand and Cambodia clash over disputed border" above a
 * body that says "The clash spread to four points along the frontier"), so reading it brings an
 * episode's first alert forward. Titles have their own conventions, which this class undoes before
 * the coder reads one: a flash label ("BREAKING:", "LIVE:") and a short kicker ("Deadly clash:")
 * go; a closing attribution after a dash ("- sources", "– state media") goes; and a title that
 * labels itself as comment, explanation or a look back ("Analysis:", "Explainer:", "Timeline:"),
 * opens with an exclamation or asks a question anywhere, reports nothing new and is not read.
 */
public final class Headline {

    /**
     * Labels of a piece that explains, argues or recalls rather than reports, in each language Brink
     * codes (a title's label is written before a colon in all of them).
     */
    private static final Set<String> NOT_A_REPORT = Set.of(
            // English
            "analysis", "comment", "commentary", "opinion", "editorial", "explainer", "factbox", "fact box",
            "q&a", "timeline", "profile", "review", "obituary", "interview", "feature", "letters", "letter",
            "podcast", "quiz", "column", "insight", "view", "what we know", "in pictures", "photos",
            "the big picture", "history",
            // Spanish and Portuguese
            "análisis", "opinión", "tribuna", "cronología", "claves", "entrevista", "perfil", "análise", "opinião",
            "cronologia",
            // French
            "analyse", "éditorial", "tribune", "décryptage", "chronologie", "portrait", "entretien", "point de vue",
            // German
            "kommentar", "meinung", "hintergrund", "chronik", "porträt", "gastbeitrag", "leitartikel",
            // Russian
            "анализ", "мнение", "комментарий", "колонка", "хроника", "интервью", "справка",
            // Arabic
            "تحليل", "رأي", "مقال", "افتتاحية", "حوار",
            // Chinese
            "分析", "评论", "社论", "观点", "时评", "专访", "回顾");
    /** A kicker before ':' or '!' (full-width '：' '！' in Chinese), or a flash label: at most this many words. */
    private static final int KICKER_WORDS = 3;
    private static final Pattern KICKER = Pattern.compile(
            "^\\s*([^:!|：！]{1,40}?)\\s*(?:([:!|])\\s+|([：！])\\s*)(?=\\S)");
    /** "– sources", "- ministry", "— state media": a short attribution closing the title. */
    private static final Pattern CLOSING_ATTRIBUTION = Pattern.compile("\\s+[-–—]\\s+[^-–—]{1,40}$");
    private static final int ATTRIBUTION_WORDS = 4;
    /** A question mark in any of the scripts Brink reads: "?", "？", "؟". */
    private static final Pattern QUESTION = Pattern.compile("[?？؟]");

    private Headline() {
    }

    /**
     * The title as a sentence the coder can read, or {@code null} when the title is empty or labels a
     * piece that is not a report.
     */
    public static String sentence(String title) {
        if (title == null || title.isBlank() || QUESTION.matcher(title).find()) {
            // "Could Venezuela invade Guyana? Experts weigh in": a title that asks anywhere asks.
            return null;
        }
        String s = title.strip();
        for (int labels = 0; labels < 2; labels++) {
            Matcher kicker = KICKER.matcher(s);
            if (!kicker.find()) {
                break;
            }
            String label = kicker.group(1).strip().toLowerCase(Locale.ROOT);
            String mark = kicker.group(2) != null ? kicker.group(2) : kicker.group(3);
            if (NOT_A_REPORT.contains(label) || mark.equals("!") || mark.equals("！")) {
                // An exclaimed kicker ("Rout!", "Revenge!") is the tabloid voice, whose verbs are
                // metaphors as often as acts ("Rout! India blitzed by Pakistan" is a match).
                return null;
            }
            if (words(label) > KICKER_WORDS) {
                break;
            }
            s = s.substring(kicker.end());
        }
        Matcher attribution = CLOSING_ATTRIBUTION.matcher(s);
        if (attribution.find() && words(attribution.group()) <= ATTRIBUTION_WORDS) {
            s = s.substring(0, attribution.start());
        }
        s = s.strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * Adds the title's events to the body's, each only where the body has no event of its polarity
     * between the same two, so a title never adds weight to what its
     * lead sentence already says in other words ("leaders discuss ties in phone call" above "in a
     * phone call, the leaders agreed to deepen economic ties").
     */
    public static void addTitleEvents(List<CodedEvent> body, List<CodedEvent> title) {
        List<CodedEvent> before = List.copyOf(body);
        for (CodedEvent e : title) {
            if (before.stream().noneMatch(b -> b.polarity() == e.polarity() && b.pair().equals(e.pair()))) {
                body.add(e);
            }
        }
    }

    /**
     * Words an English title in Title Case may still write in lower case (the minor words of the AP
     * and Chicago styles): they do not tell a Title Case title from a sentence-case one.
     */
    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor", "of",
            "in", "on", "at", "to", "for", "by", "with", "as", "from", "into", "onto", "over", "off", "up",
            "via", "vs", "per", "amid");
    /** A title is in Title Case when at least this many words after its first are capitalised and none is not. */
    private static final int TITLE_CASE_WORDS = 2;

    /**
     * An English title in Title Case ("Pakistan, Afghanistan Reopen Torkham Crossing"), as many
     * outlets write every title: at least {@value #TITLE_CASE_WORDS} words after the first are
     * capitalised and none is in lower case but the minor words. The coder reads a capitalised word
     * after a country's name as part of a person's or a brand's ("Venezuela Threatens" like "Kenya
     * Moore"), so such a title is read in sentence case ({@link #sentenceCase}).
     */
    public static boolean titleCase(List<Token> tokens) {
        int capitalised = 0;
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            char first = t.text().charAt(0);
            if (!Character.isLetter(first)) {
                continue;
            }
            if (Character.isUpperCase(first)) {
                capitalised++;
            } else if (!MINOR_WORDS.contains(t.lower())) {
                return false;
            }
        }
        return capitalised >= TITLE_CASE_WORDS;
    }

    /**
     * A Title Case title written in sentence case: "Pakistan, Afghanistan Reopen Torkham Crossing"
     * as "Pakistan, Afghanistan reopen torkham crossing". Every word after the first that is
     * capitalised and not written in capitals ("UN", "U.S.") is lowered unless {@code name} says it
     * is part of an actor's name. The characters keep their places, so spans still point into the
     * title as written.
     */
    public static char[] sentenceCase(char[] title, List<Token> tokens, java.util.function.IntPredicate name) {
        char[] lowered = title.clone();
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String text = t.text();
            if (Character.isUpperCase(text.charAt(0)) && !text.equals(text.toUpperCase(Locale.ROOT))
                    && !name.test(i)) {
                for (int c = t.start(); c < t.end(); c++) {
                    lowered[c] = Character.toLowerCase(lowered[c]);
                }
            }
        }
        return lowered;
    }

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }
}
