package io.brink.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.coding.LanguageGate;

class BrinkConfigTest {

    @TempDir
    Path dir;

    @Test
    void later_sources_win_defaults_then_file_then_environment_then_flags() throws Exception {
        Path file = dir.resolve("brink.properties");
        Files.writeString(file, "alert.min.index=20\nalert.min.sources=3\nhttp.port=9000\ntopic.prefix=ops.\n");
        BrinkConfig c = BrinkConfig.builder()
                .file(file)
                .environment(Map.of("BRINK_ALERT_MIN_SOURCES", "4", "BRINK_HTTP_PORT", "9100", "PATH", "/bin"))
                .put("http.port", "9200")
                .build();
        assertThat(c.getDouble(BrinkConfig.ALERT_MIN_INDEX)).as("from file").isEqualTo(20.0);
        assertThat(c.getInt(BrinkConfig.ALERT_MIN_SOURCES)).as("environment beats file").isEqualTo(4);
        assertThat(c.getInt(BrinkConfig.HTTP_PORT)).as("flag beats environment").isEqualTo(9200);
        assertThat(c.get(BrinkConfig.APPLICATION_ID)).as("default").isEqualTo("brink");
        assertThat(c.topics().news().name()).isEqualTo("ops.news");
        assertThat(c.topics().dlq()).isEqualTo("ops.dlq");
    }

    @Test
    void exactly_once_v2_and_explicit_naming_are_on_by_default() {
        Properties p = BrinkConfig.defaults().streamsProperties();
        assertThat(p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo("exactly_once_v2");
        assertThat(p.get(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG)).isEqualTo("true");
        assertThat(p.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG)).isEqualTo("brink.dlq");
    }

    @Test
    void an_unknown_key_fails_naming_the_key_its_origin_and_the_accepted_keys() {
        assertThatThrownBy(() -> BrinkConfig.builder().put("alert.min.idx", "3", "config file x").build())
                .isInstanceOf(BrinkConfig.ConfigException.class)
                .hasMessageContaining("unknown configuration key 'alert.min.idx'")
                .hasMessageContaining("config file x")
                .hasMessageContaining("alert.min.index");
        assertThatThrownBy(() -> BrinkConfig.builder().environment(Map.of("BRINK_HTTP_PROT", "1")).build())
                .hasMessageContaining("'http.prot'").hasMessageContaining("environment variable BRINK_HTTP_PROT");
    }

    @Test
    void an_invalid_value_fails_naming_the_key_and_what_is_accepted() {
        assertThatThrownBy(() -> BrinkConfig.builder().put("processing.guarantee", "exactly_once").build())
                .hasMessageContaining("invalid value 'exactly_once' for processing.guarantee")
                .hasMessageContaining("one of exactly_once_v2, at_least_once");
        assertThatThrownBy(() -> BrinkConfig.builder().put("http.port", "70000").build())
                .hasMessageContaining("http.port").hasMessageContaining("0–65535");
        assertThatThrownBy(() -> BrinkConfig.builder().put("score.nonstate.weight", "1.5").build())
                .hasMessageContaining("score.nonstate.weight").hasMessageContaining("a number from 0 to 1");
        assertThat(BrinkConfig.builder().put("score.nonstate.weight", "0.25").build().scoring().nonstateWeight())
                .isEqualTo(0.25);
        assertThatThrownBy(() -> BrinkConfig.builder().put("score.window", "a day").build())
                .hasMessageContaining("score.window").hasMessageContaining("24h");
        assertThatThrownBy(() -> BrinkConfig.builder().put("alert.min.sources", "0").build())
                .hasMessageContaining("a positive integer");
    }

    @Test
    void coder_languages_codes_every_language_brink_reads_by_default_and_refuses_one_it_has_no_coder_for() {
        assertThat(BrinkConfig.defaults().codedLanguages()).containsExactlyElementsOf(
                new java.util.TreeSet<>(LanguageGate.CODED)).contains("en", "es");
        assertThat(BrinkConfig.builder().put("coder.languages", " EN ").build().codedLanguages()).containsExactly("en");
        assertThat(BrinkConfig.builder().put("coder.languages", "en, ES").build().codedLanguages())
                .containsExactly("en", "es");
        assertThatThrownBy(() -> BrinkConfig.builder().put("coder.languages", "en,xh", "config file x").build())
                .isInstanceOf(BrinkConfig.ConfigException.class)
                .hasMessageContaining("'en,xh' for coder.languages (from config file x)")
                .hasMessageContaining("expected languages Brink codes, comma-separated: " + LanguageGate.accepted())
                .hasMessageContaining("en, es");
        assertThatThrownBy(() -> BrinkConfig.builder().put("coder.languages", "").build())
                .hasMessageContaining("coder.languages");
    }

