package io.brink.coding;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.brink.coding.lang.LanguageCoder;
import io.brink.model.Article;
import io.brink.model.CodedEvent;

/**
 * Which articles reach a coder, and which coder: each language of {@code coder.languages} has its
 * own ({@link EventCoder} for English, a {@link LanguageCoder} from data files for the others). An
 * article in any other language, or of no language that can be read, yields no events; it is not
 * an error, so never a dead letter.
 */
public final class LanguageGate {

    /** The languages Brink has a coder for: English and those with data files (io/brink/lang/languages.tsv). */
    public static final Set<String> CODED = coded();

    private final EventCoder coder;
    private final Map<String, Coder> coders;
    private final Set<String> languages;
    private final ArticleLanguage language;

    /**
     * @param languages ISO 639-1 codes, each one of {@link #CODED}
     */
    public LanguageGate(EventCoder coder, Set<String> languages, ArticleLanguage language) {
        for (String l : languages) {
            if (!CODED.contains(l)) {
                throw new IllegalArgumentException("Brink has no coder for '" + l + "'; it codes " + accepted());
            }
        }
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("at least one language to code; Brink codes " + accepted());
        }
        this.coder = coder;
        this.languages = Set.copyOf(languages);
        this.language = language;
        Map<String, Coder> byLanguage = new TreeMap<>();
        for (String l : languages) {
            byLanguage.put(l, standardCoder(l, coder));
        }
        this.coders = Map.copyOf(byLanguage);
    }

    private static Set<String> coded() {
        Set<String> all = new TreeSet<>(LanguageCoder.languages().keySet());
        all.add("en");
        return Set.copyOf(all);
    }

    /** Every language Brink codes, the default of {@code coder.languages}. */
    public static LanguageGate all(EventCoder coder) {
        return new LanguageGate(coder, CODED, ArticleLanguage.standard());
    }

    /**
     * The bundled coder of {@code language}, one of {@link #CODED}: the English coder given for
     * "en", the language's data-file coder otherwise.
     */
    public static Coder standardCoder(String language, EventCoder english) {
        if (!CODED.contains(language)) {
            throw new IllegalArgumentException("Brink has no coder for '" + language + "'; it codes " + accepted());
        }
        return language.equals("en") ? english : LanguageCoder.standard(language);
    }

    /** English only: the gate of Brink's first version, and of a deployment that sets {@code coder.languages=en}. */
    public static LanguageGate english(EventCoder coder) {
        return new LanguageGate(coder, Set.of("en"), ArticleLanguage.standard());
    }

    /** The coded languages, comma-separated, for messages. */
    public static String accepted() {
        return String.join(", ", new TreeSet<>(CODED));
    }

    /**
     * {@code coder.languages} read: comma-separated codes, case and spaces ignored; null when a
     * code is not one Brink codes (the caller names the key and {@link #accepted()}).
     */
    public static Set<String> parse(String value) {
        Set<String> out = new TreeSet<>();
        for (String part : value.split(",")) {
            String code = part.strip().toLowerCase(Locale.ROOT);
            if (!CODED.contains(code)) {
                return null;
            }
            out.add(code);
        }
        return out;
    }

    /** The English coder. */
    public EventCoder coder() {
        return coder;
    }

    /** The coder of {@code language}, which this gate {@link #codes}. */
    public Coder coderFor(String language) {
        Coder c = coders.get(language);
        if (c == null) {
            throw new IllegalArgumentException("this gate does not code '" + language + "'");
        }
        return c;
    }

    /** The article's language ({@link ArticleLanguage#of}). */
    public String languageOf(Article article) {
        return language.of(article);
    }

    public boolean codes(String language) {
        return languages.contains(language);
    }

    /** An article's language, whether Brink coded it, and the events it reports (none when not coded). */
    public record Coded(String language, boolean coded, List<CodedEvent> events) {

        public Coded {
            events = List.copyOf(events);
        }

        /** An article in a language Brink does not code. */
        public static Coded skipped(String language) {
            return new Coded(language, false, List.of());
        }
    }
}
