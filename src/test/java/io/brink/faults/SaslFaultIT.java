package io.brink.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.embedded.EmbeddedKafka;
import io.brink.stream.BrinkConfig;
import io.brink.stream.Topics;

/**
 * Brink against a broker whose only client listener is SASL_PLAINTEXT with PLAIN: credentials
 * passed through the environment reach every client ({@code run}'s admin, consumers and
 * producers, {@code ingest}'s producer), the pipeline codes the feed exactly once, no HTTP route
 * and no log line shows a secret; wrong credentials stop {@code run} and {@code ingest} promptly
 * with a message naming authentication.
 */
class SaslFaultIT {

    static final String APP = "brink-fault-sasl";
    static final String USER = "brink";
    static final String PASSWORD = "pw-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
    static final String WRONG_PASSWORD = "wrong-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
    static final String API_TOKEN = "token-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
    static final String KEY_PASSWORD = "keypw-" + Long.toHexString(Double.doubleToLongBits(Math.random()));

    @TempDir
    Path dir;

    @Test
    void credentials_reach_every_client_secrets_stay_hidden_and_wrong_credentials_fail_fast_and_clearly()
            throws Exception {
        Feed feed = Feed.sampleCopiesWithPoison(0, 1, 2);
        Topics topics = BrinkConfig.defaults().topics();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedKafka.Options.plaintext().withSaslPlain(USER, PASSWORD))) {
            kafka.createTopics(topics.newTopics(4, (short) 1));
            Map<String, String> settings = new LinkedHashMap<>(Faults.settings(APP));
            settings.put("api.token", API_TOKEN);
            // A secret Kafka ignores on a SASL_PLAINTEXT connection, but that must stay hidden all the same.
            settings.put("kafka.ssl.key.password", KEY_PASSWORD);
            try (BrinkProcess a = BrinkProcess.of("a", dir, kafka.bootstrapServers(), dir.resolve("state-a"),
                         settings, environment(PASSWORD)).start();
                 Ledger ledger = new Ledger(kafka.clientProperties(), topics)) {
                a.awaitReady(Duration.ofSeconds(120));

                Path file = dir.resolve("feed.jsonl");
                List<String> lines = new ArrayList<>();
                feed.inputs.forEach(in -> lines.add(new String(in.value(), StandardCharsets.UTF_8)));
                Files.write(file, lines, StandardCharsets.UTF_8);
                Cli ingest = cli(kafka, environment(PASSWORD), "ingest", "--input", file.toString());
                assertThat(ingest.exit()).as(ingest.output()).isEqualTo(3);
                assertThat(ingest.output()).contains("ingested " + feed.articles() + " articles into brink.news, "
                        + feed.poison.size() + " lines rejected");

                Feed ingested = Feed.of(feed.inputs.stream().filter(in -> in.poisonReason() == null).toList());
                ledger.awaitSettled(ingested, APP, Duration.ofSeconds(120));
                Ledger.Figures f = ledger.assertExactlyOnce(ingested);

                Map<String, String> bodies = new LinkedHashMap<>();
                for (String route : List.of("/health/live", "/health/ready", "/metrics", "/", "/config", "/env",
                        "/api/pairs", "/nothing-here")) {
                    bodies.put(route, get(a, route));
                }
                assertThat(bodies.get("/metrics")).contains("kafka_stream");
                bodies.forEach((route, body) -> assertThat(body).as(route)
                        .doesNotContain(PASSWORD).doesNotContain(API_TOKEN).doesNotContain(KEY_PASSWORD)
                        .doesNotContain("PlainLoginModule"));
                assertThat(a.log()).doesNotContain(PASSWORD).doesNotContain(API_TOKEN).doesNotContain(KEY_PASSWORD);
                Faults.figures("SASL/PLAIN", f + "; " + bodies.size() + " HTTP routes and the log free of secrets");
            }

            BrinkProcess wrong = BrinkProcess.of("wrong", dir, kafka.bootstrapServers(), dir.resolve("state-wrong"),
                    Faults.settings(APP + "-wrong"), environment(WRONG_PASSWORD)).start();
            long t0 = System.nanoTime();
            int exit = wrong.awaitExit(Duration.ofSeconds(60));
            long runMillis = (System.nanoTime() - t0) / 1_000_000;
            try {
                assertThat(exit).as("run with a wrong password ends by itself, with exit 1:\n" + wrong.tail())
                        .isEqualTo(1);
                assertThat(wrong.log()).containsIgnoringCase("authentication failed")
                        .contains("rejected Brink's credentials").doesNotContain(WRONG_PASSWORD);
            } finally {
                wrong.close();
            }
            Path one = dir.resolve("one.jsonl");
            Files.writeString(one, "{\"id\":\"1\",\"text\":\"Iran threatened Israel.\"}\n", StandardCharsets.UTF_8);
            Cli badIngest = cli(kafka, environment(WRONG_PASSWORD), "ingest", "--input", one.toString());
            assertThat(badIngest.exit()).as(badIngest.output()).isEqualTo(1);
            assertThat(badIngest.output()).containsIgnoringCase("authentication").doesNotContain(WRONG_PASSWORD);
            Faults.figures("SASL/PLAIN wrong password", "run exit " + exit + " after " + runMillis
                    + " ms; ingest exit " + badIngest.exit() + " after " + badIngest.millis() + " ms");
        }
    }

    /** Credentials the way a container gets them: KAFKA_* environment variables. */
    static Map<String, String> environment(String password) {
        return Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT", "KAFKA_SASL_MECHANISM", "PLAIN",
                "KAFKA_SASL_JAAS_CONFIG", EmbeddedKafka.saslClientProperties(USER, password).get("sasl.jaas.config"));
    }

    record Cli(int exit, String output, long millis) {
    }

    /** A short-lived {@code brink} command in its own JVM. */
    static Cli cli(EmbeddedKafka kafka, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "io.brink.cli.Main"));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--bootstrap-servers", kafka.bootstrapServers()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("BRINK_") || k.startsWith("KAFKA_"));
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        boolean done = p.waitFor(90, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        return new Cli(done ? p.exitValue() : -1, new String(out, StandardCharsets.UTF_8),
                (System.nanoTime() - t0) / 1_000_000);
    }

    static String get(BrinkProcess a, String route) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + a.httpPort() + route)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.headers().map() + "\n" + r.body();
    }
}
