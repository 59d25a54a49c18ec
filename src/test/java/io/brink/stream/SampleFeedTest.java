package io.brink.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.brink.model.Alert;
import io.brink.model.Json;

/**
 * The whole bundled demo feed through the real topology, checked against its answer key: every
 * escalation burst and de-escalation episode raises its alert while it happens, and no trap or
 * quiet pair ever alerts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleFeedTest {

    @TempDir
    static Path state;
    TopologyFixture t;
    List<Alert> alerts;
    Produced produced;
    JsonNode key;

    record Produced(List<io.brink.model.PairEvents> records, List<io.brink.model.PairScore> scores) {

        List<io.brink.model.CodedEvent> events() {
            return records.stream().flatMap(r -> r.events().stream()).toList();
        }
    }

    @BeforeAll
    void replay() throws Exception {
        t = new TopologyFixture(state);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("io/brink/demo/sample-feed.jsonl");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                t.send(null, line);
            }
        }
        alerts = t.alerts.readValuesToList();
        produced = new Produced(t.events.readValuesToList(), t.scores.readValuesToList());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("io/brink/demo/sample-feed-key.json")) {
            key = Json.MAPPER.readTree(in);
        }
    }

    @AfterAll
    void close() {
        t.close();
    }

    @Test
    void every_escalation_burst_opens_an_escalation_alert_while_it_happens() {
        for (JsonNode episode : key.get("escalation")) {
            assertAlertDuring(episode, Alert.Kind.ESCALATION);
        }
    }

    @Test
    void every_deescalation_episode_opens_a_deescalation_alert_while_it_happens() {
        for (JsonNode episode : key.get("deescalation")) {
            assertAlertDuring(episode, Alert.Kind.DEESCALATION);
        }
    }

    @Test
    void no_trap_or_quiet_pair_ever_alerts() {
        Set<String> never = new java.util.TreeSet<>();
        key.get("trap_pairs").forEach(n -> never.add(n.asText()));
        key.get("quiet_pairs").forEach(n -> never.add(n.asText()));
        assertThat(alerts).extracting(Alert::pair).doesNotContainAnyElementsOf(never);
    }

    @Test
    void every_record_brink_produces_and_every_feed_article_matches_its_published_schema() throws Exception {
        assertThat(produced.events()).isNotEmpty();
        for (io.brink.model.PairEvents r : produced.records()) {
            Schemas.assertValid("pair-events", Json.MAPPER.readTree(io.brink.model.PairEventsJson.write(r)));
        }
        produced.scores().forEach(s -> Schemas.assertValid("pair-score", s));
        alerts.forEach(a -> Schemas.assertValid("alert", a));
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("io/brink/demo/sample-feed.jsonl");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                Schemas.assertValid("article", Json.MAPPER.readTree(line));
            }
        }
    }

    @Test
    void a_record_that_breaks_the_contract_is_caught_by_the_schema() {
        com.fasterxml.jackson.databind.node.ObjectNode bad = Json.MAPPER.valueToTree(alerts.get(0));
        bad.put("kind", "WAR");
        assertThat(Schemas.schema("alert").validate(bad)).isNotEmpty();
    }

    @Test
    void nothing_in_the_feed_is_dead_lettered() {
        assertThat(t.dlq.isEmpty()).isTrue();
    }

    @Test
    void each_alert_id_opens_once() {
        List<String> opened = alerts.stream().filter(a -> a.status() == Alert.Status.OPEN).map(Alert::id).toList();
        assertThat(opened).doesNotHaveDuplicates();
    }

    private void assertAlertDuring(JsonNode episode, Alert.Kind kind) {
        String pair = episode.get("pair").asText();
        Instant from = Instant.parse(episode.get("from").asText());
        Instant to = Instant.parse(episode.get("to").asText()).plus(Duration.ofHours(1));
        List<Alert> opened = new ArrayList<>();
        for (Alert a : alerts) {
            if (a.pair().equals(pair) && a.kind() == kind && a.status() == Alert.Status.OPEN
                    && !a.firstSeen().isBefore(from) && !a.firstSeen().isAfter(to)) {
                opened.add(a);
            }
        }
        assertThat(opened).as(kind + " alert for " + pair + " between " + from + " and " + to + "; all alerts: "
                + alerts.stream().map(a -> a.pair() + " " + a.kind() + " " + a.status() + " " + a.firstSeen())
                .collect(Collectors.joining("; "))).isNotEmpty();
    }
}
