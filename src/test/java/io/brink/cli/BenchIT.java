package io.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.model.Json;

/** {@code brink bench} end to end on a small feed: every phase runs and reports its figures. */
class BenchIT {

    @TempDir
    Path dir;

    @Test
    void a_small_bench_reports_every_figure_and_profiles_the_pipeline() throws Exception {
        Path json = dir.resolve("bench.json");
        Path jfr = dir.resolve("pipeline.jfr");
        CliTest.Run r = CliTest.run("bench", "--articles", "4000", "--warmup", "500", "--partitions", "2", "--rate", "40",
                "--latency-seconds", "2", "--json", json.toString(), "--jfr", jfr.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("0. warm-up, from cold", "1. producer only", "2. pass-through Streams", "3. Brink pipeline",
                "4. latency at 40/s", "5. memory");

        JsonNode result = Json.MAPPER.readTree(json.toFile());
        assertThat(result.get("articles").asLong()).isEqualTo(4000);
        assertThat(result.get("processing_guarantee").asText()).isEqualTo("exactly_once_v2");
        for (String rate : List.of("producer_articles_per_s", "passthrough_articles_per_s", "pipeline_articles_per_s")) {
            assertThat(result.get(rate).asDouble()).as(rate).isPositive();
        }
        assertThat(result.get("ratio").asDouble()).isPositive();
        assertThat(result.get("warmup_articles").asLong()).isEqualTo(500);
        for (String cold : List.of("passthrough_articles_per_s_cold", "pipeline_articles_per_s_cold", "ratio_cold")) {
            assertThat(result.get(cold).asDouble()).as(cold + ": the warm-up, measured from a cold start").isPositive();
        }
        assertThat(result.get("latency_scores").asInt()).as("score updates seen in the latency phase").isPositive();
        assertThat(result.get("latency_p50_ms").asLong()).isNotNegative()
                .isLessThanOrEqualTo(result.get("latency_p99_ms").asLong());
        assertThat(result.get("latency_p99_ms").asLong()).isLessThanOrEqualTo(result.get("latency_max_ms").asLong());
        assertThat(result.get("heap_mb").asDouble()).isPositive();
        assertThat(result.has("rocksdb_mb")).isTrue();

        assertThat(Files.size(jfr)).isPositive();
        boolean streamThreadSampled = false;
        try (RecordingFile recording = new RecordingFile(jfr)) {
            while (recording.hasMoreEvents() && !streamThreadSampled) {
                RecordedEvent e = recording.readEvent();
                streamThreadSampled = e.getEventType().getName().equals("jdk.ExecutionSample")
                        && e.getThread("sampledThread") != null && e.getThread("sampledThread").getJavaName() != null
                        && e.getThread("sampledThread").getJavaName().contains("bench-pipeline");
            }
        }
        assertThat(streamThreadSampled).as("the recording samples the pipeline's stream thread").isTrue();
    }

    @Test
    void a_bad_flag_names_itself_and_its_value() {
        CliTest.Run r = CliTest.run("bench", "--articles", "0");
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("--articles must be a whole number of at least 1, not 0");
        CliTest.Run negative = CliTest.run("bench", "--warmup", "-1");
        assertThat(negative.exit()).isEqualTo(Main.USAGE);
        assertThat(negative.err()).contains("--warmup must be a whole number of at least 0, not -1");

        CliTest.Run missing = CliTest.run("bench", "--json", dir.resolve("no/such/dir/out.json").toString());
        assertThat(missing.exit()).isEqualTo(Main.USAGE);
        assertThat(missing.err()).contains("cannot write").contains("does not exist");
    }
}
