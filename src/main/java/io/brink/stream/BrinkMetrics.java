package io.brink.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import io.brink.coding.Coder;
import io.brink.coding.EventCoder;
import io.brink.coding.LanguageGate;
import io.brink.model.Alert;
import io.brink.model.Article;
import io.brink.model.CodedEvent;
import io.brink.model.PairEvents;
import io.brink.model.Evidence;

/**
 * Brink's domain metrics, on Micrometer's global registry so that every part of the pipeline
 * (including Kafka's error handlers, which Kafka instantiates) reports to the same place.
 * Label values come from fixed sets (reasons, signals, kinds), never from article content; the
 * only labels naming pairs are on a bounded number of rows (see {@link PairBoard} and
 * {@link #LATEST_ALERTS}).
 */
public final class BrinkMetrics {

    /** Rows of the latest-alerts gauges: enough for a dashboard table, few enough to stay cheap. */
    static final int LATEST_ALERTS = 10;

    private static final Duration[] CODER_BUCKETS = millis(0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 1000);
    /** News can reach Brink seconds or hours after publication; buckets span both. */
    private static final Duration[] LATENCY_BUCKETS = {Duration.ofSeconds(1), Duration.ofSeconds(5),
            Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
            Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1),
            Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(2)};

    private static final Map<String, Alert> latest = new LinkedHashMap<>();
    private static MultiGauge latestSeen;
    private static MultiGauge latestScore;

    private static final String CODER_AHEAD = "brink.coder.ahead";
    private static final String ARTICLES_LANGUAGE = "brink.articles.language";

    private BrinkMetrics() {
    }

    /**
     * Registers the meters that have no label to wait for, so their series exist (at 0) from the
     * start and dashboards' rate() queries have something to read before the first increment.
     */
    public static void register() {
        articlesIn();
        duplicates();
        background();
        late();
        metCold();
        coderTimer();
        for (CodingAhead.Outcome outcome : CodingAhead.Outcome.values()) {
            Metrics.counter(CODER_AHEAD, "outcome", outcome.label()).increment(0);
        }
        for (String reason : DeadLetterHandlers.REASONS) {
            // A healthy system has no dead letters; the dashboard's DLQ panel should say 0, not "No data".
            deadLetters(reason).increment(0);
        }
        alertLatency();
        Gauge.builder("brink.pairs.active", PairBoard::activePairs)
                .description("Pairs with events inside the score window").register(Metrics.globalRegistry);
    }

    public static void articleIn() {
        articlesIn().increment();
    }

    public static void deadLettered(String reason) {
        deadLetters(reason).increment();
    }

    private static Counter deadLetters(String reason) {
        return Counter.builder("brink.articles.dlq").tag("reason", reason)
                .description("Records sent to the dead-letter topic, by the reason in their brink.error.reason header")
                .register(Metrics.globalRegistry);
    }

    /**
     * An article that is a syndicated copy of a story already counted for its pair: it adds a
     * source, not weight. Counted once per article and pair, however many events it holds.
     */
    public static void duplicateSuppressed() {
        duplicates().increment();
    }

    private static Counter duplicates() {
        return Counter.builder("brink.articles.duplicates")
                .description("Articles recognised as syndicated copies, once per pair they name: counted as sources, not as weight")
                .register(Metrics.globalRegistry);
    }

    /** Events the coder read as history recalled in a story ("went to war in 1971"): coded, not scored. */
    public static void backgroundEvents(int n) {
        if (n > 0) {
            background().increment(n);
        }
    }

    private static Counter background() {
        return Counter.builder("brink.events.background")
                .description("Events set aside as background (history recalled in a story): not scored")
                .register(Metrics.globalRegistry);
    }

    /**
     * Codes an article and counts what it set aside as background; the events it reports are
     * returned, timed as the coder's work.
     */
    public static List<CodedEvent> code(Coder coder, Article article) {
        EventCoder.Coding coding = timeCoder(() -> coder.coding(article));
        backgroundEvents(coding.background().size());
        return coding.events();
    }

    /**
     * The article's language, and its events when Brink codes that language (timed and counted as
     * {@link #code(Coder, Article)} does); an article in another language is not coded.
     */
    public static LanguageGate.Coded code(LanguageGate gate, Article article) {
        String language = gate.languageOf(article);
        if (!gate.codes(language)) {
            return LanguageGate.Coded.skipped(language);
        }
        return new LanguageGate.Coded(language, true, code(gate.coderFor(language), article));
    }

    /**
     * Counts an article read from the news topic by its language, and whether it was coded or
     * skipped (a language Brink does not code, or "und"): every article once, on the stream thread.
     */
    static void articleLanguage(LanguageGate.Coded coded) {
        Counter.builder(ARTICLES_LANGUAGE).tag("language", coded.language())
                .tag("outcome", coded.coded() ? "coded" : "skipped")
                .description("Articles read, by language (ISO 639-1, 'und' when none can be read) and whether Brink"
                        + " coded them or skipped them as a language it does not code")
                .register(Metrics.globalRegistry).increment();
    }

    /** An article older than the window behind its pair's latest event (counted once per pair). */
    public static void lateArticle() {
        late().increment();
    }

    public static <T> T timeCoder(Supplier<T> code) {
        return coderTimer().record(code);
    }

    /** Where the stream thread got an article's events: see {@link CodingAhead}. */
    static void codedAhead(CodingAhead.Outcome outcome) {
        Metrics.counter(CODER_AHEAD, "outcome", outcome.label()).increment();
    }

    /** Counts each event of an article's record for one pair (not the record). */
    public static void coded(PairEvents record) {
        for (CodedEvent e : record.events()) {
            Metrics.counter("brink.events.coded", "polarity", e.polarity().name(), "signal", e.signal().name())
                    .increment();
        }
    }

    /** Counts an emitted alert, times it from its newest evidence, and lists it among the latest. */
    public static void alert(Alert a, Instant wallClock) {
        Metrics.counter("brink.alerts", "kind", a.kind().name(), "severity", a.severity().name(),
                "status", a.status().name()).increment();
        // A RESOLVED message is driven by time passing, not by news: its delay says nothing.
        if (a.status() != Alert.Status.RESOLVED) {
            publicationToAlert(a, wallClock).ifPresent(alertLatency()::record);
        }
        latestAlert(a);
    }

    /**
     * Wall clock at emission minus the newest evidence's publication: how long after the news an
     * analyst hears of it. Empty when there is no dated evidence, or when the evidence claims to be
     * from the future (a skewed clock), which a histogram of durations cannot hold.
     */
    static Optional<Duration> publicationToAlert(Alert a, Instant wallClock) {
        return a.evidence().stream().map(Evidence::published).filter(p -> p != null).max(Instant::compareTo)
                .map(p -> Duration.between(p, wallClock)).filter(d -> !d.isNegative());
    }

    private static synchronized void latestAlert(Alert a) {
        String key = a.pair() + "|" + a.kind();
        latest.remove(key); // re-inserting moves it to the newest end
        latest.put(key, a);
        while (latest.size() > LATEST_ALERTS) {
            latest.remove(latest.keySet().iterator().next());
        }
        if (latestSeen == null) {
            latestSeen = MultiGauge.builder("brink.alerts.latest.timestamp").baseUnit("seconds")
                    .description("Event time of the latest message of each of the most recent alerts")
                    .register(Metrics.globalRegistry);
            latestScore = MultiGauge.builder("brink.alerts.latest.score")
                    .description("Index reported by the latest message of each of the most recent alerts")
                    .register(Metrics.globalRegistry);
        }
        List<MultiGauge.Row<?>> seen = new ArrayList<>();
        List<MultiGauge.Row<?>> score = new ArrayList<>();
        for (Alert x : latest.values()) {
            Tags tags = Tags.of("pair", x.pair(), "kind", x.kind().name(), "status", x.status().name(),
                    "severity", x.severity().name(), "direction", x.direction());
            seen.add(MultiGauge.Row.of(tags, x.lastSeen() == null ? Double.NaN : x.lastSeen().getEpochSecond()));
            score.add(MultiGauge.Row.of(tags, x.score()));
        }
        latestSeen.register(seen, true);
        latestScore.register(score, true);
    }

    private static Counter articlesIn() {
        return Counter.builder("brink.articles.in").description("Articles read from the news topic")
                .register(Metrics.globalRegistry);
    }

    /** A pair seen for the first time while its scorer was still learning the news: see {@code PairState.metCold()}. */
    public static void pairMetCold() {
        metCold().increment();
    }

    private static Counter metCold() {
        return Counter.builder("brink.pairs.met.cold")
                .description("Pairs first seen while Brink had watched the news for less than alert.cold.windows windows:"
                        + " learned before they may alert")
                .register(Metrics.globalRegistry);
    }

    private static Counter late() {
        return Counter.builder("brink.articles.late")
                .description("Articles older than the score window behind their pair's latest event")
                .register(Metrics.globalRegistry);
    }

    private static Timer coderTimer() {
        return Timer.builder("brink.coder.duration").description("Time to code one article into events")
                .serviceLevelObjectives(CODER_BUCKETS).register(Metrics.globalRegistry);
    }

    private static Timer alertLatency() {
        return Timer.builder("brink.alert.latency")
                .description("Wall clock at an alert minus the publication of its newest evidence")
                .serviceLevelObjectives(LATENCY_BUCKETS).register(Metrics.globalRegistry);
    }

    private static Duration[] millis(double... ms) {
        Duration[] out = new Duration[ms.length];
        for (int i = 0; i < ms.length; i++) {
            out[i] = Duration.ofNanos((long) (ms[i] * 1_000_000));
        }
        return out;
    }
}
