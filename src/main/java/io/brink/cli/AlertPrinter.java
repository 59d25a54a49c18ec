package io.brink.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.brink.model.Alert;
import io.brink.model.Evidence;
import io.brink.stream.Topic;

/** Follows the alerts topic and prints one line per alert, as it arrives. */
final class AlertPrinter implements Runnable, AutoCloseable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final int SENTENCE_CHARS = 110;

    private final KafkaConsumer<String, Alert> consumer;
    private final String topic;
    private final PrintStream out;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger printed = new AtomicInteger();
    private final Thread thread;

    AlertPrinter(Map<String, Object> clientProperties, Topic<String, Alert> alerts, PrintStream out) {
        Map<String, Object> p = new HashMap<>(clientProperties);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "brink-alert-printer-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), alerts.valueSerde().deserializer());
        this.topic = alerts.name();
        this.out = out;
        this.thread = new Thread(this, "brink-alert-printer");
        this.thread.setDaemon(true);
    }

    AlertPrinter start() {
        thread.start();
        return this;
    }

    int printed() {
        return printed.get();
    }

    @Override
    public void run() {
        consumer.subscribe(List.of(topic));
        try {
            while (running.get()) {
                for (ConsumerRecord<String, Alert> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() != null) {
                        out.println(format(r.value()));
                        printed.incrementAndGet();
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.WakeupException e) {
            // close() woke us up to stop.
        } finally {
            consumer.close(org.apache.kafka.clients.consumer.CloseOptions.timeout(Duration.ofSeconds(2)));
        }
    }

    static String format(Alert a) {
        StringBuilder line = new StringBuilder();
        line.append(String.format("%s  %-12s %-8s %-8s %-12s index %6.1f  z %5.1f  %d sources",
                TIME.format(a.lastSeen()), a.kind(), a.status(), a.severity(), a.direction(), a.score(), a.z(),
                a.sources()));
        if (!a.evidence().isEmpty()) {
            Evidence e = a.evidence().get(0);
            String s = e.sentence().length() > SENTENCE_CHARS ? e.sentence().substring(0, SENTENCE_CHARS - 1) + "…"
                    : e.sentence();
            line.append(System.lineSeparator()).append("                  \u201C").append(s).append("\u201D \u2014 ")
                    .append(e.outlet());
        }
        return line.toString();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        consumer.wakeup();
        thread.join(5_000);
    }
}
