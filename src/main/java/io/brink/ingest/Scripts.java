package io.brink.ingest;

import java.util.EnumMap;
import java.util.Map;

/**
 * The language of a text whose page does not say, where its writing system says it alone: kana
 * is Japanese, Hangul Korean, Thai, Greek, Hebrew, Armenian and Georgian scripts their languages.
 * Latin, Cyrillic, Arabic and Han serve many languages and say nothing here: a page in them
 * without a {@code lang} gets its feed's language or none, rather than a guess.
 */
final class Scripts {

    private static final Map<Character.UnicodeScript, String> ONE_LANGUAGE = new EnumMap<>(Map.of(
            Character.UnicodeScript.HIRAGANA, "ja", Character.UnicodeScript.KATAKANA, "ja",
            Character.UnicodeScript.HANGUL, "ko", Character.UnicodeScript.THAI, "th",
            Character.UnicodeScript.GREEK, "el", Character.UnicodeScript.HEBREW, "he",
            Character.UnicodeScript.ARMENIAN, "hy", Character.UnicodeScript.GEORGIAN, "ka"));

    /** A share of the letters below this is a quotation or a name, not the text's language. */
    private static final double MIN_SHARE = 0.2;

    private Scripts() {
    }

    /** The language the text's script names, or null. */
    static String language(String text) {
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (ONE_LANGUAGE.containsKey(script)) {
                counts.merge(script, 1, Integer::sum);
            }
        }
        if (letters == 0) {
            return null;
        }
        Map<String, Integer> byLanguage = new java.util.HashMap<>();
        counts.forEach((script, n) -> byLanguage.merge(ONE_LANGUAGE.get(script), n, Integer::sum));
        for (Map.Entry<String, Integer> e : byLanguage.entrySet()) {
            // Japanese mixes kana with Han: kana at all in a fair share of the letters is enough.
            double share = e.getValue() / (double) letters;
            if (share >= (e.getKey().equals("ja") ? 0.1 : MIN_SHARE)) {
                return e.getKey();
            }
        }
        return null;
    }
}
