package io.brink.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.brink.embedded.EmbeddedKafka;
import io.brink.model.Json;
import io.brink.stream.BrinkConfig;
import io.brink.stream.BrinkService;
import io.brink.stream.Schemas;

/**
 * The HTTP API of one Brink instance on the embedded broker, over real HTTP: every route, every
 * error status (503 before Kafka Streams runs, 400, 401, 404, 405), and the bodies against the
 * published schemas.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpApiIT {

    static final String TOKEN = "test-token-4f2a";
    static final String SEED = "MOSCOW (Brink Wire) — Russia's president urged Iran to minimise civilian casualties in "
            + "its vowed retaliation against Israel. Russia has delivered fighter jets and air-defence systems to Iran, "
            + "according to officials. The United States warned Iran against any attack on Israel. "
            + "Jordan refused Iran the use of its airspace.";

    EmbeddedKafka kafka;
    BrinkService service;
    HttpApi http;
    ApiClient api;
    Path state;
    /** Answers given before Kafka Streams started. */
    final Map<String, ApiClient.Answer> beforeStart = new LinkedHashMap<>();

    @BeforeAll
    void start() throws Exception {
        kafka = EmbeddedKafka.start();
        state = Files.createTempDirectory("brink-api-it-");
        int port = ApiClient.freePort();
        BrinkConfig config = BrinkConfig.builder()
                .put("bootstrap.servers", kafka.bootstrapServers())
                .put("state.dir", state.toString())
                // A stream that begins with its crisis, as a deployment that has watched its pairs sees it.
                .put("alert.cold.windows", "0")
                .put("application.id", "brink-api-it")
                .put("topic.partitions", "2")
                .put("http.port", String.valueOf(port))
                .put("api.token", TOKEN)
                .build();
        service = new BrinkService(config);
        http = HttpApi.start(service, "127.0.0.1", port);
        api = new ApiClient(http.port(), TOKEN);
        for (String path : List.of("/api/pairs", "/api/pairs/IRN/ISR", "/api/pairs/IRN/ISR/evidence", "/api/alerts",
                "/api/stream", "/health/live", "/health/ready")) {
            beforeStart.put(path, api.get(path));
        }

        service.start();
        service.awaitRunning(Duration.ofSeconds(90));
        produceArticles(config);
        // Processed: the alert is out, both news partitions' pairs are in, and the answer holds still.
        List<String> last = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            ApiClient.Answer pairs = api.get("/api/pairs?limit=1000");
            ApiClient.Answer alerts = api.get("/api/alerts");
            boolean ready = pairs.status() == 200 && alerts.status() == 200
                    && pairs.body().contains("\"IRN-ISR\"") && pairs.body().contains("\"ERI-ETH\"")
                    && alerts.body().contains("\"IRN-ISR\"") && last.contains(pairs.body());
            last.clear();
            last.add(pairs.body());
            return ready;
        });
    }

    /** The test articles: IRN-ISR strikes from two outlets (an alert), with more pairs around them, and a truce. */
    void produceArticles(BrinkConfig config) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(),
                new StringSerializer())) {
            String topic = config.topics().news().name();
            producer.send(new ProducerRecord<>(topic, "seed", article("seed", "brinkwire.example",
                    "2026-11-03T08:00:00Z", SEED)));
            producer.send(new ProducerRecord<>(topic, "second", article("second", "dailyglobe.example",
                    "2026-11-03T08:30:00Z", "Tehran vowed retaliation against Israel after the strike. "
                            + "Iran launched missile strikes on Israel overnight, Israeli officials said.")));
            producer.send(new ProducerRecord<>(topic, "truce", article("truce", "hornpost.example",
                    "2026-11-03T09:00:00Z", "Ethiopia and Eritrea agreed to a ceasefire along the border.")));
            producer.flush();
        }
    }

    @AfterAll
    void stop() {
        if (http != null) {
            http.close();
        }
        if (service != null) {
            service.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        deleteRecursively(state);
    }

    static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // A temp folder left behind harms nothing.
        }
    }

    static String article(String id, String outlet, String published, String text) {
        return "{\"id\":\"" + id + "\",\"url\":\"https://" + outlet + "/" + id + "\",\"source\":\"" + outlet
                + "\",\"published\":\"" + published + "\",\"title\":\"\",\"text\":\"" + text + "\",\"language\":\"en\"}";
    }

    // ---- 503 ----

    @Test
    void before_kafka_streams_runs_the_api_answers_503_with_retry_after_never_an_empty_result() {
        for (String path : List.of("/api/pairs", "/api/pairs/IRN/ISR", "/api/pairs/IRN/ISR/evidence", "/api/alerts",
                "/api/stream")) {
            ApiClient.Answer a = beforeStart.get(path);
            assertThat(a.status()).as(path + ": " + a).isEqualTo(503);
            assertThat(a.header("Retry-After")).as(path).isNotBlank();
            assertThat(a.json().path("status").asInt()).isEqualTo(503);
            assertThat(a.error()).as(path).contains("CREATED").contains("not RUNNING");
        }
        assertThat(beforeStart.get("/health/live").status()).isEqualTo(200);
        assertThat(beforeStart.get("/health/ready").status()).isEqualTo(503);
        assertThat(api.get("/health/ready").json().path("state").asText()).isEqualTo("RUNNING");
    }

    // ---- 200 ----

    @Test
    void top_pairs_are_pair_scores_ranked_by_the_chosen_sort_and_cut_at_the_limit() {
        ApiClient.Answer a = api.get("/api/pairs");
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        assertThat(a.header("Content-Type")).startsWith("application/json");
        JsonNode pairs = a.json();
        assertThat(pairs.isArray()).isTrue();
        assertThat(pairs.size()).isBetween(3, 20);
        pairs.forEach(p -> Schemas.assertValid("pair-score", p));
        assertThat(pairs.get(0).path("pair").asText()).as("the strikes make IRN-ISR the most escalating pair")
                .isEqualTo("IRN-ISR");
        assertDescending(pairs, p -> p.path("escalation").asDouble());

        JsonNode calm = api.get("/api/pairs?sort=deescalation").json();
        assertDescending(calm, p -> p.path("deescalation").asDouble());
        assertThat(calm.get(0).path("pair").asText()).isIn("ERI-ETH", "IRN-RUS");
        assertDescending(api.get("/api/pairs?sort=cooperation").json(), p -> p.path("cooperation").asDouble());
        assertDescending(api.get("/api/pairs?sort=z").json(), p -> p.path("z").asDouble());
        assertDescending(api.get("/api/pairs?sort=NET").json(), p -> Math.abs(p.path("net").asDouble()));
        assertThat(api.get("/api/pairs?limit=1&sort=escalation").json()).singleElement()
                .satisfies(p -> assertThat(p.path("pair").asText()).isEqualTo("IRN-ISR"));
    }

    @Test
    void a_pair_answers_in_either_order_with_its_score_and_its_window_quarter_hour_by_quarter_hour() {
        ApiClient.Answer a = api.get("/api/pairs/ISR/IRN");
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        assertThat(a.header(QueryService.SERVED_BY)).isEqualTo("127.0.0.1:" + http.port());
        assertThat(api.get("/api/pairs/irn/isr").body()).isEqualTo(a.body());
        JsonNode pair = a.json();
        assertThat(pair.path("pair").asText()).isEqualTo("IRN-ISR");
        JsonNode score = pair.path("score");
        Schemas.assertValid("pair-score", score);
        assertThat(score.path("escalation").asDouble()).isPositive();
        assertThat(score.path("sources").asInt()).isEqualTo(2);

        JsonNode history = pair.path("history");
        assertThat(history.size()).as("24 h of quarter hours").isEqualTo(96);
        assertThat(history.get(0).path("start").asText()).isEqualTo(score.path("window_start").asText());
        Instant lastStart = Instant.parse(history.get(95).path("start").asText());
        Instant end = Instant.parse(score.path("window_end").asText());
        assertThat(end).isBetween(lastStart, lastStart.plus(Duration.ofMinutes(15)));
        double sum = 0;
        int events = 0;
        for (JsonNode q : history) {
            assertThat(Duration.between(Instant.parse(q.path("start").asText()), Instant.parse(q.path("end").asText())))
                    .isEqualTo(Duration.ofMinutes(15));
            sum += q.path("escalation").asDouble();
            events += q.path("escalation_events").asInt();
        }
        assertThat(sum).isCloseTo(score.path("escalation").asDouble(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(events).isEqualTo(score.path("escalation_events").asInt());
    }

    @Test
    void evidence_lists_the_sentences_and_urls_behind_the_score_strongest_first() {
        ApiClient.Answer a = api.get("/api/pairs/ISR/IRN/evidence");
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        JsonNode body = a.json();
        assertThat(body.path("pair").asText()).isEqualTo("IRN-ISR");
        JsonNode evidence = body.path("evidence");
        assertThat(evidence.size()).isGreaterThanOrEqualTo(2);
        evidence.forEach(e -> Schemas.assertValid("evidence", e));
        List<String> urls = new ArrayList<>();
        evidence.forEach(e -> urls.add(e.path("url").asText()));
        assertThat(urls).contains("https://brinkwire.example/seed", "https://dailyglobe.example/second");
        assertThat(evidence.get(0).path("sentence").asText()).isNotBlank();
        assertDescending(evidence, e -> e.path("magnitude").asDouble());
        evidence.forEach(e -> assertThat(e.path("polarity").asText()).isIn("ESCALATION", "DEESCALATION"));
    }

    @Test
    void alerts_are_the_latest_message_of_each_filtered_by_since_kind_and_status() {
        ApiClient.Answer a = api.get("/api/alerts");
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        JsonNode alerts = a.json();
        alerts.forEach(al -> Schemas.assertValid("alert", al));
        JsonNode iran = first(alerts, "IRN-ISR");
        assertThat(iran.path("kind").asText()).isEqualTo("ESCALATION");
        assertThat(iran.path("status").asText()).isEqualTo("OPEN");
        assertThat(iran.path("direction").asText()).isEqualTo("IRN->ISR");
        assertThat(alerts.findValuesAsText("id")).doesNotHaveDuplicates();
        String lastSeen = iran.path("last_seen").asText();

        assertThat(api.get("/api/alerts?since=" + lastSeen).json().findValuesAsText("pair")).contains("IRN-ISR");
        assertThat(api.get("/api/alerts?since=2026-11-03").json().findValuesAsText("pair")).contains("IRN-ISR");
        assertThat(api.get("/api/alerts?since=" + Instant.parse(lastSeen).plusSeconds(1)).json()).isEmpty();
        assertThat(api.get("/api/alerts?kind=escalation&status=OPEN").json().findValuesAsText("pair")).contains("IRN-ISR");
        assertThat(api.get("/api/alerts?kind=DEESCALATION").json().findValuesAsText("kind"))
                .doesNotContain("ESCALATION");
        assertThat(api.get("/api/alerts?status=RESOLVED").json().findValuesAsText("pair")).doesNotContain("IRN-ISR");
        assertThat(api.get("/api/alerts?limit=1").json()).hasSize(1);
    }

    @Test
    void the_alert_stream_opens_with_the_alerts_as_a_snapshot_each_valid_against_the_schema() throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + http.port() + "/api/stream"))
                .header("Authorization", "Bearer " + TOKEN).build();
        java.util.concurrent.CompletableFuture<List<String>> head = java.net.http.HttpClient.newHttpClient()
                .sendAsync(request, java.net.http.HttpResponse.BodyHandlers.ofLines()).thenApply(r -> {
                    assertThat(r.statusCode()).isEqualTo(200);
                    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
                    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
                    try (java.util.stream.Stream<String> lines = r.body()) {
                        List<String> out = new ArrayList<>();
                        for (java.util.Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                            out.add(it.next());
                            if (out.get(out.size() - 1).startsWith("data: ")) {
                                return out;
                            }
                        }
                        return out;
                    }
                });
        List<String> lines = head.get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(lines).startsWith("retry: " + AlertStream.RETRY_MS).contains("event: snapshot");
        JsonNode snapshot = Json.MAPPER.readTree(lines.get(lines.size() - 1).substring("data: ".length()));
        assertThat(snapshot).isEqualTo(api.get("/api/alerts?limit=" + AlertStream.SNAPSHOT_LIMIT).json());
        assertThat(snapshot.toString()).contains("\"IRN-ISR\"");
        snapshot.forEach(alert -> Schemas.assertValid("alert", alert));
        assertThat(api.getWithout("/api/stream").status()).isEqualTo(401);
        assertThat(api.get("/api/stream?since=2026-11-03").status()).isEqualTo(400);
    }

    @Test
    void schemas_are_served_by_name_and_the_openapi_document_is_open() throws Exception {
        ApiClient.Answer a = api.getWithout("/schemas/pair-score");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.header("Content-Type")).isEqualTo("application/schema+json");
        String file = Files.readString(Path.of("src/main/resources/schemas/pair-score.json"), StandardCharsets.UTF_8);
        assertThat(a.body()).isEqualTo(file);
        assertThat(api.getWithout("/schemas/evidence.json").json().path("$id").asText()).endsWith("evidence.json");
        assertThat(api.getWithout("/openapi.json").json().path("openapi").asText()).isEqualTo("3.1.0");
    }

    /** A second instance on this broker with its own application and topics ({@code name.}), HTTP on any port. */
    BrinkConfig ownTopics(String name, Path stateDir, int partitions) {
        return BrinkConfig.builder()
                .put("bootstrap.servers", kafka.bootstrapServers())
                .put("state.dir", stateDir.toString())
                // A stream that begins with its crisis, as a deployment that has watched its pairs sees it.
                .put("alert.cold.windows", "0")
                .put("application.id", "brink-api-it-" + name)
                .put("topic.prefix", name + ".")
                .put("topic.partitions", String.valueOf(partitions))
                .put("http.port", "0")
                .build();
    }

    @Test
    void without_application_server_an_instance_answers_from_its_own_partitions() throws Exception {
        // http.port 0 and no kafka.application.server: nothing to derive, so no application.server.
        // Its own topics (prefix local.), the same articles.
        Path otherState = Files.createTempDirectory("brink-api-it-local-");
        BrinkConfig config = ownTopics("local", otherState, 2);
        assertThat(config.applicationServer()).isEmpty();
        try (BrinkService local = new BrinkService(config).start();
             HttpApi localHttp = HttpApi.start(local, "127.0.0.1", 0)) {
            local.awaitRunning(Duration.ofSeconds(60));
            produceArticles(config);
            ApiClient localApi = new ApiClient(localHttp.port(), null);
            JsonNode expected = api.get("/api/pairs?limit=1000").json();
            // Every pair can be listed before the last articles of some are scored: wait for the
            // same figures, not only for as many pairs.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                JsonNode actual = localApi.get("/api/pairs?limit=1000").json();
                assertThat(actual.size()).isEqualTo(expected.size());
                for (int i = 0; i < expected.size(); i++) {
                    for (String field : List.of("pair", "window_start", "window_end", "escalation", "deescalation",
                            "sources")) {
                        assertThat(actual.get(i).path(field)).as(i + " " + field).isEqualTo(expected.get(i).path(field));
                    }
                }
            });
            ApiClient.Answer pair = localApi.get("/api/pairs/ISR/IRN");
            assertThat(pair.status()).isEqualTo(200);
            assertThat(pair.header(QueryService.SERVED_BY)).isEqualTo("local");
            assertThat(pair.json().path("history")).isEqualTo(api.get("/api/pairs/ISR/IRN").json().path("history"));
            await().atMost(Duration.ofSeconds(10)).until(() -> localApi.get("/api/alerts").json().findValuesAsText("id")
                    .equals(api.get("/api/alerts").json().findValuesAsText("id")));
        } finally {
            deleteRecursively(otherState);
        }
    }

    @Test
    void a_dead_letter_counted_before_the_http_api_started_is_on_metrics() throws Exception {
        Path otherState = Files.createTempDirectory("brink-api-it-early-");
        BrinkConfig config = ownTopics("early", otherState, 1);
        try (BrinkService early = new BrinkService(config).start()) {
            early.awaitRunning(Duration.ofSeconds(60));
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(),
                    new StringSerializer())) {
                producer.send(new ProducerRecord<>(config.topics().news().name(), "broken", "{\"id\":\"broken\","))
                        .get();
            }
            try (KafkaConsumer<String, String> dlq = new KafkaConsumer<>(Map.<String, Object>of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "early-dlq-reader",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                    new StringDeserializer(), new StringDeserializer())) {
                dlq.subscribe(List.of(config.topics().dlq()));
                List<String> keys = new ArrayList<>();
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    dlq.poll(Duration.ofMillis(200)).forEach(r -> keys.add(r.key()));
                    return keys.contains("broken");
                });
            }
            // Only now does the HTTP API start: the dead letter was counted before it existed.
            try (HttpApi earlyHttp = HttpApi.start(early, "127.0.0.1", 0)) {
                String scrape = new ApiClient(earlyHttp.port(), null).get("/metrics").body();
                assertThat(scrape).contains("brink_articles_dlq_total{reason=\"MALFORMED_JSON\"} 1.0");
            }
        } finally {
            deleteRecursively(otherState);
        }
    }

    // ---- 400 ----

    @Test
    void malformed_parameters_are_400_naming_the_parameter_and_what_it_accepts() {
        assertError(api.get("/api/pairs?sort=loud"), 400, "'sort'", "escalation, deescalation, cooperation, net, z", "'loud'");
        assertError(api.get("/api/pairs?limit=0"), 400, "'limit'", "from 1 to 1000");
        assertError(api.get("/api/pairs?limit=many"), 400, "'limit'", "from 1 to 1000", "'many'");
        assertError(api.get("/api/pairs?limit=1001"), 400, "'limit'");
        assertError(api.get("/api/pairs?limit=1&limit=2"), 400, "'limit'", "2 times");
        assertError(api.get("/api/pairs?colour=red"), 400, "unknown parameter 'colour'", "sort, limit");
        assertError(api.get("/api/pairs/IRN/ISR?sort=z"), 400, "unknown parameter 'sort'");
        assertError(api.get("/api/pairs/ISR/ISR"), 400, "two different countries");
        assertError(api.get("/api/alerts?since=yesterday"), 400, "'since'", "ISO-8601", "'yesterday'");
        assertError(api.get("/api/alerts?kind=WAR"), 400, "'kind'", "ESCALATION, DEESCALATION");
        assertError(api.get("/api/alerts?status=CLOSED"), 400, "'status'", "OPEN, UPDATED, RESOLVED");
        assertError(api.get("/api/alerts?limit=-5"), 400, "'limit'");
    }

    // ---- 401 ----

    @Test
    void api_routes_need_the_bearer_token_while_health_metrics_and_docs_stay_open() {
        for (String path : List.of("/api/pairs", "/api/pairs/IRN/ISR", "/api/pairs/IRN/ISR/evidence", "/api/alerts",
                "/api/no-such-thing")) {
            ApiClient.Answer none = api.getWithout(path);
            assertError(none, 401, "Authorization: Bearer");
            assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
            assertError(api.send(path, "GET", "wrong-token"), 401, "token");
        }
        for (String path : List.of("/health/live", "/health/ready", "/metrics", "/openapi.json", "/schemas/alert")) {
            assertThat(api.getWithout(path).status()).as(path).isEqualTo(200);
        }
        assertThat(api.getWithout("/metrics").body()).contains("brink_articles_in_total");
    }

    // ---- 404, 405 ----

    @Test
    void unknown_codes_pairs_schemas_and_routes_are_404_naming_what_is_unknown() {
        assertError(api.get("/api/pairs/XYZ/ISR"), 404, "unknown country code 'XYZ'");
        assertError(api.get("/api/pairs/ISR/QQQ/evidence"), 404, "unknown country code 'QQQ'");
        assertError(api.get("/api/pairs/ISRAEL/IRN"), 404, "'ISRAEL'");
        assertError(api.get("/api/pairs/FJI/ISL"), 404, "no score for FJI-ISL");
        assertError(api.get("/api/pairs/ISL/FJI/evidence"), 404, "no score for FJI-ISL");
        assertError(api.getWithout("/schemas/nope"), 404, "unknown schema 'nope'", "pair-score");
        assertError(api.getWithout("/nope"), 404, "no such route: /nope");
        assertError(api.get("/api/pairs/IRN"), 404, "no such route");
        assertError(api.get("/api/pairs/IRN/ISR/evidence/more"), 404, "no such route");
        assertError(api.send("/api/pairs", "POST", TOKEN), 405, "POST");
        assertThat(api.send("/api/pairs", "HEAD", TOKEN).status()).isEqualTo(200);
    }

    private static void assertError(ApiClient.Answer a, int status, String... fragments) {
        assertThat(a.status()).as(a.toString()).isEqualTo(status);
        JsonNode body = a.json();
        assertThat(body.path("status").asInt()).as(a.toString()).isEqualTo(status);
        assertThat(body.path("error").asText()).as(a.toString()).contains(fragments);
        assertThat(body.size()).as("only error and status").isEqualTo(2);
    }

    private static void assertDescending(JsonNode list, java.util.function.ToDoubleFunction<JsonNode> value) {
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode n : list) {
            double v = value.applyAsDouble(n);
            assertThat(v).as(n.path("pair").asText()).isLessThanOrEqualTo(previous);
            previous = v;
        }
    }

    private static JsonNode first(JsonNode list, String pair) {
        for (JsonNode n : list) {
            if (n.path("pair").asText().equals(pair)) {
                return n;
            }
        }
        throw new AssertionError("no " + pair + " in " + list);
    }
}
