package io.brink.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import io.brink.api.HttpApi;
import io.brink.stream.BrinkConfig;
import io.brink.stream.BrinkService;

/** {@code brink run}: the service against an existing Kafka, until SIGTERM or Ctrl-C. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run Brink against an existing Kafka cluster until stopped.",
                "SIGTERM or Ctrl-C closes it cleanly."})
final class RunCommand implements Callable<Integer> {

    static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws Exception {
        BrinkConfig config = options.load();
        System.err.println("brink: starting with " + config.describe());
        BrinkService service = new BrinkService(config);
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        AtomicInteger exit = new AtomicInteger(Main.OK);
        // Kafka Streams takes a state listener only before it starts.
        service.streams().setStateListener((now, before) -> {
            if (now == org.apache.kafka.streams.KafkaStreams.State.ERROR) {
                stopped.countDown();
            }
        });
        HttpApi http;
        try {
            service.start();
            int port = config.getInt(BrinkConfig.HTTP_PORT);
            http = port < 0 ? null : HttpApi.start(service, config.get(BrinkConfig.HTTP_HOST), port);
        } catch (Exception e) {
            service.close(SHUTDOWN_TIMEOUT);
            throw e;
        }
        if (http != null) {
            System.err.println("brink: HTTP on http://" + config.get(BrinkConfig.HTTP_HOST) + ":" + http.port()
                    + " (/api/pairs, /api/alerts, /openapi.json, /health/live, /health/ready, /metrics); application.server "
                    + config.applicationServer().orElse("unset: queries answer from this instance's partitions only"));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopped.countDown();
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // The JVM would end with the signal's status (143 for SIGTERM) and report a clean stop as a failure.
            Runtime.getRuntime().halt(exit.get());
        }, "brink-shutdown"));
        stopped.await();
        boolean clean = service.close(SHUTDOWN_TIMEOUT);
        if (http != null) {
            http.close();
        }
        System.err.println("brink: stopped " + (clean ? "cleanly" : "after the shutdown timeout"));
        if (service.failure() != null) {
            System.err.println("brink: failed: " + service.failure());
        }
        exit.set(service.failure() == null && clean ? Main.OK : Main.FAILED);
        closed.countDown();
        return exit.get();
    }
}
