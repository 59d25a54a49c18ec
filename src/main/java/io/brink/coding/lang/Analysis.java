package io.brink.coding.lang;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.tartarus.snowball.SnowballStemmer;

/**
 * A language's text as words, by Lucene's analysis chain, chosen per language in
 * {@code languages.tsv} ({@link Chain}): a tokenizer (the Unicode standard one, UAX #29; or a
 * Chinese word segmenter), the language's elisions removed ("l'Élysée" is "Élysée"), a normaliser
 * (Arabic letter forms; Chinese traditional characters read as simplified), lower-casing, then the
 * language's stemmer and ASCII folding. The punctuation the tokenizer drops between words (commas,
 * semicolons, quotes, in every script) is kept as words of its own, because clauses are cut there.
 * Proclitics the language writes onto its words (grammar.tsv {@code PROCLITIC}) are taken off for
 * each word's {@link Word#bare()} form. Thread-safe: Lucene's analyzer keeps one chain per thread,
 * stemmers are per thread, stems are remembered per language.
 */
public final class Analysis {

    /** A hostile text of endless distinct words cannot grow the memo past this. */
    private static final int MAX_REMEMBERED = 200_000;
    private static final String PUNCTUATION = ",;:()\"\u00ab\u00bb\u201c\u201d\u2014"
            + "\uFF0C\u3001\uFF1B\uFF1A\uFF08\uFF09\u300A\u300B\u060C\u061B";

    /**
     * How a language is analysed, from its line in {@code languages.tsv}: its stemmer (a Snowball
     * stemmer's name in Lucene, "Spanish", "Arabic"; {@code arabic-light} for Lucene's light Arabic
     * stemmer; {@code none}), its tokenizer ({@code standard}, {@code smartcn}, {@code icu}), its
     * normalisers ({@code arabic}, {@code traditional-simplified}) and whether its script has
     * capitals (a name written with one then needs one in the text).
     */
    public record Chain(String stemmer, String tokenizer, List<String> normalisers, boolean cased) {

        /** A Latin-script language: the standard tokenizer, a Snowball stemmer, capitals. */
        public static Chain of(String snowball) {
            return new Chain(snowball, "standard", List.of(), true);
        }
    }

    /** A stemmer of one thread. */
    private interface Stemmer {
        String stem(String lower);
    }

    private final Chain chain;
    private final Analyzer analyzer;
    private final boolean elides;
    private final ThreadLocal<Stemmer> stemmer;
    private final Map<String, String> stems = new ConcurrentHashMap<>();
    /**
     * The folded forms of words in other scripts than ASCII, remembered as stems are: Lucene's
     * folding of a Cyrillic or Chinese word cost a quarter of coding a Russian sentence.
     */
    private final Map<String, String> folds = new ConcurrentHashMap<>();
    private final char[] simplified;
    /** Proclitic → what stands in its place ("لل" → "ال"), longest first. */
    private final List<Map.Entry<String, String>> proclitics;

    /**
     * @param snowball the Snowball stemmer's name in Lucene ("Spanish", "French", "German", …)
     * @param elisions articles and pronouns elided before an apostrophe ("l", "d", "qu"), or empty
     */
    public Analysis(String snowball, List<String> elisions) {
        this(Chain.of(snowball), elisions, Map.of());
    }

