package io.brink.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.brink.coding.Stemmer;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes {@code src/main/resources/io/brink/lexicon/irregular-verbs.tsv}, the stemmer's table of
 * irregular verb forms, from WordNet 3.1's verb exceptions. Brink's jar does not carry WordNet, so
 * the table is generated here and committed; {@code StemmerTest} fails when it no longer matches.
 * Run after {@code mvn -B -q test-compile} and
 * {@code mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test}:
 * <pre>java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.brink.tools.IrregularVerbs</pre>
 */
public final class IrregularVerbs {

    static final Path FILE = Path.of("src/main/resources/io/brink/lexicon/irregular-verbs.tsv");

    private IrregularVerbs() {
    }

    /**
     * Form → verb for each single-word irregular form the suffix rules cannot undo. A form that is
     * itself a verb ("found", "lay", "ground", "saw", "fell") is left out: mapping it would merge
     * two verbs ("found a party" with "find"), and its own inflections ("laid" → "lay") would no
     * longer meet it.
     */
    public static Map<String, String> table(Dictionary wordnet) throws JWNLException {
        Map<String, String> forms = new TreeMap<>();
        Iterator<Exc> it = wordnet.getExceptionIterator(POS.VERB);
        while (it.hasNext()) {
            Exc exc = it.next();
            String form = exc.getLemma();
            String verb = exc.getExceptions().get(0);
            if (form.matches("[a-z]+") && verb.matches("[a-z]+")
                    && wordnet.getIndexWord(POS.VERB, form) == null
                    && !Stemmer.regularStem(form).equals(Stemmer.regularStem(verb))) {
                forms.put(form, verb);
            }
        }
        return forms;
    }

    public static void main(String[] args) throws JWNLException, IOException {
        Map<String, String> table = table(Dictionary.getDefaultResourceInstance());
        List<String> lines = new ArrayList<>(List.of(
                "# Irregular English verb forms and their verb, for Brink's stemmer: \"shook\" is \"shake\".",
                "# FORM <TAB> VERB. Generated from WordNet 3.1's verb exceptions (Princeton University,",
                "# WordNet 3.1, 2011) by io.brink.tools.IrregularVerbs; regenerate rather than edit.",
                "# Only forms the suffix rules cannot undo are listed, and no form that is itself a verb."));
        table.forEach((form, verb) -> lines.add(form + "\t" + verb));
        Files.write(FILE, lines, StandardCharsets.UTF_8);
        System.out.println(table.size() + " forms written to " + FILE);
    }
}
