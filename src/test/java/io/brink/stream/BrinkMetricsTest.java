package io.brink.stream;

import static io.brink.stream.TopologyFixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.model.Alert;
import io.brink.model.Evidence;
import io.brink.model.Signal;

class BrinkMetricsTest {

    @TempDir
    Path state;

    @Test
    void every_dead_letter_reason_has_a_series_at_zero_before_the_first_dead_letter() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Metrics.addRegistry(registry);
        try {
            BrinkMetrics.register();
            String scrape = registry.scrape();
            for (io.brink.model.BadInputException.Reason reason : io.brink.model.BadInputException.Reason.values()) {
                assertThat(scrape).contains("brink_articles_dlq_total{reason=\"" + reason.name() + "\"} 0.0");
            }
            assertThat(scrape).contains("brink_articles_dlq_total{reason=\"PROCESSING_ERROR\"} 0.0");
            BrinkMetrics.deadLettered("MALFORMED_JSON");
            assertThat(registry.get("brink.articles.dlq").tag("reason", "MALFORMED_JSON").counter().count())
                    .isEqualTo(1);
        } finally {
            Metrics.removeRegistry(registry);
            registry.close();
        }
    }

    @Test
    void a_late_article_is_counted_once_for_its_pair_and_still_scored() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Metrics.addRegistry(registry);
        try (TopologyFixture t = new TopologyFixture(state)) {
            t.send("now", article("now", "a.example", "2026-11-05T08:00:00Z", "India launched missile strikes on Pakistan."));
            t.send("old", article("old", "b.example", "2026-11-03T08:00:00Z",
                    "India launched missile strikes on Pakistan. Pakistan accused India of aggression."));
            t.send("fresh", article("fresh", "c.example", "2026-11-05T07:00:00Z", "Pakistan accused India of shelling villages."));
            assertThat(registry.get("brink.articles.late").counter().count()).isEqualTo(1);
            t.driver.advanceWallClockTime(java.time.Duration.ofSeconds(1));
            List<io.brink.model.PairScore> scores = t.scores.readValuesToList();
            assertThat(scores.get(scores.size() - 1).escalationEvents())
                    .as("the late article is processed but lies behind the window").isEqualTo(2);
            assertThat(registry.get("brink.coder.duration").timer().count()).isEqualTo(3);
            // The old article's first sentence repeats the story of "now", 48 hours apart: a copy,
            // suppressed even though it lies behind the window.
            assertThat(registry.scrape()).contains("brink_articles_duplicates_total 1.0");
        } finally {
            Metrics.removeRegistry(registry);
            registry.close();
        }
    }

    @Test
    void a_syndicated_copy_is_counted_once_for_each_pair_it_names_however_many_events_it_holds() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Metrics.addRegistry(registry);
        try (TopologyFixture t = new TopologyFixture(state)) {
            String story = "India launched missile strikes on Pakistan. Pakistan accused India of aggression. "
                    + "Russia shelled Kharkiv in Ukraine.";
            t.send("wire", article("wire", "wire.example", "2026-11-05T08:00:00Z", story));
            assertThat(registry.get("brink.articles.duplicates").counter().count()).isZero();
            t.send("copy", article("copy", "paper.example", "2026-11-05T08:20:00Z", story));
            // Two events for IND-PAK and one for RUS-UKR: one copy of the story for each of the two pairs.
            assertThat(registry.get("brink.articles.duplicates").counter().count()).isEqualTo(2);
        } finally {
            Metrics.removeRegistry(registry);
            registry.close();
        }
    }

    @Test
    void publication_to_alert_runs_from_the_newest_evidence_and_ignores_the_future() {
        Instant now = Instant.parse("2026-11-05T10:00:00Z");
        Alert a = alert(evidence("2026-11-05T08:00:00Z"), evidence("2026-11-05T09:30:00Z"), evidence(null));
        assertThat(BrinkMetrics.publicationToAlert(a, now)).contains(Duration.ofMinutes(30));
        assertThat(BrinkMetrics.publicationToAlert(alert(evidence("2026-11-05T11:00:00Z")), now)).isEmpty();
        assertThat(BrinkMetrics.publicationToAlert(alert(), now)).isEmpty();
    }

    static Evidence evidence(String published) {
        return new Evidence("s", "id", "u", "o", published == null ? null : Instant.parse(published), "IND", "PAK",
                Signal.ATTACK, -10);
    }

    static Alert alert(Evidence... evidence) {
        return new Alert(Alert.SCHEMA_VERSION, "id", Alert.Kind.ESCALATION, Alert.Status.OPEN, Alert.Severity.LOW,
                "IND-PAK", "IND->PAK", 18, 0, 6, 2, null, null, List.of(evidence), null, null);
    }
}
