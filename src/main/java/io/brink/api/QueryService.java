package io.brink.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.query.FailureReason;
import org.apache.kafka.streams.query.KeyQuery;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.query.RangeQuery;
import org.apache.kafka.streams.query.StateQueryRequest;
import org.apache.kafka.streams.query.StateQueryResult;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;

import io.brink.api.Router.Request;
import io.brink.api.Router.Response;
import io.brink.model.Json;
import io.brink.stream.BrinkService;

/**
 * Reads Brink's state stores through Interactive Queries v2 wherever they are. A key is read on
 * the instance whose active task holds its partition: here, or by forwarding the HTTP request to
 * that instance ({@code application.server}). A whole-store question (top pairs, alerts) is asked
 * of every instance for exactly the partitions its active tasks hold, and the answers merged.
 * Whatever cannot be answered completely and from active tasks right now (start, rebalance, an
 * instance that does not answer) is a 503, never a partial or empty answer.
 *
 * <p>Forwarded requests carry {@value #FORWARDED_BY} (the forwarding instance), so the receiver
 * answers from its own state or refuses, and never forwards again; a forwarded whole-store
 * question names its partitions in {@value #PARTITIONS}.
 */
final class QueryService {

    static final String FORWARDED_BY = "X-Brink-Forwarded-By";
    static final String PARTITIONS = "X-Brink-Partitions";
    /** On every answer read from a store: the instance ({@code application.server}) whose store answered. */
    static final String SERVED_BY = "X-Brink-Served-By";
    static final Duration FORWARD_TIMEOUT = Duration.ofSeconds(10);

    /** Where a key lives. */
    sealed interface Location permits Local, Remote {
    }

    /** On this instance, in {@code partition}. */
    record Local(int partition) implements Location {
    }

    /** On another instance, whose active task holds {@code partition}. */
    record Remote(HostInfo host, int partition) implements Location {
    }

    private final BrinkService service;
    private final KafkaStreams streams;
    /** This instance's {@code application.server}; null without one (then only local partitions answer). */
    private final HostInfo self;
    /** The source topic of the store-owning sub-topology: its partitions are the stores' partitions. */
    private final String storeTopic;
    private final HttpClient client;
    private volatile int partitionCount = -1;

