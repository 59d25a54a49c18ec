package io.brink.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.stream.BrinkConfig;
import io.brink.stream.BrinkService;

/** No HTTP route gives away a secret Brink was configured with: the API token, passwords, JAAS logins. */
class HttpApiSecretsTest {

    static final String TOKEN = "api-token-7f3a91";
    static final String SASL_PASSWORD = "sasl-password-c0ffee";
    static final String SSL_PASSWORD = "ssl-password-b4d5";
    static final String OAUTH_SECRET = "oauth-secret-9e9e";

    @TempDir
    Path state;

    @Test
    void no_route_shows_a_secret_value_set_in_config() throws Exception {
        BrinkConfig config = BrinkConfig.builder()
                .put("bootstrap.servers", "127.0.0.1:9")
                .put("state.dir", state.toString())
                .put("application.id", "brink-secrets-test")
                .environment(Map.of(
                        "BRINK_API_TOKEN", TOKEN,
                        // SASL_PLAINTEXT: with SASL_SSL the clients would insist on real key stores.
                        "KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                        "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                        "KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                                + " username=\"brink\" password=\"" + SASL_PASSWORD + "\";"))
                .put("kafka.ssl.keystore.password", SSL_PASSWORD)
                .put("kafka.ssl.key.password", SSL_PASSWORD)
                .put("kafka.ssl.truststore.password", SSL_PASSWORD)
                .put("kafka.sasl.oauthbearer.client.credentials.client.secret", OAUTH_SECRET)
                .build();
        try (BrinkService service = new BrinkService(config)) {
            HttpApi http = HttpApi.start(service, "127.0.0.1", 0);
            try {
                HttpClient client = HttpClient.newHttpClient();
                for (String route : List.of("/health/live", "/health/ready", "/metrics", "/", "/config", "/env",
                        "/metrics?format=json", "/api/pairs/IRN-ISR", "/health", "/assets/app.js", "/api/stream", "/api/countries")) {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + http.port() + route)).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    String all = r.headers().map() + "\n" + r.body();
                    assertThat(all).as(route).doesNotContain(TOKEN).doesNotContain(SASL_PASSWORD)
                            .doesNotContain(SSL_PASSWORD).doesNotContain(OAUTH_SECRET).doesNotContain("LoginModule");
                }
            } finally {
                http.close();
            }
        }
        assertThat(config.toString()).doesNotContain(TOKEN).doesNotContain(SASL_PASSWORD)
                .doesNotContain(SSL_PASSWORD).doesNotContain(OAUTH_SECRET);
    }
}
