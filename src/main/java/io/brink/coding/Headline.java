package io.brink.coding;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title read as a sentence. A wire story's title is the first thing it reports, and often the
 * only place that names both countries ("Thailand and Cambodia clash over disputed border" above a
 * body that says "The clash spread to four points along the frontier"), so reading it brings an
 * episode's first alert forward. Titles have their own conventions, which this class undoes before
 * the coder reads one: a flash label ("BREAKING:", "LIVE:") and a short kicker ("Deadly clash:")
 * go; a closing attribution after a dash ("- sources", "– state media") goes; and a title that
 * labels itself as comment, explanation or a look back ("Analysis:", "Explainer:", "Timeline:"),
 * or opens with an exclamation, reports nothing new and is not read at all.
 */
final class Headline {

    /** Labels of a piece that explains, argues or recalls rather than reports. */
    private static final Set<String> NOT_A_REPORT = Set.of("analysis", "comment", "commentary", "opinion",
            "editorial", "explainer", "factbox", "fact box", "q&a", "timeline", "profile", "review", "obituary",
            "interview", "feature", "letters", "letter", "podcast", "quiz", "column", "insight", "view",
            "what we know", "in pictures", "photos", "the big picture", "history");
    /** A kicker before ':' or '!' (or a flash label): at most this many words. */
    private static final int KICKER_WORDS = 3;
    private static final Pattern KICKER = Pattern.compile("^\\s*([^:!|]{1,40}?)\\s*([:!|])\\s+(?=\\S)");
    /** "– sources", "- ministry", "— state media": a short attribution closing the title. */
    private static final Pattern CLOSING_ATTRIBUTION = Pattern.compile("\\s+[-–—]\\s+[^-–—]{1,40}$");
    private static final int ATTRIBUTION_WORDS = 4;

    private Headline() {
    }

    /**
     * The title as a sentence the coder can read, or {@code null} when the title is empty or labels a
     * piece that is not a report.
     */
    static String sentence(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String s = title.strip();
        for (int labels = 0; labels < 2; labels++) {
            Matcher kicker = KICKER.matcher(s);
            if (!kicker.find()) {
                break;
            }
            String label = kicker.group(1).strip().toLowerCase(Locale.ROOT);
            if (NOT_A_REPORT.contains(label) || kicker.group(2).equals("!")) {
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

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }
}
