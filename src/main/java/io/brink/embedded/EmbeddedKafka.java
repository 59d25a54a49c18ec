package io.brink.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import io.brink.stream.TopicAdmin;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node KRaft Kafka (broker and controller in one process) on loopback, for {@code demo},
 * {@code bench} and the tests. Its data lives in a temporary folder that {@link #close()} deletes.
 * By default clients connect in PLAINTEXT; {@link Options#withSaslPlain} puts the client listener
 * behind SASL/PLAIN for the security tests.
 */
public final class EmbeddedKafka implements AutoCloseable {

    /** What the broker differs in from the plain default. Immutable; each {@code with…} returns a copy. */
    public static final class Options {
        private static final String ADMIN_USER = "brink-embedded-admin";

        private final Map<String, String> saslUsers;
        private final Map<String, String> brokerProperties;

        private Options(Map<String, String> saslUsers, Map<String, String> brokerProperties) {
            this.saslUsers = Map.copyOf(saslUsers);
            this.brokerProperties = Map.copyOf(brokerProperties);
        }

        /** A PLAINTEXT broker: what {@link EmbeddedKafka#start()} starts. */
        public static Options plaintext() {
            return new Options(Map.of(), Map.of());
        }

        /** Clients must authenticate with SASL/PLAIN as {@code user}, among other users added the same way. */
        public Options withSaslPlain(String user, String password) {
            Map<String, String> users = new LinkedHashMap<>(saslUsers);
            if (users.isEmpty()) {
                users.put(ADMIN_USER, Uuid.randomUuid().toString());
            }
            users.put(user, password);
            return new Options(users, brokerProperties);
        }

        /** Any broker setting, e.g. {@code message.max.bytes}. */
        public Options withBrokerProperty(String name, String value) {
            Map<String, String> p = new LinkedHashMap<>(brokerProperties);
            p.put(name, value);
            return new Options(saslUsers, p);
        }

        boolean sasl() {
            return !saslUsers.isEmpty();
        }
    }

    private final Path dir;
    private final int brokerPort;
    private final int controllerPort;
    private final boolean ownsDir;
    private final Options options;
    private KafkaRaftServer server;

    private EmbeddedKafka(Path dir, int brokerPort, int controllerPort, boolean ownsDir, Options options) {
        this.dir = dir;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
        this.ownsDir = ownsDir;
        this.options = options;
    }

    /** Formats a fresh log directory and starts a PLAINTEXT broker on free loopback ports. */
    public static EmbeddedKafka start() {
        return start(Options.plaintext());
    }

    /** Formats a fresh log directory and starts a broker with {@code options} on free loopback ports. */
    public static EmbeddedKafka start(Options options) {
        try {
            Path dir = Files.createTempDirectory("brink-kafka-");
            int[] ports = freePorts(2);
            EmbeddedKafka kafka = new EmbeddedKafka(dir, ports[0], ports[1], true, options);
            kafka.format();
            kafka.startServer();
            return kafka;
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the embedded broker's folder", e);
        }
    }

    /** Host and port for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    /**
     * What a client needs to connect: {@code bootstrap.servers}, and with SASL the security settings
     * of the broker's own administrative user.
     */
    public Map<String, Object> clientProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        if (options.sasl()) {
            p.putAll(saslClientProperties(Options.ADMIN_USER, options.saslUsers.get(Options.ADMIN_USER)));
        }
        return p;
    }

    /** The client settings for SASL/PLAIN as {@code user} with {@code password}, right or wrong. */
    public static Map<String, String> saslClientProperties(String user, String password) {
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", plainLogin(user, password, ""));
    }

    public Path dataDir() {
        return dir;
    }

    /** Stops the broker but keeps its data and ports, so {@link #restart()} brings the same cluster back. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    /** Starts the broker again on the same ports and log directory after {@link #stop()}. */
    public synchronized void restart() {
        if (server == null) {
            startServer();
        }
    }

    /** Creates topics that do not exist yet; an existing topic is left as it is. */
    public void createTopics(Collection<NewTopic> topics) {
        TopicAdmin.createMissing(clientProperties(), topics);
    }

    @Override
    public synchronized void close() {
        stop();
        if (ownsDir) {
            deleteRecursively(dir);
        }
    }

    private Properties serverProperties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        String listener = options.sasl() ? "SASL_PLAINTEXT" : "PLAINTEXT";
        p.put("listeners", listener + "://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", listener + "://127.0.0.1:" + brokerPort);
        p.put("listener.security.protocol.map", listener + ":" + listener + ",CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", listener);
        if (options.sasl()) {
            // The broker logs in to itself as the admin user; every user_<name>="<password>" may log in.
            StringBuilder users = new StringBuilder();
            options.saslUsers.forEach((user, password) -> users.append(" user_").append(user).append("=\"")
                    .append(password).append('"'));
            p.put("sasl.enabled.mechanisms", "PLAIN");
            p.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
            p.put("listener.name.sasl_plaintext.plain.sasl.jaas.config", plainLogin(Options.ADMIN_USER,
                    options.saslUsers.get(Options.ADMIN_USER), users.toString()));
        }
        p.put("log.dirs", dir.resolve("logs").toString());
        // One node: every internal topic must live with a single replica, and exactly-once
        // transactions must not wait for replicas that will never exist.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "4");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "4");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.partitions", "1");
        p.put("auto.create.topics.enable", "false");
        p.put("log.flush.interval.messages", "9223372036854775807");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        // Records carry their article's time, and a replay, the demo or a test feeds past news: with
        // the broker's default of seven days, retention deleted a past week's events from the log
        // while the run still read it. This broker lives as long as its run; it keeps everything.
        p.put("log.retention.ms", "-1");
        p.put("group.streams.initial.rebalance.delay.ms", "0");
        p.putAll(options.brokerProperties);
        return p;
    }

    private static String plainLogin(String user, String password, String extra) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user
                + "\" password=\"" + password + "\"" + extra + ";";
    }

    private void format() throws IOException {
        Path config = dir.resolve("server.properties");
        try (Writer w = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            serverProperties().store(w, "Brink embedded broker");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String clusterId = Uuid.randomUuid().toString();
        int rc = StorageTool.execute(
                new String[] {"format", "-t", clusterId, "-c", config.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        if (rc != 0) {
            throw new IllegalStateException("formatting the embedded broker's storage failed: "
                    + out.toString(StandardCharsets.UTF_8));
        }
    }

    private synchronized void startServer() {
        server = new KafkaRaftServer(new KafkaConfig(serverProperties(), false), Time.SYSTEM);
        server.startup();
        awaitReady(Duration.ofSeconds(60));
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> client = clientProperties();
        client.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        client.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4000);
        try (Admin admin = Admin.create(client)) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(4, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the embedded broker did not become ready in " + timeout, e);
                    }
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the embedded broker", e);
        }
    }

    /**
     * {@code n} distinct free loopback ports. The sockets stay open until all are chosen: asked one
     * after the other, the system may hand out the port it has just freed again (a broker with both
     * listeners on one port fails to start).
     */
    private static int[] freePorts(int n) throws IOException {
        ServerSocket[] sockets = new ServerSocket[n];
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                sockets[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets[i].setReuseAddress(true);
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + root, e);
        }
    }
}
