package io.brink.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** How much of a story an extractor kept, and how much else it let in, counted in sentences. */
record Sentences(int storySentences, int kept, List<String> leaked) {

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.replace('\u00a0', ' ').split("(?<=[.!?。][\"”]?)\\s+|\\n+")) {
            String t = s.strip().replaceAll("\\s+", " ");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Compares an extraction with the story's own text. */
    static Sentences measure(String story, String extracted) {
        Set<String> want = new LinkedHashSet<>(split(story));
        Set<String> got = new LinkedHashSet<>(split(extracted));
        int kept = (int) want.stream().filter(got::contains).count();
        List<String> leaked = got.stream().filter(s -> !want.contains(s)).toList();
        return new Sentences(want.size(), kept, leaked);
    }

    double keptShare() {
        return storySentences == 0 ? 1 : kept / (double) storySentences;
    }

    Sentences plus(Sentences o) {
        List<String> l = new ArrayList<>(leaked);
        l.addAll(o.leaked);
        return new Sentences(storySentences + o.storySentences, kept + o.kept, l);
    }
}
