package io.brink.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.DryRun;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.Release;

import io.brink.stream.BrinkConfig;

/**
 * The Helm chart (helm/brink) through the real helm, embedded by helm-java: lint, template with
 * the default values and with every optional feature on (helm/brink/ci/all-features-values.yaml),
 * the rendered manifests read back as YAML, the pod's environment and brink.properties fed to
 * Brink's own configuration reader, and the values schema refusing bad values.
 */
class HelmChartTest {

    static final Path CHART = DeployFiles.path("helm/brink");
    static final Path ALL_FEATURES = CHART.resolve("ci/all-features-values.yaml");
    static final String RELEASE = "brink";
    static final String POD_IP = "10.1.2.3";
    static final String POD_NAME = "brink-0";

    @TempDir
    Path tmp;

    /** A copy of the chart without dashboards/*.json, so no test depends on helm-package.sh having run. */
    Path chart;

    @BeforeEach
    void copyChart() throws IOException {
        chart = tmp.resolve("brink");
        try (Stream<Path> files = Files.walk(CHART)) {
            for (Path source : files.toList()) {
                Path rel = CHART.relativize(source);
                if (rel.startsWith("dashboards") && rel.toString().endsWith(".json")) {
                    continue;
                }
                Path target = chart.resolve(rel.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    // ---- lint ----

    @Test
    void lint_passes_with_the_default_values() {
        LintResult result = new Helm(chart).lint().strict().call();
        assertThat(result.isFailed()).as("helm lint --strict: %s", result.getMessages()).isFalse();
        assertThat(result.getMessages()).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
    }

    @Test
    void lint_passes_with_every_optional_feature_on() throws IOException {
        // helm lint takes no values file here: lint a copy whose values.yaml has them merged in.
        writeValues(DeployFiles.deepMerge(DeployFiles.yaml(chart.resolve("values.yaml")), DeployFiles.yaml(ALL_FEATURES)));
        addDashboard("brink-test.json");
        LintResult result = new Helm(chart).lint().strict().call();
        assertThat(result.isFailed()).as("helm lint --strict: %s", result.getMessages()).isFalse();
        assertThat(result.getMessages()).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
    }

    // ---- default values ----

    @Test
    void default_values_render_the_core_objects_and_no_optional_one() {
        Manifests m = template(null);
        assertThat(m.kinds()).containsExactlyInAnyOrder(
                "ServiceAccount", "ConfigMap", "Service", "Service", "StatefulSet", "PodDisruptionBudget");
        assertThat(m.all()).allSatisfy(d -> assertThat(d.path("metadata").path("labels")
                .path("app.kubernetes.io/name").asText()).isEqualTo("brink"));
    }

    @Test
    void the_statefulset_keeps_state_on_a_volume_claim_per_pod() {
        Manifests m = template(null);
        JsonNode sts = m.one("StatefulSet");
        JsonNode spec = sts.path("spec");
        JsonNode container = container(sts);

        assertThat(spec.path("replicas").asInt()).isEqualTo(2);
        assertThat(spec.path("podManagementPolicy").asText()).isEqualTo("Parallel");
        JsonNode claim = spec.path("volumeClaimTemplates").path(0);
        assertThat(claim.path("metadata").path("name").asText()).isEqualTo("state");
        assertThat(claim.path("spec").path("accessModes").path(0).asText()).isEqualTo("ReadWriteOnce");
        assertThat(claim.path("spec").path("resources").path("requests").path("storage").asText()).isEqualTo("5Gi");
        assertThat(mountPath(container, "state")).isEqualTo("/var/lib/brink");
        assertThat(env(container)).containsEntry("BRINK_STATE_DIR", "/var/lib/brink");
        assertThat(volume(sts, "state")).as("no pod volume shadows the claim").isNull();

        // The governing Service is headless and lists pods before they are ready.
        JsonNode headless = m.named("Service", spec.path("serviceName").asText());
        assertThat(headless.path("spec").path("clusterIP").asText()).isEqualTo("None");
        assertThat(headless.path("spec").path("publishNotReadyAddresses").asBoolean()).isTrue();
        JsonNode api = m.named("Service", RELEASE);
        assertThat(api.path("spec").path("clusterIP").isMissingNode()).isTrue();
        assertThat(api.path("spec").path("ports").path(0).path("port").asInt()).isEqualTo(8080);
        assertThat(api.path("spec").path("selector")).isEqualTo(spec.path("selector").path("matchLabels"));

        JsonNode pdb = m.one("PodDisruptionBudget");
        assertThat(pdb.path("spec").path("maxUnavailable").asInt()).isEqualTo(1);
        assertThat(pdb.path("spec").path("selector")).isEqualTo(spec.path("selector"));
    }

    @Test
    void the_pod_probes_health_and_runs_with_its_config_file() {
        JsonNode sts = template(null).one("StatefulSet");
        JsonNode pod = sts.path("spec").path("template").path("spec");
        JsonNode container = container(sts);

        assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/health/live");
        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/health/ready");
        assertThat(container.path("startupProbe").path("httpGet").path("path").asText()).isEqualTo("/health/live");
        assertThat(container.path("livenessProbe").path("httpGet").path("port").asText()).isEqualTo("http");
        assertThat(container.path("ports").path(0).path("name").asText()).isEqualTo("http");
        assertThat(container.path("ports").path(0).path("containerPort").asText())
                .isEqualTo(BrinkConfig.HTTP_PORT.defaultValue());

        assertThat(texts(container.path("args"))).containsExactly("run", "--config", "/etc/brink/config/brink.properties");
        assertThat(mountPath(container, "config")).isEqualTo("/etc/brink/config");
        assertThat(volume(sts, "config").path("configMap").path("name").asText()).isEqualTo(RELEASE);

        assertThat(pod.path("enableServiceLinks").asBoolean(true)).isFalse();
        assertThat(pod.path("terminationGracePeriodSeconds").asInt()).isGreaterThan(30);
        assertThat(container.path("resources").path("requests").has("memory")).isTrue();
        assertThat(container.path("resources").path("limits").has("memory")).isTrue();
        assertThat(container.path("resources").path("limits").has("cpu")).isTrue();
        assertThat(sts.path("spec").path("template").path("metadata").path("annotations").has("checksum/config"))
                .isTrue();
    }

    @Test
    void the_pod_runs_as_non_root_on_a_read_only_root_filesystem() {
        JsonNode sts = template(null).one("StatefulSet");
        JsonNode pod = sts.path("spec").path("template").path("spec");
        JsonNode container = container(sts);

        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.path("securityContext").path("runAsUser").asInt()).isEqualTo(10001);
        assertThat(pod.path("securityContext").path("fsGroup").asInt()).isEqualTo(10001);
        JsonNode sc = container.path("securityContext");
        assertThat(sc.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(sc.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(sc.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(texts(sc.path("capabilities").path("drop"))).containsExactly("ALL");
        assertThat(mountPath(container, "tmp")).isEqualTo("/tmp");
        assertThat(volume(sts, "tmp").has("emptyDir")).isTrue();
        assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
    }

    @Test
    void the_pod_wires_kafka_streams_settings_from_its_own_identity() {
        JsonNode container = container(template(null).one("StatefulSet"));
        List<JsonNode> env = list(container.path("env"));

        assertThat(env(container)).containsEntry("BRINK_BOOTSTRAP_SERVERS", "kafka:9092")
                .containsEntry("BRINK_HTTP_HOST", "0.0.0.0")
                .containsEntry("KAFKA_APPLICATION_SERVER", "$(POD_IP):8080");
        assertThat(fieldRef(container, "POD_IP")).isEqualTo("status.podIP");
        assertThat(fieldRef(container, "KAFKA_GROUP_INSTANCE_ID")).isEqualTo("metadata.name");
        // $(POD_IP) expands only when POD_IP is defined earlier in the list.
        List<String> names = env.stream().map(e -> e.path("name").asText()).toList();
        assertThat(names.indexOf("POD_IP")).isLessThan(names.indexOf("KAFKA_APPLICATION_SERVER"));
        assertThat(names).doesNotContain("KAFKA_SASL_JAAS_CONFIG", "BRINK_API_TOKEN", "KAFKA_SSL_TRUSTSTORE_LOCATION");
    }

    @Test
    void brinks_own_config_reader_accepts_the_pod_environment_and_properties() throws IOException {
        Manifests m = template(null);
        BrinkConfig config = brinkConfigOf(m);

        assertThat(config.get(BrinkConfig.BOOTSTRAP_SERVERS)).isEqualTo("kafka:9092");
        assertThat(config.get(BrinkConfig.APPLICATION_ID)).isEqualTo("brink");
        assertThat(config.get(BrinkConfig.TOPIC_PREFIX)).isEqualTo("brink.");
        assertThat(config.get(BrinkConfig.STATE_DIR)).isEqualTo("/var/lib/brink");
        assertThat(config.get(BrinkConfig.HTTP_HOST)).isEqualTo("0.0.0.0");
        assertThat(config.getInt(BrinkConfig.HTTP_PORT)).isEqualTo(8080);
        assertThat(config.get(BrinkConfig.PROCESSING_GUARANTEE)).isEqualTo("exactly_once_v2");
        assertThat(config.kafkaSettings())
                .containsEntry("application.server", POD_IP + ":8080")
                .containsEntry("group.instance.id", POD_NAME)
                .containsEntry("num.standby.replicas", "1");
        assertThat(config.streamsProperties())
                .containsEntry("application.server", POD_IP + ":8080")
                .containsEntry("group.instance.id", POD_NAME);
    }

    @Test
    void persistence_off_puts_the_state_on_an_empty_dir() throws IOException {
        Path values = tmp.resolve("no-persistence.yaml");
        Files.writeString(values, "persistence:\n  enabled: false\n");
        JsonNode sts = template(values).one("StatefulSet");
        assertThat(sts.path("spec").has("volumeClaimTemplates")).isFalse();
        assertThat(volume(sts, "state").has("emptyDir")).isTrue();
        assertThat(mountPath(container(sts), "state")).isEqualTo("/var/lib/brink");
    }

    // ---- every optional feature ----

    @Test
    void every_optional_feature_renders() throws IOException {
        String dashboard = addDashboard("brink-test.json");
        Manifests m = template(ALL_FEATURES);

        assertThat(m.kinds()).contains("StatefulSet", "ServiceMonitor", "ScaledObject", "PodDisruptionBudget");
        JsonNode sts = m.one("StatefulSet");
        assertThat(sts.path("spec").has("replicas")).as("KEDA owns the replica count").isFalse();

        JsonNode monitor = m.one("ServiceMonitor");
        assertThat(monitor.path("apiVersion").asText()).isEqualTo("monitoring.coreos.com/v1");
        assertThat(monitor.path("metadata").path("labels").path("release").asText()).isEqualTo("kube-prometheus-stack");
        JsonNode endpoint = monitor.path("spec").path("endpoints").path(0);
        assertThat(endpoint.path("path").asText()).isEqualTo("/metrics");
        assertThat(endpoint.path("port").asText()).isEqualTo("http");
        assertThat(endpoint.path("authorization").path("credentials").path("name").asText()).isEqualTo("brink-api");
        // It selects exactly one Service (no double scrape), one that has the port it names.
        List<JsonNode> selected = m.all().stream().filter(d -> d.path("kind").asText().equals("Service"))
                .filter(s -> matches(monitor.path("spec").path("selector").path("matchLabels"),
                        s.path("metadata").path("labels")))
                .toList();
        assertThat(selected).hasSize(1);
        assertThat(texts(selected.get(0).path("spec").path("ports"), "name")).contains("http");

        JsonNode scaled = m.one("ScaledObject");
        assertThat(scaled.path("apiVersion").asText()).isEqualTo("keda.sh/v1alpha1");
        assertThat(scaled.path("spec").path("scaleTargetRef").path("kind").asText()).isEqualTo("StatefulSet");
        assertThat(scaled.path("spec").path("scaleTargetRef").path("name").asText())
                .isEqualTo(sts.path("metadata").path("name").asText());
        assertThat(scaled.path("spec").path("minReplicaCount").asInt()).isEqualTo(2);
        assertThat(scaled.path("spec").path("maxReplicaCount").asInt()).isEqualTo(4);
        JsonNode trigger = scaled.path("spec").path("triggers").path(0);
        assertThat(trigger.path("type").asText()).isEqualTo("kafka");
        assertThat(trigger.path("metadata").path("consumerGroup").asText()).isEqualTo("brink");
        assertThat(trigger.path("metadata").path("topic").asText()).isEqualTo("brink.news");
        assertThat(trigger.path("metadata").path("lagThreshold").asText()).isEqualTo("500");
        assertThat(trigger.path("metadata").path("bootstrapServers").asText())
                .isEqualTo("kafka-0.kafka:9093,kafka-1.kafka:9093,kafka-2.kafka:9093");
        assertThat(trigger.path("authenticationRef").path("name").asText()).isEqualTo("brink-kafka");

        JsonNode dashboards = m.all().stream()
                .filter(d -> d.path("metadata").path("labels").path("grafana_dashboard").asText().equals("1"))
                .findFirst().orElseThrow();
        assertThat(dashboards.path("kind").asText()).isEqualTo("ConfigMap");
        assertThat(dashboards.path("data").path("brink-test.json").asText()).isEqualTo(dashboard);
    }

    @Test
    void every_optional_feature_wires_secrets_by_reference_only() throws IOException {
        Manifests m = template(ALL_FEATURES);
        JsonNode sts = m.one("StatefulSet");
        JsonNode container = container(sts);

        JsonNode jaas = envEntry(container, "KAFKA_SASL_JAAS_CONFIG").path("valueFrom").path("secretKeyRef");
        assertThat(jaas.path("name").asText()).isEqualTo("brink-kafka");
        assertThat(jaas.path("key").asText()).isEqualTo("sasl.jaas.config");
        JsonNode password = envEntry(container, "KAFKA_SSL_TRUSTSTORE_PASSWORD").path("valueFrom").path("secretKeyRef");
        assertThat(password.path("name").asText()).isEqualTo("kafka-cluster-ca-cert");
        assertThat(password.path("key").asText()).isEqualTo("ca.password");
        JsonNode token = envEntry(container, "BRINK_API_TOKEN").path("valueFrom").path("secretKeyRef");
        assertThat(token.path("name").asText()).isEqualTo("brink-api");

        assertThat(env(container))
                .containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                .containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
                .containsEntry("KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/brink/kafka-tls/ca.p12")
                .containsEntry("KAFKA_SSL_TRUSTSTORE_TYPE", "PKCS12")
                .containsEntry("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=40");
        assertThat(mountPath(container, "kafka-truststore")).isEqualTo("/etc/brink/kafka-tls");
        assertThat(volume(sts, "kafka-truststore").path("secret").path("secretName").asText())
                .isEqualTo("kafka-cluster-ca-cert");
        // The chart creates no Secret: it only points at the ones the operator made.
        assertThat(m.kinds()).doesNotContain("Secret");

        BrinkConfig config = brinkConfigOf(m);
        assertThat(config.get(BrinkConfig.BOOTSTRAP_SERVERS)).isEqualTo("kafka-0.kafka:9093,kafka-1.kafka:9093,kafka-2.kafka:9093");
        assertThat(config.getInt(BrinkConfig.MAX_TEXT_BYTES)).as("no 2e+06 in brink.properties").isEqualTo(2_000_000);
        assertThat(config.getDouble(BrinkConfig.ALERT_RESOLVE)).isEqualTo(0.4);
        assertThat(config.getInt(BrinkConfig.TOPIC_REPLICATION)).isEqualTo(3);
        assertThat(config.kafkaSettings())
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", "secret:brink-kafka/sasl.jaas.config")
                .containsEntry("ssl.truststore.location", "/etc/brink/kafka-tls/ca.p12")
                .containsEntry("producer.linger.ms", "5")
                .containsEntry("application.server", POD_IP + ":8080");
        assertThat(config.clientProperties()).containsEntry("sasl.jaas.config", "secret:brink-kafka/sasl.jaas.config");
    }

    // ---- the feed ingester ----

    @Test
    void the_feed_ingester_runs_ingest_feeds_over_its_config_map_with_state_on_a_claim() throws IOException {
        Manifests m = template(ALL_FEATURES);
        JsonNode deployment = m.one("Deployment");
        JsonNode spec = deployment.path("spec");
        assertThat(spec.path("replicas").asInt()).isEqualTo(1);
        assertThat(spec.path("strategy").path("type").asText()).as("one writer of the seen file").isEqualTo("Recreate");
        JsonNode container = container(deployment);
        List<String> args = texts(container.path("args"));
        assertThat(args).startsWith("ingest", "--feeds").contains("--interval", "10m", "--config");
        String feedsFile = args.get(args.indexOf("--feeds") + 1);
        assertThat(feedsFile).startsWith(mountPath(container, "feeds") + "/");
        JsonNode feeds = m.named("ConfigMap", volume(deployment, "feeds").path("configMap").path("name").asText());
        assertThat(feeds.path("data").path(feedsFile.substring(feedsFile.lastIndexOf('/') + 1)).asText())
                .contains("https://wire.example/world/rss.xml\nhttps://herald.example/atom\n");
        JsonNode claim = m.named("PersistentVolumeClaim", volume(deployment, "state").path("persistentVolumeClaim")
                .path("claimName").asText());
        assertThat(claim.path("spec").path("resources").path("requests").path("storage").asText()).isEqualTo("1Gi");
        assertThat(env(container)).containsEntry("BRINK_STATE_DIR", mountPath(container, "state"))
                .containsEntry("BRINK_INGEST_CONTACT", "ops@brink.example");
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/health/live");
        // Kafka's security settings reach the ingester as they reach Brink's pods.
        assertThat(envEntry(container, "KAFKA_SASL_JAAS_CONFIG").path("valueFrom").path("secretKeyRef").path("name")
                .asText()).isEqualTo("brink-kafka");
        assertThat(mountPath(container, "kafka-truststore")).isEqualTo("/etc/brink/kafka-tls");
    }

    @Test
    void brinks_config_reader_accepts_the_ingesters_environment_and_properties() throws IOException {
        Manifests m = template(ALL_FEATURES);
        Path file = Files.createTempFile("brink", ".properties");
        try {
            Files.writeString(file, m.named("ConfigMap", RELEASE).path("data").path("brink.properties").asText());
            BrinkConfig config = BrinkConfig.builder().file(file)
                    .environment(podEnvironment(container(m.one("Deployment")))).build();
            assertThat(config.get(BrinkConfig.INGEST_CONTACT)).isEqualTo("ops@brink.example");
            assertThat(config.getInt(BrinkConfig.HTTP_PORT)).isEqualTo(8080);
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void the_feed_ingester_is_selected_by_its_pod_monitor_and_by_none_of_brinks_services() throws IOException {
        Manifests m = template(ALL_FEATURES);
        JsonNode podLabels = m.one("Deployment").path("spec").path("template").path("metadata").path("labels");
        JsonNode monitor = m.one("PodMonitor");
        assertThat(matches(monitor.path("spec").path("selector").path("matchLabels"), podLabels)).isTrue();
        assertThat(monitor.path("spec").path("podMetricsEndpoints").path(0).path("path").asText()).isEqualTo("/metrics");
        for (JsonNode service : m.all().stream().filter(d -> d.path("kind").asText().equals("Service")).toList()) {
            assertThat(matches(service.path("spec").path("selector"), podLabels))
                    .as("Service %s selects the ingester", service.path("metadata").path("name").asText()).isFalse();
        }
        assertThat(matches(m.one("PodDisruptionBudget").path("spec").path("selector").path("matchLabels"), podLabels))
                .isFalse();
    }

    @Test
    void the_feed_ingester_without_feeds_is_refused() throws IOException {
        Path values = tmp.resolve("ingest-no-feeds.yaml");
        Files.writeString(values, "ingest:\n  enabled: true\n");
        assertThatThrownBy(() -> template(values)).hasMessageContaining("ingest.feeds");
    }

    @Test
    void the_dashboard_config_map_renders_nothing_without_dashboards() throws IOException {
        assertThat(CHART.resolve("dashboards/README.md")).isRegularFile();
        Path values = tmp.resolve("dashboards-on.yaml");
        Files.writeString(values, "grafana:\n  dashboards:\n    enabled: true\n");
        Manifests m = template(values);
        assertThat(m.all()).noneMatch(d -> d.path("metadata").path("labels").has("grafana_dashboard"));
        assertThat(m.kinds()).containsOnlyOnce("ConfigMap");
    }

    @Test
    void the_notes_render_without_a_cluster() {
        Release release = new Helm(chart).install().withName(RELEASE).withNamespace("news").clientOnly().dryRun()
                .withDryRunOption(DryRun.CLIENT).call();
        assertThat(release.getOutput())
                .contains("StatefulSet brink in namespace news with 2 instance(s)")
                .contains("kubectl -n news rollout status statefulset/brink")
                .contains("curl http://127.0.0.1:8080/health/ready");
    }

    // ---- the schema ----

    @Test
    void the_schema_rejects_a_replica_count_that_is_not_a_number() throws IOException {
        assertThatThrownBy(() -> new Helm(chart).template().withName(RELEASE).set("replicaCount", "three").call())
                .hasMessageContaining("replicaCount");

        writeValues(DeployFiles.deepMerge(DeployFiles.yaml(chart.resolve("values.yaml")),
                DeployFiles.yaml("replicaCount: three")));
        LintResult lint = new Helm(chart).lint().call();
        assertThat(lint.isFailed()).isTrue();
        assertThat(String.join("\n", lint.getMessages())).contains("replicaCount");
    }

    @Test
    void the_schema_rejects_settings_the_chart_manages_and_unknown_values() throws IOException {
        Path managed = tmp.resolve("managed.yaml");
        Files.writeString(managed, "config:\n  state.dir: /data\n");
        assertThatThrownBy(() -> template(managed)).hasMessageContaining("config");

        Path typo = tmp.resolve("typo.yaml");
        Files.writeString(typo, "replicas: 3\n");
        assertThatThrownBy(() -> template(typo)).hasMessageContaining("replicas");

        Path servers = tmp.resolve("servers.yaml");
        Files.writeString(servers, "kafka:\n  bootstrapServers: \"kafka\"\n");
        assertThatThrownBy(() -> template(servers)).hasMessageContaining("bootstrapServers");
    }

    // ---- helpers ----

    Manifests template(Path valuesFile) {
        var command = new Helm(chart).template().withName(RELEASE).withNamespace("news");
        if (valuesFile != null) {
            command = command.withValuesFile(valuesFile);
        }
        return new Manifests(DeployFiles.documents(command.call()));
    }

    void writeValues(JsonNode values) throws IOException {
        DeployFiles.write(chart.resolve("values.yaml"), values);
    }

    /** A dashboard in the chart copy: the real ones from grafana/dashboards when present, else a stub. */
    String addDashboard(String name) throws IOException {
        Path source = DeployFiles.path("grafana/dashboards");
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.list(source)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                    Files.copy(f, chart.resolve("dashboards").resolve(f.getFileName().toString()));
                }
            }
        }
        String json = "{\"title\": \"Brink test\", \"uid\": \"brink-test\", \"panels\": []}\n";
        Files.writeString(chart.resolve("dashboards").resolve(name), json);
        return json;
    }

    /** Brink's configuration as the pod would build it: brink.properties, then the environment. */
    static BrinkConfig brinkConfigOf(Manifests m) throws IOException {
        JsonNode configMap = m.named("ConfigMap", RELEASE);
        Path file = Files.createTempFile("brink", ".properties");
        try {
            Files.writeString(file, configMap.path("data").path("brink.properties").asText());
            return BrinkConfig.builder().file(file).environment(podEnvironment(container(m.one("StatefulSet")))).build();
        } finally {
            Files.delete(file);
        }
    }

    /** The container's environment as the kubelet would set it, with fake pod fields and secrets. */
    static Map<String, String> podEnvironment(JsonNode container) {
        Map<String, String> env = new LinkedHashMap<>();
        Pattern reference = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");
        for (JsonNode e : container.path("env")) {
            String value;
            JsonNode from = e.path("valueFrom");
            if (from.has("fieldRef")) {
                String field = from.path("fieldRef").path("fieldPath").asText();
                value = switch (field) {
                    case "status.podIP" -> POD_IP;
                    case "metadata.name" -> POD_NAME;
                    default -> throw new AssertionError("unexpected fieldRef " + field);
                };
            } else if (from.has("secretKeyRef")) {
                value = "secret:" + from.path("secretKeyRef").path("name").asText() + "/"
                        + from.path("secretKeyRef").path("key").asText();
            } else {
                Matcher matcher = reference.matcher(e.path("value").asText());
                StringBuilder expanded = new StringBuilder();
                while (matcher.find()) {
                    String name = matcher.group(1);
                    matcher.appendReplacement(expanded,
                            Matcher.quoteReplacement(env.getOrDefault(name, matcher.group())));
                }
                matcher.appendTail(expanded);
                value = expanded.toString();
            }
            env.put(e.path("name").asText(), value);
        }
        return env;
    }

    static JsonNode container(JsonNode sts) {
        JsonNode containers = sts.path("spec").path("template").path("spec").path("containers");
        assertThat(containers.size()).isEqualTo(1);
        return containers.get(0);
    }

    static Map<String, String> env(JsonNode container) {
        Map<String, String> env = new HashMap<>();
        container.path("env").forEach(e -> {
            if (e.has("value")) {
                env.put(e.path("name").asText(), e.path("value").asText());
            }
        });
        return env;
    }

    static JsonNode envEntry(JsonNode container, String name) {
        for (JsonNode e : container.path("env")) {
            if (e.path("name").asText().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no env " + name + " in " + container.path("env"));
    }

    static String fieldRef(JsonNode container, String name) {
        return envEntry(container, name).path("valueFrom").path("fieldRef").path("fieldPath").asText();
    }

    static String mountPath(JsonNode container, String volume) {
        for (JsonNode m : container.path("volumeMounts")) {
            if (m.path("name").asText().equals(volume)) {
                return m.path("mountPath").asText();
            }
        }
        return null;
    }

    static JsonNode volume(JsonNode sts, String name) {
        for (JsonNode v : sts.path("spec").path("template").path("spec").path("volumes")) {
            if (v.path("name").asText().equals(name)) {
                return v;
            }
        }
        return null;
    }

    static boolean matches(JsonNode selector, JsonNode labels) {
        List<String> misses = new ArrayList<>();
        selector.fields().forEachRemaining(e -> {
            if (!labels.path(e.getKey()).asText().equals(e.getValue().asText())) {
                misses.add(e.getKey());
            }
        });
        return misses.isEmpty();
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    static List<String> texts(JsonNode array) {
        return list(array).stream().map(JsonNode::asText).toList();
    }

    static List<String> texts(JsonNode array, String field) {
        return list(array).stream().map(n -> n.path(field).asText()).toList();
    }

    /** The documents helm rendered. */
    record Manifests(List<JsonNode> all) {
        List<String> kinds() {
            return all.stream().map(d -> d.path("kind").asText()).toList();
        }

        JsonNode one(String kind) {
            List<JsonNode> found = all.stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
            assertThat(found).as("exactly one %s", kind).hasSize(1);
            return found.get(0);
        }

        JsonNode named(String kind, String name) {
            return all.stream().filter(d -> d.path("kind").asText().equals(kind))
                    .filter(d -> d.path("metadata").path("name").asText().equals(name))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
        }
    }
}
