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
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.brink.model.Alert;
import io.brink.model.Evidence;
import io.brink.model.PairScore;
import io.brink.stream.Topic;

/**
 * Follows a Brink topic (committed records only) and prints one formatted entry per record as it
 * arrives: the demo's live alerts and {@code brink tail}.
 */
final class TopicFollower<V> implements Runnable, AutoCloseable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final int SENTENCE_CHARS = 110;

    private final KafkaConsumer<String, V> consumer;
    private final String topic;
    private final PrintStream out;
    private final Predicate<ConsumerRecord<String, V>> filter;
    private final Function<V, String> format;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger printed = new AtomicInteger();
    private final Thread thread;

    /**
     * @param fromBeginning read the topic from its start; otherwise only what arrives from now on
     */
    TopicFollower(Map<String, Object> clientProperties, Topic<String, V> topic, boolean fromBeginning,
                  Predicate<ConsumerRecord<String, V>> filter, Function<V, String> format, PrintStream out) {
        Map<String, Object> p = new HashMap<>(clientProperties);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "brink-follower-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), topic.valueSerde().deserializer());
        this.topic = topic.name();
        this.out = out;
        this.filter = filter;
        this.format = format;
        this.thread = new Thread(this, "brink-follower-" + topic.name());
        this.thread.setDaemon(true);
    }

    TopicFollower<V> start() {
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
                for (ConsumerRecord<String, V> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() != null && filter.test(r)) {
                        out.println(format.apply(r.value()));
                        printed.incrementAndGet();
                    }
                }
            }
        } catch (WakeupException e) {
            // close() woke us up to stop.
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(2)));
        }
    }

    /** Blocks until the follower stops (after {@link #close()} from another thread). */
    void join() throws InterruptedException {
        thread.join();
    }

    static String formatAlert(Alert a) {
        return formatAlert(a, id -> null);
    }

    /**
     * An alert, its strongest evidence sentence with its outlet, and, when {@code languageOf} knows
     * the articles' languages (the demo, which sent them), each cited article's language code after
     * its outlet; the alert's other evidence is shown too where it comes from an article that is not
     * in English, so news read in another language is seen backing the alert.
     */
    static String formatAlert(Alert a, Function<String, String> languageOf) {
        StringBuilder line = new StringBuilder();
        line.append(String.format("%s  %-12s %-8s %-8s %-12s index %6.1f  z %5.1f  %d sources",
                TIME.format(a.lastSeen()), a.kind(), a.status(), a.severity(), a.direction(), a.score(), a.z(),
                a.sources()));
        for (int i = 0; i < a.evidence().size(); i++) {
            Evidence e = a.evidence().get(i);
            String language = languageOf.apply(e.articleId());
            if (i == 0 || (language != null && !language.equals("en"))) {
                line.append(System.lineSeparator()).append(INDENT).append(cited(e.sentence(), e.outlet(), language));
            }
        }
        return line.toString();
    }

    private static final String INDENT = "                  ";

    /** {@code “sentence…” — outlet [language]}, the sentence cut to a terminal line. */
    static String cited(String sentence, String outlet, String language) {
        String s = sentence.length() > SENTENCE_CHARS ? sentence.substring(0, SENTENCE_CHARS - 1) + "…" : sentence;
        return "\u201C" + s + "\u201D \u2014 " + outlet + (language == null ? "" : " [" + language + "]");
    }

    /** An article Brink reads but does not code, because it does not code its language: one line. */
    static String formatNotCoded(io.brink.model.Article a, String language) {
        String when = a.published() == null ? "                " : TIME.format(a.published());
        String what = a.title() != null && !a.title().isBlank() ? a.title() : a.text();
        return String.format("%s  %-12s %s", when, "NOT CODED", cited(what, a.source(), language));
    }

    static String formatScore(PairScore s) {
        return String.format("%s  %-8s escalation %6.1f  de-escalation %6.1f  cooperation %6.1f  net %7.1f  z %5.1f"
                        + "  %-7s %d sources", TIME.format(s.windowEnd()), s.pair(), s.escalation(), s.deescalation(),
                s.cooperation(), s.net(), s.z(), s.trend(), s.sources());
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        consumer.wakeup();
        thread.join(5_000);
    }
}
