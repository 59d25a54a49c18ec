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
                "--latency-seconds", "2", "--coder-seconds", "1", "--json", json.toString(), "--jfr", jfr.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("0. warm-up, from cold", "1. producer only", "2. pass-through Streams", "3. Brink pipeline",
                "4. latency at 40/s", "5. memory", "6. coder, one thread");

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

        assertCoderSpeeds(result);
        JsonNode share = result.get("feed_language_share");
        assertThat(share.get("en").asDouble()).isEqualTo(0.7);
        double others = 0;
        for (java.util.Iterator<String> it = share.fieldNames(); it.hasNext(); ) {
            String language = it.next();
            assertThat(io.brink.coding.LanguageGate.CODED).as("a language of the feed is one Brink codes").contains(language);
            others += language.equals("en") ? 0 : share.get(language).asDouble();
        }
        assertThat(others).as("the other languages' share").isCloseTo(0.3, org.assertj.core.data.Offset.offset(0.001));
        assertThat(share.has("es") && share.has("fr")).as("Spanish and French articles in the feed").isTrue();

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

    /** Every language Brink codes is measured, each with its sentences and a positive speed. */
    private static void assertCoderSpeeds(JsonNode result) {
        JsonNode speeds = result.get("coder_sentences_per_s");
        JsonNode sentences = result.get("coder_sentences");
        assertThat(speeds).as("coder_sentences_per_s").isNotNull();
        List<String> measured = new java.util.ArrayList<>();
        speeds.fieldNames().forEachRemaining(measured::add);
        assertThat(measured).containsExactlyInAnyOrderElementsOf(io.brink.coding.LanguageGate.CODED);
        for (String language : io.brink.coding.LanguageGate.CODED) {
            assertThat(speeds.get(language).asDouble()).as(language + " sentences/s").isPositive();
            assertThat(sentences.get(language).asInt()).as(language + " sentences").isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void the_coder_phase_alone_measures_every_coded_language_without_a_broker() throws Exception {
        Path json = dir.resolve("coder.json");
        CliTest.Run r = CliTest.run("bench", "--coder-only", "--coder-seconds", "1", "--json", json.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("6. coder, one thread").doesNotContain("1. producer only")
                .doesNotContain("no benchmark sentences");
        JsonNode result = Json.MAPPER.readTree(json.toFile());
        assertCoderSpeeds(result);
        assertThat(result.has("pipeline_articles_per_s")).isFalse();
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
