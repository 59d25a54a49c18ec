package io.brink.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word classes in a lexicon file, so that a category is written once and not as a grid of
 * near-identical lines: a line {@code @official <TAB> president | prime minister | envoy} defines
 * the class, and a phrase {@code receive ~ {official}} stands for one phrase per member
 * ("receive ~ president", "receive ~ prime minister", …). A phrase may use several classes; it
 * stands for every combination. Definitions may come anywhere in the file.
 */
public final class WordClasses {

    private static final Pattern USE = Pattern.compile("\\{([a-z][a-z-]*)}");

    private WordClasses() {
    }

    /**
     * The entry lines of {@code lines} with their classes spelled out, each keeping the file and
     * line number it came from; the definitions themselves are dropped. An unknown or empty class
     * is an error naming the line.
     */
    public static List<DataFile.Line> expand(List<DataFile.Line> lines, int phraseColumn) {
        Map<String, List<String>> classes = new HashMap<>();
        for (DataFile.Line line : lines) {
            if (line.column(0).startsWith("@")) {
                String name = line.column(0).substring(1);
                if (!name.matches("[a-z][a-z-]*") || line.columns().size() != 2) {
                    throw line.error("expected @class<TAB>member | member | …, with a lower-case class name");
                }
                List<String> members = new ArrayList<>();
                for (String m : line.column(1).split("\\|")) {
                    if (!m.isBlank()) {
                        members.add(m.strip());
                    }
                }
                if (members.isEmpty() || classes.put(name, members) != null) {
                    throw line.error("class @" + name + " is empty or defined twice");
                }
            }
        }
        List<DataFile.Line> out = new ArrayList<>(lines.size());
        for (DataFile.Line line : lines) {
            if (line.column(0).startsWith("@")) {
                continue;
            }
            if (line.columns().size() <= phraseColumn || line.column(phraseColumn).indexOf('{') < 0) {
                out.add(line);
                continue;
            }
            for (String phrase : spell(line, line.column(phraseColumn), classes)) {
                List<String> columns = new ArrayList<>(line.columns());
                columns.set(phraseColumn, phrase);
                out.add(new DataFile.Line(line.file(), line.number(), List.copyOf(columns)));
            }
        }
        return out;
    }

    private static List<String> spell(DataFile.Line line, String phrase, Map<String, List<String>> classes) {
        Matcher m = USE.matcher(phrase);
        if (!m.find()) {
            throw line.error("'{' without a class name in '" + phrase + "'");
        }
        List<String> members = classes.get(m.group(1));
        if (members == null) {
            throw line.error("unknown class {" + m.group(1) + "}; defined: " + new TreeSet<>(classes.keySet()));
        }
        List<String> phrases = new ArrayList<>();
        for (String member : members) {
            String one = phrase.substring(0, m.start()) + member + phrase.substring(m.end());
            phrases.addAll(one.indexOf('{') < 0 ? List.of(one) : spell(line, one, classes));
        }
        return phrases;
    }
}
