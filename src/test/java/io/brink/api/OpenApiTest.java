package io.brink.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.stream.BrinkConfig;
import io.brink.stream.BrinkService;

/**
 * {@code /openapi.json} lists exactly the routes the server has: the same path templates as its
 * router, every one of them answered by its route (not the no-such-route fallback) with a status
 * the document declares, and nothing else served. No broker is needed: Kafka Streams is created
 * but never started, so {@code /api} answers 503.
 */
class OpenApiTest {

    @TempDir
    Path state;
    BrinkService service;
    HttpApi http;
    ApiClient api;
    JsonNode doc;

    @BeforeEach
    void start() throws Exception {
        BrinkConfig config = BrinkConfig.builder()
                .put("bootstrap.servers", "127.0.0.1:1")
                .put("state.dir", state.toString())
                .put("http.port", "0")
                .build();
        service = new BrinkService(config);
        http = HttpApi.start(service, "127.0.0.1", 0);
        api = new ApiClient(http.port(), null);
        ApiClient.Answer a = api.get("/openapi.json");
        assertThat(a.status()).isEqualTo(200);
        doc = a.json();
    }

    @AfterEach
    void stop() {
        http.close();
        service.close();
    }

    @Test
    void the_document_is_openapi_3_1_and_lists_exactly_the_routes_of_the_router() {
        assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.path("info").path("title").asText()).isNotBlank();
        assertThat(names(doc.path("paths"))).containsExactlyInAnyOrderElementsOf(http.routes());
        assertThat(http.routes()).contains("/health/live", "/health/ready", "/metrics", "/openapi.json",
                "/schemas/{name}", "/api/pairs", "/api/pairs/{a}/{b}", "/api/pairs/{a}/{b}/evidence", "/api/alerts",
                "/api/stream", "/api/countries", "/", "/assets/{name}");
    }

    @Test
    void every_documented_route_is_served_by_its_route_with_a_documented_status_and_declared_path_parameters() {
        Iterator<String> templates = doc.path("paths").fieldNames();
        while (templates.hasNext()) {
            String template = templates.next();
            JsonNode item = doc.path("paths").path(template);
            assertThat(names(item)).as(template + ": only GET").containsExactly("get");
            JsonNode get = item.path("get");
            assertThat(get.path("operationId").asText()).as(template).isNotBlank();

            Set<String> declared = new TreeSet<>();
            for (JsonNode p : get.path("parameters")) {
                JsonNode param = resolve(p);
                if (param.path("in").asText().equals("path")) {
                    assertThat(param.path("required").asBoolean()).as(template).isTrue();
                    declared.add(param.path("name").asText());
                }
            }
            assertThat(declared).as(template + " path parameters").isEqualTo(placeholders(template));

            String path = template.replace("{a}", "IRN").replace("{b}", "ISR").replace("{name}", "alert");
            ApiClient.Answer a = api.get(path);
            assertThat(a.body()).as(path).doesNotContain("no such route");
            assertThat(get.path("responses").has(String.valueOf(a.status())))
                    .as(path + " answered " + a.status() + ", which its responses must list").isTrue();
        }
    }

    @Test
    void nothing_beside_the_documented_routes_is_served() {
        for (String path : List.of("/index.html", "/assets", "/assets/", "/assets/app.js/x", "/api", "/api/", "/api/pair", "/api/pairs/", "/api/pairs/IRN",
                "/api/pairs/IRN/ISR/", "/api/pairs/IRN/ISR/history", "/api/alerts/x", "/health", "/health/live/x",
                "/metrics/x", "/schemas", "/schemas/", "/openapi.yaml", "/api/stream/x", "/api/countries/ISR")) {
            ApiClient.Answer a = api.get(path);
            assertThat(a.status()).as(path).isEqualTo(404);
            assertThat(a.json().path("error").asText()).as(path).startsWith("no such route");
        }
    }

    @Test
    void every_reference_resolves_inside_the_document_or_to_a_served_schema() throws Exception {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
            } else {
                assertThat(ref).as("an external $ref points at /schemas").startsWith("/schemas/");
                assertThat(api.get(ref).status()).as(ref).isEqualTo(200);
            }
        }
    }

    @Test
    void the_served_schemas_are_exactly_the_files_in_resources_schemas() throws Exception {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(Path.of("src/main/resources/schemas"))) {
            list.forEach(p -> files.add(p.getFileName().toString().replaceFirst("\\.json$", "")));
        }
        assertThat(DocsApi.SCHEMAS).containsExactlyInAnyOrderElementsOf(files);
    }

    private JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? doc.at(node.path("$ref").asText().substring(1)) : node;
    }

    private static Set<String> placeholders(String template) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static void collectRefs(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("$ref")) {
                    out.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, out));
        }
    }
}
