package io.brink.tools;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.brink.coding.DataFile;
import io.brink.coding.Lexicon;
import io.brink.coding.PhraseMatcher;
import io.brink.coding.Token;
import io.brink.coding.Tokenizer;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerTarget;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Proposes lexicon candidates from WordNet 3.1 for a person to review; it never writes the
 * lexicon. For each seed word of a signal ({@code lexicon-seeds.tsv}) it lists the synonyms in the
 * seed's senses, the nouns derived from them ("withdraw" → "withdrawal") and the particle verbs
 * built on them ("hand over", "back down"), each marked with what the lexicon already does with it:
 * {@code covered SIGNAL "phrase"} when an entry matches the candidate as it stands, {@code head}
 * when entries start with its first word but need more words ("release ~ prisoners"), or
 * {@code new}. Run after {@code mvn -B -q test-compile} and
 * {@code mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test}:
 * <pre>java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.brink.tools.LexiconCandidates [SIGNAL …] [--senses N] [--new-only]</pre>
 */
public final class LexiconCandidates {

    static final String SEEDS = "io/brink/tools/lexicon-seeds.tsv";
    /** WordNet orders senses by frequency; the rare ones are mostly noise for news. */
    static final int DEFAULT_SENSES = 4;
    private static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "over", "back", "away", "in",
            "on", "into", "to", "with", "from", "aside", "through");

    private final Dictionary wordnet;
    private final Lexicon lexicon;
    /** First-word stem → lexicon entries starting with it. */
    private final Map<String, List<String>> byHead = new TreeMap<>();
    private final Map<String, List<String>> particleVerbs = new TreeMap<>();

    LexiconCandidates(Dictionary wordnet, Lexicon lexicon, List<DataFile.Line> signalLines) throws JWNLException {
        this.wordnet = wordnet;
        this.lexicon = lexicon;
        for (DataFile.Line line : signalLines) {
            List<Token> tokens = Tokenizer.tokenize(line.column(2));
            byHead.computeIfAbsent(tokens.get(0).stem(), k -> new ArrayList<>())
                    .add(line.column(0) + " \"" + line.column(2) + "\"");
        }
        var it = wordnet.getIndexWordIterator(POS.VERB);
        while (it.hasNext()) {
            String lemma = it.next().getLemma();
            String[] parts = lemma.split(" ");
            if (parts.length >= 2 && PARTICLES.contains(parts[parts.length - 1])) {
                particleVerbs.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(lemma);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Set<String> only = new LinkedHashSet<>();
        int senses = DEFAULT_SENSES;
        boolean newOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--senses" -> senses = Integer.parseInt(args[++i]);
                case "--new-only" -> newOnly = true;
                default -> only.add(args[i].toUpperCase(Locale.ROOT));
            }
        }
        LexiconCandidates tool = new LexiconCandidates(Dictionary.getDefaultResourceInstance(), Lexicon.load(),
                Lexicon.signalLines());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (DataFile.Line seed : DataFile.readResource(SEEDS)) {
            if (only.isEmpty() || only.contains(seed.column(0))) {
                tool.propose(seed.column(0), POS.getPOSForLabel(seed.column(1)), seed.column(2), senses, newOnly, out);
            }
        }
    }

    void propose(String signal, POS pos, String seed, int senses, boolean newOnly, PrintStream out)
            throws JWNLException {
        IndexWord index = wordnet.getIndexWord(pos, seed);
        out.printf("%n## %s  %s (%s)%n", signal, seed, pos.getLabel());
        if (index == null) {
            out.println("   (not in WordNet)");
            return;
        }
        Map<String, String> candidates = new LinkedHashMap<>();
        List<Synset> synsets = index.getSenses();
        for (int s = 0; s < Math.min(senses, synsets.size()); s++) {
            Synset synset = synsets.get(s);
            String gloss = synset.getGloss();
            out.printf("   sense %d: %s%n", s + 1, gloss.length() > 90 ? gloss.substring(0, 90) + "…" : gloss);
            for (Word w : synset.getWords()) {
                candidates.putIfAbsent(w.getLemma(), "syn " + (s + 1));
                for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
                    PointerTarget target = p.getTarget();
                    if (target instanceof Word derived && derived.getPOS() == POS.NOUN) {
                        candidates.putIfAbsent(derived.getLemma(), "noun of " + w.getLemma());
                    }
                }
            }
        }
        if (pos == POS.VERB) {
            for (String particle : particleVerbs.getOrDefault(seed, List.of())) {
                candidates.putIfAbsent(particle, "particle");
            }
        }
        for (Map.Entry<String, String> c : candidates.entrySet()) {
            String coverage = coverage(c.getKey());
            if (!newOnly || coverage.equals("new")) {
                out.printf("   %-28s %-22s %s%n", c.getKey(), c.getValue(), coverage);
            }
        }
    }

    /** What the lexicon does with a candidate phrase today. */
    String coverage(String phrase) {
        List<Token> tokens = Tokenizer.tokenize(phrase);
        for (PhraseMatcher.Match<Lexicon.Entry> m : lexicon.signals(tokens)) {
            if (m.start() == 0) {
                return "covered " + m.payload().signal() + " \"" + m.payload().phrase() + "\"";
            }
        }
        List<String> heads = byHead.get(tokens.get(0).stem());
        if (heads != null) {
            return "head " + String.join(", ", heads.subList(0, Math.min(3, heads.size())))
                    + (heads.size() > 3 ? " …" : "");
        }
        return "new";
    }
}
