package io.brink.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.brink.model.Article;
import io.brink.model.ArticleParser;
import io.brink.model.BadInputException;

/**
 * Produces articles from JSON Lines: every line is checked with the same {@link ArticleParser} the
 * stream uses, valid lines are sent as they were written (unknown fields kept) keyed by article id,
 * and each rejected line is reported with its number and reason. Nothing valid is dropped: a send
 * that fails counts as failed, never as done.
 */
final class FeedProducer {

    /** A line that was not sent, and why. */
    record Rejected(long line, String reason, String message) {
        @Override
        public String toString() {
            return "line " + line + ": " + reason + ": " + message;
        }
    }

    /**
     * What a run did. {@code firstPublished} and {@code lastPublished} bound the publication times
     * of the sent articles that the stream takes as their event time (null when none had one).
     */
    record Summary(long lines, long sent, List<Rejected> rejected, long failed, double seconds,
                   Instant firstPublished, Instant lastPublished) {
    }

    /** Called after every line with the number of bytes read so far. */
    interface Progress extends LongConsumer {
    }

    private final Map<String, Object> producerProperties;
    private final ArticleParser parser;
    /** A replay's clock (each article arrives at its publication), or null for a live feed. */
    private final ReplayClock replay;

    /** A producer of a live feed: every article arrives when it is sent. */
    FeedProducer(Map<String, Object> clientProperties, int maxTextBytes) {
        this(clientProperties, maxTextBytes, false);
    }

    /** With {@code replay}, every article arrives at its own publication time ({@link ReplayClock}). */
    FeedProducer(Map<String, Object> clientProperties, int maxTextBytes, boolean replay) {
        this.producerProperties = producerProperties(clientProperties, maxTextBytes);
        this.parser = new ArticleParser(maxTextBytes);
        this.replay = replay ? new ReplayClock() : null;
    }

    /** The settings of every producer of articles: acknowledged by all replicas, idempotent, lightly batched. */
    static Map<String, Object> producerProperties(Map<String, Object> clientProperties, int maxTextBytes) {
        Map<String, Object> p = new java.util.HashMap<>(clientProperties);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxTextBytes + 256 * 1024);
        return p;
    }

    /**
     * Sends every valid line of {@code in} to {@code topic}; {@code perSecond} > 0 paces the sends
     * (the demo's replay), 0 sends as fast as Kafka takes them.
     */
    Summary send(BufferedReader in, String topic, double perSecond, Progress progress,
                 java.util.function.Consumer<Rejected> onRejected) throws IOException, InterruptedException {
        return send(in, topic, perSecond, progress, onRejected, a -> { });
    }

    /** As {@link #send(BufferedReader, String, double, Progress, java.util.function.Consumer)}, telling {@code onSent} of each article sent. */
    Summary send(BufferedReader in, String topic, double perSecond, Progress progress,
                 java.util.function.Consumer<Rejected> onRejected, java.util.function.Consumer<Article> onSent)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        long lines = 0;
        long bytes = 0;
        List<Rejected> rejected = new ArrayList<>();
        List<Future<RecordMetadata>> pending = new ArrayList<>();
        long failed = 0;
        long sent = 0;
        Instant first = null;
        Instant last = null;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties, new StringSerializer(),
                new ByteArraySerializer())) {
            String line;
            while ((line = in.readLine()) != null) {
                lines++;
                bytes += line.length() + 1;
                if (line.isBlank()) {
                    continue;
                }
                byte[] value = line.getBytes(StandardCharsets.UTF_8);
                try {
                    Article article = parser.parse(value);
                    Instant published = article.published();
                    ReplayClock.Arrival arrival = replay == null
                            ? ReplayClock.live(published, System.currentTimeMillis())
                            : replay.arrive(published, System.currentTimeMillis());
                    pending.add(producer.send(new ProducerRecord<>(topic, null, arrival.timestamp(), article.id(), value)));
                    onSent.accept(article);
                    if (arrival.dated()) {
                        first = first == null || published.isBefore(first) ? published : first;
                        last = last == null || published.isAfter(last) ? published : last;
                    }
                } catch (BadInputException e) {
                    Rejected r = new Rejected(lines, e.reason().name(), e.getMessage());
                    rejected.add(r);
                    onRejected.accept(r);
                }
                if (progress != null) {
                    progress.accept(bytes);
                }
                if (perSecond > 0) {
                    pace(start, pending.size() + rejected.size(), perSecond);
                }
                if (pending.size() >= 10_000) {
                    long[] outcome = settle(pending);
                    sent += outcome[0];
                    failed += outcome[1];
                }
            }
            producer.flush();
            long[] outcome = settle(pending);
            sent += outcome[0];
            failed += outcome[1];
        }
        return new Summary(lines, sent, rejected, failed, (System.nanoTime() - start) / 1e9, first, last);
    }

    private static void pace(long startNanos, long done, double perSecond) throws InterruptedException {
        long due = startNanos + (long) (done / perSecond * 1e9);
        long wait = due - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    /** Waits for sends; returns {sent, failed}. */
    private static long[] settle(List<Future<RecordMetadata>> pending) throws InterruptedException {
        long ok = 0;
        long failed = 0;
        for (Future<RecordMetadata> f : pending) {
            try {
                f.get();
                ok++;
            } catch (ExecutionException e) {
                failed++;
                System.err.println("brink: send failed: " + e.getCause().getMessage());
            }
        }
        pending.clear();
        return new long[] {ok, failed};
    }
}
