package io.brink.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.brink.stream.BrinkConfig;
import io.brink.stream.Topics;

/**
 * docker/compose.yaml read as YAML, without a Docker engine: every mounted host path exists, the
 * images and build match the Dockerfile, the services reach each other on the names and ports
 * Brink's defaults and docker/prometheus.yml use, and Brink's own config reader accepts the
 * environment the stack gives it.
 */
class ComposeFileTest {

    static final Path DOCKER = DeployFiles.path("docker");
    static final Path COMPOSE_FILE = DOCKER.resolve("compose.yaml");
    static final JsonNode COMPOSE = DeployFiles.yaml(COMPOSE_FILE);
    static final JsonNode SERVICES = COMPOSE.path("services");
    static final String HTTP_PORT = BrinkConfig.HTTP_PORT.defaultValue();

    @Test
    void the_stack_has_kafka_topics_brink_feeder_ingest_prometheus_and_grafana() {
        assertThat(names(SERVICES)).containsExactlyInAnyOrder("kafka", "topics", "brink", "feeder", "ingest", "prometheus",
                "grafana");
        assertThat(SERVICES.path("kafka").path("image").asText()).isEqualTo("apache/kafka:4.1.0");
        assertThat(SERVICES.path("topics").path("image").asText()).isEqualTo("apache/kafka:4.1.0");
        assertThat(SERVICES.path("prometheus").path("image").asText()).startsWith("prom/prometheus");
        assertThat(SERVICES.path("grafana").path("image").asText()).startsWith("grafana/grafana");
        // Every dependency names a service of the file.
        SERVICES.fields().forEachRemaining(s -> assertThat(dependencies(s.getValue()))
                .as("depends_on of %s", s.getKey()).allSatisfy(d -> assertThat(SERVICES.has(d)).isTrue()));
    }

    @Test
    void every_mounted_host_path_exists_in_the_repository() {
        List<String> checked = new ArrayList<>();
        SERVICES.fields().forEachRemaining(service -> {
            for (Mount mount : mounts(service.getValue())) {
                if (!mount.isBind()) {
                    assertThat(COMPOSE.path("volumes").has(mount.source()))
                            .as("named volume %s of %s is declared", mount.source(), service.getKey()).isTrue();
                    continue;
                }
                Path host = DOCKER.resolve(mount.source()).normalize();
                // The grafana/ files (provisioning, dashboards) land from the observability branch:
                // checked once that folder exists, skipped before.
                if (host.startsWith(DeployFiles.path("grafana")) && !Files.isDirectory(DeployFiles.path("grafana"))) {
                    continue;
                }
                assertThat(host).as("%s mounts %s", service.getKey(), mount.source()).exists();
                checked.add(mount.source());
            }
        });
        assertThat(checked).contains("./prometheus.yml", "../src/main/resources/io/brink/demo/sample-feed.jsonl",
                "./feeds.txt");
    }

    @Test
    void grafana_mounts_the_provisioning_and_dashboards_of_the_repository() {
        Map<String, String> binds = new LinkedHashMap<>();
        mounts(SERVICES.path("grafana")).stream().filter(Mount::isBind).forEach(m -> binds.put(m.source(), m.target()));
        assertThat(binds).containsEntry("../grafana/provisioning", "/etc/grafana/provisioning")
                .containsEntry("../grafana/dashboards", "/var/lib/grafana/dashboards");
        assertThat(published(SERVICES.path("grafana"))).containsEntry("3000", "3000");
        assertThat(published(SERVICES.path("prometheus"))).containsEntry("9090", "9090");
    }

    @Test
    void brink_and_the_feeder_are_built_from_the_dockerfile() {
        for (String name : List.of("brink", "feeder", "ingest")) {
            JsonNode build = SERVICES.path(name).path("build");
            assertThat(build.path("context").asText()).as(name).isEqualTo("..");
            Path context = DOCKER.resolve(build.path("context").asText()).normalize();
            assertThat(context).isEqualTo(DeployFiles.root());
            assertThat(context.resolve(build.path("dockerfile").asText())).isRegularFile()
                    .isEqualTo(DOCKER.resolve("Dockerfile"));
            assertThat(SERVICES.path(name).path("image").asText()).isEqualTo("brink:local");
        }
    }

