package io.brink.scoring;

import static io.brink.scoring.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

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
    void both_directions_and_polarities_are_counted_with_distinct_outlets() {
        PairState s = null;
        s = scorer.update(s, event("IRN", "ISR", Signal.ATTACK, -10, "2026-11-02T10:00:00Z", "a.example"));
        s = scorer.update(s, event("ISR", "IRN", Signal.ATTACK, -10, "2026-11-02T11:00:00Z", "b.example"));
        s = scorer.update(s, event("ISR", "IRN", Signal.NEGOTIATE, 6, "2026-11-02T12:00:00Z", "b.example"));
        PairScore score = scorer.score(s);
        assertThat(score.escalation()).isEqualTo(20.0);
        assertThat(score.deescalation()).isEqualTo(6.0);
        assertThat(score.eventsAToB()).isEqualTo(1);
        assertThat(score.eventsBToA()).isEqualTo(2);
        assertThat(score.sources()).isEqualTo(2);
        assertThat(score.escalationEvents()).isEqualTo(2);
        assertThat(score.deescalationEvents()).isEqualTo(1);
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
    void a_pair_with_a_noisy_history_needs_more_to_stand_out_than_a_quiet_one() {
        PairState noisy = null;
        for (int day = 1; day <= 20; day++) {
            for (int h = 0; h < 24; h += 3) {
                noisy = scorer.update(noisy, event("RUS", "UKR", Signal.ATTACK, -10,
                        String.format("2026-10-%02dT%02d:00:00Z", day, h), "a.example"));
            }
        }
        PairState quiet = null;
        quiet = scorer.update(quiet, event("ARM", "AZE", Signal.ATTACK, -10, "2026-10-21T00:00:00Z", "a.example"));
        PairState noisyToday = scorer.update(noisy, event("RUS", "UKR", Signal.ATTACK, -10, "2026-10-21T00:00:00Z", "b.example"));
        assertThat(scorer.score(noisyToday).baseline()).as("about 80 a day, a third learned after 20 of 30 days").isGreaterThan(20);
        assertThat(scorer.score(noisyToday).z()).isLessThan(scorer.score(quiet).z());
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
    void evidence_keeps_the_strongest_distinct_sentences() {
        PairState s = null;
        s = scorer.update(s, event("IRN", "ISR", Signal.WARN, -3, "2026-11-02T10:00:00Z", "a.example"));
        s = scorer.update(s, event("IRN", "ISR", Signal.ATTACK, -10, "2026-11-02T10:01:00Z", "a.example"));
        s = scorer.update(s, event("IRN", "ISR", Signal.THREATEN, -6, "2026-11-02T10:02:00Z", "a.example"));
        s = scorer.update(s, event("IRN", "ISR", Signal.ACCUSE, -3, "2026-11-02T10:03:00Z", "a.example"));
        assertThat(scorer.score(s).evidence()).extracting(e -> e.signal())
                .containsExactly(Signal.ATTACK, Signal.THREATEN, Signal.ACCUSE);
    }

    @Test
    void state_stays_bounded_however_many_events_a_pair_gets() {
        PairState s = null;
        for (int i = 0; i < 2_000; i++) {
            s = scorer.update(s, event("IRN", "ISR", Signal.WARN, -3, "2026-11-02T10:00:00Z", "a.example"));
        }
        assertThat(s.recent()).hasSize(ScoringConfig.defaults().maxEvents());
    }
}
