package io.brink.stream;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

import io.brink.coding.LanguageGate;
import io.brink.model.ArticleParser;
import io.brink.scoring.ScoringConfig;

/**
 * Brink's one configuration reader. Values come, later winning, from defaults in code, a
 * {@code brink.properties} file, the environment ({@code BRINK_HTTP_PORT} → {@code http.port},
 * {@code KAFKA_SASL_MECHANISM} → {@code kafka.sasl.mechanism}) and command-line flags. Any Kafka
 * client or Streams setting passes through as {@code kafka.<name>}. An unknown key or a bad value
 * fails at start with the key, where it came from, and what is accepted.
 */
public final class BrinkConfig {

    /** What a key accepts. */
    public enum Type { STRING, INT, DOUBLE, BOOLEAN, DURATION, CHOICE }

    /** A documented setting with its default; {@code range} bounds an INT key (null for other types). */
    public record Key(String name, Type type, String defaultValue, String doc, List<String> choices, boolean secret,
                      Range range) {
    }

    /** The integers an INT key accepts, and how an error message names them. */
    public record Range(int min, int max, String accepted) {
        static final Range POSITIVE = new Range(1, Integer.MAX_VALUE, "a positive integer");
    }

    /** A setting that cannot be used, with the message a user needs to fix it. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) {
            super(message);
        }
    }

    public static final String KAFKA_PREFIX = "kafka.";

    /**
     * Largest record Brink's Kafka Streams producer sends, and the limit of the changelog topics it
     * creates. A pair's state is one changelog record: up to 500 contributions, each with its
     * evidence sentence and url. Kafka's default 1 MiB would make a busy pair with long sentences a
     * record Kafka refuses, and under exactly-once a crash on every retry.
     */
    public static final int STATE_RECORD_MAX_BYTES = 8 * 1024 * 1024;

