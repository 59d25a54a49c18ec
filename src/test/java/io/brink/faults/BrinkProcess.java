package io.brink.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One {@code brink run} in its own JVM, started the way an operator starts it, so that the tests
 * can {@code kill -9} it, send it SIGTERM, and read its log. Its HTTP port answers
 * {@code /health/ready} with 200 when Kafka Streams is RUNNING.
 */
final class BrinkProcess implements AutoCloseable {

    /** Settings that make a dead member leave the group in seconds rather than the default 45 s. */
    static final Map<String, String> FAST_FAILOVER = Map.of(
            "kafka.session.timeout.ms", "6000",
            "kafka.heartbeat.interval.ms", "1500");

    private final String name;
    private final Path log;
    private final List<String> command;
    private final int httpPort;
    private final Map<String, String> environment;
    private Process process;
    private int starts;

    private BrinkProcess(String name, Path log, List<String> command, int httpPort, Map<String, String> environment) {
        this.name = name;
        this.log = log;
        this.command = command;
        this.httpPort = httpPort;
        this.environment = environment;
    }

    /**
     * A {@code brink run} against {@code bootstrapServers} with state in {@code stateDir}, the HTTP
     * endpoint on a free port, {@code settings} as {@code --set key=value}; not started yet.
     */
    static BrinkProcess of(String name, Path workDir, String bootstrapServers, Path stateDir,
                           Map<String, String> settings) {
        return of(name, workDir, bootstrapServers, stateDir, settings, Map.of());
    }

    static BrinkProcess of(String name, Path workDir, String bootstrapServers, Path stateDir,
                           Map<String, String> settings, Map<String, String> environment) {
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Two cores are shared by the test JVM, the broker and two instances: keep each lean.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.streams.KafkaStreams=info",
                "-cp", System.getProperty("java.class.path"),
                "io.brink.cli.Main", "run", "--bootstrap-servers", bootstrapServers));
        Map<String, String> all = new LinkedHashMap<>();
        all.put("state.dir", stateDir.toString());
        all.put("http.port", String.valueOf(port));
        // The fault tests' streams begin with their crises, as a deployment that has watched its pairs sees them.
        all.put("alert.cold.windows", "0");
        all.putAll(settings);
        all.forEach((k, v) -> {
            cmd.add("--set");
            cmd.add(k + "=" + v);
        });
        return new BrinkProcess(name, workDir.resolve(name + ".log"), List.copyOf(cmd), port, Map.copyOf(environment));
    }

    /** Process {@code name} with its state in {@code workDir/state-name}, started. */
    static BrinkProcess started(String name, Path workDir, String bootstrapServers, Map<String, String> settings) {
        return of(name, workDir, bootstrapServers, workDir.resolve("state-" + name), settings).start();
    }

    /** Waits until every one of {@code processes} answers ready. */
    static void awaitAllReady(Duration timeout, BrinkProcess... processes) throws InterruptedException {
        for (BrinkProcess p : processes) {
            p.awaitReady(timeout);
        }
    }

    /** Starts (or starts again) the process; its output is appended to its log. */
    BrinkProcess start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is running");
        }
        try {
            starts++;
            Files.writeString(log, "---- start " + starts + " of " + name + " ----\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            pb.environment().keySet().removeIf(k -> k.startsWith("BRINK_") || k.startsWith("KAFKA_"));
            pb.environment().putAll(environment);
            process = pb.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** {@code kill -9}: no shutdown hook, no commit, no clean close. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, then waits up to {@code timeout} for the exit; returns the exit code, or -1 when still alive. */
    int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /** Waits for the process to end on its own; returns the exit code, or -1 when still alive. */
    int awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** The HTTP status of {@code /health/ready}, or -1 when nothing answers. */
    int readiness() {
        return status("/health/ready");
    }

    /** Waits until {@code /health/ready} answers 200 (Kafka Streams RUNNING). */
    void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (readiness() != 200) {
            if (!alive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + " was not ready within " + timeout + ":\n" + tail());
            }
            Thread.sleep(250);
        }
    }

    int status(String path) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + httpPort + path).toURL()
                    .openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(3000);
            try {
                return c.getResponseCode();
            } finally {
                c.disconnect();
            }
        } catch (IOException e) {
            return -1;
        }
    }

    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The last lines of the log, for failure messages. */
    String tail() {
        String[] lines = log().split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 40), lines.length));
    }

    String name() {
        return name;
    }

    int httpPort() {
        return httpPort;
    }

    @Override
    public void close() throws InterruptedException {
        if (alive()) {
            kill9();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
