package io.brink.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.brink.scoring.PairScorer;
import io.brink.stream.BrinkConfig;
import io.brink.stream.BrinkService;

/**
 * Brink's HTTP endpoint on the JDK's own server: {@code /health/live} (RUNNING or REBALANCING),
 * {@code /health/ready} (RUNNING), {@code /metrics} in Prometheus text format, the query API under
 * {@code /api} (pairs and alerts, answered from any instance, see {@link QueryService}; the alert
 * stream, see {@link AlertStream}; behind {@code api.token} when one is set), {@code /openapi.json}
 * and {@code /schemas/{name}}, and the live page at {@code /} ({@link StaticFiles}). The routes are
 * listed once, in the {@link Router}; the OpenAPI document is tested against them. Bodies of text
 * and JSON above {@value #GZIP_MIN_BYTES} bytes are sent gzipped to clients that accept it.
 */
public final class HttpApi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

    /**
     * How often Kafka's metric list is re-read. Task, processor and RocksDB metrics only exist once
     * tasks are assigned, after start; Micrometer's default (60 s) would hide them for a minute.
     */
    static final Duration KAFKA_METRICS_REFRESH = Duration.ofSeconds(10);
    /** Seconds a client is told to wait after a 503. */
    static final int RETRY_AFTER_SECONDS = 5;
    /**
     * Request threads. A question for every instance holds its thread while the others answer, and
     * they may be asking this one at the same moment: a few threads keep that from starving.
     */
    static final int HTTP_THREADS = 8;
    /** Smaller bodies go as they are: gzip's header and a packet's worth of bytes gain nothing. */
    static final int GZIP_MIN_BYTES = 1024;

    private final HttpServer server;
    private final ExecutorService executor;
    private final PrometheusMeterRegistry registry;
    private final KafkaStreamsMetrics streamsMetrics;
    private final JvmGcMetrics gcMetrics;
    private final BrinkService service;
    /** {@code api.token} as bytes; empty when the API is open. */
    private final byte[] token;
    private final QueryService queries;
    private final Router router;
    private final AlertStream alertStream;

    private HttpApi(HttpServer server, ExecutorService executor, PrometheusMeterRegistry registry,
                    KafkaStreamsMetrics streamsMetrics, JvmGcMetrics gcMetrics, BrinkService service) {
        this.server = server;
        this.executor = executor;
        this.registry = registry;
        this.streamsMetrics = streamsMetrics;
        this.gcMetrics = gcMetrics;
        this.service = service;
        this.token = service.config().get(BrinkConfig.API_TOKEN).getBytes(StandardCharsets.UTF_8);
        this.queries = new QueryService(service);
        PairsApi pairs = new PairsApi(queries, new PairScorer(service.config().scoring()));
        AlertsApi alerts = new AlertsApi(queries);
        DocsApi docs = new DocsApi();
        StaticFiles page = new StaticFiles();
        this.alertStream = new AlertStream(queries, alerts, token);
        this.router = new Router(List.of(
                new Router.Route("/", page::index),
                new Router.Route("/assets/{name}", page::asset),
                new Router.Route("/health/live", this::live),
                new Router.Route("/health/ready", this::ready),
                new Router.Route("/metrics", r -> Router.Response.of(200,
                        "text/plain; version=0.0.4; charset=utf-8", registry.scrape().getBytes(StandardCharsets.UTF_8))),
                new Router.Route("/openapi.json", docs::openApi),
                new Router.Route("/schemas/{name}", docs::schema),
                new Router.Route("/api/pairs", pairs::top),
                new Router.Route("/api/pairs/{a}/{b}", pairs::pair),
                new Router.Route("/api/pairs/{a}/{b}/evidence", pairs::evidence),
                new Router.Route("/api/alerts", alerts::recent),
                new Router.Route("/api/stream", alertStream::open),
                new Router.Route("/api/countries", new CountriesApi()::countries)));
    }

    public static HttpApi start(BrinkService service, String host, int port) throws IOException {
        PrometheusMeterRegistry registry = service.meters();
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "brink-kafka-metrics");
            t.setDaemon(true);
            return t;
        });
        // KafkaStreamsMetrics shuts its scheduler down when closed.
        KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(service.streams(), List.of(), refresher,
                KAFKA_METRICS_REFRESH);
        streamsMetrics.bindTo(registry);
        JvmGcMetrics gc = JvmMeters.bindTo(registry);

        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(HTTP_THREADS, r -> {
            Thread t = new Thread(r, "brink-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        HttpApi api = new HttpApi(server, executor, registry, streamsMetrics, gc, service);
        server.createContext("/", api::handle);
        server.start();
        api.checkApplicationServer();
        return api;
    }

    /** The port actually bound (useful when started on port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** The path templates this server answers, e.g. {@code /api/pairs/{a}/{b}}. */
    public List<String> routes() {
        return router.templates();
    }

    private Router.Response live(Router.Request request) {
        KafkaStreams.State s = service.state();
        boolean live = s == KafkaStreams.State.RUNNING || s == KafkaStreams.State.REBALANCING
                || s == KafkaStreams.State.CREATED;
        return Router.Response.of(live ? 200 : 503, Router.Response.JSON,
                ("{\"state\":\"" + s + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private Router.Response ready(Router.Request request) {
        KafkaStreams.State s = service.state();
        return Router.Response.of(s == KafkaStreams.State.RUNNING ? 200 : 503, Router.Response.JSON,
                ("{\"state\":\"" + s + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private void handle(HttpExchange ex) throws IOException {
        Router.Response response;
        try {
            response = dispatch(ex);
        } catch (ApiException e) {
            response = Router.Response.error(e.status(), e.getMessage());
        } catch (RuntimeException | IOException e) {
            LOG.warn("HTTP {} {} failed", ex.getRequestMethod(), ex.getRequestURI(), e);
            response = Router.Response.error(500, "internal error: " + e);
        }
        if (response.events() != null && response.status() == 200 && ex.getRequestMethod().equals("GET")) {
            stream(ex, response);
            return;
        }
        try {
            respond(ex, response);
        } finally {
            ex.close();
        }
    }

    /** Sends the headers of an event stream and hands its body on; the exchange stays open until the stream ends. */
    private static void stream(HttpExchange ex, Router.Response response) throws IOException {
        try {
            ex.getResponseHeaders().set("Content-Type", response.contentType());
            response.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
            ex.sendResponseHeaders(200, 0);
            response.events().open(ex.getResponseBody(), ex::close);
        } catch (IOException | RuntimeException e) {
            ex.close();
            throw e;
        }
    }

    private Router.Response dispatch(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if ((path.equals("/api") || path.startsWith("/api/")) && !authorised(ex)) {
            return Router.Response.error(401, "this route needs the API token: send 'Authorization: Bearer <api.token>'")
                    .withHeader("WWW-Authenticate", "Bearer realm=\"brink\"");
        }
        Router.Match match = router.find(path).orElseThrow(() -> ApiException.notFound("no such route: " + path));
        String method = ex.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return Router.Response.error(405, "method " + method + " is not allowed on " + path + "; use GET")
                    .withHeader("Allow", "GET, HEAD");
        }
        return match.route().handler().handle(new Router.Request(method, ex.getRequestURI().getRawPath(),
                ex.getRequestURI().getRawQuery(), match.params(), ex.getRequestHeaders()));
    }

    /** True when no token is configured or the request bears it (compared in constant time). */
    private boolean authorised(HttpExchange ex) {
        if (token.length == 0) {
            return true;
        }
        String header = ex.getRequestHeaders().getFirst("Authorization");
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange ex, Router.Response response) throws IOException {
        ex.getResponseHeaders().set("Content-Type", response.contentType());
        response.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        if (response.status() == 503 && !response.headers().containsKey("Retry-After")) {
            ex.getResponseHeaders().set("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        }
        byte[] body = response.body();
        if (compressible(response)) {
            ex.getResponseHeaders().add("Vary", "Accept-Encoding");
            if (body.length >= GZIP_MIN_BYTES && acceptsGzip(ex)) {
                body = gzip(body);
                ex.getResponseHeaders().set("Content-Encoding", "gzip");
            }
        }
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(response.status(), -1);
            return;
        }
        ex.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static boolean compressible(Router.Response response) {
        String type = response.contentType();
        return response.status() != 304 && (type.startsWith("text/") || type.contains("json")
                || type.contains("javascript") || type.startsWith("image/svg"));
    }

    /** True when the client names gzip in Accept-Encoding without refusing it ({@code gzip;q=0}). */
    static boolean acceptsGzip(HttpExchange ex) {
        List<String> values = ex.getRequestHeaders().get("Accept-Encoding");
        if (values == null) {
            return false;
        }
        for (String value : values) {
            for (String coding : value.split(",")) {
                String[] parts = coding.strip().split(";");
                if (parts[0].strip().equalsIgnoreCase("gzip")) {
                    return parts.length < 2 || !parts[1].strip().replace(" ", "").matches("q=0(\\.0*)?");
                }
            }
        }
        return false;
    }

    static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(buffer)) {
            out.write(body);
        }
        return buffer.toByteArray();
    }

    /**
     * Warns when {@code application.server} was derived from {@code http.port} but the server
     * listens elsewhere (port 0, or a demo that fell back to a free port): other instances would
     * forward to the wrong place.
     */
    private void checkApplicationServer() {
        if (service.config().applicationServerDerived() && queries.self().isPresent()
                && queries.self().get().port() != port()) {
            LOG.warn("application.server is {} (from http.host/http.port) but HTTP listens on port {}: other "
                    + "instances cannot forward queries here; set http.port or kafka.application.server",
                    QueryService.endpoint(queries.self().get()), port());
        }
    }

    @Override
    public void close() {
        alertStream.close();
        server.stop(0);
        executor.shutdownNow();
        streamsMetrics.close();
        gcMetrics.close();
    }
}