    /**
     * @param proclitics letters written onto a word's front ("و", "ب") and what stands in their
     *                   place when taken off ("لل" → "ال"; usually nothing)
     */
    public Analysis(Chain chain, List<String> elisions, Map<String, String> proclitics) {
        this.chain = chain;
        this.stemmer = stemmerOf(chain.stemmer());
        this.simplified = chain.normalisers().contains("traditional-simplified") ? Simplified.TABLE : null;
        for (String n : chain.normalisers()) {
            if (!n.equals("arabic") && !n.equals("traditional-simplified")) {
                throw new IllegalArgumentException("unknown normaliser '" + n
                        + "'; known: arabic, traditional-simplified");
            }
        }
        boolean arabic = chain.normalisers().contains("arabic");
        String tokenizer = chain.tokenizer();
        if (!List.of("standard", "smartcn", "icu").contains(tokenizer)) {
            throw new IllegalArgumentException("unknown tokenizer '" + tokenizer + "'; known: standard, smartcn, icu");
        }
        CharArraySet elided = elisions.isEmpty() ? null : new CharArraySet(elisions, true);
        this.elides = elided != null;
        this.analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = switch (tokenizer) {
                    case "smartcn" -> new HMMChineseTokenizer();
                    case "icu" -> new ICUTokenizer();
                    default -> new StandardTokenizer();
                };
                TokenStream chain = elided == null ? source : new ElisionFilter(source, elided);
                if (arabic) {
                    chain = new ArabicNormalizationFilter(chain);
                }
                return new TokenStreamComponents(source, new LowerCaseFilter(chain));
            }
        };
        List<Map.Entry<String, String>> p = new ArrayList<>(proclitics.entrySet());
        p.sort((a, b) -> b.getKey().length() - a.getKey().length());
        this.proclitics = List.copyOf(p);
    }

    private static ThreadLocal<Stemmer> stemmerOf(String name) {
        if (name.equals("none")) {
            return ThreadLocal.withInitial(() -> lower -> lower);
        }
        if (name.equals("arabic-light")) {
            return ThreadLocal.withInitial(() -> {
                ArabicStemmer light = new ArabicStemmer();
                return lower -> {
                    char[] c = lower.toCharArray();
                    return new String(c, 0, light.stem(c, c.length));
                };
            });
        }
        Class<? extends SnowballStemmer> type = stemmerClass(name);
        boolean arabic = name.equals("Arabic");
        return ThreadLocal.withInitial(() -> {
            SnowballStemmer s;
            try {
                s = type.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create the " + name + " stemmer", e);
            }
            return lower -> {
                s.setCurrent(lower);
                s.stem();
                return arabic ? arabicPlural(lower, s.getCurrent()) : s.getCurrent();
            };
        });
    }

    /**
     * Snowball's Arabic stemmer takes the plural ending -ات whole off a word with the article and
     * only its ت off one without (الهجمات → هجم, هجمات → هجما; غارات, عقوبات, محادثات alike), so a
     * lexicon phrase written in one form missed the other; the ا left over is taken off here.
     */
    static String arabicPlural(String lower, String stem) {
        return lower.endsWith("\u0627\u062A") && stem.length() >= 4 && stem.endsWith("\u0627")
                ? stem.substring(0, stem.length() - 1) : stem;
    }

    private static Class<? extends SnowballStemmer> stemmerClass(String snowball) {
        String name = "org.tartarus.snowball.ext." + snowball + "Stemmer";
        try {
            return Class.forName(name).asSubclass(SnowballStemmer.class);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalArgumentException("Lucene has no Snowball stemmer '" + snowball + "' (" + name
                    + "); or use arabic-light or none");
        }
    }

    /**
     * The tokenizer guesses where words end in a script written without spaces (smartcn): a phrase
     * is cut one way alone and another in a sentence, so phrases are matched on characters
     * ({@link Phrases#withCharacters}).
     */
    public boolean guessesWords() {
        return chain.tokenizer().equals("smartcn");
    }

    /** The chain this language is analysed by. */
    public Chain chain() {
        return chain;
    }

    /** The words of {@code sentence}, punctuation included, offsets in the sentence. */
    public List<Word> words(String sentence) {
        List<Word> words = new ArrayList<>();
        int previousEnd = 0;
        String read = simplified == null ? sentence : simplify(sentence);
        try (TokenStream ts = analyzer.tokenStream("text", new StringReader(read))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                if (!hasLetterOrDigit(sentence, start, end)) {
                    // A segmenter's punctuation token ("，" read as ","): left to the marks below.
                    continue;
                }
                punctuation(sentence, previousEnd, start, words);
                String lower = term.toString();
                String text = sentence.substring(start, end);
                int head = start;
                if (elides) {
                    // After an elision the word proper starts later: "l'Élysée" is "l'" and "Élysée",
                    // so that "d'" still reads as "de" and "n'" as "ne".
                    head = Math.max(start, end - lower.length());
                    if (head > start) {
                        String elided = sentence.substring(start, head);
                        String bare = elided.substring(0, elided.length() - 1).toLowerCase(Locale.ROOT);
                        words.add(new Word(elided, bare, folded(bare), folded(bare), start, head, false));
                        text = sentence.substring(head, end);
                    }
                }
                boolean capitalised = Character.isUpperCase(sentence.charAt(head));
                String folded = folded(lower);
                String stem = stem(lower);
                String bare = withoutProclitic(lower);
                words.add(bare == null ? new Word(text, lower, folded, stem, head, end, capitalised)
                        : new Word(text, lower, folded, stem, head, end, capitalised, folded(bare), stem(bare)));
                previousEnd = end;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        punctuation(sentence, previousEnd, sentence.length(), words);
        return chain.tokenizer().equals("smartcn") ? days(words) : words;
    }

    /** Chinese numerals, which the segmenter cuts one a word ("二十六日" is 二|十|六|日). */
    private static final String HAN_NUMERALS = "\u3007\u96f6\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u5eff\u5345";

    /**
     * A day of the month as one word ("26日", "5月10日", "二十六号"), folded with its numbers as 0
     * ("0日", "0月0日") so that grammar.tsv can list it once: Chinese news puts the day between
     * subject and verb ("习近平26日同…通电话"), where the segmenter's loose digits and its 日, which is
     * also Japan's short name, stood between the actor and its act.
     */
    static List<Word> days(List<Word> words) {
        List<Word> out = null;
        for (int i = 0; i < words.size(); i++) {
            int end = dayEnd(words, i);
            if (end < 0) {
                if (out != null) {
                    out.add(words.get(i));
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(words.subList(0, i));
            }
            StringBuilder text = new StringBuilder();
            StringBuilder folded = new StringBuilder();
            for (int j = i; j <= end; j++) {
                String t = words.get(j).text();
                text.append(t);
                if (numeral(t)) {
                    if (folded.length() == 0 || folded.charAt(folded.length() - 1) != '0') {
                        folded.append('0');
                    }
                } else {
                    folded.append(words.get(j).folded());
                }
            }
            String f = folded.toString();
            out.add(new Word(text.toString(), text.toString(), f, f, words.get(i).start(), words.get(end).end(), false));
            i = end;
        }
        return out == null ? words : out;
    }

    /** The index of the 日/号 that closes a day written from {@code i} on, with no gap between its words; or -1. */
    private static int dayEnd(List<Word> words, int i) {
        int j = numerals(words, i);
        if (j == i) {
            return -1;
        }
        if (j < words.size() && words.get(j).folded().equals("\u6708") && touches(words, j)) {
            int k = numerals(words, j + 1);
            if (k == j + 1) {
                return -1;
            }
            j = k;
        }
        return j < words.size() && touches(words, j)
                && (words.get(j).folded().equals("\u65e5") || words.get(j).folded().equals("\u53f7")) ? j : -1;
    }

    /** The end of a run of numeral words from {@code i}, each touching the one before. */
    private static int numerals(List<Word> words, int i) {
        int j = i;
        while (j < words.size() && numeral(words.get(j).text()) && (j == i || touches(words, j))) {
            j++;
        }
        return j;
    }

    private static boolean touches(List<Word> words, int j) {
        return j > 0 && words.get(j - 1).end() == words.get(j).start();
    }

    private static boolean numeral(String t) {
        if (t.isEmpty()) {
            return false;
        }
        for (int c = 0; c < t.length(); c++) {
            char ch = t.charAt(c);
            if (!Character.isDigit(ch) && HAN_NUMERALS.indexOf(ch) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetterOrDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The word without its proclitic ("وروسيا" → "روسيا", "للصين" → "الصين"), or null. */
    private String withoutProclitic(String lower) {
        for (Map.Entry<String, String> p : proclitics) {
            // What is left must be a word of three letters or more (an Arabic root has three):
            // "وقف" (a halt) is no "و" + "قف".
            if (lower.length() >= p.getKey().length() + 3 && lower.startsWith(p.getKey())) {
                return p.getValue() + lower.substring(p.getKey().length());
            }
        }
        return null;
    }

    /** Traditional characters as simplified, one for one, so offsets stay those of the sentence. */
    private String simplify(String sentence) {
        char[] out = null;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            char s = c < simplified.length ? simplified[c] : 0;
            if (s != 0) {
                if (out == null) {
                    out = sentence.toCharArray();
                }
                out[i] = s;
            }
        }
        return out == null ? sentence : new String(out);
    }

    private static void punctuation(String s, int from, int to, List<Word> words) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (PUNCTUATION.indexOf(c) >= 0) {
                words.add(Word.punctuation(c, i));
            }
        }
    }

    /** The stem of a lower-cased word, folded to ASCII. */
    String stem(String lower) {
        String known = stems.get(lower);
        if (known != null) {
            return known;
        }
        return remember(stems, lower, fold(stemmer.get().stem(lower)));
    }

    /** {@link #fold}, remembered for a word that is not ASCII. */
    private String folded(String lower) {
        if (isAscii(lower)) {
            return lower;
        }
        String known = folds.get(lower);
        if (known != null) {
            return known;
        }
        return remember(folds, lower, fold(lower));
    }

    private static String remember(Map<String, String> memo, String word, String value) {
        if (memo.size() >= MAX_REMEMBERED) {
            memo.clear();
        }
        memo.put(word, value);
        return value;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** "irán" → "iran", "élysée" → "elysee" (Lucene's ASCII folding). */
    static String fold(String lower) {
        if (isAscii(lower)) {
            return lower;
        }
        char[] out = new char[lower.length() * 4];
        int n = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, out, 0, lower.length());
        return new String(out, 0, n).toLowerCase(Locale.ROOT);
    }

    /**
     * ICU's Traditional-Simplified transliterator, character by character over the CJK unified
     * ideographs (where it maps one character to one), as a table built once when a language asks
     * for it: 俄羅斯 → 俄罗斯, 襲擊 → 袭击, 會談 → 会谈.
     */
    private static final class Simplified {
        static final char[] TABLE = build();

        private static char[] build() {
            char[] table = new char[0xA000];
            com.ibm.icu.text.Transliterator t = com.ibm.icu.text.Transliterator.getInstance("Traditional-Simplified");
            for (char c = 0x3400; c < 0xA000; c++) {
                if (!Character.isIdeographic(c)) {
                    continue;
                }
                String s = t.transliterate(String.valueOf(c));
                if (s.length() == 1 && s.charAt(0) != c) {
                    table[c] = s.charAt(0);
                }
            }
            return table;
        }
    }
}
