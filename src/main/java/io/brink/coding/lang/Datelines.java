package io.brink.coding.lang;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens agency copy ("عمّان - بترا -", "القاهرة - (أ ش أ) -", "MADRID, 5 mar
 * (EFE).-", "Tiflis (AFP) -"): the place a story was filed from is not one of its actors, as the
 * English splitter drops "TEHRAN (Brink Wire) — ". Read as one, it stood where a subject stands:
 * before the verb in Arabic, where the subject follows the verb ("عمّان - بترا - أشاد وزير الخارجية
 * الأمريكي بالأردن": Amman, without its shadda, as Oman praising), and first of three actors
 * before a German clause-final verb ("Tiflis (AFP) - Russische Kampfflugzeuge haben Ziele in der
 * georgischen Stadt Gori bombardiert": Georgia bombing). What the dateline does say, the state of
 * an organ the story leaves unnamed ("Bern (SDA) - Der Bundesrat hat … abgelehnt"), the coder
 * keeps (grammar.tsv HOME_ORGAN). Dropped without that, the dateline lost as many events in German
 * and Spanish as it gained in French.
 */
final class Datelines {

    /**
     * A place of at most four words (with a date, as "MADRID, 5 mar"), an agency in brackets or
     * slashes, and a dash with a space after it; then, once, an agency of at most three words
     * closed by another dash ("القاهرة - (أ ش أ) -", "عمّان - بترا -", "Kiew (dpa) -").
     */
    private static final Pattern PLACE_DASH = Pattern.compile(
            "^\\s*([\\p{L}\\p{M}][\\p{L}\\p{M}\\d.'’]*(?:,?\\s+[\\p{L}\\p{M}\\d][\\p{L}\\p{M}\\d.'’]*){0,3})"
                    + "\\s*([(（/][^)）/\\n]{1,30}[)）/])?\\s*\\.?\\s*[-–—]+\\s+");
    private static final Pattern AGENCY_DASH = Pattern.compile(
            "^(?:[(（][^)）\\n]{1,30}[)）]|[\\p{L}\\p{M}.]+(?:\\s+[\\p{L}\\p{M}.]+){0,2})\\s*[-–—]+\\s+");

    private Datelines() {
    }

    /** Where the story proper starts in {@code text}: after its dateline, or 0 when it has none. */
    static int skip(String text) {
        Matcher place = PLACE_DASH.matcher(text);
        if (!place.lookingAt() || cased(place.group(1)) && place.group(2) == null && !allCaps(place.group(1))) {
            // Where the script has capitals, a dateline's place is in capitals or followed by its
            // agency ("MADRID, 5 mar (EFE).-", "Kiew (dpa) -"): "Россия — крупнейший поставщик"
            // and "Irán - según fuentes -" open sentences.
            return 0;
        }
        int end = place.end();
        Matcher agency = AGENCY_DASH.matcher(text).region(end, text.length());
        return agency.lookingAt() ? agency.end() : end;
    }

    private static boolean cased(String s) {
        int c = s.codePointAt(0);
        return Character.isUpperCase(c) || Character.isLowerCase(c);
    }

    /** The first word is in capitals ("MADRID", "МОСКВА"), two letters or more. */
    private static boolean allCaps(String s) {
        int letters = 0;
        for (int i = 0; i < s.length() && Character.isLetter(s.charAt(i)); i++, letters++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return letters >= 2;
    }
}
