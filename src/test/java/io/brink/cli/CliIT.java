package io.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.embedded.EmbeddedKafka;

class CliIT {

    @TempDir
    Path dir;

    @Test
    void ingest_sends_every_valid_line_and_reports_each_bad_one_by_number() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, String.join("\n",
                "{\"id\":\"1\",\"text\":\"Iran threatened Israel.\"}",
                "{\"id\":\"2\",\"text\":",
                "{\"id\":\"3\",\"text\":\"China warned Taiwan.\"}",
                "",
                "{\"id\":\"5\",\"title\":\"no body\"}",
                "{\"id\":\"6\",\"text\":\"Ethiopia and Eritrea signed a truce.\"}") + "\n", StandardCharsets.UTF_8);
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            kafka.createTopics(List.of(new NewTopic("brink.news", 1, (short) 1)));
            CliTest.Run r = CliTest.run("ingest", "--input", feed.toString(), "--bootstrap-servers",
                    kafka.bootstrapServers());
            assertThat(r.exit()).isEqualTo(Main.PARTIAL);
            assertThat(r.err()).contains("line 2: MALFORMED_JSON").contains("line 5: MISSING_TEXT");
            assertThat(r.out()).contains("ingested 3 articles into brink.news, 2 lines rejected");

            List<String> keys = new ArrayList<>();
            try (KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.<String, Object>of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "t", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                    new StringDeserializer(), new StringDeserializer())) {
                c.subscribe(List.of("brink.news"));
                long deadline = System.currentTimeMillis() + 30_000;
                while (keys.size() < 3 && System.currentTimeMillis() < deadline) {
                    for (ConsumerRecord<String, String> rec : c.poll(Duration.ofMillis(200))) {
                        keys.add(rec.key());
                    }
                }
            }
            assertThat(keys).containsExactly("1", "3", "6");
        }
    }

    /** What a command run in its own JVM printed, as a user runs it: a fresh start decides where the library log goes. */
    record Demo(int exit, String stdout, String stderr) {
        String terminal() {
            return stdout + stderr;
        }
    }

    /** slf4j-simple's line for a WARN or ERROR of any logger: "LEVEL Logger - message". */
    static final String LOG_LINE = "(?m)\\b(WARN|ERROR) [\\w.$]+ - ";
    /** A warning Kafka Streams logs at every start: the library log's proof that it holds Kafka's lines. */
    static final String STREAMS_WARNING = "WARN StreamsConfig - Processing exception handler is not enabled";

    ProcessBuilder brink(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"),
                "io.brink.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    Demo brinkToEnd(String name, int seconds, String... args) throws Exception {
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        Process p = brink(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS)).as(name + " ended").isTrue();
        return new Demo(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    Demo demo(String duration, String rate) throws Exception {
        return brinkToEnd("demo", 150, "demo", "--duration", duration, "--rate", rate, "--http-port", "0");
    }

    /**
     * The command printed where its library log is, before anything else of Brink's; the file is
     * in the temporary directory, holds Kafka's warnings, and none of them reached the terminal.
     */
    String assertLibraryLogInFile(String command, Demo d) throws Exception {
        String terminal = d.terminal();
        java.util.regex.Matcher named = java.util.regex.Pattern
                .compile("Kafka's and other libraries' log lines: (\\S+brink-" + command + "-\\d+\\.log)\n")
                .matcher(terminal);
        assertThat(named.find()).as(terminal).isTrue();
        Path log = Path.of(named.group(1));
        assertThat(log).exists().hasParent(dir);
        String logged = Files.readString(log);
        assertThat(terminal).as("no library log line on the terminal").doesNotContainPattern(LOG_LINE);
        assertThat(logged).as("the library log holds Kafka's warnings").contains(STREAMS_WARNING)
                .containsPattern(LOG_LINE);
        return logged;
    }

    @Test
    void the_demo_replays_the_bundled_feed_prints_alerts_and_stops_after_its_duration() throws Exception {
        Demo d = demo("45s", "200");
        assertThat(d.exit()).as(d.stderr()).isZero();
        assertThat(d.stdout()).contains("Brink is RUNNING");
        java.util.regex.Matcher page = java.util.regex.Pattern.compile("(?m)^Live page: http://127\\.0\\.0\\.1:\\d+/$")
                .matcher(d.stdout());
        assertThat(page.find()).as("the live page's URL is printed").isTrue();
        int firstAlert = d.stdout().indexOf("ESCALATION ");
        assertThat(page.start()).as("the page's URL comes before the alert lines").isLessThan(firstAlert);
        assertThat(d.stdout()).containsPattern("ESCALATION +OPEN .*(ISR->IRN|IRN->ISR|IRN<->ISR)")
                .containsPattern("DEESCALATION +OPEN .*(ERI|ETH)<?->(ERI|ETH)");
        assertThat(d.stdout()).containsPattern("Brink demo summary: 3\\d\\d articles replayed, [1-9]\\d* alert messages");

        // The feed's articles in other languages: Spanish and French are coded and counted so; an
        // article in a language this build does not code is printed with its code as it goes in.
        assertThat(d.stdout()).containsPattern("Articles read by language: en 323 coded \u00B7 .*\\bes 4 coded\\b")
                .containsPattern("Articles read by language: .*\\bfr 5 coded\\b");
        for (String language : List.of("de", "ru", "ar", "zh")) {
            if (!io.brink.coding.LanguageGate.CODED.contains(language)) {
                assertThat(d.stdout()).containsPattern("(?m)^2026-11-0\\d \\d\\d:\\d\\d  NOT CODED    \u201C.+\u201D \u2014 "
                        + "[\\w.-]+ \\[" + language + "\\]$")
                        .containsPattern("Articles read by language: .*\\b" + language + " \\d+ skipped");
            }
        }
        // Articles in other languages back alerts too: their evidence lines name their language.
        assertThat(d.stdout()).containsPattern("(?m)^ +\u201C.+\u201D \u2014 [\\w.-]+ \\[(es|fr|de|ru|ar|zh)\\]$");
    }

    @Test
    void the_demo_keeps_the_terminal_for_brink_and_says_where_the_library_log_is() throws Exception {
        Demo d = demo("20s", "400");
        assertThat(d.exit()).as(d.terminal()).isZero();
        assertThat(d.stdout().lines().limit(2)).as("the path comes first")
                .anySatisfy(l -> assertThat(l).startsWith("Kafka's and other libraries' log lines: "));
        String logged = assertLibraryLogInFile("demo", d);
        // The demo's state is in the temporary directory, which Kafka Streams warns of: in the file.
        assertThat(logged).contains("WARN StateDirectory - Using an OS temp directory");
        // The Prometheus registry is in place before any meter, so Micrometer has nothing to warn of.
        assertThat(logged).doesNotContain("MeterRegistry is being added");
    }

    @Test
    void replay_and_bench_keep_the_terminal_for_brink_and_say_where_the_library_log_is() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, String.join("\n",
                "{\"id\":\"1\",\"published\":\"2026-11-03T08:00:00Z\",\"text\":\"Iran threatened Israel on Monday.\"}",
                "{\"id\":\"2\",\"published\":\"2026-11-03T09:00:00Z\",\"text\":\"Ethiopia and Eritrea signed a truce.\"}")
                + "\n", StandardCharsets.UTF_8);
        Demo replay = brinkToEnd("replay", 150, "replay", "--input", feed.toString(), "--alerts",
                dir.resolve("alerts.jsonl").toString(), "--scores", dir.resolve("scores.jsonl").toString());
        assertThat(replay.exit()).as(replay.terminal()).isZero();
        assertThat(replay.stdout()).contains("replayed 2 articles");
        assertLibraryLogInFile("replay", replay);

        Demo bench = brinkToEnd("bench", 400, "bench", "--articles", "400", "--warmup", "0", "--partitions", "1",
                "--rate", "40", "--latency-seconds", "1", "--coder-seconds", "1");
        assertThat(bench.exit()).as(bench.terminal()).isZero();
        assertThat(bench.stdout()).contains("Brink pipeline");
        assertLibraryLogInFile("bench", bench);
    }

    @Test
    void run_is_a_service_and_keeps_the_library_log_on_standard_error() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            Path out = dir.resolve("run.out");
            Path err = dir.resolve("run.err");
            Process p = brink("run", "--bootstrap-servers", kafka.bootstrapServers(),
                    "--set", "state.dir=" + dir.resolve("state"), "--set", "http.port=0")
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try {
                org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                        .until(() -> Files.readString(err).contains(STREAMS_WARNING) || !p.isAlive());
                String terminal = Files.readString(out) + Files.readString(err);
                assertThat(terminal).contains(STREAMS_WARNING).contains("WARN StateDirectory - ")
                        .doesNotContain("libraries' log lines");
                try (var files = Files.list(dir)) {
                    assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.startsWith("brink-run-"));
                }
            } finally {
                p.destroy();
                p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
                p.destroyForcibly();
            }
        }
    }

    @Test
    void tail_prints_the_alerts_of_one_pair_as_they_arrive() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            kafka.createTopics(List.of(new NewTopic("brink.alerts", 1, (short) 1)));
            java.time.Instant t = java.time.Instant.parse("2026-11-03T08:00:00Z");
            try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<>(Map.<String, Object>of(
                    "bootstrap.servers", kafka.bootstrapServers()), new org.apache.kafka.common.serialization.StringSerializer(),
                    io.brink.stream.JsonSerde.of(io.brink.model.Alert.class).serializer())) {
                for (String pair : List.of("IND-PAK", "IRN-ISR", "IND-PAK")) {
                    producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>("brink.alerts", pair,
                            new io.brink.model.Alert(1, pair + "-E-1", io.brink.model.Alert.Kind.ESCALATION,
                                    io.brink.model.Alert.Status.OPEN, io.brink.model.Alert.Severity.LOW, pair,
                                    pair.replace("-", "->"), 20, 0, 6, 2, t, t, List.of(), t, t))).get();
                }
            }
            CliTest.Run r = CliTest.run("tail", "alerts", "--pair", "PAK-IND", "--from-beginning", "--max-records", "2",
                    "--bootstrap-servers", kafka.bootstrapServers());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out().lines().filter(l -> l.contains("ESCALATION"))).hasSize(2)
                    .allSatisfy(l -> assertThat(l).contains("IND->PAK"));
        }
    }
}
