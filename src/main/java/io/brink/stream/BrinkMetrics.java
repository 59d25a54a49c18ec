package io.brink.stream;

import io.micrometer.core.instrument.Metrics;

import io.brink.model.Alert;
import io.brink.model.CodedEvent;

/**
 * Brink's domain counters, on Micrometer's global registry so that every part of the pipeline
 * (including Kafka's error handlers, which Kafka instantiates) reports to the same place.
 * Label values come from fixed sets (reasons, signals, kinds), never from article content.
 */
public final class BrinkMetrics {

    private BrinkMetrics() {
    }

    public static void articleIn() {
        Metrics.counter("brink.articles.in").increment();
    }

    public static void deadLettered(String reason) {
        Metrics.counter("brink.articles.dlq", "reason", reason).increment();
    }

    public static void coded(CodedEvent e) {
        Metrics.counter("brink.events.coded", "polarity", e.polarity().name(), "signal", e.signal().name()).increment();
    }

    public static void alert(Alert a) {
        Metrics.counter("brink.alerts", "kind", a.kind().name(), "severity", a.severity().name(),
                "status", a.status().name()).increment();
    }
}
