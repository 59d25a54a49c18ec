package io.brink.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import io.brink.faults.Feed.EventKey;
import io.brink.model.Alert;
import io.brink.model.CodedEvent;
import io.brink.model.PairScore;
import io.brink.stream.DeadLetterHandlers;
import io.brink.stream.Topics;

/**
 * Everything Brink committed, read back as a downstream consumer sees it ({@code read_committed}):
 * every event, the latest score per pair, every alert, every dead letter. Checks the invariants of
 * the fault tests against a {@link Feed}: each coded event exactly once, each pair's latest score
 * counting exactly the pair's coded events (the tests run with a window that evicts nothing), each
 * poison record exactly once on the DLQ, and no alert id opened twice with different content.
 */
final class Ledger implements AutoCloseable {

    /** A record on the DLQ: its key, {@code brink.error.reason}, the value it kept, and its headers. */
    record DeadLetter(String key, String reason, byte[] value, Map<String, String> headers) {
        int valueBytes() {
            return value == null ? -1 : value.length;
        }
    }

    /** The figures a fault test reports. */
    record Figures(int inputs, int coded, int counted, int duplicates, int missing, int scoredPairs,
                   int pairsOff, int countedInScores, int poisonSent, int deadLetters, int alertMessages,
                   int conflictingOpens, String offPairs) {
        @Override
        public String toString() {
            return "inputs=" + inputs + " coded=" + coded + " counted(events)=" + counted + " duplicates="
                    + duplicates + " missing=" + missing + " counted(scores)=" + countedInScores + " over "
                    + scoredPairs + " pairs (" + pairsOff + " off" + (offPairs.isEmpty() ? "" : ": " + offPairs)
                    + ")" + " poison=" + poisonSent + " dlq=" + deadLetters + " alerts=" + alertMessages
                    + " conflicting-opens=" + conflictingOpens;
        }
    }

    private final Topics topics;
    private final Map<String, Object> client;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Admin admin;
    final Map<EventKey, Integer> events = new HashMap<>();
    final Map<String, PairScore> latestScores = new TreeMap<>();
    final List<Alert> alerts = new ArrayList<>();
    final List<DeadLetter> deadLetters = new ArrayList<>();
    int eventRecords;

