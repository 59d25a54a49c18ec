package io.brink.coding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import io.brink.model.Article;

/**
 * The language of an article, as an ISO 639-1 code: the producer's {@code language} field when it
 * names a language ("en", "EN", "en-GB", "eng" are all "en"), else what Apache OpenNLP's detector
 * reads in the beginning of its title and text, else {@link #UNDETERMINED}. Labels come from fixed
 * sets (ISO 639-1 and the detector's 103 languages), never from article content.
 */
public final class ArticleLanguage {

    /** The language of an article with nothing to read (ISO 639-2's "undetermined"). */
    public static final String UNDETERMINED = "und";

    /**
     * Characters shown to the detector: detection costs in proportion to the text, and the first
     * 300 characters (title first) tell Brink's English corpora from other languages as well as the
     * whole article did (README, "Languages").
     */
    static final int DETECT_CHARS = 300;
    /** Fewer letters than this is no text to read a language from. */
    private static final int MIN_LETTERS = 3;

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final Map<String, String> FROM_ISO_639_3 = fromIso6393();

    private final ThreadLocal<LanguageDetectorME> detector;

    private ArticleLanguage(LanguageDetectorModel model) {
        // A detector keeps per-call state; the model is shared and read-only.
        this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    /** The detector with OpenNLP's model, loaded once per JVM (about 0.5 s and 33 MB of heap). */
    public static ArticleLanguage standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ArticleLanguage STANDARD = new ArticleLanguage(load());

        private static LanguageDetectorModel load() {
            try (InputStream in = ArticleLanguage.class.getResourceAsStream("/langdetect-183.bin")) {
                if (in == null) {
                    throw new IllegalStateException("OpenNLP's language model langdetect-183.bin is not on the class path");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read OpenNLP's language model", e);
            }
        }
    }

    /** The article's language: its own field when that names a language, else detected. */
    public String of(Article article) {
        String named = normalise(article.language());
        return named != null ? named : detect(article.title(), article.text());
    }

    /**
     * A producer's language tag as an ISO 639-1 code, or null when it names no language: blank,
     * "und", or not an ISO 639 code. Case and region do not matter ("EN-gb", "pt_BR", "zh-Hant").
     */
    public static String normalise(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = primary.indexOf('-');
        if (dash >= 0) {
            primary = primary.substring(0, dash);
        }
        if (primary.length() == 2) {
            return ISO_639_1.contains(primary) ? primary : null;
        }
        return FROM_ISO_639_3.get(primary);
    }

    /** The language of {@code title} and {@code text} as the detector reads their beginning. */
    public String detect(String title, String text) {
        StringBuilder sample = new StringBuilder(DETECT_CHARS);
        if (title != null && !title.isBlank()) {
            sample.append(title.strip()).append('\n');
        }
        if (text != null) {
            sample.append(text, 0, Math.min(text.length(), Math.max(0, DETECT_CHARS - sample.length())));
        }
        if (sample.length() > DETECT_CHARS) {
            sample.setLength(DETECT_CHARS);
        }
        int letters = 0;
        for (int i = 0; i < sample.length() && letters < MIN_LETTERS; i++) {
            if (Character.isLetter(sample.charAt(i))) {
                letters++;
            }
        }
        if (letters < MIN_LETTERS) {
            return UNDETERMINED;
        }
        String code = detector.get().predictLanguage(sample).getLang();
        // The model names languages by ISO 639-3; those without a two-letter code keep theirs.
        return FROM_ISO_639_3.getOrDefault(code, code);
    }

    private static Map<String, String> fromIso6393() {
        Map<String, String> m = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            m.put(Locale.forLanguageTag(two).getISO3Language(), two);
        }
        // ISO 639-2's bibliographic codes, and the macrolanguage members OpenNLP's model uses.
        Map<String, String> more = Map.of("fre", "fr", "ger", "de", "chi", "zh", "cmn", "zh", "per", "fa",
                "pes", "fa", "dut", "nl", "gre", "el", "cze", "cs", "arb", "ar");
        m.putAll(more);
        // ISO 639-2's codes for no particular language: the detector decides.
        for (String none : new String[] {UNDETERMINED, "mul", "zxx", "mis"}) {
            m.remove(none);
        }
        return Map.copyOf(m);
    }
}
