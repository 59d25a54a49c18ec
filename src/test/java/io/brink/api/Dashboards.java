package io.brink.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Brink's Grafana dashboards as the tests read them: files, panels, and their PromQL. */
final class Dashboards {

    static final Path DIR = Path.of("grafana", "dashboards");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?(\\w+)}?");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((.+),\\s*\\w+\\)");

    /** One PromQL query of a dashboard: a panel target, or a template variable's metric. */
    record Query(String dashboard, String panel, String refId, String expr) {
        String name() {
            return dashboard + " / " + panel + " [" + refId + "]";
        }
    }

    private Dashboards() {
    }

    /** File name → parsed dashboard, for every *.json in {@link #DIR}. */
    static Map<String, JsonNode> load() {
        try (Stream<Path> files = Files.list(DIR)) {
            Map<String, JsonNode> out = new java.util.TreeMap<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                out.put(f.getFileName().toString(), JSON.readTree(f.toFile()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dashboards in " + DIR.toAbsolutePath(), e);
        }
    }

    /** Every panel, rows' nested panels included. */
    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : dashboard.path("panels")) {
            out.add(p);
            p.path("panels").forEach(out::add);
        }
        return out;
    }

    static List<Query> queries(Map<String, JsonNode> dashboards) {
        List<Query> out = new ArrayList<>();
        dashboards.forEach((file, d) -> {
            String title = d.path("title").asText(file);
            for (JsonNode p : panels(d)) {
                for (JsonNode t : p.path("targets")) {
                    out.add(new Query(title, p.path("title").asText(), t.path("refId").asText(), t.path("expr").asText()));
                }
            }
            for (JsonNode v : d.path("templating").path("list")) {
                Matcher m = LABEL_VALUES.matcher(v.path("definition").asText());
                if (v.path("type").asText().equals("query") && m.matches()) {
                    out.add(new Query(title, "variable $" + v.path("name").asText(), "var", m.group(1)));
                }
            }
        });
        return out;
    }

    /** {@code expr} with Grafana's variables replaced by {@code values}; an unknown one is an error. */
    static String substitute(String expr, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(expr);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for $" + m.group(1) + " in " + expr);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