    QueryService(BrinkService service) {
        this.service = service;
        this.streams = service.streams();
        this.self = service.config().applicationServer().map(HostInfo::buildFromEndpoint).orElse(null);
        this.storeTopic = service.config().topics().events().name();
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3)).build();
    }

    Optional<HostInfo> self() {
        return Optional.ofNullable(self);
    }

    /** This instance as {@code host:port}, or "local" without {@code application.server}. */
    String selfName() {
        return self == null ? "local" : endpoint(self);
    }

    /** 503 unless Kafka Streams is RUNNING: before that, or while rebalancing, stores may be missing or stale. */
    void requireRunning() {
        KafkaStreams.State state = service.state();
        if (state != KafkaStreams.State.RUNNING) {
            throw ApiException.unavailable("Brink is " + state + ", not RUNNING: its state stores cannot be "
                    + "queried completely right now; retry shortly");
        }
    }

    /** The instance whose active task holds {@code key} of {@code store}. */
    Location locate(String store, String key, Request request) {
        requireRunning();
        if (self == null) {
            // Without application.server Kafka Streams keeps no partition metadata at all: the
            // partition is the one the events sink's default partitioner picks for the key.
            byte[] bytes = Serdes.String().serializer().serialize(storeTopic, key);
            return new Local(Utils.toPositive(Utils.murmur2(bytes)) % partitionCount());
        }
        KeyQueryMetadata md;
        try {
            md = streams.queryMetadataForKey(store, key, Serdes.String().serializer());
        } catch (IllegalStateException e) {
            throw ApiException.unavailable("the partition assignment is not known: " + e.getMessage());
        }
        if (md == null || md.partition() < 0) {
            throw ApiException.unavailable("the partition assignment is not known yet (rebalancing)");
        }
        int partition = md.partition();
        HostInfo active = md.activeHost();
        if (active == null || active.equals(HostInfo.unavailable())) {
            throw ApiException.unavailable("partition " + partition + " has no active instance right now (rebalancing)");
        }
        if (active.equals(self)) {
            return new Local(partition);
        }
        String forwardedBy = request.header(FORWARDED_BY);
        if (forwardedBy != null) {
            throw ApiException.unavailable("partition " + partition + " is active on " + endpoint(active)
                    + ", not on " + selfName() + " (request forwarded by " + forwardedBy + "); the assignment is moving");
        }
        return new Remote(active, partition);
    }

    /** The value of {@code key} in this instance's active task of {@code partition}; 503 when that task is not here or not running. */
    <V> Optional<V> get(String store, String key, int partition) {
        StateQueryRequest<V> q = StateQueryRequest.inStore(store).withQuery(KeyQuery.<String, V>withKey(key))
                .withPartitions(Set.of(partition)).requireActive();
        StateQueryResult<V> result = query(q);
        QueryResult<V> r = result.getPartitionResults().get(partition);
        check(store, partition, r);
        return Optional.ofNullable(r.getResult());
    }

    /** Every value of {@code store} in the given partitions of this instance, all of them from active tasks, or a 503. */
    <V> List<V> scan(String store, Set<Integer> partitions) {
        if (partitions.isEmpty()) {
            return List.of();
        }
        StateQueryRequest<KeyValueIterator<String, V>> q = StateQueryRequest.inStore(store)
                .withQuery(RangeQuery.<String, V>withNoBounds()).withPartitions(partitions).requireActive();
        StateQueryResult<KeyValueIterator<String, V>> result = query(q);
        List<V> out = new ArrayList<>();
        ApiException failure = null;
        for (int p : new TreeSet<>(partitions)) {
            QueryResult<KeyValueIterator<String, V>> r = result.getPartitionResults().get(p);
            try {
                check(store, p, r);
            } catch (ApiException e) {
                failure = failure == null ? e : failure;
                continue;
            }
            try (KeyValueIterator<String, V> it = r.getResult()) {
                while (failure == null && it.hasNext()) {
                    out.add(it.next().value);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return out;
    }

    /**
     * Asks every instance for its part of a whole-store answer and returns all parts together:
     * {@code local} answers for a set of this instance's partitions, and another instance answers
     * the same request, forwarded with the partitions it is to answer for. A forwarded request is
     * answered locally for the partitions it names.
     */
    <T> List<T> gather(Request request, Function<Set<Integer>, List<T>> local, Class<T> type) throws IOException {
        requireRunning();
        Set<Integer> asked = forwardedPartitions(request);
        if (asked != null) {
            return local.apply(asked);
        }
        int n = partitionCount();
        Set<Integer> all = new TreeSet<>();
        for (int p = 0; p < n; p++) {
            all.add(p);
        }
        if (self == null) {
            return local.apply(all);
        }
        Map<HostInfo, Set<Integer>> plan = plan(all);
        Map<HostInfo, CompletableFuture<HttpResponse<byte[]>>> pending = new LinkedHashMap<>();
        plan.forEach((host, partitions) -> {
            if (!host.equals(self)) {
                HttpRequest forwarded = forwardRequest(host, request).header(PARTITIONS, partitions.stream()
                        .map(String::valueOf).collect(Collectors.joining(","))).build();
                pending.put(host, client.sendAsync(forwarded, HttpResponse.BodyHandlers.ofByteArray()));
            }
        });
        List<T> out = new ArrayList<>(local.apply(plan.getOrDefault(self, Set.of())));
        JavaType listType = Json.MAPPER.getTypeFactory().constructCollectionType(List.class, type);
        for (Map.Entry<HostInfo, CompletableFuture<HttpResponse<byte[]>>> e : pending.entrySet()) {
            HttpResponse<byte[]> response = await(e.getKey(), e.getValue());
            if (response.statusCode() != 200) {
                throw new ApiException(response.statusCode() == 503 ? 503 : 502, "instance " + endpoint(e.getKey())
                        + " answered " + response.statusCode() + ": " + errorOf(response.body()));
            }
            out.addAll(Json.MAPPER.readValue(response.body(), listType));
        }
        return out;
    }

    /** The request sent on to {@code host}, its answer returned as it is. */
    Response forward(HostInfo host, Request request) {
        HttpResponse<byte[]> r = await(host, client.sendAsync(forwardRequest(host, request).build(),
                HttpResponse.BodyHandlers.ofByteArray()));
        return Response.of(r.statusCode(), r.headers().firstValue("Content-Type").orElse(Response.JSON), r.body())
                .withHeader("Retry-After", r.headers().firstValue("Retry-After").orElse(null))
                .withHeader(SERVED_BY, r.headers().firstValue(SERVED_BY).orElse(null));
    }

    /** The instance with the active task of each partition, every partition covered, or a 503. */
    private Map<HostInfo, Set<Integer>> plan(Set<Integer> partitions) {
        Map<Integer, HostInfo> owners = new TreeMap<>();
        for (StreamsMetadata md : streams.metadataForAllStreamsClients()) {
            for (TopicPartition tp : md.topicPartitions()) {
                if (tp.topic().equals(storeTopic)) {
                    owners.put(tp.partition(), md.hostInfo());
                }
            }
        }
        Set<Integer> orphans = new TreeSet<>(partitions);
        orphans.removeAll(owners.keySet());
        if (!orphans.isEmpty()) {
            throw ApiException.unavailable("partitions " + orphans + " have no active instance right now (rebalancing)");
        }
        Map<HostInfo, Set<Integer>> plan = new LinkedHashMap<>();
        owners.forEach((p, host) -> {
            if (partitions.contains(p)) {
                plan.computeIfAbsent(host, h -> new TreeSet<>()).add(p);
            }
        });
        return plan;
    }

    /** The partitions a forwarded whole-store request asks for; null when the request was not forwarded. */
    private static Set<Integer> forwardedPartitions(Request request) {
        String header = request.header(PARTITIONS);
        if (header == null) {
            if (request.header(FORWARDED_BY) != null) {
                throw ApiException.badRequest("a forwarded request must name its partitions in " + PARTITIONS);
            }
            return null;
        }
        Set<Integer> out = new TreeSet<>();
        try {
            for (String p : header.split(",")) {
                if (!p.isBlank()) {
                    out.add(Integer.parseInt(p.strip()));
                }
            }
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("header " + PARTITIONS + " must list partition numbers (0,2), got '" + header + "'");
        }
        return out;
    }

    private HttpRequest.Builder forwardRequest(HostInfo host, Request request) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + endpoint(host) + request.rawPathAndQuery()))
                .timeout(FORWARD_TIMEOUT).GET().header(FORWARDED_BY, selfName()).header("Accept", Response.JSON);
        String authorization = request.header("Authorization");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private static HttpResponse<byte[]> await(HostInfo host, CompletableFuture<HttpResponse<byte[]>> future) {
        try {
            return future.get(FORWARD_TIMEOUT.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw ApiException.unavailable("instance " + endpoint(host) + " did not answer: " + describe(cause));
        } catch (TimeoutException e) {
            future.cancel(true);
            throw ApiException.unavailable("instance " + endpoint(host) + " did not answer within " + FORWARD_TIMEOUT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("interrupted while waiting for instance " + endpoint(host));
        }
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static String errorOf(byte[] body) {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            if (node != null && node.hasNonNull("error")) {
                return node.get("error").asText();
            }
        } catch (IOException e) {
            // Not JSON: quoted as it is below.
        }
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private <R> StateQueryResult<R> query(StateQueryRequest<R> q) {
        try {
            return streams.query(q);
        } catch (InvalidStateStoreException e) {
            throw ApiException.unavailable("store " + q.getStoreName() + " cannot be queried right now: " + e.getMessage());
        }
    }

    private static void check(String store, int partition, QueryResult<?> r) {
        if (r == null) {
            throw ApiException.unavailable("partition " + partition + " of " + store + " did not answer");
        }
        if (r.isFailure()) {
            FailureReason reason = r.getFailureReason();
            if (reason == FailureReason.UNKNOWN_QUERY_TYPE || reason == FailureReason.DOES_NOT_EXIST) {
                throw new ApiException(500, "query on " + store + " failed: " + reason + ": " + r.getFailureMessage());
            }
            throw ApiException.unavailable("partition " + partition + " of " + store + " is not queryable here right now ("
                    + reason + ": " + r.getFailureMessage() + ")");
        }
    }

    /** Partitions of the stores (those of their source topic), read once from the cluster. */
    private int partitionCount() {
        int n = partitionCount;
        if (n > 0) {
            return n;
        }
        synchronized (this) {
            if (partitionCount > 0) {
                return partitionCount;
            }
            Map<String, Object> props = service.config().clientProperties();
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
            try (Admin admin = Admin.create(props)) {
                partitionCount = admin.describeTopics(List.of(storeTopic)).allTopicNames().get(15, TimeUnit.SECONDS)
                        .get(storeTopic).partitions().size();
                return partitionCount;
            } catch (ExecutionException | TimeoutException e) {
                throw ApiException.unavailable("cannot read the partitions of " + storeTopic + ": " + describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ApiException.unavailable("interrupted while reading the partitions of " + storeTopic);
            }
        }
    }

    static String endpoint(HostInfo host) {
        String h = host.host();
        return (h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h) + ":" + host.port();
    }
}