    @Test
    void kafka_settings_pass_through_when_kafka_knows_them() {
        BrinkConfig c = BrinkConfig.builder()
                .put("kafka.linger.ms", "20")
                .put("kafka.producer.batch.size", "65536")
                .environment(Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "KAFKA_HEAP_OPTS", "-Xmx1g",
                        "KAFKA_SASL_JAAS_CONFIG", "secret-jaas"))
                .build();
        Properties p = c.streamsProperties();
        assertThat(p.get("linger.ms")).isEqualTo("20");
        assertThat(p.get("producer.batch.size")).isEqualTo("65536");
        assertThat(p.get("security.protocol")).isEqualTo("SASL_SSL");
        assertThat(p).as("KAFKA_HEAP_OPTS is a JVM setting, not a client setting").doesNotContainKey("heap.opts");
        assertThat(c.clientProperties()).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.jaas.config", "secret-jaas");
        assertThat(c.describe().get("kafka.sasl.jaas.config")).isEqualTo("********");
        assertThatThrownBy(() -> BrinkConfig.builder().put("kafka.linger.msec", "1").build())
                .hasMessageContaining("unknown Kafka setting 'kafka.linger.msec'");
    }

    @Test
    void durations_read_as_people_write_them() {
        assertThat(BrinkConfig.parseDuration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(BrinkConfig.parseDuration("24h")).isEqualTo(Duration.ofHours(24));
        assertThat(BrinkConfig.parseDuration("30d")).isEqualTo(Duration.ofDays(30));
        assertThat(BrinkConfig.parseDuration("PT15M")).isEqualTo(Duration.ofMinutes(15));
        assertThat(BrinkConfig.builder().put("score.window", "12h").build().scoring().window())
                .isEqualTo(Duration.ofHours(12));
    }

    @Test
    void the_api_token_is_never_shown() {
        BrinkConfig c = BrinkConfig.builder().environment(Map.of("BRINK_API_TOKEN", "s3cret")).build();
        assertThat(c.get(BrinkConfig.API_TOKEN)).isEqualTo("s3cret");
        assertThat(c.toString()).doesNotContain("s3cret");
    }

    @Test
    void each_integer_key_accepts_its_own_range_and_names_it_when_a_value_falls_outside() {
        Map<String, String> accepted = Map.of("http.port", "-1", "coder.threads", "-1", "num.standby.replicas", "0",
                "topic.replication.factor", "-1", "topic.partitions", "1");
        accepted.forEach((key, value) -> assertThat(BrinkConfig.builder().put(key, value).build()
                .getInt(BrinkConfig.KEYS.stream().filter(k -> k.name().equals(key)).findFirst().orElseThrow()))
                .as(key).isEqualTo(Integer.parseInt(value)));
        assertThat(BrinkConfig.builder().put("http.port", "65535").build().getInt(BrinkConfig.HTTP_PORT)).isEqualTo(65535);
        Map<String, String> refused = Map.of("http.port", "-2", "coder.threads", "-2", "num.standby.replicas", "-1",
                "topic.partitions", "0");
        Map<String, String> named = Map.of("http.port", "a port 0–65535, or -1 to turn HTTP off",
                "coder.threads", "0 or more, or -1 for one fewer than the cores", "num.standby.replicas", "0 or more",
                "topic.partitions", "a positive integer");
        refused.forEach((key, value) -> assertThatThrownBy(() -> BrinkConfig.builder().put(key, value).build())
                .as(key).hasMessageContaining("invalid value '" + value + "' for " + key)
                .hasMessageContaining("expected " + named.get(key)));
    }

    @Test
    void the_tension_lookback_is_30_days_by_default_takes_0_to_365_and_names_its_range_otherwise() {
        assertThat(BrinkConfig.defaults().scoring().tensionLookback()).isEqualTo(java.time.Duration.ofDays(30));
        assertThat(BrinkConfig.builder().put("alert.tension.lookback.days", "0").build().scoring().tensionLookback())
                .isZero();
        assertThat(BrinkConfig.builder().put("alert.tension.lookback.days", "365").build().scoring().tensionLookback())
                .isEqualTo(java.time.Duration.ofDays(365));
        for (String bad : List.of("-1", "366", "30d")) {
            assertThatThrownBy(() -> BrinkConfig.builder().put("alert.tension.lookback.days", bad).build())
                    .as(bad).isInstanceOf(BrinkConfig.ConfigException.class)
                    .hasMessageContaining("invalid value '" + bad + "' for alert.tension.lookback.days")
                    .hasMessageContaining(bad.equals("30d") ? "an integer" : "0 to 365 (days; 0: only the score window)");
        }
    }

    @Test
    void standby_replicas_are_off_by_default_and_pass_to_kafka_streams_when_set() {
        assertThat(BrinkConfig.defaults().streamsProperties().get(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG))
                .isEqualTo("0");
        BrinkConfig c = BrinkConfig.builder().environment(Map.of("BRINK_NUM_STANDBY_REPLICAS", "1")).build();
        assertThat(c.getInt(BrinkConfig.STANDBY_REPLICAS)).isEqualTo(1);
        assertThat(new StreamsConfig(c.streamsProperties()).getInt(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG))
                .isEqualTo(1);
        assertThatThrownBy(() -> BrinkConfig.builder().put("num.standby.replicas", "-1").build())
                .hasMessageContaining("num.standby.replicas").hasMessageContaining("0 or more");
    }

    @Test
    void a_pair_state_record_may_outgrow_kafkas_default_megabyte_unless_told_otherwise() {
        Properties p = BrinkConfig.defaults().streamsProperties();
        assertThat(p.get("producer.max.request.size")).isEqualTo(BrinkConfig.STATE_RECORD_MAX_BYTES);
        assertThat(p.get("topic.max.message.bytes")).isEqualTo(String.valueOf(BrinkConfig.STATE_RECORD_MAX_BYTES));
        assertThat(BrinkConfig.builder().put("kafka.producer.max.request.size", "2000000").build().streamsProperties()
                .get("producer.max.request.size")).isEqualTo("2000000");
    }

    @Test
    void application_server_is_kafka_application_server_or_else_http_host_and_port() {
        BrinkConfig derived = BrinkConfig.builder().put("http.port", "9300").build();
        assertThat(derived.applicationServer()).contains("127.0.0.1:9300");
        assertThat(derived.applicationServerDerived()).isTrue();
        assertThat(derived.streamsProperties()).containsEntry(StreamsConfig.APPLICATION_SERVER_CONFIG, "127.0.0.1:9300");

        // The Helm chart's way: KAFKA_APPLICATION_SERVER wins over the HTTP settings.
        BrinkConfig helm = BrinkConfig.builder().environment(Map.of("KAFKA_APPLICATION_SERVER", "10.1.2.3:8080",
                "BRINK_HTTP_HOST", "0.0.0.0")).build();
        assertThat(helm.kafkaSettings()).containsEntry("application.server", "10.1.2.3:8080");
        assertThat(helm.applicationServer()).contains("10.1.2.3:8080");
        assertThat(helm.applicationServerDerived()).isFalse();
        assertThat(helm.streamsProperties()).containsEntry(StreamsConfig.APPLICATION_SERVER_CONFIG, "10.1.2.3:8080");

        // No address another instance could reach: no application.server, queries stay local.
        for (Map<String, String> settings : java.util.List.of(Map.of("http.host", "0.0.0.0"),
                Map.of("http.host", "::"), Map.of("http.port", "0"), Map.of("http.port", "-1"))) {
            BrinkConfig.Builder b = BrinkConfig.builder();
            settings.forEach(b::put);
            BrinkConfig c = b.build();
            assertThat(c.applicationServer()).as(settings.toString()).isEmpty();
            assertThat(c.streamsProperties()).as(settings.toString())
                    .doesNotContainKey(StreamsConfig.APPLICATION_SERVER_CONFIG);
        }
        assertThat(BrinkConfig.builder().put("http.host", "::1").put("http.port", "9300").build().applicationServer())
                .contains("[::1]:9300");
    }
}
