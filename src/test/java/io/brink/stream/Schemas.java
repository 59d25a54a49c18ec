package io.brink.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.brink.model.Json;

/** Validates what Brink produces against the published JSON Schemas in src/main/resources/schemas. */
public final class Schemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix("https://schemas.brink.example/", "classpath:schemas/")));
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private Schemas() {
    }

    public static JsonSchema schema(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return FACTORY.getSchema(com.networknt.schema.SchemaLocation.of("https://schemas.brink.example/" + n + ".json"),
                    config);
        });
    }

    /** Fails with every violation when {@code value} (a record or a JSON tree) breaks schema {@code name}. */
    public static void assertValid(String name, Object value) {
        JsonNode node = value instanceof JsonNode n ? n : Json.MAPPER.valueToTree(value);
        Set<ValidationMessage> errors = schema(name).validate(node);
        assertThat(errors).as(name + " violations in " + node).isEmpty();
    }
}
