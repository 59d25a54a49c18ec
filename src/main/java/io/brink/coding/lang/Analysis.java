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
import org.tartarus.snowball.SnowballStemmer;

/**
 * A language's text as words, by Lucene's analysis chain: the Unicode standard tokenizer
 * (UAX #29), the language's elisions removed ("l'Élysée" is "Élysée"), lower-casing, then the
 * language's Snowball stemmer and ASCII folding. The punctuation the tokenizer drops between words
 * (commas, semicolons, quotes) is kept as words of its own, because clauses are cut there.
 * Thread-safe: Lucene's analyzer keeps one chain per thread, stemmers are per thread, stems are
 * remembered per language.
 */
public final class Analysis {

    /** A hostile text of endless distinct words cannot grow the memo past this. */
    private static final int MAX_REMEMBERED = 200_000;
    private static final String PUNCTUATION = ",;:()\"\u00ab\u00bb\u201c\u201d\u2014";

    private final Analyzer analyzer;
    private final ThreadLocal<SnowballStemmer> stemmer;
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    /**
     * @param snowball the Snowball stemmer's name in Lucene ("Spanish", "French", "German", …)
     * @param elisions articles and pronouns elided before an apostrophe ("l", "d", "qu"), or empty
     */
    public Analysis(String snowball, List<String> elisions) {
        Class<? extends SnowballStemmer> type = stemmerClass(snowball);
        this.stemmer = ThreadLocal.withInitial(() -> {
            try {
                return type.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create the " + snowball + " stemmer", e);
            }
        });
        CharArraySet elided = elisions.isEmpty() ? null : new CharArraySet(elisions, true);
        this.analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream chain = elided == null ? source : new ElisionFilter(source, elided);
                return new TokenStreamComponents(source, new LowerCaseFilter(chain));
            }
        };
    }

    private static Class<? extends SnowballStemmer> stemmerClass(String snowball) {
        String name = "org.tartarus.snowball.ext." + snowball + "Stemmer";
        try {
            return Class.forName(name).asSubclass(SnowballStemmer.class);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalArgumentException("Lucene has no Snowball stemmer '" + snowball + "' (" + name + ")");
        }
    }

    /** The words of {@code sentence}, punctuation included, offsets in the sentence. */
    public List<Word> words(String sentence) {
        List<Word> words = new ArrayList<>();
        int previousEnd = 0;
        try (TokenStream ts = analyzer.tokenStream("text", new StringReader(sentence))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                punctuation(sentence, previousEnd, start, words);
                String lower = term.toString();
                String text = sentence.substring(start, end);
                // After an elision the word proper starts later: "l'Élysée" is "l'" and "Élysée",
                // so that "d'" still reads as "de" and "n'" as "ne".
                int head = Math.max(start, end - lower.length());
                if (head > start) {
                    String elided = sentence.substring(start, head);
                    String bare = elided.substring(0, elided.length() - 1).toLowerCase(Locale.ROOT);
                    words.add(new Word(elided, bare, fold(bare), fold(bare), start, head, false));
                    text = sentence.substring(head, end);
                }
                boolean capitalised = Character.isUpperCase(sentence.charAt(head));
                words.add(new Word(text, lower, fold(lower), stem(lower), head, end, capitalised));
                previousEnd = end;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        punctuation(sentence, previousEnd, sentence.length(), words);
        return words;
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
        SnowballStemmer s = stemmer.get();
        s.setCurrent(lower);
        s.stem();
        String stem = fold(s.getCurrent());
        if (stems.size() >= MAX_REMEMBERED) {
            stems.clear();
        }
        stems.put(lower, stem);
        return stem;
    }

    /** "irán" → "iran", "élysée" → "elysee" (Lucene's ASCII folding). */
    static String fold(String lower) {
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 0x80;
        }
        if (ascii) {
            return lower;
        }
        char[] out = new char[lower.length() * 4];
        int n = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, out, 0, lower.length());
        return new String(out, 0, n).toLowerCase(Locale.ROOT);
    }
}