    public static final Key BOOTSTRAP_SERVERS = key("bootstrap.servers", Type.STRING, "localhost:9092",
            "Kafka brokers to connect to (host:port, comma-separated).");
    public static final Key APPLICATION_ID = key("application.id", Type.STRING, "brink",
            "Kafka Streams application id: consumer group, prefix of internal topics and state.");
    public static final Key TOPIC_PREFIX = key("topic.prefix", Type.STRING, "brink.",
            "Prefix of Brink's topic names: <prefix>news, events, scores, alerts, dlq.");
    public static final Key TOPIC_PARTITIONS = key("topic.partitions", Type.INT, "4",
            "Partitions of the topics Brink creates when they are missing.");
    public static final Key TOPIC_REPLICATION = key("topic.replication.factor", "-1",
            "Replication factor of topics Brink creates (-1: the broker's default).",
            new Range(Integer.MIN_VALUE, Integer.MAX_VALUE, "an integer"));
    public static final Key TOPICS_CREATE = key("topics.create", Type.BOOLEAN, "true",
            "Create missing topics at start.");
    public static final Key STATE_DIR = key("state.dir",
            Type.STRING, Path.of(System.getProperty("java.io.tmpdir"), "brink-state").toString(),
            "Folder of the local state stores.");
    public static final Key PROCESSING_GUARANTEE = choice("processing.guarantee", "exactly_once_v2",
            "Delivery guarantee of the pipeline.", List.of("exactly_once_v2", "at_least_once"));
    public static final Key STREAM_THREADS = key("num.stream.threads", Type.INT, "1",
            "Stream threads of this instance.");
    public static final Key CODER_THREADS = key("coder.threads", "-1",
            "Threads that code articles ahead of the stream thread, on spare cores; -1 = one fewer than"
                    + " the cores, 0 = code on the stream thread only.",
            new Range(-1, Integer.MAX_VALUE, "0 or more, or -1 for one fewer than the cores"));
    public static final Key CODER_LANGUAGES = key("coder.languages", Type.STRING, LanguageGate.accepted().replace(" ", ""),
            "Languages Brink codes, as ISO 639-1 codes, comma-separated (default: every language Brink has a coder"
                    + " for); an article in another language yields no events (counted in"
                    + " brink_articles_language_total).");
    public static final Key STANDBY_REPLICAS = key("num.standby.replicas", "0",
            "Warm copies of each task's state kept on other instances, so a lost instance's stores need not be"
                    + " rebuilt from the changelogs (classic group protocol).",
            new Range(0, Integer.MAX_VALUE, "0 or more"));
    public static final Key MAX_TEXT_BYTES = key("input.max.text.bytes", Type.INT,
            String.valueOf(ArticleParser.DEFAULT_MAX_TEXT_BYTES),
            "Largest article text accepted, in UTF-8 bytes; larger articles go to the DLQ.");
    public static final Key ROCKSDB_MEMORY_MB = key("rocksdb.memory.mb", Type.INT, "64",
            "Memory for all RocksDB stores of the instance together (block cache and memtables), in MiB.");
    public static final Key HTTP_HOST = key("http.host", Type.STRING, "127.0.0.1",
            "Address the HTTP endpoint binds to.");
    public static final Key HTTP_PORT = key("http.port", "8080",
            "Port of the HTTP endpoint (/api, /health, /metrics); 0 picks a free port, -1 turns it off.",
            new Range(-1, 65535, "a port 0–65535, or -1 to turn HTTP off"));
    public static final Key API_TOKEN = new Key("api.token", Type.STRING, "",
            "Bearer token the HTTP API's /api routes require when set (health, metrics and docs stay open).", List.of(), true,
            null);
    public static final Key SCORE_WINDOW = key("score.window", Type.DURATION, "24h",
            "Sliding event-time window a pair's score covers.");
    public static final Key SCORE_EMIT_INTERVAL = key("score.emit.interval", Type.DURATION, "250ms",
            "A pair's score is published at most once per this much wall-clock time (alerts at once).");
    public static final Key BASELINE_HALF_LIFE = key("score.baseline.half.life", Type.DURATION, "30d",
            "Half-life of a pair's baseline memory.");
    public static final Key ALERT_MIN_INDEX = key("alert.min.index", Type.DOUBLE, "12",
            "An alert needs at least this index (sum of |weight| x confidence in the window).");
    public static final Key ALERT_Z = key("alert.z.threshold", Type.DOUBLE, "3",
            "An alert needs at least this z-score against the pair's baseline.");
    public static final Key ALERT_MIN_SOURCES = key("alert.min.sources", Type.INT, "2",
            "An alert needs at least this many distinct outlets.");
    public static final Key ALERT_RESOLVE = key("alert.resolve.fraction", Type.DOUBLE, "0.5",
            "An open alert resolves when the index falls below alert.min.index x this.");
    public static final Key ALERT_COOLDOWN = key("alert.cooldown", Type.DURATION, "1h",
            "At most one UPDATED message per alert within this much event time.");
    public static final Key ALERT_TENSION_LOOKBACK = key("alert.tension.lookback.days",
            String.valueOf(ScoringConfig.TENSION_LOOKBACK.toDays()),
            "Cooperation counts toward a de-escalation alert while the pair was in tension (escalation or"
                    + " de-escalation proper in its window) within this many days; 0: only in its window.",
            new Range(0, 365, "0 to 365 (days; 0: only the score window)"));
    public static final Key SCORE_NONSTATE_WEIGHT = key("score.nonstate.weight", Type.DOUBLE,
            String.valueOf(ScoringConfig.NONSTATE_WEIGHT),
            "Weight of an event with a national non-state actor (rebels, militants, settlers) on either side, as a"
                    + " fraction of a state's act: 0 to 1.");
    public static final Key ALERT_KEEP_FIRING = key("alert.keep.firing", Type.DURATION,
            ScoringConfig.KEEP_FIRING.toHours() + "h",
            "An open alert resolves only after it has been quiet (below its resolve bounds) for this much event"
                    + " time, so a lull in the reporting does not split one crisis into two alerts.");
    public static final Key ALERT_COLD_WINDOWS = key("alert.cold.windows", String.valueOf(ScoringConfig.COLD_WINDOWS),
            "A pair first seen before Brink has watched the news for this many score windows is met cold (a war"
                    + " already under way when Brink started is not news): it learns that many windows before it"
                    + " may alert. 0 meets no pair cold.", new Range(0, 30, "0 to 30 (score windows; 0: none met cold)"));
    public static final Key EVIDENCE_SIZE = key("evidence.size", Type.INT, "3",
            "Sentences kept as evidence on a score or alert.");
    public static final Key METRICS_TOP_PAIRS = key("metrics.top.pairs", Type.INT, "10",
            "Pairs reported by the per-pair index and z gauges on /metrics (top N of each ranking).");
    public static final Key INGEST_CONTACT = key("ingest.contact", Type.STRING, "",
            "brink ingest --feeds: a URL or e-mail address named in the User-Agent, so a site's operator can reach"
                    + " whoever runs the ingester.");
    public static final Key INGEST_INTERVAL = key("ingest.interval", Type.DURATION, "5m",
            "brink ingest --feeds: time between the starts of two polls of every feed (--interval overrides it).");
    public static final Key INGEST_TIMEOUT = key("ingest.timeout", Type.DURATION, "20s",
            "brink ingest --feeds: connect and response timeout of one request (feed, page or robots.txt).");
    public static final Key INGEST_MAX_PAGE_BYTES = key("ingest.max.page.bytes", String.valueOf(4 * 1024 * 1024),
            "brink ingest --feeds: largest feed or page read, in bytes after decompression; a larger one is skipped.",
            new Range(1024, 1024 * 1024 * 1024, "1024 to 1073741824 (bytes)"));
    public static final Key INGEST_MAX_REDIRECTS = key("ingest.max.redirects", "5",
            "brink ingest --feeds: redirects followed per request.", new Range(0, 20, "0 to 20"));
    public static final Key INGEST_HOST_DELAY_MS = key("ingest.host.delay.ms", "1000",
            "brink ingest --feeds: least time between two requests to one host, in milliseconds (a robots.txt"
                    + " Crawl-delay that asks for more wins); 0 turns the per-host limit off.",
            new Range(0, 3_600_000, "0 (off) to 3600000 (milliseconds)"));
    public static final Key INGEST_THREADS = key("ingest.threads", "8",
            "brink ingest --feeds: requests in flight at once (over different hosts).", new Range(1, 256, "1 to 256"));
    public static final Key INGEST_RETRIES = key("ingest.retries", "2",
            "brink ingest --feeds: retries of a feed that failed (5xx, timeout, network) within one poll.",
            new Range(0, 10, "0 to 10"));
    public static final Key INGEST_RETRY_BACKOFF = key("ingest.retry.backoff", Type.DURATION, "2s",
            "brink ingest --feeds: wait before the first retry of a failed feed within a poll, doubling with each"
                    + " retry; a feed failing poll after poll also sits out 1, 3, then 7 polls.");
    public static final Key INGEST_SEEN_FILE = key("ingest.seen.file", Type.STRING, "",
            "brink ingest --feeds: file of the ids of articles already sent, kept across restarts; empty:"
                    + " <state.dir>/ingest-seen.txt.");

