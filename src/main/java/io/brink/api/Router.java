package io.brink.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.Headers;

import io.brink.model.Json;

/**
 * The routes of the HTTP endpoint, matched on whole path segments ({@code /api/pairs/{a}/{b}}
 * matches {@code /api/pairs/ISR/IRN}, not {@code /api/pairs/ISR}). The list of routes is the one
 * truth the server dispatches from, and what the OpenAPI document is tested against.
 */
final class Router {

    /** Answers one request. */
    @FunctionalInterface
    interface Handler {
        Response handle(Request request) throws IOException;
    }

    /** A path template and its handler. */
    record Route(String template, Handler handler) {

        /** The path parameters when {@code segments} match this template, else null. */
        Map<String, String> match(List<String> segments) {
            List<String> parts = split(template);
            if (parts.size() != segments.size()) {
                return null;
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < parts.size(); i++) {
                String part = parts.get(i);
                String segment = segments.get(i);
                if (part.startsWith("{") && part.endsWith("}")) {
                    if (segment.isEmpty()) {
                        return null;
                    }
                    params.put(part.substring(1, part.length() - 1), segment);
                } else if (!part.equals(segment)) {
                    return null;
                }
            }
            return params;
        }
    }

    /** A route that matched, with its path parameters. */
    record Match(Route route, Map<String, String> params) {
    }

    private final List<Route> routes;

    Router(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** The path templates served, in registration order. */
    List<String> templates() {
        return routes.stream().map(Route::template).toList();
    }

    Optional<Match> find(String path) {
        List<String> segments = split(path);
        for (Route r : routes) {
            Map<String, String> params = r.match(segments);
            if (params != null) {
                return Optional.of(new Match(r, params));
            }
        }
        return Optional.empty();
    }

    static List<String> split(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return Arrays.asList(p.split("/", -1));
    }

    /**
     * A response that stays open after its headers: handed the open body once they are sent, it
     * writes Server-Sent Events until the client leaves, then runs {@code close}.
     */
    @FunctionalInterface
    interface Events {
        void open(java.io.OutputStream body, Runnable close);
    }

    /** What the server sends back: a whole body, or (with {@code events}) a stream of events. */
    record Response(int status, String contentType, byte[] body, Map<String, String> headers, Events events) {

        static final String JSON = "application/json";
        static final String EVENT_STREAM = "text/event-stream";

        Response {
            headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        }

        static Response of(int status, String contentType, byte[] body) {
            return new Response(status, contentType, body, Map.of(), null);
        }

        /** 200 and an event stream that {@code events} writes once the headers are out. */
        static Response events(Events events) {
            return new Response(200, EVENT_STREAM + "; charset=utf-8", new byte[0],
                    Map.of("Cache-Control", "no-store"), events);
        }

        /** {@code value} as JSON through {@link Json#MAPPER} (snake_case, ISO-8601 times). */
        static Response json(int status, Object value) {
            try {
                return of(status, JSON, Json.MAPPER.writeValueAsBytes(value));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Response error(int status, String message) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", message);
            body.put("status", status);
            return json(status, body);
        }

        Response withHeader(String name, String value) {
            if (value == null) {
                return this;
            }
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Response(status, contentType, body, h, events);
        }
    }

    /** One request: method, path parameters, query parameters (checked by name) and headers. */
    static final class Request {

        private final String method;
        private final String rawPathAndQuery;
        private final Map<String, String> pathParams;
        private final Map<String, List<String>> query;
        private final Headers headers;

        Request(String method, String rawPath, String rawQuery, Map<String, String> pathParams, Headers headers) {
            this.method = method;
            this.rawPathAndQuery = rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
            this.pathParams = pathParams;
            this.query = parseQuery(rawQuery);
            this.headers = headers;
        }

        String method() {
            return method;
        }

        /** The path and query as the client sent them (still percent-encoded), for forwarding. */
        String rawPathAndQuery() {
            return rawPathAndQuery;
        }

        String pathParam(String name) {
            return pathParams.get(name);
        }

        String header(String name) {
            return headers.getFirst(name);
        }

        /** 400 for a query parameter not in {@code accepted}. */
        void acceptOnly(String... accepted) {
            List<String> names = List.of(accepted);
            for (String name : query.keySet()) {
                if (!names.contains(name)) {
                    throw ApiException.badRequest("unknown parameter '" + name + "'; "
                            + (names.isEmpty() ? "this route takes no parameters"
                            : "accepted parameters: " + String.join(", ", names)));
                }
            }
        }

        /** The parameter's value, null when absent; 400 when given twice. */
        String param(String name) {
            List<String> values = query.get(name);
            if (values == null) {
                return null;
            }
            if (values.size() > 1) {
                throw ApiException.badRequest("parameter '" + name + "' is given " + values.size() + " times; give it once");
            }
            return values.get(0);
        }

        int intParam(String name, int defaultValue, int min, int max) {
            String v = param(name);
            if (v == null) {
                return defaultValue;
            }
            try {
                int n = Integer.parseInt(v.strip());
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // Reported below with the accepted range.
            }
            throw ApiException.badRequest("parameter '" + name + "' must be an integer from " + min + " to " + max
                    + ", got '" + v + "'");
        }

        /** One of {@code accepted} (case-insensitive, returned as spelled there), or the default when absent. */
        String choice(String name, String defaultValue, List<String> accepted) {
            String v = param(name);
            if (v == null) {
                return defaultValue;
            }
            for (String a : accepted) {
                if (a.equalsIgnoreCase(v.strip())) {
                    return a;
                }
            }
            throw ApiException.badRequest("parameter '" + name + "' must be one of " + String.join(", ", accepted)
                    + ", got '" + v + "'");
        }

        /** An ISO-8601 instant ({@code 2026-11-03T08:00:00Z}, with an offset, or a date at UTC midnight); null when absent. */
        Instant instantParam(String name) {
            String v = param(name);
            if (v == null) {
                return null;
            }
            // An unencoded '+' of an offset arrives as a space.
            String t = v.strip().replace(' ', '+');
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException e2) {
                    throw ApiException.badRequest("parameter '" + name + "' must be an ISO-8601 time such as "
                            + "2026-11-03T08:00:00Z (or a date, 2026-11-03), got '" + v + "'");
                }
            }
        }

        private static Map<String, List<String>> parseQuery(String rawQuery) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            if (rawQuery == null || rawQuery.isEmpty()) {
                return out;
            }
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                try {
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } catch (IllegalArgumentException e) {
                    throw ApiException.badRequest("malformed query string near '" + pair + "': " + e.getMessage());
                }
            }
            return out;
        }
    }

    /** The accepted values of an enum, for error messages. */
    static List<String> names(Class<? extends Enum<?>> type) {
        List<String> out = new ArrayList<>();
        for (Enum<?> e : type.getEnumConstants()) {
            out.add(e.name());
        }
        return out;
    }
}