    @Test
    void brink_listens_on_its_default_port_and_reaches_kafka_inside_the_network() {
        JsonNode brink = SERVICES.path("brink");
        Map<String, String> env = environment(brink);
        assertThat(env).containsEntry("BRINK_BOOTSTRAP_SERVERS", "kafka:9092")
                .containsEntry("BRINK_HTTP_HOST", "0.0.0.0");
        assertThat(published(brink)).containsEntry(HTTP_PORT, HTTP_PORT);
        assertThat(mounts(brink)).anySatisfy(m -> assertThat(m.target()).isEqualTo("/var/lib/brink"));

        // Kafka advertises kafka:9092 to the compose network.
        Map<String, String> kafka = environment(SERVICES.path("kafka"));
        assertThat(kafka.get("KAFKA_ADVERTISED_LISTENERS").split(",")).contains("PLAINTEXT://kafka:9092");
        assertThat(kafka.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        // Exactly-once on one broker needs a transaction log with one replica.
        assertThat(kafka).containsEntry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1");
    }

    @Test
    void brinks_config_reader_accepts_the_environment_of_brink_and_the_feeder() {
        for (String name : List.of("brink", "feeder", "ingest")) {
            BrinkConfig config = BrinkConfig.builder().environment(environment(SERVICES.path(name))).build();
            assertThat(config.get(BrinkConfig.BOOTSTRAP_SERVERS)).as(name).isEqualTo("kafka:9092");
        }
    }

    @Test
    void prometheus_scrapes_brink_by_its_service_name_and_port() {
        assertThat(mounts(SERVICES.path("prometheus"))).anySatisfy(m -> {
            assertThat(m.source()).isEqualTo("./prometheus.yml");
            assertThat(m.target()).isEqualTo("/etc/prometheus/prometheus.yml");
        });
        JsonNode prometheus = DeployFiles.yaml(DOCKER.resolve("prometheus.yml"));
        JsonNode job = null;
        for (JsonNode j : prometheus.path("scrape_configs")) {
            if (j.path("job_name").asText().equals("brink")) {
                job = j;
            }
        }
        assertThat(job).as("scrape job brink").isNotNull();
        assertThat(job.path("metrics_path").asText()).isEqualTo("/metrics");
        assertThat(job.path("scrape_interval").asText()).isEqualTo("15s");
        List<String> targets = new ArrayList<>();
        job.path("static_configs").forEach(c -> c.path("targets").forEach(t -> targets.add(t.asText())));
        assertThat(targets).containsExactly("brink:" + HTTP_PORT);
        String host = targets.get(0).split(":")[0];
        assertThat(SERVICES.has(host)).as("the scrape target is a compose service").isTrue();
    }

    @Test
    void the_topic_creator_makes_brinks_five_topics_with_scores_compacted() {
        JsonNode topics = SERVICES.path("topics");
        String script = String.join("\n", texts(topics.path("entrypoint"))) + "\n" + String.join("\n", texts(topics.path("command")));
        assertThat(script).contains("/opt/kafka/bin/kafka-topics.sh").contains("--bootstrap-server kafka:9092");
        List<String> names = Topics.withPrefix(BrinkConfig.TOPIC_PREFIX.defaultValue(), 1).names();
        assertThat(names).allSatisfy(topic -> assertThat(script).contains(topic));
        assertThat(script).containsPattern("--topic brink\\.scores[^\\n]*--config cleanup\\.policy=compact");
        assertThat(script).contains("--partitions " + BrinkConfig.TOPIC_PARTITIONS.defaultValue());
        assertThat(dependencyCondition(topics, "kafka")).isEqualTo("service_healthy");
        assertThat(dependencyCondition(SERVICES.path("brink"), "topics")).isEqualTo("service_completed_successfully");
    }

    @Test
    void the_feeder_replays_the_sample_feed_with_the_ingest_command() {
        JsonNode feeder = SERVICES.path("feeder");
        List<String> command = texts(feeder.path("command"));
        assertThat(command.get(0)).isEqualTo("ingest");
        String input = command.get(command.indexOf("--input") + 1);
        assertThat(mounts(feeder)).anySatisfy(m -> {
            assertThat(m.target()).isEqualTo(input);
            assertThat(DOCKER.resolve(m.source()).normalize())
                    .isEqualTo(DeployFiles.path("src/main/resources/io/brink/demo/sample-feed.jsonl"));
        });
        assertThat(command.get(command.indexOf("--bootstrap-servers") + 1)).isEqualTo("kafka:9092");
        assertThat(dependencyCondition(feeder, "brink")).isEqualTo("service_healthy");
    }

    @Test
    void the_ingester_polls_the_mounted_feed_list_with_its_state_on_a_volume_and_is_scraped() throws Exception {
        JsonNode ingest = SERVICES.path("ingest");
        List<String> command = texts(ingest.path("command"));
        assertThat(command.get(0)).isEqualTo("ingest");
        assertThat(command).doesNotContain("--once", "--output");
        String feeds = command.get(command.indexOf("--feeds") + 1);
        Mount list = mounts(ingest).stream().filter(m -> m.target().equals(feeds)).findFirst().orElseThrow();
        Path host = DOCKER.resolve(list.source()).normalize();
        assertThat(io.brink.ingest.FeedList.read(host)).as("the mounted list parses").isNotEmpty();
        Map<String, String> env = environment(ingest);
        BrinkConfig config = BrinkConfig.builder().environment(env).build();
        assertThat(mounts(ingest)).anySatisfy(m -> {
            assertThat(m.isBind()).isFalse();
            assertThat(m.target()).isEqualTo(config.get(BrinkConfig.STATE_DIR));
        });
        assertThat(config.get(BrinkConfig.HTTP_HOST)).isEqualTo("0.0.0.0");
        assertThat(dependencyCondition(ingest, "topics")).isEqualTo("service_completed_successfully");

        JsonNode prometheus = DeployFiles.yaml(DOCKER.resolve("prometheus.yml"));
        List<String> targets = new ArrayList<>();
        for (JsonNode j : prometheus.path("scrape_configs")) {
            if (j.path("job_name").asText().equals("brink-ingest")) {
                j.path("static_configs").forEach(c -> c.path("targets").forEach(t -> targets.add(t.asText())));
            }
        }
        assertThat(targets).containsExactly("ingest:" + config.getInt(BrinkConfig.HTTP_PORT));
    }

    // ---- compose helpers ----

    record Mount(String source, String target, boolean isBind) {
    }

    /** Volumes in short ("src:dst[:mode]") or long syntax; a source starting with . or / is a bind mount. */
    static List<Mount> mounts(JsonNode service) {
        List<Mount> out = new ArrayList<>();
        for (JsonNode v : service.path("volumes")) {
            if (v.isTextual()) {
                String[] parts = v.asText().split(":");
                boolean bind = parts[0].startsWith(".") || parts[0].startsWith("/");
                out.add(new Mount(parts[0], parts[1], bind));
            } else {
                out.add(new Mount(v.path("source").asText(), v.path("target").asText(),
                        v.path("type").asText().equals("bind")));
            }
        }
        return out;
    }

    /** Environment as a map, from either the map or the list ("K=V") syntax. */
    static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode e = service.path("environment");
        if (e.isArray()) {
            e.forEach(kv -> {
                String[] parts = kv.asText().split("=", 2);
                env.put(parts[0], parts.length > 1 ? parts[1] : "");
            });
        } else {
            e.fields().forEachRemaining(kv -> env.put(kv.getKey(), kv.getValue().asText()));
        }
        return env;
    }

    /** Published ports, host to container. */
    static Map<String, String> published(JsonNode service) {
        Map<String, String> ports = new LinkedHashMap<>();
        for (JsonNode p : service.path("ports")) {
            String[] parts = p.asText().split(":");
            ports.put(parts[parts.length - 2], parts[parts.length - 1].replace("/tcp", ""));
        }
        return ports;
    }

    static List<String> dependencies(JsonNode service) {
        JsonNode d = service.path("depends_on");
        return d.isArray() ? texts(d) : names(d);
    }

    static String dependencyCondition(JsonNode service, String dependency) {
        return service.path("depends_on").path(dependency).path("condition").asText();
    }

    static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (!node.isMissingNode()) {
            out.add(node.asText());
        }
        return out;
    }
}
