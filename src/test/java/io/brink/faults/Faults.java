package io.brink.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the fault tests share: the instances' settings, and where the figures go. */
final class Faults {

    private Faults() {
    }

    /**
     * Settings of the instances under test: four partitions, a score window that evicts nothing (so
     * a pair's latest score counts every event it ever had), and quick failover.
     */
    static Map<String, String> settings(String applicationId) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("application.id", applicationId);
        s.put("topic.partitions", "4");
        s.put("score.window", "3650d");
        s.putAll(BrinkProcess.FAST_FAILOVER);
        // -DargLine=-Dbrink.faults.guarantee=at_least_once shows that the invariants catch duplicates.
        s.put("processing.guarantee", System.getProperty("brink.faults.guarantee", "exactly_once_v2"));
        return s;
    }

    /** Figures go to standard output and to {@code target/fault-figures.txt}. */
    static void figures(String test, Object figures) {
        String line = Instant.now() + " " + test + ": " + figures;
        System.out.println("FAULT-FIGURES " + line);
        try {
            Path file = Path.of("target", "fault-figures.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("(could not write target/fault-figures.txt: " + e.getMessage() + ")");
        }
    }
}
