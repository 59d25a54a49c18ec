package io.brink.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.embedded.EmbeddedKafka;
import io.brink.model.Json;
import io.brink.stream.BrinkConfig;
import io.brink.stream.BrinkService;
import io.brink.stream.Schemas;

/**
 * Two Brink instances in one JVM (same application id, own state folders and HTTP ports) share
 * four partitions on the embedded broker. After the sample feed, every pair's score is the same
 * answer from either instance (one of them forwards to the other), as are top pairs and alerts
 * (gathered from both). Then one instance closes, and the survivor, once it holds every
 * partition, answers every pair exactly as before; meanwhile it answers 503, never a wrong result.
 * Instance A derives {@code application.server} from {@code http.port}; instance B sets
 * {@code kafka.application.server} as the Helm chart does.
 */
class TwoInstanceApiIT {

    static final String APP = "brink-two-instances-it";
    static final String FEED = "io/brink/demo/sample-feed.jsonl";
    /** Both instances require it; a forwarded request carries the caller's token on. */
    static final String TOKEN = "two-instance-token";

    @TempDir
    Path stateA;
    @TempDir
    Path stateB;

    /** One Brink instance with its API. */
    record Node(BrinkService service, HttpApi http, ApiClient api, String endpoint) implements AutoCloseable {

        static Node start(BrinkConfig config, int port) throws Exception {
            BrinkService service = new BrinkService(config);
            HttpApi http = HttpApi.start(service, "127.0.0.1", port);
            service.start();
            return new Node(service, http, new ApiClient(port, TOKEN), "127.0.0.1:" + port);
        }

        @Override
        public void close() {
            http.close();
            service.close();
        }

        /** Closes as a scale-down does: leaving the group, so the others rebalance at once, not after session.timeout.ms. */
        void leave() {
            http.close();
            service.streams().close(org.apache.kafka.streams.CloseOptions.groupMembershipOperation(
                    org.apache.kafka.streams.CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                    .withTimeout(Duration.ofSeconds(30)));
        }
    }

    @Test
    void every_pair_answers_alike_from_both_instances_and_from_the_survivor_after_one_closes() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            int portA = ApiClient.freePort();
            int portB = ApiClient.freePort();
            BrinkConfig configA = base(kafka, stateA).put("http.port", String.valueOf(portA)).build();
            BrinkConfig configB = base(kafka, stateB).put("http.port", "0")
                    .put("kafka.application.server", "127.0.0.1:" + portB).build();
            assertThat(configA.applicationServer()).contains("127.0.0.1:" + portA);
            assertThat(configB.applicationServer()).contains("127.0.0.1:" + portB);

