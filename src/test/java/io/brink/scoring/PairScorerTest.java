package io.brink.scoring;

import static io.brink.scoring.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.brink.model.CodedEvent;
import io.brink.model.PairScore;
import io.brink.model.Signal;
import io.brink.model.Trend;

class PairScorerTest {

    private final PairScorer scorer = new PairScorer(ScoringConfig.defaults());

    @Test
    void a_threat_by_iran_against_israel_raises_irn_isr_escalation() {
        PairState s = scorer.update(null, event("IRN", "ISR", Signal.THREATEN, -6, "2026-11-02T10:00:00Z", "a.example"));
        PairScore score = scorer.score(s);
        assertThat(score.pair()).isEqualTo("IRN-ISR");
        assertThat(score.escalation()).isEqualTo(6.0);
        assertThat(score.deescalation()).isZero();
        assertThat(score.net()).isEqualTo(-6.0);
        assertThat(score.eventsAToB()).isEqualTo(1);
        assertThat(score.eventsBToA()).isZero();
        assertThat(score.evidence()).hasSize(1);
    }

    @Test
    void a_raid_by_rebels_weighs_half_a_states_strike_by_default() {
        PairState s = scorer.update(null, Events.nonstate("SYR", "TUR", Signal.ATTACK, -10, "2026-11-02T10:00:00Z",
                "a.example"));
        assertThat(scorer.score(s).escalation()).isEqualTo(5.0);
        PairScorer full = new PairScorer(new ScoringConfig(ScoringConfig.defaults().window(),
                ScoringConfig.defaults().halfLife(), 15, 3, 2, 0.5, java.time.Duration.ofHours(1), 3, 500,
                ScoringConfig.TENSION_LOOKBACK, 1.0, ScoringConfig.KEEP_FIRING, ScoringConfig.COLD_WINDOWS));
        PairState t = full.update(null, Events.nonstate("SYR", "TUR", Signal.ATTACK, -10, "2026-11-02T10:00:00Z",
                "a.example"));
        assertThat(full.score(t).escalation()).as("score.nonstate.weight=1 counts it as the state's").isEqualTo(10.0);
    }

    @Test
    void both_directions_and_polarities_are_counted_with_distinct_outlets() {
        PairState s = null;
        s = scorer.update(s, event("IRN", "ISR", Signal.ATTACK, -10, "2026-11-02T10:00:00Z", "a.example"));
        s = scorer.update(s, event("ISR", "IRN", Signal.ATTACK, -10, "2026-11-02T11:00:00Z", "b.example"));
        s = scorer.update(s, event("ISR", "IRN", Signal.CEASEFIRE, 8, "2026-11-02T12:00:00Z", "b.example"));
        s = scorer.update(s, event("ISR", "IRN", Signal.NEGOTIATE, 6, "2026-11-02T12:30:00Z", "c.example"));
        PairScore score = scorer.score(s);
        assertThat(score.escalation()).isEqualTo(20.0);
        assertThat(score.deescalation()).isEqualTo(8.0);
        assertThat(score.cooperation()).isEqualTo(6.0);
        assertThat(score.eventsAToB()).isEqualTo(1);
        assertThat(score.eventsBToA()).isEqualTo(3);
        assertThat(score.sources()).isEqualTo(3);
        assertThat(score.escalationEvents()).isEqualTo(2);
        assertThat(score.deescalationEvents()).isEqualTo(1);
        assertThat(score.cooperationEvents()).isEqualTo(1);
    }