    Ledger(Map<String, Object> client, Topics topics) {
        this.topics = topics;
        this.client = Map.copyOf(client);
        Map<String, Object> p = new HashMap<>(client);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        this.consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.admin = Admin.create(client);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(topics.events().name(), topics.scores().name(), topics.alerts().name(),
                topics.dlq())) {
            partitions.addAll(partitions(topic));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /**
     * The partitions of {@code topic}, once the broker knows them: right after a topic is created
     * its metadata may not have reached the broker yet, and a consumer that assigned no partitions
     * then would silently read nothing from that topic.
     */
    private List<TopicPartition> partitions(String topic) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<TopicPartition> found = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            if (!found.isEmpty()) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("topic " + topic + " has no partitions");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** One poll; returns how many records it read. */
    int poll(Duration timeout) {
        int n = 0;
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(timeout)) {
            n++;
            String topic = r.topic();
            if (topic.equals(topics.events().name())) {
                // One record per article and pair (schema 2): the ledger counts the events inside.
                for (CodedEvent e : topics.events().valueSerde().deserializer().deserialize(topic, r.value()).events()) {
                    events.merge(EventKey.of(e), 1, Integer::sum);
                    eventRecords++;
                }
            } else if (topic.equals(topics.scores().name())) {
                PairScore s = topics.scores().valueSerde().deserializer().deserialize(topic, r.value());
                latestScores.put(new String(r.key(), StandardCharsets.UTF_8), s);
            } else if (topic.equals(topics.alerts().name())) {
                alerts.add(topics.alerts().valueSerde().deserializer().deserialize(topic, r.value()));
            } else {
                Map<String, String> headers = new LinkedHashMap<>();
                for (Header h : r.headers()) {
                    headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
                }
                deadLetters.add(new DeadLetter(r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8),
                        headers.get(DeadLetterHandlers.REASON_HEADER), r.value(), headers));
            }
        }
        return n;
    }

    /**
     * Reads until everything {@code feed} should produce is there and {@code applicationId} has
     * committed all of the news topic, then on until nothing new arrives for three seconds, so that a
     * late duplicate would still be seen.
     */
    void awaitSettled(Feed feed, String applicationId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!(reached(feed) && inputCommitted(applicationId))) {
            poll(Duration.ofMillis(500));
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Brink did not settle within " + timeout + ": " + figures(feed)
                        + "; input committed: " + inputCommitted(applicationId));
            }
        }
        long quietUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < quietUntil) {
            if (poll(Duration.ofMillis(300)) > 0) {
                quietUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            }
        }
    }

    /** Reads until {@code events} event records are there (or the timeout passes). */
    void awaitEvents(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (eventRecords < count && System.nanoTime() < deadline) {
            poll(Duration.ofMillis(200));
        }
    }

    boolean reached(Feed feed) {
        if (eventRecords < feed.coded() || deadLetters.size() < feed.poison.size()) {
            return false;
        }
        for (Map.Entry<String, Integer> e : feed.eventsPerPair.entrySet()) {
            PairScore s = latestScores.get(e.getKey());
            if (s == null || total(s) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the application's committed offsets on the news topic are at its end: all input consumed. */
    boolean inputCommitted(String applicationId) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions(topics.news().name()).forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                    .get(10, TimeUnit.SECONDS);
            for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e : ends.entrySet()) {
                OffsetAndMetadata c = committed.get(e.getKey());
                long end = e.getValue().offset();
                if (end > 0 && (c == null || c.offset() < end)) {
                    return false;
                }
            }
            return true;
        } catch (ExecutionException | TimeoutException | org.apache.kafka.common.errors.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Figures figures(Feed feed) {
        int duplicates = 0;
        int missing = 0;
        for (Map.Entry<EventKey, Integer> e : events.entrySet()) {
            duplicates += Math.max(0, e.getValue() - feed.events.getOrDefault(e.getKey(), 0));
        }
        for (Map.Entry<EventKey, Integer> e : feed.events.entrySet()) {
            missing += Math.max(0, e.getValue() - events.getOrDefault(e.getKey(), 0));
        }
        int pairsOff = 0;
        int countedInScores = 0;
        // Which pairs are off, with what the feed codes and what their latest score counts: a
        // miss that recurs then names its pair for a replay.
        StringBuilder off = new StringBuilder();
        for (Map.Entry<String, PairScore> e : latestScores.entrySet()) {
            countedInScores += total(e.getValue());
            int expected = feed.eventsPerPair.getOrDefault(e.getKey(), 0);
            if (total(e.getValue()) != expected) {
                pairsOff++;
                off.append(off.isEmpty() ? "" : ", ").append(e.getKey()).append(" coded ").append(expected)
                        .append(" scored ").append(total(e.getValue()));
            }
        }
        for (String pair : feed.eventsPerPair.keySet()) {
            if (!latestScores.containsKey(pair)) {
                pairsOff++;
                off.append(off.isEmpty() ? "" : ", ").append(pair).append(" coded ")
                        .append(feed.eventsPerPair.get(pair)).append(" never scored");
            }
        }
        return new Figures(feed.inputs.size(), feed.coded(), eventRecords, duplicates, missing,
                latestScores.size(), pairsOff, countedInScores, feed.poison.size(), deadLetters.size(), alerts.size(),
                conflictingOpens().size(), off.toString());
    }

    /** Alert ids that were OPENed more than once with different content. */
    Set<String> conflictingOpens() {
        Map<String, Set<Alert>> opens = alerts.stream().filter(a -> a.status() == Alert.Status.OPEN)
                .collect(Collectors.groupingBy(Alert::id, Collectors.toSet()));
        return opens.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** Asserts every invariant of {@code feed}; returns the figures. */
    Figures assertExactlyOnce(Feed feed) {
        Figures f = figures(feed);
        assertThat(f.duplicates()).as("events counted twice: " + f).isZero();
        assertThat(f.missing()).as("coded events lost: " + f).isZero();
        assertThat(events).as("events on brink.events, as a multiset").isEqualTo(feed.events);
        assertThat(f.counted()).isEqualTo(f.coded());
        Map<String, Integer> scored = new TreeMap<>();
        latestScores.forEach((pair, s) -> scored.put(pair, total(s)));
        assertThat(scored).as("events counted in each pair's latest score").isEqualTo(feed.eventsPerPair);
        latestScores.forEach((pair, s) -> assertThat(s.eventsAToB() + s.eventsBToA()).as(pair).isEqualTo(total(s)));
        assertThat(deadLetters).extracting(DeadLetter::key).as("dead letters, one per poison record")
                .containsExactlyInAnyOrderElementsOf(feed.poison.keySet());
        Map<String, byte[]> sent = new HashMap<>();
        feed.inputs.forEach(in -> sent.put(in.key(), in.value()));
        for (DeadLetter d : deadLetters) {
            assertThat(d.reason()).as(d.key()).isEqualTo(feed.poison.get(d.key()));
            byte[] original = sent.get(d.key());
            if (original == null || original.length <= DeadLetterHandlers.MAX_VALUE_BYTES) {
                assertThat(d.value()).as("the original bytes of " + d.key()).isEqualTo(original);
            } else {
                assertThat(d.value()).as("the first bytes of " + d.key())
                        .isEqualTo(java.util.Arrays.copyOf(original, DeadLetterHandlers.MAX_VALUE_BYTES));
                assertThat(d.headers()).containsEntry(DeadLetterHandlers.TRUNCATED_HEADER, "value")
                        .containsEntry(DeadLetterHandlers.ORIGINAL_VALUE_BYTES_HEADER, String.valueOf(original.length));
            }
        }
        assertThat(conflictingOpens()).as("alert ids OPENed twice with different content").isEmpty();
        return f;
    }

    /**
     * Every record on {@code topic} as {@code read_uncommitted} sees it, aborted transactions
     * included: more than the committed count means some work was done twice and rolled back.
     */
    /**
     * The events inside every record of the events topic, read with read_uncommitted: records of
     * aborted transactions are included, so a rolled-back write shows as an event too many.
     */
    int uncommittedEvents() {
        String topic = topics.events().name();
        Map<String, Object> p = new HashMap<>(client);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> tps = partitions(topic);
            c.assign(tps);
            c.seekToBeginning(tps);
            Map<TopicPartition, Long> ends = c.endOffsets(tps);
            int n = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (tps.stream().anyMatch(tp -> c.position(tp) < ends.get(tp)) && System.nanoTime() < deadline) {
                for (var r : c.poll(Duration.ofMillis(200))) {
                    n += topics.events().valueSerde().deserializer().deserialize(topic, r.value()).events().size();
                }
            }
            return n;
        }
    }

    static int total(PairScore s) {
        return s.escalationEvents() + s.deescalationEvents() + s.cooperationEvents();
    }

    @Override
    public void close() {
        consumer.close();
        admin.close(Duration.ofSeconds(5));
    }
}
