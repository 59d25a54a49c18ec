package io.brink.stream;

import static io.brink.stream.TopologyFixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.model.Alert;
import io.brink.model.CodedEvent;
import io.brink.model.Json;
import io.brink.model.PairEvents;
import io.brink.model.PairEventsJson;
import io.brink.model.PairScore;
import io.brink.model.Signal;

class BrinkTopologyTest {

    @TempDir
    Path state;
    TopologyFixture t;

    @BeforeEach
    void start() {
        t = new TopologyFixture(state);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void an_article_naming_two_countries_becomes_one_record_of_its_events_keyed_by_their_pair() throws Exception {
        t.send("a1", article("a1", "wire.example", "2026-11-03T08:00:00Z",
                "Israel launched air strikes on Syria overnight. Syria accused Israel of aggression."));
        List<KeyValue<String, PairEvents>> records = t.events.readKeyValuesToList();
        assertThat(records).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo("ISR-SYR");
            assertThat(kv.value.pair()).isEqualTo("ISR-SYR");
            assertThat(kv.value.articleId()).isEqualTo("a1");
            assertThat(kv.value.outlet()).isEqualTo("wire.example");
            assertThat(kv.value.events()).extracting(CodedEvent::signal).containsExactly(Signal.ATTACK, Signal.ACCUSE);
            Schemas.assertValid("pair-events", Json.MAPPER.readTree(PairEventsJson.write(kv.value)));
        });
    }

    @Test
    void an_event_of_schema_version_1_left_in_the_topic_by_an_older_brink_is_still_scored() throws Exception {
        // A rolling upgrade: the new scorer meets what the old coder wrote before it stopped.
        CodedEvent old = new CodedEvent(1, "old", "https://wire.example/old", "wire.example",
                Instant.parse("2026-11-03T08:00:00Z"), "Iran threatened Israel.", "IRN", "ISR", Signal.THREATEN,
                Signal.THREATEN.polarity(), -6, 0.9, new CodedEvent.Span(5, 15));
        t.driver.createInputTopic(t.topics.events().name(), new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())
                .pipeInput("IRN-ISR", io.brink.model.CodedEventWriter.write(old), Instant.parse("2026-11-03T08:00:00Z"));
        PairScore score = t.scores.readValue();
        assertThat(score.pair()).isEqualTo("IRN-ISR");
        assertThat(score.escalationEvents()).isEqualTo(1);
    }

    @Test
    void an_article_in_a_language_brink_does_not_code_yields_no_events_and_no_dead_letter_and_is_counted() {
        io.micrometer.core.instrument.simple.SimpleMeterRegistry registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        io.micrometer.core.instrument.Metrics.addRegistry(registry);
        try {
            String english = "Israel launched air strikes on Syria overnight.";
            // The producer's field decides: the same English sentence, labelled Italian, is not coded.
            t.send("it1", article("it1", "wire.example", "2026-11-03T08:00:00Z", english).replace("\"en\"", "\"it\""));
            // No field: the detector reads Turkish.
            t.send("tr1", article("tr1", "wire.example", "2026-11-03T08:00:00Z",
                    "İsrail gece boyunca Lübnan'ın güneyindeki hedeflere hava saldırıları düzenlediğini açıkladı.")
                    .replace(",\"language\":\"en\"", ""));
            t.send("en1", article("en1", "wire.example", "2026-11-03T08:00:00Z", english));
            List<PairEvents> records = t.events.readValuesToList();
            assertThat(records).extracting(PairEvents::articleId).containsExactly("en1");
            assertThat(records.get(0).language()).isEqualTo("en");
            assertThat(t.dlq.isEmpty()).isTrue();
            assertThat(languageCount(registry, "it", "skipped")).isEqualTo(1);
            assertThat(languageCount(registry, "tr", "skipped")).isEqualTo(1);
            assertThat(languageCount(registry, "en", "coded")).isEqualTo(1);
        } finally {
            io.micrometer.core.instrument.Metrics.removeRegistry(registry);
        }
    }

    @Test
    void a_spanish_article_is_coded_by_the_spanish_coder_and_its_record_names_its_language() {
        t.send("es1", article("es1", "wire.example", "2026-11-03T08:00:00Z",
                "Israel lanzó ataques aéreos contra Siria durante la noche.").replace("\"en\"", "\"es\""));
        List<PairEvents> records = t.events.readValuesToList();
        assertThat(records).extracting(PairEvents::articleId).containsExactly("es1");
        assertThat(records.get(0).pair()).isEqualTo("ISR-SYR");
        assertThat(records.get(0).language()).isEqualTo("es");
    }

    @Test
    void german_and_russian_articles_are_coded_by_their_own_coders() {
        t.send("de1", article("de1", "wire.example", "2026-11-03T08:00:00Z",
                "Israel flog in der Nacht Luftangriffe auf Ziele in Syrien.").replace("\"en\"", "\"de\""));
        t.send("ru1", article("ru1", "wire.example", "2026-11-03T08:00:00Z",
                "Израиль нанес удары по целям на юге Ливана, сообщили военные.").replace("\"en\"", "\"ru\""));
        List<PairEvents> records = t.events.readValuesToList();
        assertThat(records).extracting(PairEvents::articleId).containsExactly("de1", "ru1");
        assertThat(records).extracting(PairEvents::pair).containsExactly("ISR-SYR", "ISR-LBN");
        assertThat(records).extracting(PairEvents::language).containsExactly("de", "ru");
    }

    private static double languageCount(io.micrometer.core.instrument.MeterRegistry registry, String language, String outcome) {
        var counter = registry.find("brink.articles.language").tag("language", language).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void an_article_naming_two_pairs_becomes_one_record_for_each() {
        t.send("a1", article("a1", "wire.example", "2026-11-03T08:00:00Z",
                "Russia shelled Kharkiv in Ukraine overnight. Poland summoned the Belarusian ambassador."));
        assertThat(t.events.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("RUS-UKR", "BLR-POL");
    }

    @Test
    void scores_run_on_the_articles_publication_time_not_the_wall_clock() {
        t.send("a1", article("a1", "wire.example", "2026-11-03T08:00:00Z", "Iran threatened Israel."));
        TestRecord<String, PairScore> score = t.scores.readRecord();
        assertThat(score.key()).isEqualTo("IRN-ISR");
        assertThat(score.value().windowEnd()).isEqualTo(Instant.parse("2026-11-03T08:00:00Z"));
        assertThat(score.getRecordTime()).isEqualTo(Instant.parse("2026-11-03T08:00:00Z"));
        assertThat(score.value().escalation()).isPositive();
    }

    @Test
    void strikes_reported_by_two_outlets_raise_an_escalation_alert_with_evidence() {
        t.send("a1", article("a1", "one.example", "2026-11-03T08:00:00Z", "India launched missile strikes on Pakistan."));
        assertThat(t.alerts.isEmpty()).as("one outlet is not enough").isTrue();
        t.send("a2", article("a2", "two.example", "2026-11-03T08:20:00Z", "Indian jets bombed targets in Pakistan."));
        Alert alert = t.alerts.readValue();
        assertThat(alert.kind()).isEqualTo(Alert.Kind.ESCALATION);
        assertThat(alert.status()).isEqualTo(Alert.Status.OPEN);
        assertThat(alert.pair()).isEqualTo("IND-PAK");
        assertThat(alert.direction()).isEqualTo("IND->PAK");
        assertThat(alert.sources()).isEqualTo(2);
        Schemas.assertValid("alert", alert);
        t.scores.readValuesToList().forEach(s -> Schemas.assertValid("pair-score", s));
        assertThat(alert.evidence()).extracting(e -> e.url())
                .containsExactlyInAnyOrder("https://one.example/a1", "https://two.example/a2");
    }

    @Test
    void bad_records_go_to_the_dlq_with_their_bytes_and_reason_and_the_stream_goes_on() {
        t.send("bad-json", "{\"text\": \"unterminated");
        t.send("no-text", "{\"id\":\"x\",\"title\":\"headline only\"}");
        t.send("null", null);
        t.send("huge", "{\"text\":\"" + "war ".repeat(300_000) + "\"}");
        t.send("ok", article("ok", "wire.example", "2026-11-03T08:00:00Z", "Iran threatened Israel."));

        List<TestRecord<byte[], byte[]>> dead = t.dlq.readRecordsToList();
        assertThat(dead).extracting(r -> header(r, DeadLetterHandlers.REASON_HEADER))
                .containsExactly("MALFORMED_JSON", "MISSING_TEXT", "NULL_VALUE", "TEXT_TOO_LARGE");
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{\"text\": \"unterminated");
        assertThat(new String(dead.get(1).key(), StandardCharsets.UTF_8)).isEqualTo("no-text");
        assertThat(header(dead.get(1), "__streams.errors.topic")).isEqualTo("brink.news");
        assertThat(header(dead.get(1), DeadLetterHandlers.MESSAGE_HEADER)).contains("no 'text'");
        assertThat(t.readEvents()).as("the good article after the poison is still coded").hasSize(1);
    }

    @Test
    void a_busy_pairs_score_is_published_once_per_interval_and_its_last_change_follows() {
        for (int i = 0; i < 10; i++) {
            t.send("a" + i, article("a" + i, "one-outlet.example", "2026-11-03T08:0" + i + ":00Z",
                    "Iran threatened Israel over the strike number " + i + "."));
        }
        assertThat(t.events.readValuesToList()).hasSize(10);
        List<PairScore> first = t.scores.readValuesToList();
        assertThat(first).as("only the first update goes out at once").hasSize(1);
        t.driver.advanceWallClockTime(java.time.Duration.ofSeconds(1));
        List<PairScore> later = t.scores.readValuesToList();
        assertThat(later).singleElement().satisfies(s -> {
            assertThat(s.escalationEvents()).isEqualTo(10);
            assertThat(s.windowEnd()).isEqualTo(Instant.parse("2026-11-03T08:09:00Z"));
        });
    }

    @Test
    void every_processor_and_store_is_named() {
        TopologyDescription d = BrinkTopology.build(t.config).describe();
        List<String> names = d.subtopologies().stream().flatMap(s -> s.nodes().stream())
                .map(TopologyDescription.Node::name).toList();
        assertThat(names).contains("news-source", "code", "key-by-pair", "events-sink", "events-source", "score",
                "scores-sink", "alerts-sink");
        assertThat(names).noneMatch(n -> n.startsWith("KSTREAM-") || n.startsWith("KTABLE-"));
        assertThat(d.subtopologies()).hasSize(2);
    }

    @Test
    void the_latest_message_of_each_alert_is_kept_by_id_and_a_resolved_one_leaves_a_week_later() {
        KeyValueStore<String, Alert> recent = t.driver.getKeyValueStore(BrinkTopology.RECENT_ALERTS_STORE);
        t.send("a1", article("a1", "one.example", "2026-11-03T08:00:00Z", "India launched missile strikes on Pakistan."));
        t.send("a2", article("a2", "two.example", "2026-11-03T08:20:00Z", "Indian jets bombed targets in Pakistan."));
        Alert open = t.alerts.readValue();
        assertThat(recent.get(open.id())).isEqualTo(open);

        // Two days on (another pair moves stream time), the quiet pair's alert resolves under the same id.
        t.send("b1", article("b1", "one.example", "2026-11-05T08:00:00Z", "Iran threatened Israel."));
        Alert resolved = t.alerts.readValuesToList().stream().filter(a -> a.id().equals(open.id())).reduce((x, y) -> y)
                .orElseThrow();
        assertThat(resolved.status()).isEqualTo(Alert.Status.RESOLVED);
        assertThat(recent.get(open.id())).isEqualTo(resolved);

        t.send("c1", article("c1", "one.example", "2026-11-11T08:00:00Z", "Iran threatened Israel again."));
        assertThat(recent.get(open.id())).as("six days after it resolved").isNotNull();
        t.send("d1", article("d1", "one.example", "2026-11-12T09:00:00Z", "Iran threatened Israel once more."));
        assertThat(recent.get(open.id())).as("seven days after it resolved").isNull();
    }

    private static String header(TestRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

}
