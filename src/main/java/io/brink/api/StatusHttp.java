package io.brink.api;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The health and metrics routes of {@link HttpApi} ({@code /health/live}, {@code /health/ready},
 * {@code /metrics}) for a process that is not the Streams application: {@code ingest --feeds}.
 */
public final class StatusHttp implements AutoCloseable {

    /** What the process says of itself: live (200 on /health/live), ready (200 on /health/ready), and a word. */
    public record Status(boolean live, boolean ready, String state) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final JvmGcMetrics gc;

    private StatusHttp(HttpServer server, ExecutorService executor, JvmGcMetrics gc) {
        this.server = server;
        this.executor = executor;
        this.gc = gc;
    }

    public static StatusHttp start(String host, int port, PrometheusMeterRegistry registry, Supplier<Status> status)
            throws IOException {
        JvmGcMetrics gc = JvmMeters.bindTo(registry);
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "brink-status-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", ex -> {
            try (ex) {
                String path = ex.getRequestURI().getPath();
                Status s = status.get();
                switch (path) {
                    case "/metrics" -> respond(ex, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape());
                    case "/health/live" -> respond(ex, s.live() ? 200 : 503, Router.Response.JSON, state(s));
                    case "/health/ready" -> respond(ex, s.ready() ? 200 : 503, Router.Response.JSON, state(s));
                    default -> respond(ex, 404, Router.Response.JSON,
                            "{\"error\":\"no such route: " + path.replace("\"", "") + "\",\"status\":404}");
                }
            }
        });
        server.start();
        return new StatusHttp(server, executor, gc);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static String state(Status s) {
        return "{\"state\":\"" + s.state() + "\"}";
    }

    private static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        gc.close();
    }
}
