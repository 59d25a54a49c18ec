package io.brink.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Streams a {@link Feed} into the news topic at a steady pace from a background thread, the way
 * outlets publish: idempotent, acks=all, riding out a broker restart. Every send must be
 * acknowledged, or the test fails, so what Brink is checked against is what Kafka really holds.
 */
final class FeedSender implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final Thread thread;
    private final AtomicInteger sent = new AtomicInteger();
    private final List<Future<RecordMetadata>> acks = new ArrayList<>();
    private volatile Throwable failure;

    private FeedSender(Map<String, Object> client, String topic, Feed feed, double perSecond) {
        Map<String, Object> p = new HashMap<>(client);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 180_000);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 180_000);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        this.thread = new Thread(() -> {
            try {
                long start = System.nanoTime();
                for (Feed.Input in : feed.inputs) {
                    synchronized (acks) {
                        acks.add(producer.send(new ProducerRecord<>(topic, in.key(), in.value())));
                    }
                    int n = sent.incrementAndGet();
                    long due = start + (long) (n / perSecond * 1e9);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                }
                producer.flush();
            } catch (Throwable t) {
                failure = t;
            }
        }, "feed-sender");
    }

    /** Starts sending {@code feed} to {@code topic} at {@code perSecond} records a second. */
    static FeedSender start(Map<String, Object> client, String topic, Feed feed, double perSecond) {
        FeedSender s = new FeedSender(client, topic, feed, perSecond);
        s.thread.start();
        return s;
    }

    /** Records handed to the producer so far. */
    int sent() {
        return sent.get();
    }

    /** Waits until {@code count} records are handed to the producer. */
    void awaitSent(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (sent.get() < count && thread.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** Waits for the last send and for Kafka to acknowledge every record; returns how many it holds. */
    int awaitAcknowledged(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        thread.join(timeout.toMillis());
        if (thread.isAlive()) {
            throw new TimeoutException("the feed was not sent within " + timeout);
        }
        if (failure != null) {
            throw new ExecutionException("sending the feed failed", failure);
        }
        synchronized (acks) {
            for (Future<RecordMetadata> f : acks) {
                f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            return acks.size();
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        producer.close(Duration.ofSeconds(10));
    }
}
