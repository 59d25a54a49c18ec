package io.brink.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/**
 * SASL and TLS settings from the environment or {@code kafka.*} keys reach every client Brink
 * makes: Kafka Streams (and through it its consumers, producers and admin), and the admin,
 * producers and consumers of {@code run}, {@code ingest} and {@code demo}, which all start from
 * {@link BrinkConfig#clientProperties()}.
 */
class SecuritySettingsTest {

    static final Map<String, String> ENV = Map.of(
            "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
            "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
            "KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                    + " username=\"brink\" password=\"hunter2\";",
            "KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/brink/truststore.p12",
            "KAFKA_SSL_TRUSTSTORE_PASSWORD", "trust-me",
            "KAFKA_SSL_KEYSTORE_LOCATION", "/etc/brink/keystore.p12",
            "KAFKA_SSL_KEYSTORE_PASSWORD", "keep-me",
            "KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM", "https");

    @Test
    void sasl_and_tls_settings_from_the_environment_reach_every_kind_of_client() {
        BrinkConfig c = BrinkConfig.builder().environment(ENV).build();
        Map<String, Object> client = c.clientProperties();
        Properties streams = c.streamsProperties();
        for (String name : ENV.keySet()) {
            String setting = name.substring("KAFKA_".length()).toLowerCase().replace('_', '.');
            assertThat(client).as(setting).containsEntry(setting, ENV.get(name));
            assertThat(streams).as(setting).containsEntry(setting, ENV.get(name));
            assertThat(AdminClientConfig.configNames()).contains(setting);
            assertThat(ProducerConfig.configNames()).contains(setting);
            assertThat(ConsumerConfig.configNames()).contains(setting);
        }
        StreamsConfig sc = new StreamsConfig(streams);
        assertThat(sc.getMainConsumerConfigs("g", "c", 0)).containsEntry("sasl.mechanism", "SCRAM-SHA-512");
        assertThat(sc.getProducerConfigs("p")).containsEntry("security.protocol", "SASL_SSL");
        assertThat(sc.getAdminConfigs("a")).containsEntry("ssl.truststore.location", "/etc/brink/truststore.p12");
    }

    @Test
    void passwords_and_logins_are_masked_wherever_the_configuration_is_shown() {
        String shown = BrinkConfig.builder().environment(ENV).build().describe().toString();
        assertThat(shown).doesNotContain("hunter2").doesNotContain("trust-me").doesNotContain("keep-me")
                .contains("kafka.sasl.mechanism=SCRAM-SHA-512").contains("kafka.ssl.truststore.location=");
    }
}
