package io.brink.api;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.streams.KafkaStreams;

import io.brink.stream.BrinkService;

/**
 * Brink's HTTP endpoint on the JDK's own server: {@code /health/live} (RUNNING or REBALANCING),
 * {@code /health/ready} (RUNNING) and {@code /metrics} in Prometheus text format.
 */
public final class HttpApi implements AutoCloseable {

    /**
     * How often Kafka's metric list is re-read. Task, processor and RocksDB metrics only exist once
     * tasks are assigned, after start; Micrometer's default (60 s) would hide them for a minute.
     */
    static final Duration KAFKA_METRICS_REFRESH = Duration.ofSeconds(10);

    private final HttpServer server;
    private final ExecutorService executor;
    private final PrometheusMeterRegistry registry;
    private final KafkaStreamsMetrics streamsMetrics;
    private final JvmGcMetrics gcMetrics;

    private HttpApi(HttpServer server, ExecutorService executor, PrometheusMeterRegistry registry,
                    KafkaStreamsMetrics streamsMetrics, JvmGcMetrics gcMetrics) {
        this.server = server;
        this.executor = executor;
        this.registry = registry;
        this.streamsMetrics = streamsMetrics;
        this.gcMetrics = gcMetrics;
    }

    public static HttpApi start(BrinkService service, String host, int port) throws IOException {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Metrics.addRegistry(registry);
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "brink-kafka-metrics");
            t.setDaemon(true);
            return t;
        });
        // KafkaStreamsMetrics shuts its scheduler down when closed.
        KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(service.streams(), List.of(), refresher,
                KAFKA_METRICS_REFRESH);
        streamsMetrics.bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);

        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "brink-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/health/live", ex -> {
            KafkaStreams.State s = service.state();
            boolean live = s == KafkaStreams.State.RUNNING || s == KafkaStreams.State.REBALANCING
                    || s == KafkaStreams.State.CREATED;
            respond(ex, live ? 200 : 503, "application/json", "{\"state\":\"" + s + "\"}");
        });
        server.createContext("/health/ready", ex -> {
            KafkaStreams.State s = service.state();
            respond(ex, s == KafkaStreams.State.RUNNING ? 200 : 503, "application/json", "{\"state\":\"" + s + "\"}");
        });
        server.createContext("/metrics", ex -> respond(ex, 200, "text/plain; version=0.0.4; charset=utf-8",
                registry.scrape()));
        server.createContext("/", ex -> respond(ex, 404, "application/json",
                "{\"error\":\"no such route: " + ex.getRequestURI().getPath().replace("\"", "") + "\"}"));
        server.start();
        return new HttpApi(server, executor, registry, streamsMetrics, gc);
    }

    /** The port actually bound (useful when started on port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    private static void respond(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        if (status == 503) {
            ex.getResponseHeaders().set("Retry-After", "5");
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
        streamsMetrics.close();
        gcMetrics.close();
        Metrics.removeRegistry(registry);
        registry.close();
    }
}
