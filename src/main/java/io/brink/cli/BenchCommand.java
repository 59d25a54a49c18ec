package io.brink.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import io.brink.embedded.EmbeddedKafka;
import io.brink.model.Article;
import io.brink.model.Json;
import io.brink.stream.BrinkConfig;
import io.brink.stream.BrinkService;
import io.brink.stream.JsonSerde;
import io.brink.stream.Topics;

/**
 * {@code brink bench}: in one run on the embedded broker, how fast Kafka takes the articles,
 * how fast a pass-through Streams topology with the same input, serde and guarantee moves them
 * (the practical limit), how fast the full Brink topology codes and scores them, and how long an
 * article takes from produce to the score it moves at a steady offered rate.
 *
 * <p>Both topologies first run over {@code --warmup} articles of their own topics, measured
 * too: a JVM just started spends much of a short run compiling, so the cold ratio compares two
 * JIT warm-ups more than two topologies. The measured phases then compare steady states, as JMH
 * would, and the cold figures stay in the output because a real restart is cold.
 *
 * <p>Last, each language's coder alone on one thread ({@link CoderSpeed}), after the broker has
 * stopped; {@code --coder-only} runs that phase alone.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure Brink's throughput and latency on an embedded broker.",
                "Throughput is set against Kafka's own limits; latency is measured at a fixed offered rate.",
                "Then each language's coder alone on one thread, in sentences per second, over the benchmark"
                        + " sentences the jar ships for every language Brink codes (--coder-only: that phase alone,"
                        + " without a broker).",
                "The feed mixes languages: of every ten articles seven are in English, three in the other"
                        + " languages Brink codes, in turn.",
                "Prints a table; --json writes the figures."})
final class BenchCommand implements Callable<Integer> {

    private static final String PREFIX = "bench.";
    private static final String WARMUP_PREFIX = "bench.warmup.";
    private static final String PASSTHROUGH = "passthrough";

    @Mixin
    ConfigOptions options;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "Articles (default ${DEFAULT-VALUE}).")
    long articles;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "100000",
            description = "Articles each topology runs before the measured phases; 0 measures from cold"
                    + " (default ${DEFAULT-VALUE}).")
    long warmup;

    @Option(names = "--partitions", paramLabel = "P", defaultValue = "4", description = "Partitions (default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "200",
            description = "Offered rate for the latency phase, articles/s (default ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--latency-seconds", paramLabel = "S", defaultValue = "20",
            description = "Length of the latency phase (default ${DEFAULT-VALUE}).")
    int latencySeconds;

    @Option(names = "--json", paramLabel = "OUT.json", description = "Write the results here as JSON.")
    Path json;

    @Option(names = "--coder-seconds", paramLabel = "S", defaultValue = "3",
            description = "The coder phase: CPU seconds measured per language, after a warm-up until the speed"
                    + " settles (at least S, at most 10 S; default ${DEFAULT-VALUE}).")
    int coderSeconds;

    @Option(names = "--coder-only",
            description = "Measure only each language's coder on one thread (no broker, no pipeline).")
    boolean coderOnly;

    @Option(names = "--jfr", paramLabel = "OUT.jfr",
            description = "Record the pipeline phase with Java Flight Recorder (its 'profile' settings) into this file.")
    Path jfr;

    @Override
    public Integer call() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("--articles", articles);
        counts.put("--partitions", (long) partitions);
        counts.put("--rate", (long) rate);
        counts.put("--latency-seconds", (long) latencySeconds);
        counts.put("--coder-seconds", (long) coderSeconds);
        if (warmup < 0) {
            System.err.printf("brink: --warmup must be a whole number of at least 0, not %d%n", warmup);
            return Main.USAGE;
        }
        for (Map.Entry<String, Long> c : counts.entrySet()) {
            if (c.getValue() < 1) {
                System.err.printf("brink: %s must be a whole number of at least 1, not %d%n", c.getKey(), c.getValue());
                return Main.USAGE;
            }
        }
        for (Path file : new Path[] {json, jfr}) {
            Path parent = file == null ? null : file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                System.err.printf("brink: cannot write %s: the directory %s does not exist%n", file, parent);
                return Main.USAGE;
            }
        }
        PrintStream out = System.out;
        Map<String, Object> result = new LinkedHashMap<>();
        if (!coderOnly) {
            pipelinePhases(out, result);
        } else {
            out.println("Brink bench: each language's coder alone, on one thread");
        }
        coderPhase(out, result);
        if (json != null) {
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), result);
            out.printf("%nresults written to %s%n", json);
        }
        return Main.OK;
    }

    /**
     * Phase 6: each language's coder alone on one thread, over the benchmark sentences the jar ships
     * ({@link CoderSpeed}), after the broker has stopped, so the figure is the coder's and not
     * Kafka's; keys {@code coder_sentences_per_s} and {@code coder_sentences}, by language.
     */
    private void coderPhase(PrintStream out, Map<String, Object> result) {
        Map<String, List<String>> sentences = CoderSpeed.sentences();
        Map<String, Double> perSecond = new LinkedHashMap<>();
        Map<String, Integer> counted = new LinkedHashMap<>();
        Map<String, Double> warmups = new LinkedHashMap<>();
        Map<String, Double> perWallSecond = new LinkedHashMap<>();
        io.brink.coding.EventCoder english = io.brink.coding.EventCoder.standard();
        Duration seconds = Duration.ofSeconds(coderSeconds);
        out.printf("6. coder, one thread    (each language on its benchmark sentences: warmed up until its speed"
                + " settles, then %d s of its thread's CPU time measured)%n", coderSeconds);
        for (Map.Entry<String, List<String>> e : sentences.entrySet()) {
            CoderSpeed.Result r = CoderSpeed.measure(e.getKey(), e.getValue(), english, seconds);
            perSecond.put(r.language(), round(r.perSecond()));
            counted.put(r.language(), r.sentences());
            warmups.put(r.language(), round(r.warmupSeconds()));
            perWallSecond.put(r.language(), round(r.perWallSecond()));
            out.printf("   %-20s %,12.0f sentences/s  (%,.0f by the wall clock; %d sentences; warm-up %.0f s)%n",
                    r.language(), r.perSecond(), r.perWallSecond(), r.sentences(), r.warmupSeconds());
        }
        java.util.Set<String> without = new java.util.TreeSet<>(io.brink.coding.LanguageGate.CODED);
        without.removeAll(sentences.keySet());
        if (!without.isEmpty()) {
            out.printf("   no benchmark sentences in the jar for: %s%n", String.join(", ", without));
        }
        result.put("coder_seconds", coderSeconds);
        result.put("coder_sentences", counted);
        result.put("coder_warmup_s", warmups);
        result.put("coder_sentences_per_s", perSecond);
        result.put("coder_sentences_per_wall_s", perWallSecond);
    }

    private void pipelinePhases(PrintStream out, Map<String, Object> result) throws Exception {
        Path state = Files.createTempDirectory("brink-bench-state-");
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            BrinkConfig config = benchConfig(kafka, state, PREFIX);
            Topics topics = config.topics();
            BenchFeed feed = new BenchFeed();
            out.printf("Brink bench: %d articles of ~%d KB (after a warm-up of %d), %d partitions, %s,"
                            + " on an embedded broker%n", articles, BenchFeed.TARGET_CHARS / 1000, warmup, partitions,
                    config.get(BrinkConfig.PROCESSING_GUARANTEE));
            List<String> mix = new ArrayList<>();
            feed.shares().forEach((language, share) -> mix.add(String.format("%s %.0f %%", language, 100 * share)));
            out.printf("   articles by language: %s%n", String.join(", ", mix));
            LibraryLogs.announce(out);
            result.put("articles", articles);
            result.put("warmup_articles", warmup);
            result.put("partitions", partitions);
            result.put("processing_guarantee", config.get(BrinkConfig.PROCESSING_GUARANTEE));
            result.put("feed_language_share", feed.shares());

            if (jfr != null) {
                // JFR's first recording in a JVM retransforms classes, which throws away compiled code: the
                // pipeline then ran interpreted for its first 50 s. Paying that before the warm-up keeps the
                // profile of the measured phase a profile of warm code.
                startRecording().close();
            }
            Throughput cold = null;
            if (warmup > 0) {
                BrinkConfig warm = benchConfig(kafka, state, WARMUP_PREFIX);
                createTopics(kafka, warm);
                produceAll(warm, feed, warmup);
                double pass = passthrough(warm, warmup);
                try (BrinkService service = new BrinkService(warm.with(BrinkConfig.APPLICATION_ID.name(),
                        "bench-warmup-pipeline")).start()) {
                    service.awaitRunning(Duration.ofSeconds(120));
                    cold = new Throughput(pass, pipeline(service, warmup, null));
                }
                out.printf("0. warm-up, from cold   pass-through %,.0f, pipeline %,.0f articles/s  (%.0f %%)%n",
                        cold.passthrough(), cold.pipeline(), 100 * cold.ratio());
            }

            createTopics(kafka, config);
            double producerRate = produceAll(config, feed, articles);
            result.put("producer_articles_per_s", round(producerRate));
            out.printf("1. producer only        %,12.0f articles/s%n", producerRate);

            double passthroughRate = passthrough(config, articles);
            result.put("passthrough_articles_per_s", round(passthroughRate));
            out.printf("2. pass-through Streams %,12.0f articles/s%n", passthroughRate);

            BrinkConfig pipelineConfig = config.with(BrinkConfig.APPLICATION_ID.name(), "bench-pipeline");
            try (BrinkService service = new BrinkService(pipelineConfig).start()) {
                service.awaitRunning(Duration.ofSeconds(120));
                Throughput measured = new Throughput(passthroughRate, pipeline(service, articles, jfr));
                // Without a warm-up the measured phases are the cold ones.
                Throughput first = cold == null ? measured : cold;
                result.put("pipeline_articles_per_s", round(measured.pipeline()));
                result.put("ratio", round(measured.ratio()));
                result.put("passthrough_articles_per_s_cold", round(first.passthrough()));
                result.put("pipeline_articles_per_s_cold", round(first.pipeline()));
                result.put("ratio_cold", round(first.ratio()));
                out.printf("3. Brink pipeline       %,12.0f articles/s  (%.0f %% of pass-through; from cold %.0f %%)%n",
                        measured.pipeline(), 100 * measured.ratio(), 100 * first.ratio());

                Latency latency = latency(pipelineConfig, topics, feed);
                result.put("latency_offered_articles_per_s", rate);
                result.put("latency_scores", latency.scores().size());
                result.put("latency_p50_ms", percentile(latency.scores(), 50));
                result.put("latency_p99_ms", percentile(latency.scores(), 99));
                result.put("latency_max_ms", percentile(latency.scores(), 100));
                result.put("alert_latency_count", latency.alerts().size());
                result.put("alert_latency_p50_ms", percentile(latency.alerts(), 50));
                result.put("alert_latency_max_ms", percentile(latency.alerts(), 100));
                out.printf("4. latency at %d/s      produce→score p50 %d ms, p99 %d ms, max %d ms (%d score updates); %s%n",
                        rate, percentile(latency.scores(), 50), percentile(latency.scores(), 99),
                        percentile(latency.scores(), 100), latency.scores().size(), alertLatency(latency.alerts()));

                double rocksMb = rocksDbBytes(service.streams()) / 1024.0 / 1024.0;
                System.gc();
                double heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1024.0 / 1024.0;
                result.put("heap_mb", round(heapMb));
                result.put("rocksdb_mb", round(rocksMb));
                out.printf("5. memory               heap %.0f MB after GC, RocksDB %.1f MB (shared cache, memtables in it)%n",
                        heapMb, rocksMb);
            }
        } finally {
            TempDirs.deleteQuietly(state);
        }
    }

    /** The produce→alert line: a phase without alerts says so rather than printing the JSON's -1. */
    static String alertLatency(List<Long> alerts) {
        if (alerts.isEmpty()) {
            return "no alert opened, so no produce→alert latency";
        }
        return String.format("produce→alert p50 %d ms, max %d ms (%d alerts)",
                percentile(alerts, 50), percentile(alerts, 100), alerts.size());
    }

    /** Articles per second through the pass-through topology and through Brink's pipeline. */
    private record Throughput(double passthrough, double pipeline) {
        double ratio() {
            return pipeline / passthrough;
        }
    }

    /** The bench's settings on the embedded broker; each prefix is one set of topics. */
    private BrinkConfig benchConfig(EmbeddedKafka kafka, Path state, String prefix) {
        return options.embedded(kafka.bootstrapServers(), state, "brink-bench")
                .put(BrinkConfig.TOPIC_PREFIX.name(), prefix, "bench")
                .put(BrinkConfig.TOPIC_PARTITIONS.name(), String.valueOf(partitions), "bench")
                .put(BrinkConfig.HTTP_PORT.name(), "-1", "bench")
                .build();
    }

    private void createTopics(EmbeddedKafka kafka, BrinkConfig config) throws Exception {
        List<NewTopic> all = new ArrayList<>(config.topics().newTopics(partitions, (short) 1));
        all.add(new NewTopic(passthroughTopic(config), partitions, (short) 1));
        kafka.createTopics(all);
    }

    private static String passthroughTopic(BrinkConfig config) {
        return config.get(BrinkConfig.TOPIC_PREFIX) + PASSTHROUGH;
    }

    /** Articles per second through a started pipeline until it has read all {@code n}; recorded with JFR into {@code jfr} if set. */
    private static double pipeline(BrinkService service, long n, Path jfr) throws Exception {
        BrinkConfig config = service.config();
        Recording recording = jfr == null ? null : startRecording();
        long t0 = System.nanoTime();
        Drain.await(config, List.of(config.topics().news().name(), config.topics().events().name()));
        double rate = n / ((System.nanoTime() - t0) / 1e9);
        if (recording != null) {
            recording.dump(jfr);
            recording.close();
            System.out.printf("   profile of the pipeline phase written to %s%n", jfr);
        }
        return rate;
    }

    /** A flight recording of what the pipeline phase spends its time on (JFR ships with the JDK). */
    private static Recording startRecording() throws java.io.IOException, java.text.ParseException {
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.setName("brink-bench-pipeline");
        recording.start();
        return recording;
    }

    private double produceAll(BrinkConfig config, BenchFeed feed, long n) throws Exception {
        String topic = config.topics().news().name();
        try (KafkaProducer<String, byte[]> producer = producer(config)) {
            long t0 = System.nanoTime();
            for (long i = 0; i < n; i++) {
                Article a = feed.article(i, n);
                producer.send(new ProducerRecord<>(topic, a.id(), feed.json(a)));
            }
            producer.flush();
            return n / ((System.nanoTime() - t0) / 1e9);
        }
    }

    /** The same input, serde and guarantee as Brink, doing nothing but writing each article out again. */
    private double passthrough(BrinkConfig config, long n) throws Exception {
        BrinkConfig pass = config.with(BrinkConfig.APPLICATION_ID.name(),
                config.get(BrinkConfig.TOPIC_PREFIX).replace('.', '-') + PASSTHROUGH);
        Topics topics = config.topics();
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(topics.news().name(), Consumed.with(topics.news().keySerde(), topics.news().valueSerde()))
                .to(passthroughTopic(config), Produced.with(topics.news().keySerde(), JsonSerde.of(Article.class)));
        Properties props = pass.streamsProperties();
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, "false");
        try (KafkaStreams streams = new KafkaStreams(builder.build(), props)) {
            streams.start();
            awaitRunning(streams);
            long t0 = System.nanoTime();
            Drain.await(pass, List.of(topics.news().name()));
            return n / ((System.nanoTime() - t0) / 1e9);
        }
    }

    private record Latency(List<Long> scores, List<Long> alerts) {
    }

    /** Articles published "now" at the offered rate; the score and alert records carry that time. */
    private Latency latency(BrinkConfig config, Topics topics, BenchFeed feed) throws Exception {
        List<Long> scores = Collections.synchronizedList(new ArrayList<>());
        List<Long> alerts = Collections.synchronizedList(new ArrayList<>());
        Map<String, Object> p = new HashMap<>(config.clientProperties());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-latency-" + System.nanoTime());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        long start = System.currentTimeMillis();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
             KafkaProducer<String, byte[]> producer = producer(config)) {
            consumer.subscribe(List.of(topics.scores().name(), topics.alerts().name()));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            consumer.seekToEnd(consumer.assignment());
            consumer.assignment().forEach(consumer::position);
            long total = (long) rate * latencySeconds;
            long t0 = System.nanoTime();
            long sent = 0;
            long drainUntil = Long.MAX_VALUE;
            while (System.nanoTime() < drainUntil) {
                long due = (long) ((System.nanoTime() - t0) / 1e9 * rate);
                while (sent < total && sent < due) {
                    Article base = feed.article(articles + sent, articles);
                    long now = System.currentTimeMillis();
                    Article a = new Article("latency-" + sent, base.url(), base.source(),
                            java.time.Instant.ofEpochMilli(now), base.title(), base.text(), base.language());
                    producer.send(new ProducerRecord<>(topics.news().name(), a.id(), feed.json(a)));
                    sent++;
                }
                if (sent == total && drainUntil == Long.MAX_VALUE) {
                    producer.flush();
                    drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(5))) {
                    long received = System.currentTimeMillis();
                    if (r.timestamp() >= start) {
                        (r.topic().equals(topics.alerts().name()) ? alerts : scores).add(received - r.timestamp());
                    }
                }
            }
        }
        return new Latency(scores, alerts);
    }

    private KafkaProducer<String, byte[]> producer(BrinkConfig config) {
        Map<String, Object> p = new HashMap<>(config.clientProperties());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    private static void awaitRunning(KafkaStreams streams) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline || streams.state() == KafkaStreams.State.ERROR) {
                throw new IllegalStateException("pass-through topology did not start: " + streams.state());
            }
            Thread.sleep(50);
        }
    }

    /**
     * Memory of the instance's RocksDB: every store shares one block cache with the memtables
     * charged to it (see BoundedRocksDb), so each store reports the same usage; it is counted once.
     */
    private static double rocksDbBytes(KafkaStreams streams) {
        double shared = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : streams.metrics().entrySet()) {
            if (e.getKey().name().equals("block-cache-usage") && e.getValue().metricValue() instanceof Number n) {
                shared = Math.max(shared, n.doubleValue());
            }
        }
        return shared;
    }

    static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }

}