    public static final List<Key> KEYS = List.of(BOOTSTRAP_SERVERS, APPLICATION_ID, TOPIC_PREFIX, TOPIC_PARTITIONS,
            TOPIC_REPLICATION, TOPICS_CREATE, STATE_DIR, PROCESSING_GUARANTEE, STREAM_THREADS, CODER_THREADS, CODER_LANGUAGES,
            STANDBY_REPLICAS,
            MAX_TEXT_BYTES, ROCKSDB_MEMORY_MB, HTTP_HOST, HTTP_PORT, API_TOKEN, SCORE_WINDOW, SCORE_EMIT_INTERVAL,
            BASELINE_HALF_LIFE, ALERT_MIN_INDEX, ALERT_Z, ALERT_MIN_SOURCES, ALERT_RESOLVE, ALERT_COOLDOWN,
            ALERT_TENSION_LOOKBACK, SCORE_NONSTATE_WEIGHT, ALERT_KEEP_FIRING, ALERT_COLD_WINDOWS, EVIDENCE_SIZE,
            METRICS_TOP_PAIRS, INGEST_CONTACT, INGEST_INTERVAL, INGEST_TIMEOUT, INGEST_MAX_PAGE_BYTES,
            INGEST_MAX_REDIRECTS, INGEST_HOST_DELAY_MS, INGEST_THREADS, INGEST_RETRIES, INGEST_RETRY_BACKOFF,
            INGEST_SEEN_FILE);

    private static final Map<String, Key> BY_NAME = index();

    private final Map<String, String> values;
    private final Map<String, String> kafka;

    private BrinkConfig(Map<String, String> values, Map<String, String> kafka) {
        this.values = Collections.unmodifiableMap(values);
        this.kafka = Collections.unmodifiableMap(kafka);
    }

