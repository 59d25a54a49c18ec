package io.brink.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local web site for the ingest tests, on the JDK's HTTP server: the fixture feeds and pages of
 * {@code src/test/resources/io/brink/ingest/site} ({@code {{base}}} in feeds and lists becomes this
 * server's address), robots.txt, ETag and Last-Modified with 304s, gzip when asked, and the
 * misbehaviours: {@code /feeds/missing.xml} 404, {@code /feeds/server-error.xml} 500, {@code /slow/…}
 * answers after {@link #SLOW_MILLIS}, {@code /huge/…} is 8 MB, {@code /go/shelling-resumes}
 * redirects twice, {@code /flaky/…} answers 503 to its first request. Every request is recorded.
 */
public final class FixtureWeb implements AutoCloseable {

    static final String SITE = "/io/brink/ingest/site";
    static final long SLOW_MILLIS = 3_000;
    static final String LAST_MODIFIED = "Tue, 03 Nov 2026 12:00:00 GMT";

    /** One request as the server saw it. */
    record Request(String path, Map<String, List<String>> headers, long nanos) {
        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, byte[]> generated = new ConcurrentHashMap<>();
    private volatile String robots;
    private final java.util.Set<String> flakyOnce = ConcurrentHashMap.newKeySet();

    private FixtureWeb(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
        this.robots = new String(resource("/robots.txt"), StandardCharsets.UTF_8);
    }

    public static FixtureWeb start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        ExecutorService executor = Executors.newFixedThreadPool(16);
        server.setExecutor(executor);
        FixtureWeb web = new FixtureWeb(server, executor);
        server.createContext("/", ex -> {
            try (ex) {
                web.handle(ex);
            } catch (IOException e) {
                // the client went away (a timeout or a size cap): nothing to answer
            }
        });
        server.start();
        return web;
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public URI uri(String path) {
        return URI.create(base() + path);
    }

    List<Request> requests() {
        return requests;
    }

    public long requestsTo(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    /** Serves generated content at {@code path} (feeds written by a test), with {@code {{base}}} replaced. */
    public void put(String path, String body) {
        generated.put(path, body.replace("{{base}}", base()).getBytes(StandardCharsets.UTF_8));
    }

    void robots(String text) {
        this.robots = text;
    }

    /** A fixture file with {@code {{base}}} replaced, e.g. the feed list. */
    public String text(String path) {
        return new String(resource(path), StandardCharsets.UTF_8).replace("{{base}}", base());
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        requests.add(new Request(ex.getRequestURI().toString(), Map.copyOf(ex.getRequestHeaders()), System.nanoTime()));
        if (path.equals("/robots.txt")) {
            send(ex, 200, "text/plain", robots.getBytes(StandardCharsets.UTF_8), null);
            return;
        }
        if (path.equals("/feeds/missing.xml") || path.equals("/news/taken-down.html")) {
            send(ex, 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8), null);
            return;
        }
        if (path.equals("/feeds/server-error.xml")) {
            send(ex, 500, "text/plain", "internal error".getBytes(StandardCharsets.UTF_8), null);
            return;
        }
        if (path.startsWith("/flaky/") && flakyOnce.add(path)) {
            // The first request of each flaky page fails as an overloaded server's would.
            send(ex, 503, "text/plain", "try again".getBytes(StandardCharsets.UTF_8), null);
            return;
        }
        if (path.startsWith("/slow/")) {
            try {
                Thread.sleep(SLOW_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>slow</title></channel></rss>"
                    .getBytes(StandardCharsets.UTF_8), null);
            return;
        }
        if (path.startsWith("/huge/")) {
            // Compressed when asked: the cap must then hold on the bytes decompressed, not on Content-Length.
            send(ex, 200, "text/html; charset=utf-8", HugePage.BODY, ex.getRequestHeaders().getFirst("Accept-Encoding"));
            return;
        }
        if (path.equals("/go/shelling-resumes")) {
            redirect(ex, "/go/shelling-resumes-2");
            return;
        }
        if (path.equals("/go/shelling-resumes-2")) {
            redirect(ex, base() + "/news/shelling-resumes-lethem.html?utm_source=redirect");
            return;
        }
        byte[] body = generated.get(path);
        if (body == null) {
            body = resourceOrNull(path);
        }
        if (body == null) {
            send(ex, 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8), null);
            return;
        }
        if (path.endsWith(".xml") || path.endsWith(".rss") || path.endsWith(".rdf") || path.endsWith(".atom")) {
            body = new String(body, StandardCharsets.UTF_8).replace("{{base}}", base()).getBytes(StandardCharsets.UTF_8);
            String etag = "\"" + sha(body) + "\"";
            ex.getResponseHeaders().set("ETag", etag);
            ex.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            String type = path.endsWith(".atom") ? "application/atom+xml" : path.endsWith(".rdf")
                    ? "application/rdf+xml" : "application/rss+xml";
            send(ex, 200, type, body, ex.getRequestHeaders().getFirst("Accept-Encoding"));
            return;
        }
        String type = path.endsWith(".cp1251.html") ? "text/html; charset=windows-1251"
                : path.endsWith(".sjis.html") ? "text/html" : "text/html; charset=utf-8";
        send(ex, 200, type, body, ex.getRequestHeaders().getFirst("Accept-Encoding"));
    }

    private void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, String acceptEncoding)
            throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        if (acceptEncoding != null && acceptEncoding.contains("gzip")) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                gz.write(body);
            }
            body = zipped.toByteArray();
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // the client stopped reading (a size cap): fine
        }
    }

    static byte[] resource(String path) {
        byte[] b = resourceOrNull(path);
        if (b == null) {
            throw new IllegalArgumentException("no fixture " + path);
        }
        return b;
    }

    private static byte[] resourceOrNull(String path) {
        if (path.contains("..")) {
            return null;
        }
        try (InputStream in = FixtureWeb.class.getResourceAsStream(SITE + path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b), 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** The 8 MB page, built once (on first use) rather than per request. */
    private static final class HugePage {
        static final byte[] BODY = build();

        private static byte[] build() {
            StringBuilder s = new StringBuilder("<html><body><article>");
            while (s.length() < 8 * 1024 * 1024) {
                s.append("<p>Filler paragraph of an oversized page that no ingester should read to its end.</p>\n");
            }
            return s.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
