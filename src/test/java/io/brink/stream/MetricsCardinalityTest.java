package io.brink.stream;

import static io.brink.stream.TopologyFixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /metrics must not grow with the news: after N articles over 12 pairs and after 3N more over 36
 * more pairs, the brink_* series are the same in number, and only the bounded top-N and
 * latest-alert rows name pairs. Scrapes the same registry text that /metrics serves.
 */
class MetricsCardinalityTest {

    static final int TOP = 3;
    static final List<String> COUNTRIES = List.of("Austria", "Belgium", "Czechia", "Finland", "France", "Germany",
            "Greece", "Hungary", "Italy", "Netherlands", "Norway", "Poland", "Portugal", "Romania", "Spain", "Sweden");
    static final Pattern PAIR = Pattern.compile("pair=\"([^\"]+)\"");

    @TempDir
    Path state;
    PrometheusMeterRegistry registry;
    TopologyFixture t;
    int articles;

    @BeforeEach
    void start() {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Metrics.addRegistry(registry);
        t = new TopologyFixture(state, Map.of("metrics.top.pairs", Integer.toString(TOP)));
    }

    @AfterEach
    void stop() {
        t.close();
        Metrics.removeRegistry(registry);
        registry.close();
    }

    @Test
    void brink_series_do_not_grow_with_articles_or_pairs() {
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < COUNTRIES.size(); i++) {
            for (int j = i + 1; j < COUNTRIES.size(); j++) {
                pairs.add(new String[] {COUNTRIES.get(i), COUNTRIES.get(j)});
            }
        }
        feed(pairs.subList(0, 12));
        List<String> first = brinkSeries();
        feed(pairs.subList(12, 48));
        List<String> second = brinkSeries();

        assertThat(articles).isEqualTo(4 * 36);
        assertThat(value(second, "brink_pairs_active")).as("every pair fed is inside the window").isEqualTo(48);
        assertThat(second).as("3x the articles over 4x the pairs, same series").hasSameSizeAs(first);
        List<String> named = second.stream().filter(s -> s.contains("pair=\"")).toList();
        assertThat(named).as("rows naming a pair: 4 gauges x 2 rankings x top N, 2 x latest alerts")
                .hasSizeLessThanOrEqualTo(4 * 2 * TOP + 2 * BrinkMetrics.LATEST_ALERTS);
        Set<String> distinctPairs = new TreeSet<>();
        named.forEach(s -> {
            Matcher m = PAIR.matcher(s);
            m.find();
            distinctPairs.add(m.group(1));
        });
        assertThat(distinctPairs).hasSizeLessThanOrEqualTo(2 * TOP + BrinkMetrics.LATEST_ALERTS);
        assertThat(second).anyMatch(s -> s.startsWith("brink_pair_escalation_index{") && s.contains("rank=\"" + TOP + "\""));
        assertThat(second).noneMatch(s -> s.contains("rank=\"" + (TOP + 1) + "\""));
    }

    /** Three outlets report a strike and talks for each pair, a minute apart. */
    private void feed(List<String[]> pairs) {
        for (String[] p : pairs) {
            for (String outlet : List.of("a.example", "b.example", "c.example")) {
                String id = "art-" + articles;
                String published = Instant.parse("2026-11-10T00:00:00Z").plus(Duration.ofMinutes(articles)).toString();
                t.send(id, article(id, outlet, published, p[0] + " launched missile strikes on " + p[1] + ". "
                        + p[0] + " and " + p[1] + " agreed to hold talks."));
                articles++;
            }
        }
        t.driver.advanceWallClockTime(ScoreProcessor.PUBLISH_INTERVAL.multipliedBy(2));
    }

    private List<String> brinkSeries() {
        return registry.scrape().lines().filter(l -> l.startsWith("brink_")).toList();
    }

    private static double value(List<String> series, String name) {
        return series.stream().filter(s -> s.startsWith(name + " ")).mapToDouble(s -> Double.parseDouble(s.split(" ")[1]))
                .findFirst().orElseThrow();
    }
}
