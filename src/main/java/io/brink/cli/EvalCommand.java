package io.brink.cli;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.brink.coding.Evaluation;
import io.brink.coding.EventCoder;
import io.brink.coding.LanguageGate;
import io.brink.coding.Why;
import io.brink.model.CodedEvent;
import io.brink.model.Json;
import io.brink.model.Polarity;

/** {@code brink eval}: the coder against human-coded sentences. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure the event coder on a gold file of human-coded sentences.",
                "The file is JSON Lines: id, text, date, events [{src, tgt, polarity}], optional label.",
                "Prints precision, recall and F1."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE.jsonl", description = "Gold sentences.")
    Path gold;

    @Option(names = "--out", paramLabel = "report.json", description = "Write the report as JSON here.")
    Path out;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
            description = "Count misses by kind (missing event, wrong actor, wrong direction, wrong polarity, "
                    + "read as background, extra event) and print up to N lines of each kind.")
    int errors;

    @Option(names = "--folds", paramLabel = "K[,K…]", split = ",",
            description = {"Only the lines in these folds (0-4; a line's fold is a CRC-32 of its id, mod 5).",
                    "Develop on some folds and report the others, which you never looked at."})
    java.util.Set<Integer> folds;

    @Option(names = "--actors", paramLabel = "all|state", defaultValue = "all",
            description = {"all (default): every event; state: only events between states — gold events with a",
                    "non-state actor (src_kind/tgt_kind nonstate) and the coder's non-state events are dropped."})
    String actors;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(gold)) {
            System.err.println("brink: cannot read --gold " + gold);
            return Main.USAGE;
        }
        if (errors < 0) {
            System.err.println("brink: --errors must be 0 or more, got " + errors);
            return Main.USAGE;
        }
        List<Evaluation.GoldLine> lines;
        try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            lines = Evaluation.read(in);
        }
        if (folds != null) {
            for (int f : folds) {
                if (f < 0 || f >= Evaluation.FOLDS) {
                    System.err.println("brink: --folds takes folds 0 to " + (Evaluation.FOLDS - 1) + ", got " + f);
                    return Main.USAGE;
                }
            }
            lines = Evaluation.inFolds(lines, folds);
        }
        Evaluation.Actors which;
        switch (actors) {
            case "all" -> which = Evaluation.Actors.ALL;
            case "state" -> which = Evaluation.Actors.STATE;
            default -> {
                System.err.println("brink: --actors must be one of: all, state; got '" + actors + "'");
                return Main.USAGE;
            }
        }
        Evaluation.Report report = Evaluation.evaluate(EventCoder.standard(), lines, which);
        PrintStream o = System.out;
        o.printf("%d lines of %s%n%n", report.lines(), gold);
        o.printf("%-14s %5s %5s %5s %9s %7s %7s%n", "", "tp", "fp", "fn", "precision", "recall", "f1");
        row(o, "events", report.events());
        row(o, "pairs", report.pairs());
        for (Map.Entry<Polarity, Evaluation.Counts> e : report.byPolarity().entrySet()) {
            row(o, e.getKey().name().toLowerCase(), e.getValue());
        }
        if (report.byLanguage().size() > 1) {
            o.printf("%nevents by language (Brink codes %s; other languages yield no events)%n",
                    LanguageGate.accepted());
            report.byLanguage().forEach((language, c) -> row(o, "  " + language, c));
        }
        if (report.labels() != null) {
            o.printf("%nlabels: %d lines, accuracy %.3f, confusion (gold → predicted) %s%n", report.labels().n(),
                    report.labels().accuracy(), report.labels().confusion());
        }
        if (errors > 0) {
            printErrors(o, report.results());
        }
        if (out != null) {
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), Evaluation.toJson(report));
            o.printf("%nreport written to %s%n", out);
        }
        return Main.OK;
    }

    /**
     * Misses counted by kind, then for each kind up to {@code errors} of its lines, those with the
     * most misses first, each with the events the coder found and the background it set aside.
     */
    private void printErrors(PrintStream o, List<Evaluation.LineResult> results) {
        Map<Evaluation.MissKind, List<Evaluation.LineResult>> byKind = new java.util.EnumMap<>(
                Evaluation.MissKind.class);
        Map<Evaluation.MissKind, Integer> counts = new java.util.EnumMap<>(Evaluation.MissKind.class);
        for (Evaluation.LineResult r : results) {
            for (Evaluation.Miss m : r.missesByKind()) {
                counts.merge(m.kind(), 1, Integer::sum);
                List<Evaluation.LineResult> lines = byKind.computeIfAbsent(m.kind(), k -> new java.util.ArrayList<>());
                if (!lines.contains(r)) {
                    lines.add(r);
                }
            }
        }
        o.printf("%nMisses by kind:%n");
        counts.forEach((k, n) -> o.printf("  %-20s %4d%n", k.name().toLowerCase().replace('_', ' '), n));
        Map<String, Integer> reasons = missingByReason(byKind.getOrDefault(Evaluation.MissKind.MISSING_EVENT, List.of()));
        if (!reasons.isEmpty()) {
            o.printf("%nMissing events on lines where the coder found nothing, by why it set its phrases aside"
                    + " (a line may count under several):%n");
            reasons.forEach((reason, n) -> o.printf("  %-44s %4d%n", reason, n));
        }
        byKind.forEach((kind, lines) -> {
            o.printf("%n== %s (%d lines; up to %d shown)%n", kind.name().toLowerCase().replace('_', ' '),
                    lines.size(), errors);
            lines.stream().sorted(Comparator.comparingInt(Evaluation.LineResult::misses).reversed()
                            .thenComparingInt(r -> r.line().number()))
                    .limit(errors)
                    .forEach(r -> {
                        o.printf("%n%s (line %d): %s%n", r.line().id(), r.line().number(), r.line().text());
                        o.printf("  gold:      %s%n", r.line().events());
                        o.printf("  predicted: %s%n", r.predicted());
                        for (CodedEvent e : r.events()) {
                            o.printf("    %s>%s %s \"%s\"%n", e.src(), e.tgt(), e.signal(),
                                    e.sentence().substring(e.span().start(), e.span().end()));
                        }
                        for (CodedEvent e : r.background()) {
                            o.printf("    background %s>%s %s \"%s\"%n", e.src(), e.tgt(), e.signal(),
                                    e.sentence().substring(e.span().start(), e.span().end()));
                        }
                        for (Why.Aside aside : r.setAside()) {
                            o.printf("    set aside %s%n", aside);
                        }
                    });
        });
    }

    /**
     * For the lines with missing events and no event coded at all: their gold events counted under
     * each reason a phrase of theirs was set aside for ("no phrase found" when the lexicon found
     * none), most first. Where recall goes, without reading the lines.
     */
    static Map<String, Integer> missingByReason(List<Evaluation.LineResult> lines) {
        Map<String, Integer> byReason = new java.util.HashMap<>();
        for (Evaluation.LineResult r : lines) {
            if (!r.predicted().isEmpty()) {
                continue;
            }
            int gold = r.line().events().size();
            java.util.Set<String> why = new java.util.TreeSet<>();
            for (Why.Aside aside : r.setAside()) {
                why.add(aside.reason());
            }
            if (why.isEmpty()) {
                why.add("no phrase found");
            }
            why.forEach(w -> byReason.merge(w, gold, Integer::sum));
        }
        Map<String, Integer> sorted = new java.util.LinkedHashMap<>();
        byReason.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static void row(PrintStream o, String name, Evaluation.Counts c) {
        o.printf("%-14s %5d %5d %5d %9.3f %7.3f %7.3f%n", name, c.tp(), c.fp(), c.fn(), c.precision(), c.recall(),
                c.f1());
    }
}
