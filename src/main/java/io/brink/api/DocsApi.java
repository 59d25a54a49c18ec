package io.brink.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import io.brink.api.Router.Request;
import io.brink.api.Router.Response;

/** {@code /openapi.json} (the API's OpenAPI 3.1 document) and {@code /schemas/{name}} (the JSON Schemas of Brink's records). */
final class DocsApi {

    static final String OPENAPI = "openapi.json";
    /** The schemas in {@code src/main/resources/schemas}, by name (file name without {@code .json}). */
    static final List<String> SCHEMAS = List.of("alert", "article", "backtest-report", "coded-event", "evidence", "pair-events", "pair-score");

    private final byte[] openApi = resource(OPENAPI);

    Response openApi(Request request) {
        request.acceptOnly();
        return Response.of(200, Response.JSON, openApi);
    }

    /** {@code /schemas/pair-score} or {@code /schemas/pair-score.json}, so the schemas' relative {@code $ref}s resolve here too. */
    Response schema(Request request) {
        request.acceptOnly();
        String raw = request.pathParam("name");
        String name = raw.endsWith(".json") ? raw.substring(0, raw.length() - 5) : raw;
        if (!SCHEMAS.contains(name)) {
            throw ApiException.notFound("unknown schema '" + raw + "'; schemas: " + String.join(", ", SCHEMAS));
        }
        return Response.of(200, "application/schema+json", resource("schemas/" + name + ".json"));
    }

    private static byte[] resource(String name) {
        try (InputStream in = DocsApi.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
