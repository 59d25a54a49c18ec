package io.brink.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.brink.api.Router.Request;
import io.brink.api.Router.Response;

/**
 * The live page: {@code GET /} and {@code GET /assets/{name}}, a fixed list of files read once from
 * the jar ({@value #FOLDER}). Each answer carries an ETag and {@code Cache-Control: no-cache}, so a
 * browser keeps its copy and revalidates it (a 304 without a body) rather than fetching it again,
 * and an upgraded Brink is seen at once. The page loads nothing from elsewhere, which its
 * Content-Security-Policy states.
 */
final class StaticFiles {

    static final String FOLDER = "io/brink/page/";
    static final String INDEX = "index.html";
    /** The page's files besides index.html, by name; nothing else is served. */
    static final List<String> ASSETS = List.of("app.js", "app.css", "icon.svg");
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /** A file with its content type and entity tag. */
    record File(String name, String contentType, byte[] bytes, String etag) {
    }

    private final Map<String, File> files = new LinkedHashMap<>();

    StaticFiles() {
        files.put(INDEX, load(INDEX));
        for (String name : ASSETS) {
            files.put(name, load(name));
        }
    }

    /** {@code GET /}. */
    Response index(Request request) {
        request.acceptOnly();
        return serve(files.get(INDEX), request);
    }

    /** {@code GET /assets/{name}}. */
    Response asset(Request request) {
        request.acceptOnly();
        String name = request.pathParam("name");
        File file = ASSETS.contains(name) ? files.get(name) : null;
        if (file == null) {
            throw ApiException.notFound("no such asset '" + name + "'; the page's assets: " + String.join(", ", ASSETS));
        }
        return serve(file, request);
    }

    /** Every file of the page, index.html first. */
    List<File> files() {
        return List.copyOf(files.values());
    }

    private static Response serve(File file, Request request) {
        String ifNoneMatch = request.header("If-None-Match");
        boolean fresh = ifNoneMatch != null && (ifNoneMatch.strip().equals("*")
                || List.of(ifNoneMatch.split(",")).stream().map(String::strip).anyMatch(file.etag()::equals));
        Response r = fresh ? Response.of(304, file.contentType(), new byte[0])
                : Response.of(200, file.contentType(), file.bytes());
        r = r.withHeader("ETag", file.etag()).withHeader("Cache-Control", "no-cache")
                .withHeader("X-Content-Type-Options", "nosniff");
        return file.name().equals(INDEX) ? r.withHeader("Content-Security-Policy", CSP)
                .withHeader("Referrer-Policy", "no-referrer") : r;
    }

    static File load(String name) {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + name + " is missing from the jar");
            }
            byte[] bytes = in.readAllBytes();
            return new File(name, contentType(name), bytes, etag(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String contentType(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        throw new IllegalArgumentException("no content type known for " + name);
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
