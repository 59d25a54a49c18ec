package io.brink.stream;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;

import io.brink.coding.EventCoder;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * One running Brink instance: creates missing topics, starts Kafka Streams with
 * {@link BrinkTopology}, and closes it cleanly (state flushed, offsets committed).
 */
public final class BrinkService implements AutoCloseable {

    private final BrinkConfig config;
    private final KafkaStreams streams;
    private final CodingAhead ahead;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final PrometheusMeterRegistry meters;

    public BrinkService(BrinkConfig config) {
        this.config = config;
        // Brink's meters live in Micrometer's global registry; a registry added to it later would
        // miss every count made before (a dead letter at start-up, say). So the registry that
        // /metrics scrapes joins first, before the coder and the topology register anything.
        this.meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Metrics.addRegistry(meters);
        EventCoder coder = EventCoder.standard();
        this.ahead = new CodingAhead(BrinkTopology.gate(config, coder), config.topics().news().valueSerde().deserializer(),
                config.topics().news().name(), CodingAhead.threads(config.getInt(BrinkConfig.CODER_THREADS)));
        this.streams = new KafkaStreams(BrinkTopology.build(config, coder, ahead),
                new StreamsConfig(config.streamsProperties()), new AheadClientSupplier(ahead));
        streams.setUncaughtExceptionHandler(e -> {
            failure.set(e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    }

    /**
     * Checks that Kafka is reachable and accepts Brink's credentials ({@link KafkaAccess}), creates
     * missing topics (when {@code topics.create}) and starts processing.
     */
    public BrinkService start() {
        Map<String, Object> admin = config.clientProperties();
        admin.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        KafkaAccess.check(admin);
        if (config.getBoolean(BrinkConfig.TOPICS_CREATE)) {
            TopicAdmin.createMissing(admin, config.topics().newTopics(config.getInt(BrinkConfig.TOPIC_PARTITIONS),
                    (short) config.getInt(BrinkConfig.TOPIC_REPLICATION)));
        }
        streams.start();
        return this;
    }

    /** Waits until the instance is RUNNING; throws when it fails or does not get there in time. */
    public void awaitRunning(Duration timeout) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            KafkaStreams.State s = streams.state();
            if (s == KafkaStreams.State.RUNNING) {
                return;
            }
            if (s == KafkaStreams.State.ERROR || s == KafkaStreams.State.NOT_RUNNING
                    || s == KafkaStreams.State.PENDING_ERROR) {
                throw new IllegalStateException("Brink stopped while starting (" + s + ")", failure.get());
            }
            running.await(100, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("Brink was not RUNNING within " + timeout + " (state " + streams.state() + ")");
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public KafkaStreams streams() {
        return streams;
    }

    public BrinkConfig config() {
        return config;
    }

    /** The registry {@code /metrics} serves: every Brink meter, counted from this instance's construction. */
    public PrometheusMeterRegistry meters() {
        return meters;
    }

    /** The error that stopped a stream thread, if any. */
    public Throwable failure() {
        return failure.get();
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

    public boolean close(Duration timeout) {
        boolean closed = streams.close(new KafkaStreams.CloseOptions().timeout(timeout));
        ahead.close();
        Metrics.removeRegistry(meters);
        meters.close();
        return closed;
    }
}
