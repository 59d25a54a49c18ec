import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One candidate language detector, measured in a JVM of its own: accuracy on Brink's short labelled
 * snippets, English texts of Brink's own corpora taken for another language, start-up, retained heap,
 * and time per snippet and per article. Usage: Compare DETECTOR all|restricted REPO_ROOT.
 */
public final class Compare {

    /** The languages of the labelled set: what "restricted" limits a detector to. */
    static final List<String> LANGUAGES = List.of("en", "es", "fr", "de", "ar", "ru", "zh", "it", "pt", "tr");

    interface Detector {
        /** ISO 639-1 code, or "und". */
        String detect(String text);
    }

    public static void main(String[] args) throws Exception {
        String name = args[0];
        boolean restricted = args[1].equals("restricted");
        Path root = Path.of(args[2]);
        // An optional cap: only the first N characters of an article are shown to the detector.
        int cap = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        List<String[]> snippets = snippets(root.resolve("src/test/resources/io/brink/language/snippets.tsv"));
        List<String> feed = capped(articles(root.resolve("src/main/resources/io/brink/demo/sample-feed.jsonl")), cap);
        List<String> realistic = capped(articles(root.resolve("src/test/resources/io/brink/bench/realistic-feed.jsonl")), cap);
        List<String> gold = new ArrayList<>();
        try (var files = Files.list(root.resolve("src/test/resources/io/brink/gold"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                gold.addAll(articles(p));
            }
        }

        long heap0 = usedHeap();
        long t0 = System.nanoTime();
        Detector d = build(name, restricted);
        d.detect("Warm-up: the detector reads its first text.");
        long startMs = (System.nanoTime() - t0) / 1_000_000;
        // Lingua loads models lazily: touch every language once before measuring the heap.
        for (String[] s : snippets) {
            d.detect(s[1]);
        }
        long heapMb = (usedHeap() - heap0) / (1024 * 1024);

        Map<String, int[]> perLanguage = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> confusions = new LinkedHashMap<>();
        for (String[] s : snippets) {
            String got = d.detect(s[1]);
            int[] c = perLanguage.computeIfAbsent(s[0], k -> new int[2]);
            c[1]++;
            if (got.equals(s[0])) {
                c[0]++;
            } else {
                confusions.computeIfAbsent(s[0], k -> new LinkedHashMap<>()).merge(got, 1, Integer::sum);
            }
        }
        int notEnglishFeed = notEnglish(d, feed);
        int notEnglishRealistic = notEnglish(d, realistic);
        int notEnglishGold = notEnglish(d, gold);

        double usSnippet = time(d, snippets.stream().map(s -> s[1]).toList(), 50);
        double usArticle = time(d, realistic, 3);
        int chars = realistic.stream().mapToInt(String::length).sum() / realistic.size();

        StringBuilder row = new StringBuilder("| " + name + (restricted ? " (10 languages)" : " (all)") + " |");
        int right = 0;
        for (String lang : LANGUAGES) {
            int[] c = perLanguage.get(lang);
            right += c[0];
            row.append(' ').append(c[0]).append(" |");
        }
        row.append(String.format(Locale.ROOT, " %.1f%% | %d/%d, %d/%d, %d/%d | %d ms | %d MB | %.0f µs | %.0f µs |",
                100.0 * right / snippets.size(), notEnglishFeed, feed.size(), notEnglishRealistic, realistic.size(),
                notEnglishGold, gold.size(), startMs, heapMb, usSnippet, usArticle));
        System.out.println(row);
        System.out.println("  mistakes: " + confusions + "; mean article " + chars + " chars");
    }

    static Detector build(String name, boolean restricted) throws IOException {
        return switch (name) {
            case "lingua" -> lingua(restricted, false);
            case "lingua-low" -> lingua(restricted, true);
            case "opennlp" -> openNlp(restricted);
            case "tika" -> tika(restricted, false);
            case "tika-short" -> tika(restricted, true);
            default -> throw new IllegalArgumentException(name);
        };
    }

    static Detector lingua(boolean restricted, boolean low) {
        com.github.pemistahl.lingua.api.LanguageDetectorBuilder b;
        if (restricted) {
            List<com.github.pemistahl.lingua.api.IsoCode639_1> codes = new ArrayList<>();
            for (String l : LANGUAGES) {
                codes.add(com.github.pemistahl.lingua.api.IsoCode639_1.valueOf(l.toUpperCase(Locale.ROOT)));
            }
            b = com.github.pemistahl.lingua.api.LanguageDetectorBuilder.fromIsoCodes639_1(
                    codes.toArray(new com.github.pemistahl.lingua.api.IsoCode639_1[0]));
        } else {
            b = com.github.pemistahl.lingua.api.LanguageDetectorBuilder.fromAllLanguages();
        }
        if (low) {
            b = b.withLowAccuracyMode();
        }
        com.github.pemistahl.lingua.api.LanguageDetector d = b.build();
        return text -> {
            var l = d.detectLanguageOf(text);
            return l == com.github.pemistahl.lingua.api.Language.UNKNOWN ? "und"
                    : l.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
        };
    }

    static Detector openNlp(boolean restricted) throws IOException {
        opennlp.tools.langdetect.LanguageDetectorModel model;
        try (InputStream in = Compare.class.getResourceAsStream("/langdetect-183.bin")) {
            model = new opennlp.tools.langdetect.LanguageDetectorModel(in);
        }
        opennlp.tools.langdetect.LanguageDetectorME d = new opennlp.tools.langdetect.LanguageDetectorME(model);
        Map<String, String> iso1 = iso3to1();
        return text -> {
            for (opennlp.tools.langdetect.Language l : d.predictLanguages(text)) {
                String code = iso1.getOrDefault(l.getLang(), l.getLang());
                if (!restricted || LANGUAGES.contains(code)) {
                    return code;
                }
            }
            return "und";
        };
    }

    static Detector tika(boolean restricted, boolean shortText) throws IOException {
        org.apache.tika.langdetect.optimaize.OptimaizeLangDetector d = new org.apache.tika.langdetect.optimaize.OptimaizeLangDetector();
        if (restricted) {
            Set<String> models = new TreeSet<>(LANGUAGES);
            models.remove("zh");
            models.add("zh-CN");
            models.add("zh-TW");
            d.loadModels(models);
        } else {
            d.loadModels();
        }
        d.setShortText(shortText);
        return text -> {
            String l = d.detect(text).getLanguage();
            if (l == null || l.isEmpty()) {
                return "und";
            }
            int dash = l.indexOf('-');
            return dash < 0 ? l : l.substring(0, dash);
        };
    }

    static Map<String, String> iso3to1() {
        Map<String, String> m = new HashMap<>();
        for (String l : Locale.getISOLanguages()) {
            m.put(Locale.forLanguageTag(l).getISO3Language(), l);
        }
        m.put("cmn", "zh");
        m.put("pes", "fa");
        return m;
    }

    static List<String> capped(List<String> texts, int cap) {
        return texts.stream().map(t -> t.length() <= cap ? t : t.substring(0, cap)).toList();
    }

    static int notEnglish(Detector d, List<String> texts) {
        int n = 0;
        for (String t : texts) {
            if (!d.detect(t).equals("en")) {
                n++;
                System.out.println("  not English: " + t.substring(0, Math.min(100, t.length())));
            }
        }
        return n;
    }

    /** Mean microseconds per text over {@code rounds} passes after two of warm-up. */
    static double time(Detector d, List<String> texts, int rounds) {
        for (int r = 0; r < 2; r++) {
            texts.forEach(d::detect);
        }
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            texts.forEach(d::detect);
        }
        return (System.nanoTime() - t0) / 1000.0 / rounds / texts.size();
    }

    static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    static List<String[]> snippets(Path p) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.split("\t", 2));
            }
        }
        return out;
    }

    /** Title and text of each JSON line (a gold line's text alone). */
    static List<String> articles(Path p) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            String title = n.path("title").asText("");
            out.add(title.isEmpty() ? n.path("text").asText() : title + "\n" + n.path("text").asText());
        }
        return out;
    }
}