    @Test
    void cooperation_has_an_index_of_its_own_and_does_not_move_the_net() {
        PairState s = null;
        s = scorer.update(s, event("DEU", "FRA", Signal.CONSULT, 3, "2026-11-02T09:00:00Z", "a.example"));
        s = scorer.update(s, event("FRA", "DEU", Signal.COOPERATE, 4, "2026-11-02T10:00:00Z", "b.example"));
        s = scorer.update(s, event("DEU", "FRA", Signal.AGREE, 5, "2026-11-02T11:00:00Z", "c.example"));
        PairScore score = scorer.score(s);
        assertThat(score.cooperation()).isEqualTo(12.0);
        assertThat(score.cooperationEvents()).isEqualTo(3);
        assertThat(score.lastHourCooperation()).isEqualTo(5.0);
        assertThat(score.deescalation()).as("cooperation is not de-escalation").isZero();
        assertThat(score.deescalationEvents()).isZero();
        assertThat(score.net()).as("routine cooperation does not move the net").isZero();
    }

    @Test
    void every_field_of_a_score_is_declared_in_its_published_schema() throws Exception {
        PairState s = scorer.update(null, event("DEU", "FRA", Signal.CONSULT, 3, "2026-11-02T09:00:00Z", "a.example"));
        com.fasterxml.jackson.databind.JsonNode json = io.brink.model.Json.MAPPER.valueToTree(scorer.score(s));
        com.fasterxml.jackson.databind.JsonNode schema;
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream("schemas/pair-score.json")) {
            schema = io.brink.model.Json.MAPPER.readTree(in);
        }
        List<String> fields = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        List<String> declared = new java.util.ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(declared::add);
        assertThat(fields).contains("cooperation", "cooperation_events", "last_hour_cooperation");
        assertThat(declared).containsAll(fields);
        assertThat(json.path("cooperation").asDouble()).isEqualTo(3.0);
    }

    @Test
    void events_older_than_the_window_leave_the_score() {
        PairState s = scorer.update(null, event("IND", "PAK", Signal.ATTACK, -10, "2026-11-02T00:00:00Z", "a.example"));
        s = scorer.update(s, event("IND", "PAK", Signal.WARN, -3, "2026-11-03T06:00:00Z", "a.example"));
        assertThat(scorer.score(s).escalation()).isEqualTo(3.0);
        s = scorer.advance(s, Instant.parse("2026-11-05T00:00:00Z"));
        assertThat(scorer.score(s).escalation()).isZero();
    }

    @Test
    void the_same_day_stands_out_less_on_a_pair_that_has_been_this_busy_for_weeks() {
        PairState noisy = null;
        for (int day = 1; day <= 21; day++) {
            for (int h = 0; h < 24; h += 3) {
                noisy = scorer.update(noisy, event("RUS", "UKR", Signal.ATTACK, -10,
                        String.format("2026-10-%02dT%02d:00:00Z", day, h), "a.example"));
            }
        }
        PairState quiet = null;
        for (int h = 0; h < 24; h += 3) {
            quiet = scorer.update(quiet, event("ARM", "AZE", Signal.ATTACK, -10,
                    String.format("2026-10-21T%02d:00:00Z", h), "a.example"));
        }
        assertThat(scorer.score(noisy).escalation()).isEqualTo(scorer.score(quiet).escalation());
        assertThat(scorer.score(noisy).baseline()).as("about 80 a day, half learned after 3 weeks of a 30-day half-life")
                .isGreaterThan(20);
        assertThat(scorer.score(noisy).z()).isLessThan(scorer.score(quiet).z() / 2);
    }

    @Test
    void a_burst_in_the_last_quarter_of_the_window_is_rising() {
        PairState s = scorer.update(null, event("CHN", "TWN", Signal.WARN, -3, "2026-11-02T00:00:00Z", "a.example"));
        for (int i = 0; i < 4; i++) {
            s = scorer.update(s, event("CHN", "TWN", Signal.MOBILIZE, -7, "2026-11-02T20:0" + i + ":00Z", "a.example"));
        }
        assertThat(scorer.score(s).trend()).isEqualTo(Trend.RISING);
    }

    @Test
    void buckets_stay_oldest_first_one_per_quarter_hour_whatever_order_events_come_in() {
        PairState s = null;
        for (String at : new String[] {"10:20", "10:50", "10:05", "10:52", "10:35", "10:21"}) {
            s = scorer.update(s, event("IRN", "ISR", Signal.WARN, -3, "2026-11-02T" + at + ":00Z", at + ".example"));
        }
        assertThat(s.buckets()).extracting(b -> Instant.ofEpochSecond(b.start()).toString().substring(11, 16))
                .containsExactly("10:00", "10:15", "10:30", "10:45");
        assertThat(s.buckets()).extracting(b -> b.escalationEvents()).containsExactly(1, 2, 1, 2);
    }

    @Test
    void evidence_keeps_the_strongest_distinct_sentences() {
        PairState s = null;
        s = scorer.update(s, event("IRN", "ISR", Signal.WARN, -3, "2026-11-02T10:00:00Z", "a.example"));
        s = scorer.update(s, event("IRN", "ISR", Signal.ATTACK, -10, "2026-11-02T10:01:00Z", "a.example"));
        s = scorer.update(s, event("IRN", "ISR", Signal.THREATEN, -6, "2026-11-02T10:02:00Z", "a.example"));
        s = scorer.update(s, event("IRN", "ISR", Signal.ACCUSE, -3, "2026-11-02T10:03:00Z", "a.example"));
        assertThat(scorer.score(s).evidence()).extracting(e -> e.signal())
                .containsExactly(Signal.ATTACK, Signal.THREATEN, Signal.ACCUSE);
        // A state kept by an older Brink need not hold its evidence strongest first.
        List<PairState.Contribution> reversed = new java.util.ArrayList<>(s.evidence());
        java.util.Collections.reverse(reversed);
        PairState unordered = new PairState(s.pair(), s.now(), s.outlets(), s.buckets(), s.stories(), reversed,
                s.escalationMemory(), s.deescalationMemory(), s.cooperationMemory(), s.tension(), s.escalationAlert(),
                s.deescalationAlert(), s.metCold());
        assertThat(scorer.score(unordered).evidence()).extracting(e -> e.signal())
                .containsExactly(Signal.ATTACK, Signal.THREATEN, Signal.ACCUSE);
    }

    @Test
    void state_stays_bounded_however_many_events_a_pair_gets() {
        PairState s = null;
        for (int i = 0; i < 5_000; i++) {
            s = scorer.update(s, event("IRN", "ISR", Signal.WARN, -3,
                    java.time.Instant.parse("2026-11-02T00:00:00Z").plusSeconds(i * 37L).toString(), "o" + i + ".example"));
        }
        assertThat(s.buckets()).as("quarter hours in 24 h").hasSizeLessThanOrEqualTo(97);
        assertThat(s.stories()).hasSizeLessThanOrEqualTo(PairScorer.MAX_STORIES);
        assertThat(s.evidence()).hasSizeLessThanOrEqualTo(ScoringConfig.defaults().evidenceSize() * 8);
        assertThat(s.outlets()).as("outlet names kept once per pair").hasSizeLessThanOrEqualTo(PairState.MAX_OUTLETS);
        assertThat(scorer.score(s).sources()).as("sources saturate at the outlets a pair tells apart")
                .isEqualTo(PairState.MAX_OUTLETS);
    }

    @Test
    void an_outlet_that_left_the_window_frees_its_place_for_a_new_one() {
        PairState s = null;
        java.time.Instant t0 = java.time.Instant.parse("2026-11-02T00:00:00Z");
        for (int i = 0; i < PairState.MAX_OUTLETS; i++) {
            s = scorer.update(s, event("IRN", "ISR", Signal.WARN, -3, t0.plusSeconds(i).toString(), "old" + i + ".example"));
        }
        assertThat(s.outlets()).hasSize(PairState.MAX_OUTLETS);
        // A day later the old outlets' quarter hour has left the 24 h window.
        s = scorer.update(s, event("IRN", "ISR", Signal.WARN, -3, t0.plus(java.time.Duration.ofHours(25)).toString(),
                "new.example"));
        assertThat(s.outlets()).hasSize(PairState.MAX_OUTLETS).contains("new.example");
        assertThat(scorer.score(s).sources()).isEqualTo(1);
        assertThat(PairScorer.sources(s, Tier.ESCALATION, false)).isEqualTo(1);
    }

    @Test
    void fifty_syndicated_copies_weigh_as_much_as_one_story_but_count_as_sources() {
        CodedEvent original = event("IRN", "ISR", Signal.ATTACK, -10, "2026-11-02T10:00:00Z", "wire.example");
        PairState s = scorer.update(null, original);
        for (int i = 0; i < 50; i++) {
            s = scorer.update(s, Events.copy(original, "2026-11-02T10:" + String.format("%02d", i % 60) + ":30Z",
                    "outlet" + i + ".example"));
        }
        PairScore score = scorer.score(s);
        assertThat(score.escalation()).isEqualTo(10.0);
        assertThat(score.copies()).isEqualTo(50);
        assertThat(score.sources()).isEqualTo(51);
        assertThat(score.escalationEvents()).as("copies are still counted as events").isEqualTo(51);
        assertThat(score.evidence()).hasSize(1);
    }

    @Test
    void a_copy_is_known_before_the_update_that_suppresses_it() {
        CodedEvent original = event("IRN", "ISR", Signal.ATTACK, -10, "2026-11-02T10:00:00Z", "wire.example");
        assertThat(scorer.isCopy(null, original)).as("a pair's first event").isFalse();
        PairState s = scorer.update(null, original);
        CodedEvent copy = Events.copy(original, "2026-11-02T10:30:00Z", "other.example");
        assertThat(scorer.isCopy(s, copy)).isTrue();
        assertThat(scorer.score(scorer.update(s, copy)).copies()).isEqualTo(1);
        assertThat(scorer.isCopy(s, event("IRN", "ISR", Signal.ATTACK, -10, "2026-11-02T10:05:00Z", "b.example")))
                .as("another story").isFalse();
    }

    @Test
    void a_different_story_from_the_same_actor_is_not_a_copy() {
        PairState s = scorer.update(null, event("IRN", "ISR", Signal.ATTACK, -10, "2026-11-02T10:00:00Z", "a.example"));
        s = scorer.update(s, event("IRN", "ISR", Signal.ATTACK, -10, "2026-11-02T10:05:00Z", "b.example"));
        assertThat(scorer.score(s).escalation()).isEqualTo(20.0);
        assertThat(scorer.score(s).copies()).isZero();
    }

    @Test
    void the_last_hour_is_read_from_the_same_quarter_hours_as_the_day() {
        PairState s = scorer.update(null, event("CHN", "TWN", Signal.MOBILIZE, -7, "2026-11-02T08:00:00Z", "a.example"));
        s = scorer.update(s, event("CHN", "TWN", Signal.MOBILIZE, -7, "2026-11-02T11:50:00Z", "b.example"));
        PairScore score = scorer.score(s);
        assertThat(score.escalation()).isEqualTo(14.0);
        assertThat(score.lastHourEscalation()).isEqualTo(7.0);
        assertThat(score.windowEnd()).isEqualTo(Instant.parse("2026-11-02T11:50:00Z"));
    }

    @Test
    void an_event_behind_the_window_is_late_and_does_not_move_the_score() {
        PairState s = scorer.update(null, event("IND", "PAK", Signal.ATTACK, -10, "2026-11-05T00:00:00Z", "a.example"));
        CodedEvent late = event("IND", "PAK", Signal.ATTACK, -10, "2026-11-03T00:00:00Z", "b.example");
        assertThat(scorer.isLate(s, late)).isTrue();
        assertThat(scorer.score(scorer.update(s, late)).escalation()).isEqualTo(10.0);
    }
}
