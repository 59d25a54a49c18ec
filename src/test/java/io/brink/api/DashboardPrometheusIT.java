package io.brink.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.embedded.EmbeddedKafka;
import io.brink.ingest.FeedPoller;
import io.brink.ingest.Fetcher;
import io.brink.ingest.FixtureWeb;
import io.brink.ingest.IngestSettings;
import io.brink.ingest.JsonLinesSink;
import io.brink.ingest.SeenIds;
import io.brink.stream.BrinkConfig;
import io.brink.stream.BrinkService;

/**
 * Every PromQL query of both dashboards, run through a real Prometheus (the Debian package) that
 * scrapes a real Brink on the embedded broker after a replay of the sample feed, a poison record
 * and a late article, and an ingester's {@code /metrics} after a poll of fixture feeds: each must
 * return at least one series. Prints and writes the
 * panel → series table to {@code target/dashboard-series.txt}.
 */
class DashboardPrometheusIT {

    static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");
    static final String FEED = "io/brink/demo/sample-feed.jsonl";
    static final Path TABLE = Path.of("target", "dashboard-series.txt");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path state;

    @Test
    void every_dashboard_query_returns_series_from_prometheus_scraping_brink() throws Exception {
        assumeTrue(Files.isExecutable(PROMETHEUS),
                PROMETHEUS + " is absent (apt-get install prometheus): skipping the dashboard queries check");
        List<Dashboards.Query> queries = Dashboards.queries(Dashboards.load());
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            BrinkConfig config = BrinkConfig.builder()
                    .put("bootstrap.servers", kafka.bootstrapServers())
                    .put("state.dir", state.toString())
                    // A stream that begins with its crisis, as a deployment that has watched its pairs sees it.
                    .put("alert.cold.windows", "0")
                    .put("application.id", "brink-dashboards-it")
                    .put("topic.partitions", "2")
                    .build();
            PrometheusMeterRegistry ingestMeters = new PrometheusMeterRegistry(io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT);
            try (BrinkService service = new BrinkService(config).start();
                 HttpApi http = HttpApi.start(service, "127.0.0.1", 0);
                 FixtureWeb web = FixtureWeb.start();
                 StatusHttp ingestHttp = StatusHttp.start("127.0.0.1", 0, ingestMeters,
                         () -> new StatusHttp.Status(true, true, "RUNNING"));
                 Prometheus prometheus = Prometheus.start(http.port(), ingestHttp.port())) {
                ingestOnce(web, ingestMeters);
                service.awaitRunning(Duration.ofSeconds(90));
                PrometheusMeterRegistry registry = http.registry();
                long articles = replay(config);
                await().atMost(Duration.ofSeconds(60)).until(() -> count(registry, "brink.articles.in") >= articles
                        && count(registry, "brink.articles.dlq") >= 1);
                // Sent once the feed is through, so its event follows the feed's IRN-ISR events.
                send(config, "late-1", "{\"id\":\"late-1\",\"source\":\"latewire.example\","
                        + "\"published\":\"2026-10-30T00:00:00Z\","
                        + "\"text\":\"Iran launched missile strikes on Israel, Israeli officials said.\"}");
                await().atMost(Duration.ofSeconds(60)).until(() -> count(registry, "brink.articles.late") >= 1);

                Map<String, String> variables = new LinkedHashMap<>();
                variables.put("__rate_interval", "30s");
                variables.put("__interval", "5s");
                variables.put("__range", "5m");
                variables.put("datasource", "prometheus");
                // Kafka's task and store metrics are bound on the next refresh of the metric list,
                // so queries are retried until all answer or the time is up.
                Map<Dashboards.Query, Integer> series = new LinkedHashMap<>();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                do {
                    if (!variables.containsKey("pair")) {
                        pair(prometheus).ifPresent(p -> variables.put("pair", p));
                    }
                    variables.putIfAbsent("pair", "IRN-ISR");
                    for (Dashboards.Query q : queries) {
                        series.put(q, prometheus.series(Dashboards.substitute(q.expr(), variables)));
                    }
                    if (series.values().stream().allMatch(n -> n > 0)) {
                        break;
                    }
                    variables.remove("pair");
                    Thread.sleep(2000);
                } while (System.nanoTime() < deadline);

                String table = table(series, variables.get("pair"));
                System.out.print(table);
                Files.createDirectories(TABLE.getParent());
                Files.writeString(TABLE, table);
                List<String> empty = series.entrySet().stream().filter(e -> e.getValue() == 0)
                        .map(e -> e.getKey().name() + ": " + Dashboards.substitute(e.getKey().expr(), variables)).toList();
                assertThat(empty).as("dashboard queries that returned no series").isEmpty();
            }
        }
    }

    /** One poll of a good and a missing fixture feed, so the ingester's panels have polls, items and fetches. */
    private void ingestOnce(FixtureWeb web, PrometheusMeterRegistry meters) throws Exception {
        IngestSettings settings = new IngestSettings("Brink/test", Duration.ofSeconds(2), 1024 * 1024, 5, Duration.ZERO, 4,
                0, Duration.ofMillis(10), Duration.ofMinutes(5));
        try (Fetcher fetcher = new Fetcher(settings, meters); SeenIds seen = SeenIds.open(state.resolve("ingest-seen.txt"));
             JsonLinesSink sink = new JsonLinesSink(state.resolve("ingest.jsonl"));
             FeedPoller poller = new FeedPoller(settings, fetcher, seen, sink, meters, 1024 * 1024)) {
            poller.poll(List.of(web.uri("/feeds/wire.rss"), web.uri("/feeds/missing.xml")), r -> { });
        }
    }

    /** IRN-ISR when it is among the pairs the per-pair gauges show, else the top escalating pair. */
    private static java.util.Optional<String> pair(Prometheus prometheus) throws IOException, InterruptedException {
        List<String> pairs = new ArrayList<>();
        for (JsonNode s : prometheus.query("sort_desc(brink_pair_escalation_index{ranking=\"escalation\"})")) {
            pairs.add(s.path("metric").path("pair").asText());
        }
        return pairs.contains("IRN-ISR") ? java.util.Optional.of("IRN-ISR") : pairs.stream().findFirst();
    }

    private static double count(PrometheusMeterRegistry registry, String name) {
        return registry.find(name).counters().stream().mapToDouble(Counter::count).sum();
    }

    /** The sample feed and a poison record for the DLQ; returns the number of readable articles sent. */
    private static long replay(BrinkConfig config) throws IOException {
        String topic = config.topics().news().name();
        long sent = 0;
        try (KafkaProducer<String, byte[]> producer = producer(config);
             BufferedReader feed = new BufferedReader(new InputStreamReader(
                     DashboardPrometheusIT.class.getClassLoader().getResourceAsStream(FEED), StandardCharsets.UTF_8))) {
            String line;
            while ((line = feed.readLine()) != null) {
                if (!line.isBlank()) {
                    producer.send(new ProducerRecord<>(topic, JSON.readTree(line).path("id").asText(),
                            line.getBytes(StandardCharsets.UTF_8)));
                    sent++;
                }
            }
            producer.send(new ProducerRecord<>(topic, "poison", "{\"id\": \"poison\", \"text\": ".getBytes(StandardCharsets.UTF_8)));
            producer.flush();
        }
        return sent;
    }

    private static void send(BrinkConfig config, String key, String value) {
        try (KafkaProducer<String, byte[]> producer = producer(config)) {
            producer.send(new ProducerRecord<>(config.topics().news().name(), key, value.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static KafkaProducer<String, byte[]> producer(BrinkConfig config) {
        return new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                config.get(BrinkConfig.BOOTSTRAP_SERVERS)), new StringSerializer(), new ByteArraySerializer());
    }

    private static String table(Map<Dashboards.Query, Integer> series, String pair) {
        int width = series.keySet().stream().mapToInt(q -> q.name().length()).max().orElse(10);
        StringBuilder out = new StringBuilder("Dashboard queries on Prometheus ($pair = " + pair + "): panel -> series\n");
        series.forEach((q, n) -> out.append(String.format("%-" + width + "s -> %d%n", q.name(), n)));
        return out.toString();
    }

    /** A Prometheus on loopback scraping Brink every second, with its config and data in a temp dir. */
    static final class Prometheus implements AutoCloseable {

        private final Process process;
        private final Path dir;
        private final int port;
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        private Prometheus(Process process, Path dir, int port) {
            this.process = process;
            this.dir = dir;
            this.port = port;
        }

        static Prometheus start(int brinkPort, int ingestPort) throws IOException {
            Path dir = Files.createTempDirectory("brink-prometheus-");
            Path config = dir.resolve("prometheus.yml");
            Files.writeString(config, """
                    global:
                      scrape_interval: 1s
                      scrape_timeout: 1s
                      evaluation_interval: 1s
                    scrape_configs:
                      - job_name: brink
                        static_configs:
                          - targets: ['127.0.0.1:%d']
                      - job_name: brink-ingest
                        static_configs:
                          - targets: ['127.0.0.1:%d']
                    """.formatted(brinkPort, ingestPort));
            int port = freePort();
            Process process = new ProcessBuilder(PROMETHEUS.toString(), "--config.file=" + config,
                    "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
                    "--log.level=warn")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
            Prometheus prometheus = new Prometheus(process, dir, port);
            try {
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                        .until(() -> !process.isAlive() || prometheus.ready());
                if (!process.isAlive()) {
                    throw new IllegalStateException("prometheus exited: " + Files.readString(dir.resolve("prometheus.log")));
                }
            } catch (RuntimeException e) {
                prometheus.close();
                throw e;
            }
            return prometheus;
        }

        private boolean ready() {
            try {
                return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/-/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        /** The result of an instant query; a query Prometheus rejects fails the test with its error. */
        JsonNode query(String promql) throws IOException, InterruptedException {
            URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/query?query="
                    + URLEncoder.encode(promql, StandardCharsets.UTF_8));
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(response.body());
            if (!body.path("status").asText().equals("success")) {
                throw new AssertionError("Prometheus rejected " + promql + ": " + response.body());
            }
            return body.path("data").path("result");
        }

        int series(String promql) throws IOException, InterruptedException {
            return query(promql).size();
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // Nothing useful to do about a temp folder that cannot be listed.
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return s.getLocalPort();
            }
        }
    }
}