            Node a = Node.start(configA, portA);
            Node b = Node.start(configB, portB);
            boolean bClosed = false;
            try {
                // Both RUNNING, each the active owner of some partitions of the stores.
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                        .until(() -> running(a) && running(b) && owners(a).size() == 2 && owners(b).size() == 2);
                Map<String, Set<Integer>> owners = owners(a);
                assertThat(owners).containsOnlyKeys(a.endpoint(), b.endpoint());
                assertThat(owners.values()).allSatisfy(p -> assertThat(p).isNotEmpty());

                long t0 = System.nanoTime();
                long sent = replay(configA);
                assertThat(sent).isGreaterThan(300);
                awaitProcessed(kafka, configA);
                // Across two instances the feed's events reach a partition out of publication order, so a
                // task's last record may be an old one and its sweep of open alerts still due; a restored
                // task sweeps at once. A later article on every partition settles all sweeps first, so a
                // handover must leave every answer as it was.
                settle(a, configA);
                awaitProcessed(kafka, configA);
                long processedMs = (System.nanoTime() - t0) / 1_000_000;
                String top = awaitSteady(a.api(), "/api/pairs?limit=1000");
                JsonNode pairs = Json.MAPPER.readTree(top);
                assertThat(pairs.size()).as("pairs of the sample feed").isGreaterThan(30);

                // The same answer from either instance, for every pair; each instance served some of them.
                Map<String, String> before = new LinkedHashMap<>();
                Set<String> servedBy = new LinkedHashSet<>();
                for (JsonNode p : pairs) {
                    Schemas.assertValid("pair-score", p);
                    String pair = p.path("pair").asText();
                    String[] codes = pair.split("-");
                    ApiClient.Answer fromA = a.api().get("/api/pairs/" + codes[0] + "/" + codes[1]);
                    ApiClient.Answer fromB = b.api().get("/api/pairs/" + codes[1] + "/" + codes[0]);
                    assertThat(fromA.status()).as(pair + " from A: " + fromA).isEqualTo(200);
                    assertThat(fromB.status()).as(pair + " from B: " + fromB).isEqualTo(200);
                    assertThat(fromB.body()).as(pair).isEqualTo(fromA.body());
                    assertThat(fromB.header(QueryService.SERVED_BY)).isEqualTo(fromA.header(QueryService.SERVED_BY));
                    Schemas.assertValid("pair-score", fromA.json().path("score"));
                    assertThat(fromA.json().path("score")).as("the detail's score is the listed score").isEqualTo(p);
                    servedBy.add(fromA.header(QueryService.SERVED_BY));
                    before.put(pair, fromA.body());
                }
                assertThat(servedBy).as("pairs read on each instance, so the other forwarded")
                        .containsExactlyInAnyOrder(a.endpoint(), b.endpoint());
                assertThat(b.api().get("/api/pairs?limit=1000").body()).isEqualTo(top);
                assertThat(b.api().get("/api/pairs?sort=z&limit=7").body()).isEqualTo(a.api().get("/api/pairs?sort=z&limit=7").body());
                assertThat(b.api().get("/api/pairs/UKR/RUS/evidence").body())
                        .isEqualTo(a.api().get("/api/pairs/RUS/UKR/evidence").body());
                String alerts = a.api().get("/api/alerts?limit=1000").body();
                JsonNode alertList = Json.MAPPER.readTree(alerts);
                assertThat(alertList.size()).as("the feed's alerts").isGreaterThanOrEqualTo(10);
                alertList.forEach(al -> Schemas.assertValid("alert", al));
                assertThat(b.api().get("/api/alerts?limit=1000").body()).isEqualTo(alerts);
                // The alert stream gathers through the same routing: its snapshot on either instance is /api/alerts.
                JsonNode gathered = Json.MAPPER.readTree(a.api().get("/api/alerts?limit=" + AlertStream.SNAPSHOT_LIMIT).body());
                assertThat(streamSnapshot(b)).as("the stream's snapshot from B").isEqualTo(gathered);
                assertThat(streamSnapshot(a)).as("the stream's snapshot from A").isEqualTo(gathered);

                // B leaves; A takes over its partitions and answers every pair as before, or 503 meanwhile.
                long t1 = System.nanoTime();
                b.leave();
                bClosed = true;
                List<ApiClient.Answer> meanwhile = new ArrayList<>();
                try {
                    await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500)).until(() -> {
                        for (Map.Entry<String, String> e : before.entrySet()) {
                            String[] codes = e.getKey().split("-");
                            ApiClient.Answer r = a.api().get("/api/pairs/" + codes[0] + "/" + codes[1]);
                            if (r.status() != 200) {
                                meanwhile.add(r);
                                return false;
                            }
                            assertThat(r.body()).as(e.getKey() + " after the rebalance").isEqualTo(e.getValue());
                            assertThat(r.header(QueryService.SERVED_BY)).isEqualTo(a.endpoint());
                        }
                        return true;
                    });
                } catch (org.awaitility.core.ConditionTimeoutException e) {
                    throw new AssertionError("A did not serve every pair after B closed: state " + a.service().state()
                            + ", owners " + owners(a) + ", last answers "
                            + meanwhile.subList(Math.max(0, meanwhile.size() - 3), meanwhile.size()), e);
                }
                assertThat(meanwhile).as("answers during the rebalance").allSatisfy(r -> {
                    assertThat(r.status()).as(r.toString()).isEqualTo(503);
                    assertThat(r.header("Retry-After")).isNotBlank();
                });
                assertThat(owners(a)).containsOnlyKeys(a.endpoint());
                assertThat(a.api().get("/api/pairs?limit=1000").body()).isEqualTo(top);
                assertThat(a.api().get("/api/alerts?limit=1000").body()).isEqualTo(alerts);
                System.out.printf("two instances: %d articles processed in %d ms, %d pairs answered alike from both,"
                                + " served by %s; B closed, A served all pairs after %d ms and %d answers of 503%n",
                        sent, processedMs, before.size(), servedBy, (System.nanoTime() - t1) / 1_000_000,
                        meanwhile.size());
            } finally {
                a.close();
                if (!bClosed) {
                    b.close();
                }
            }
        }
    }

    private static BrinkConfig.Builder base(EmbeddedKafka kafka, Path state) {
        return BrinkConfig.builder()
                .put("bootstrap.servers", kafka.bootstrapServers())
                .put("state.dir", state.toString())
                // A stream that begins with its crisis, as a deployment that has watched its pairs sees it.
                .put("alert.cold.windows", "0")
                .put("application.id", APP)
                .put("topic.partitions", "4")
                .put("api.token", TOKEN);
    }

    /** The first {@code snapshot} event of {@code /api/stream} on {@code node}. */
    private static JsonNode streamSnapshot(Node node) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://" + node.endpoint() + "/api/stream"))
                .header("Authorization", "Bearer " + TOKEN).build();
        java.util.concurrent.CompletableFuture<JsonNode> snapshot = java.net.http.HttpClient.newHttpClient()
                .sendAsync(request, java.net.http.HttpResponse.BodyHandlers.ofLines()).thenApply(r -> {
                    assertThat(r.statusCode()).as("/api/stream on " + node.endpoint()).isEqualTo(200);
                    try (java.util.stream.Stream<String> lines = r.body()) {
                        java.util.Iterator<String> it = lines.iterator();
                        boolean named = false;
                        while (it.hasNext()) {
                            String line = it.next();
                            if (line.equals("event: snapshot")) {
                                named = true;
                            } else if (named && line.startsWith("data: ")) {
                                return Json.MAPPER.readTree(line.substring("data: ".length()));
                            }
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    throw new AssertionError("the stream on " + node.endpoint() + " ended before its snapshot");
                });
        return snapshot.get(20, TimeUnit.SECONDS);
    }

    private static boolean running(Node n) {
        return n.service().state() == KafkaStreams.State.RUNNING;
    }

    /** Instance → the partitions of the stores (of the events topic) its active tasks hold, as {@code n} sees them. */
    private static Map<String, Set<Integer>> owners(Node n) {
        String topic = n.service().config().topics().events().name();
        Map<String, Set<Integer>> out = new HashMap<>();
        for (StreamsMetadata md : n.service().streams().metadataForAllStreamsClients()) {
            for (TopicPartition tp : md.topicPartitions()) {
                if (tp.topic().equals(topic)) {
                    out.computeIfAbsent(md.host() + ":" + md.port(), k -> new java.util.TreeSet<>()).add(tp.partition());
                }
            }
        }
        return out;
    }

    private static long replay(BrinkConfig config) throws Exception {
        long sent = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(BrinkConfig.BOOTSTRAP_SERVERS)),
                new StringSerializer(), new StringSerializer());
             BufferedReader feed = new BufferedReader(new InputStreamReader(
                     TwoInstanceApiIT.class.getClassLoader().getResourceAsStream(FEED), StandardCharsets.UTF_8))) {
            String line;
            while ((line = feed.readLine()) != null) {
                if (!line.isBlank()) {
                    producer.send(new ProducerRecord<>(config.topics().news().name(),
                            Json.MAPPER.readTree(line).path("id").asText(), line));
                    sent++;
                }
            }
            producer.flush();
        }
        return sent;
    }

    /** Countries to make one late article per partition from. */
    static final String[][] TICK_PAIRS = {{"NOR", "Norway", "SWE", "Sweden"}, {"CHL", "Chile", "PER", "Peru"},
        {"KEN", "Kenya", "UGA", "Uganda"}, {"GHA", "Ghana", "TGO", "Togo"}, {"ESP", "Spain", "PRT", "Portugal"},
        {"EGY", "Egypt", "SDN", "Sudan"}, {"MLI", "Mali", "NER", "Niger"}, {"LAO", "Laos", "VNM", "Vietnam"},
        {"BOL", "Bolivia", "PRY", "Paraguay"}, {"FIN", "Finland", "EST", "Estonia"}};

    /** An article a day after the feed for a pair on each partition of the stores, moving every task's stream time on. */
    private static void settle(Node node, BrinkConfig config) throws Exception {
        Map<Integer, String[]> byPartition = new java.util.TreeMap<>();
        for (String[] t : TICK_PAIRS) {
            String key = io.brink.model.Pair.of(t[0], t[2]).key();
            int p = node.service().streams().queryMetadataForKey(io.brink.stream.BrinkTopology.PAIR_STATE_STORE, key,
                    new StringSerializer()).partition();
            byPartition.putIfAbsent(p, t);
        }
        assertThat(byPartition).as("a tick pair on every partition").hasSize(4);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(BrinkConfig.BOOTSTRAP_SERVERS)),
                new StringSerializer(), new StringSerializer())) {
            for (String[] t : byPartition.values()) {
                String id = "tick-" + t[0] + "-" + t[2];
                producer.send(new ProducerRecord<>(config.topics().news().name(), id, HttpApiIT.article(id,
                        "tickwire.example", "2026-11-10T00:00:00Z", t[1] + " threatened " + t[3] + ".")));
            }
            producer.flush();
        }
    }

    /** Until the application has committed every record of news and events (no lag, read_committed ends). */
    private static void awaitProcessed(EmbeddedKafka kafka, BrinkConfig config) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            List<String> topics = List.of(config.topics().news().name(), config.topics().events().name());
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (String t : topics) {
                for (int p = 0; p < 4; p++) {
                    latest.put(new TopicPartition(t, p), OffsetSpec.latest());
                }
            }
            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(APP)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                        .get(10, TimeUnit.SECONDS);
                return latest.keySet().stream().allMatch(tp -> committed.get(tp) != null
                        && committed.get(tp).offset() >= ends.get(tp).offset());
            });
        }
    }

    /** The body of {@code path} once two answers a second apart agree. */
    private static String awaitSteady(ApiClient api, String path) {
        List<String> last = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            ApiClient.Answer r = api.get(path);
            boolean steady = r.status() == 200 && last.contains(r.body());
            last.clear();
            last.add(r.body());
            return steady;
        });
        return last.get(0);
    }
}
