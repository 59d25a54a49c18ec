package io.brink.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The repository's deploy files (docker/, helm/) for the tests that check them: YAML is read with
 * SnakeYAML (which resolves anchors and aliases, as docker compose does) into Jackson trees.
 */
final class DeployFiles {

    static final ObjectMapper JSON = new ObjectMapper();

    private DeployFiles() {
    }

    /** The repository root: Maven runs the tests there (surefire sets {@code basedir}). */
    static Path root() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    }

    static Path path(String relative) {
        return root().resolve(relative).normalize();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode yaml(Path file) {
        return yaml(read(file));
    }

    static JsonNode yaml(String text) {
        return JSON.valueToTree(yamlParser().load(text));
    }

    /** Every non-empty document of a multi-document YAML stream (helm template's output). */
    static List<JsonNode> documents(String text) {
        List<JsonNode> out = new ArrayList<>();
        for (Object document : yamlParser().loadAll(text)) {
            if (document instanceof Map<?, ?> map && !map.isEmpty()) {
                out.add(JSON.valueToTree(document));
            }
        }
        return out;
    }

    /** Written as JSON, which every YAML reader (helm's too) reads. */
    static void write(Path file, JsonNode value) {
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code overrides} merged into {@code base}, objects key by key, anything else replaced. */
    static JsonNode deepMerge(JsonNode base, JsonNode overrides) {
        ObjectNode merged = base.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = overrides.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode current = merged.get(e.getKey());
            merged.set(e.getKey(), current != null && current.isObject() && e.getValue().isObject()
                    ? deepMerge(current, e.getValue()) : e.getValue());
        }
        return merged;
    }

    private static Yaml yamlParser() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        return new Yaml(new SafeConstructor(options));
    }
}