    /** Defaults only. */
    public static BrinkConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects settings in order of precedence; each later {@code put} wins. */
    public static final class Builder {
        private final Map<String, String> raw = new LinkedHashMap<>();
        private final Map<String, String> origin = new LinkedHashMap<>();

        /** Reads a properties file. */
        public Builder file(Path path) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new ConfigException("cannot read config file " + path + ": " + e.getMessage());
            }
            for (String name : new TreeMap<>(p).keySet().stream().map(Object::toString).toList()) {
                put(name, p.getProperty(name), "config file " + path);
            }
            return this;
        }

        /** Reads {@code BRINK_*} and {@code KAFKA_*} variables. */
        public Builder environment(Map<String, String> env) {
            for (Map.Entry<String, String> e : new TreeMap<>(env).entrySet()) {
                String name = fromEnvironment(e.getKey());
                if (name != null) {
                    put(name, e.getValue(), "environment variable " + e.getKey());
                }
            }
            return this;
        }

        public Builder put(String name, String value, String from) {
            raw.put(name.strip(), value == null ? "" : value.strip());
            origin.put(name.strip(), from);
            return this;
        }

        public Builder put(String name, String value) {
            return put(name, value, "command line");
        }

        public BrinkConfig build() {
            Map<String, String> values = new LinkedHashMap<>();
            for (Key k : KEYS) {
                values.put(k.name(), k.defaultValue());
            }
            Map<String, String> kafka = new TreeMap<>();
            for (Map.Entry<String, String> e : raw.entrySet()) {
                String name = e.getKey();
                String from = origin.get(name);
                if (name.startsWith(KAFKA_PREFIX)) {
                    String kafkaName = name.substring(KAFKA_PREFIX.length());
                    if (!isKafkaSetting(kafkaName)) {
                        throw new ConfigException("unknown Kafka setting '" + name + "' (from " + from
                                + "): after 'kafka.' must come a Kafka Streams, consumer, producer or admin setting,"
                                + " optionally prefixed with consumer., producer., admin., main.consumer.,"
                                + " restore.consumer. or global.consumer.");
                    }
                    kafka.put(kafkaName, e.getValue());
                    continue;
                }
                Key key = BY_NAME.get(name);
                if (key == null) {
                    throw new ConfigException("unknown configuration key '" + name + "' (from " + from
                            + "); accepted keys: " + String.join(", ", BY_NAME.keySet())
                            + ", or kafka.<any Kafka client or Streams setting>");
                }
                validate(key, e.getValue(), from);
                values.put(name, e.getValue());
            }
            return new BrinkConfig(values, kafka);
        }
    }

    /** This configuration with one more setting, validated like any other. */
    public BrinkConfig with(String name, String value) {
        Builder b = builder();
        values.forEach((k, v) -> b.put(k, v, "defaults"));
        kafka.forEach((k, v) -> b.put(KAFKA_PREFIX + k, v, "defaults"));
        return b.put(name, value, "code").build();
    }

    public String get(Key key) {
        return values.get(key.name());
    }

    public int getInt(Key key) {
        return Integer.parseInt(get(key));
    }

    public double getDouble(Key key) {
        return Double.parseDouble(get(key));
    }

    public boolean getBoolean(Key key) {
        return Boolean.parseBoolean(get(key));
    }

    /** {@code coder.languages}, validated. */
    public Set<String> codedLanguages() {
        return LanguageGate.parse(get(CODER_LANGUAGES));
    }

    public Duration getDuration(Key key) {
        return parseDuration(get(key));
    }

    /** The {@code kafka.*} pass-through settings, without their prefix. */
    public Map<String, String> kafkaSettings() {
        return kafka;
    }

    public Topics topics() {
        return Topics.withPrefix(get(TOPIC_PREFIX), getInt(MAX_TEXT_BYTES));
    }

    public ScoringConfig scoring() {
        ScoringConfig d = ScoringConfig.defaults();
        return new ScoringConfig(getDuration(SCORE_WINDOW), getDuration(BASELINE_HALF_LIFE), getDouble(ALERT_MIN_INDEX),
                getDouble(ALERT_Z), getInt(ALERT_MIN_SOURCES), getDouble(ALERT_RESOLVE), getDuration(ALERT_COOLDOWN),
                getInt(EVIDENCE_SIZE), d.maxEvents(), Duration.ofDays(getInt(ALERT_TENSION_LOOKBACK)),
                getDouble(SCORE_NONSTATE_WEIGHT), getDuration(ALERT_KEEP_FIRING), getInt(ALERT_COLD_WINDOWS));
    }

    /** Settings shared by every Kafka client Brink makes (connection, security). */
    public Map<String, Object> clientProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, get(BOOTSTRAP_SERVERS));
        Set<String> common = new HashSet<>(AdminClientConfig.configNames());
        common.retainAll(ProducerConfig.configNames());
        common.retainAll(ConsumerConfig.configNames());
        kafka.forEach((k, v) -> {
            if (common.contains(k)) {
                p.put(k, v);
            }
        });
        return p;
    }

    /** The full Kafka Streams configuration of the Brink application. */
    public Properties streamsProperties() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, get(APPLICATION_ID));
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, get(BOOTSTRAP_SERVERS));
        p.put(StreamsConfig.STATE_DIR_CONFIG, get(STATE_DIR));
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, get(PROCESSING_GUARANTEE));
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, get(STREAM_THREADS));
        p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, get(STANDBY_REPLICAS));
        p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, "true");
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics().dlq());
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Deserialization.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Processing.class);
        // Brink has no global stores today; enabling it now is the Kafka 5.0 default and silences a warning.
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDb.class);
        p.put(BoundedRocksDb.MEMORY_MB, get(ROCKSDB_MEMORY_MB));
        // Brink writes several records per article (events, scores, changelogs): compressed,
        // slightly batched sends cost less than they add in latency under a 100 ms EOS commit.
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), "5");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), "131072");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), STATE_RECORD_MAX_BYTES);
        p.put(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG), String.valueOf(STATE_RECORD_MAX_BYTES));
        p.putAll(kafka);
        applicationServer().ifPresent(a -> p.putIfAbsent(StreamsConfig.APPLICATION_SERVER_CONFIG, a));
        return p;
    }

    /**
     * Where the other instances reach this one's HTTP API, Kafka Streams' {@code application.server}:
     * {@code kafka.application.server} (environment {@code KAFKA_APPLICATION_SERVER}) when set, else
     * {@code http.host:http.port} when HTTP listens on a fixed port of a specific address, else empty
     * (then the API answers only from this instance's own partitions).
     */
    public Optional<String> applicationServer() {
        String explicit = kafka.get(StreamsConfig.APPLICATION_SERVER_CONFIG);
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(explicit.strip());
        }
        return derivedApplicationServer();
    }

    /** True when {@code application.server} is derived from {@code http.host} and {@code http.port}. */
    public boolean applicationServerDerived() {
        String explicit = kafka.get(StreamsConfig.APPLICATION_SERVER_CONFIG);
        return (explicit == null || explicit.isBlank()) && derivedApplicationServer().isPresent();
    }

    private Optional<String> derivedApplicationServer() {
        int port = getInt(HTTP_PORT);
        String host = get(HTTP_HOST).strip();
        if (port <= 0 || host.isEmpty() || WILDCARD_HOSTS.contains(host)) {
            return Optional.empty();
        }
        return Optional.of((host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port);
    }

    /** Bind-to-all addresses: no other instance can reach this one there. */
    private static final Set<String> WILDCARD_HOSTS = Set.of("0.0.0.0", "::", "[::]", "0:0:0:0:0:0:0:0");

    /** Every effective value, secrets masked: for logs and the CLI. */
    public Map<String, String> describe() {
        Map<String, String> out = new TreeMap<>();
        values.forEach((k, v) -> out.put(k, BY_NAME.get(k).secret() && !v.isEmpty() ? "********" : v));
        kafka.forEach((k, v) -> out.put(KAFKA_PREFIX + k, isSecretKafkaSetting(k) ? "********" : v));
        return out;
    }

    @Override
    public String toString() {
        return "BrinkConfig" + describe();
    }

    static boolean isSecretKafkaSetting(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("password") || n.contains("jaas") || n.contains("secret") || n.endsWith(".key");
    }

    /** {@code BRINK_HTTP_PORT} → {@code http.port}; {@code KAFKA_X} → {@code kafka.x} or a Brink key of that name. */
    static String fromEnvironment(String variable) {
        if (variable.startsWith("BRINK_")) {
            String name = variable.substring(6).toLowerCase(Locale.ROOT).replace('_', '.');
            // Kubernetes service links (BRINK_PORT, BRINK_SERVICE_HOST, …) are not settings.
            if (name.startsWith("service.") || name.equals("port") || name.startsWith("port.")) {
                return null;
            }
            return name;
        }
        if (variable.startsWith("KAFKA_")) {
            String name = variable.substring(6).toLowerCase(Locale.ROOT).replace('_', '.');
            if (BY_NAME.containsKey(name) && BY_NAME.get(name) != TOPIC_PREFIX) {
                return name;
            }
            // Containers set many KAFKA_* variables (KAFKA_HEAP_OPTS, service links) that are not
            // client settings; only names Kafka knows are taken.
            return isKafkaSetting(name) ? KAFKA_PREFIX + name : null;
        }
        return null;
    }

    static boolean isKafkaSetting(String name) {
        for (String prefix : List.of("main.consumer.", "restore.consumer.", "global.consumer.", "consumer.",
                "producer.", "admin.", "topic.")) {
            if (name.startsWith(prefix)) {
                String rest = name.substring(prefix.length());
                return prefix.equals("topic.") || isKafkaSetting(rest);
            }
        }
        return StreamsConfig.configDef().names().contains(name) || ConsumerConfig.configNames().contains(name)
                || ProducerConfig.configNames().contains(name) || AdminClientConfig.configNames().contains(name);
    }

    private static void validate(Key key, String value, String from) {
        String problem = switch (key.type()) {
            case STRING -> null;
            case INT -> parses(() -> Integer.parseInt(value)) ? null : "an integer";
            case DOUBLE -> parses(() -> Double.parseDouble(value)) ? null : "a number";
            case BOOLEAN -> value.equals("true") || value.equals("false") ? null : "true or false";
            case DURATION -> parses(() -> parseDuration(value)) ? null
                    : "a duration such as 90s, 15m, 24h, 30d or ISO-8601 PT24H";
            case CHOICE -> key.choices().contains(value) ? null : "one of " + String.join(", ", key.choices());
        };
        if (problem == null && key == SCORE_NONSTATE_WEIGHT) {
            double w = Double.parseDouble(value);
            problem = w >= 0 && w <= 1 ? null : "a number from 0 to 1";
        }
        if (problem == null && key == CODER_LANGUAGES && LanguageGate.parse(value) == null) {
            problem = "languages Brink codes, comma-separated: " + LanguageGate.accepted();
        }
        if (problem == null && key.type() == Type.INT) {
            int n = Integer.parseInt(value);
            problem = n < key.range().min() || n > key.range().max() ? key.range().accepted() : null;
        }
        if (problem != null) {
            throw new ConfigException("invalid value '" + value + "' for " + key.name() + " (from " + from
                    + "): expected " + problem);
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** "90s", "15m", "24h", "30d", "500ms" or ISO-8601 ("PT24H"). */
    public static Duration parseDuration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return positive(Duration.parse(text.strip().toUpperCase(Locale.ROOT)), text);
            }
            if (t.endsWith("ms")) {
                return positive(Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2))), text);
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            return positive(switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new IllegalArgumentException("unknown unit in " + text);
            }, text);
        } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a duration: " + text, e);
        }
    }

    private static Duration positive(Duration d, String text) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("duration must be positive: " + text);
        }
        return d;
    }

    /** A key of {@code type}; an INT key made here accepts positive integers. */
    private static Key key(String name, Type type, String defaultValue, String doc) {
        return new Key(name, type, defaultValue, doc, List.of(), false, type == Type.INT ? Range.POSITIVE : null);
    }

    /** An INT key that accepts the integers of {@code range}. */
    private static Key key(String name, String defaultValue, String doc, Range range) {
        return new Key(name, Type.INT, defaultValue, doc, List.of(), false, range);
    }

    private static Key choice(String name, String defaultValue, String doc, List<String> choices) {
        return new Key(name, Type.CHOICE, defaultValue, doc, choices, false, null);
    }

    private static Map<String, Key> index() {
        Map<String, Key> m = new TreeMap<>();
        for (Key k : KEYS) {
            m.put(k.name(), k);
        }
        return m;
    }

    /** Names of every Brink key, for help texts. */
    public static List<String> keyNames() {
        return new ArrayList<>(BY_NAME.keySet());
    }
}
