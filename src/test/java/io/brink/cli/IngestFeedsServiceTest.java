package io.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.ingest.FixtureWeb;
import io.brink.stream.BrinkConfig;

/** {@code ingest --feeds} as a service: polls until stopped, with the health and metrics routes of {@code run}. */
class IngestFeedsServiceTest {

    @TempDir
    Path dir;

    @Test
    void continuous_mode_serves_health_and_feed_metrics_and_stops_cleanly() throws Exception {
        try (FixtureWeb web = FixtureWeb.start()) {
            BrinkConfig config = BrinkConfig.builder().put("http.port", "0").put("ingest.host.delay.ms", "0")
                    .put("state.dir", dir.toString()).build();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
            FeedsIngest ingest = new FeedsIngest(config, List.of(web.uri("/feeds/wire.rss"), web.uri("/feeds/missing.xml")),
                    Duration.ofMillis(300), dir.resolve("out.jsonl"), "unused", errStream, errStream);
            AtomicReference<Runnable> stopper = new AtomicReference<>();
            CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return ingest.continuous(stopper);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Pattern port = Pattern.compile("HTTP on http://127\\.0\\.0\\.1:(\\d+)");
            await().atMost(Duration.ofSeconds(20)).until(() -> port.matcher(err.toString(StandardCharsets.UTF_8)).find());
            Matcher m = port.matcher(err.toString(StandardCharsets.UTF_8));
            assertThat(m.find()).isTrue();
            String base = "http://127.0.0.1:" + m.group(1);
            HttpClient http = HttpClient.newHttpClient();
            assertThat(get(http, base + "/health/live").statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(20)).until(() -> get(http, base + "/health/ready").statusCode() == 200);
            await().atMost(Duration.ofSeconds(20)).until(() -> get(http, base + "/metrics").body()
                    .contains("brink_feed_polls_total{result=\"not_modified\"} "));
            String metrics = get(http, base + "/metrics").body();
            assertThat(metrics).contains("brink_feed_polls_total{result=\"ok\"} 1.0")
                    .contains("brink_feed_items_total{result=\"sent\"} 5.0")
                    .contains("brink_feed_fetch_seconds_count{kind=\"page\"}")
                    .contains("brink_feed_fetch_seconds_sum{kind=\"feed\"}")
                    .containsPattern("brink_feed_polls_total\\{result=\"failed\"\\} [1-9]")
                    .contains("jvm_memory_used_bytes");
            assertThat(get(http, base + "/nothing").statusCode()).isEqualTo(404);
            stopper.get().run();
            assertThat(running.get()).isEqualTo(Main.OK);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.xml: FAILED").contains("stopped cleanly");
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
