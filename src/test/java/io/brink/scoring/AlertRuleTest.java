package io.brink.scoring;

import static io.brink.scoring.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.brink.model.Alert;
import io.brink.model.CodedEvent;
import io.brink.model.Signal;

class AlertRuleTest {

    private PairScorer scorer = new PairScorer(ScoringConfig.defaults());
    private AlertRule rule = new AlertRule(scorer);

    private PairState state;
    private final List<Alert> alerts = new ArrayList<>();

    private void feed(CodedEvent e) {
        state = scorer.update(state, e);
        AlertRule.Outcome o = rule.evaluate(state, scorer.score(state));
        state = o.state();
        alerts.addAll(o.alerts());
    }

    private void advance(String to) {
        state = scorer.advance(state, Instant.parse(to));
        AlertRule.Outcome o = rule.evaluate(state, scorer.score(state));
        state = o.state();
        alerts.addAll(o.alerts());
    }

    @Test
    void two_outlets_reporting_strikes_open_one_escalation_alert_with_evidence() {
        feed(event("IRN", "ISR", Signal.ATTACK, -10, "2026-11-02T10:00:00Z", "a.example"));
        assertThat(alerts).as("one outlet is not enough").isEmpty();
        feed(event("IRN", "ISR", Signal.ATTACK, -10, "2026-11-02T10:05:00Z", "b.example"));
        assertThat(alerts).hasSize(1);
        Alert a = alerts.get(0);
        assertThat(a.kind()).isEqualTo(Alert.Kind.ESCALATION);
        assertThat(a.status()).isEqualTo(Alert.Status.OPEN);
        assertThat(a.pair()).isEqualTo("IRN-ISR");
        assertThat(a.direction()).isEqualTo("IRN->ISR");
        assertThat(a.score()).isEqualTo(20.0);
        assertThat(a.sources()).isEqualTo(2);
        assertThat(a.evidence()).hasSize(2).allSatisfy(e -> assertThat(e.url()).startsWith("https://"));
    }

    @Test
    void fifty_more_reports_of_the_same_crisis_do_not_open_fifty_alerts() {
        for (int i = 0; i < 50; i++) {
            feed(event("RUS", "UKR", Signal.ATTACK, -10, String.format("2026-11-02T10:%02d:00Z", i), "o" + (i % 5) + ".example"));
        }
        assertThat(alerts).extracting(Alert::status).isSubsetOf(Alert.Status.OPEN, Alert.Status.UPDATED);
        assertThat(alerts).extracting(Alert::id).containsOnly(alerts.get(0).id());
        assertThat(alerts.stream().filter(a -> a.status() == Alert.Status.OPEN)).hasSize(1);
        assertThat(alerts.size()).as("updates only when severity rises, at most once per cooldown").isLessThanOrEqualTo(4);
    }

    @Test
    void an_alert_resolves_once_the_pair_calms_and_keeps_its_id() {
        feed(event("IND", "PAK", Signal.ATTACK, -10, "2026-11-02T10:00:00Z", "a.example"));
        feed(event("IND", "PAK", Signal.ATTACK, -10, "2026-11-02T10:05:00Z", "b.example"));
        advance("2026-11-03T12:00:00Z");
        assertThat(alerts).extracting(Alert::status).containsExactly(Alert.Status.OPEN, Alert.Status.RESOLVED);
        assertThat(alerts.get(1).id()).isEqualTo(alerts.get(0).id());
        assertThat(state.escalationAlert()).isNull();
    }

    /** Evaluates the pair every quarter hour up to {@code to}, as the stream's sweep does. */
    private void sweepUntil(String to) {
        Instant end = Instant.parse(to);
        for (Instant t = state.now().plus(Duration.ofMinutes(15)); !t.isAfter(end); t = t.plus(Duration.ofMinutes(15))) {
            advance(t.toString());
        }
    }

    @Test
    void a_lull_of_a_few_hours_in_the_reporting_does_not_split_one_crisis_into_two_alerts() {
        feed(event("IND", "PAK", Signal.ATTACK, -10, "2026-11-02T10:00:00Z", "a.example"));
        feed(event("IND", "PAK", Signal.ATTACK, -10, "2026-11-02T10:05:00Z", "b.example"));
        // The first day's reports leave the window at 10:05 on the next; three quiet hours follow.
        sweepUntil("2026-11-03T13:00:00Z");
        assertThat(state.escalationAlert()).as("quiet for less than the keep-firing time").isNotNull();
        feed(event("IND", "PAK", Signal.ATTACK, -10, "2026-11-03T13:10:00Z", "a.example"));
        feed(event("IND", "PAK", Signal.ATTACK, -10, "2026-11-03T13:15:00Z", "b.example"));
        assertThat(alerts).extracting(Alert::id).containsOnly(alerts.get(0).id());
        assertThat(alerts).extracting(Alert::status).doesNotContain(Alert.Status.RESOLVED);

        // Quiet from about 13:15 the day after, when the second day's reports leave the window:
        // the alert resolves six hours (the keep-firing time) later, not at once.
        sweepUntil("2026-11-04T18:45:00Z");
        assertThat(alerts).extracting(Alert::status).doesNotContain(Alert.Status.RESOLVED);
        sweepUntil("2026-11-04T19:30:00Z");
        assertThat(alerts).filteredOn(a -> a.status() == Alert.Status.RESOLVED).singleElement()
                .satisfies(a -> assertThat(a.id()).isEqualTo(alerts.get(0).id()));
        assertThat(ScoringConfig.defaults().keepFiring()).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void a_ceasefire_reported_by_two_outlets_opens_a_deescalation_alert() {
        feed(event("ERI", "ETH", Signal.CEASEFIRE, 8, "2026-11-04T09:00:00Z", "a.example"));
        feed(event("ETH", "ERI", Signal.CEASEFIRE, 8, "2026-11-04T09:30:00Z", "b.example"));
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Alert.Kind.DEESCALATION);
            assertThat(a.direction()).isEqualTo("ERI<->ETH");
        });
    }

    /** A day of routine diplomacy: consultations, a visit, a programme, a trade deal, aid, from four outlets. */
    private void routineDay(String a, String b, LocalDate day, int events) {
        Signal[] routine = {Signal.CONSULT, Signal.COOPERATE, Signal.AGREE, Signal.NEGOTIATE, Signal.AID};
        for (int i = 0; i < events; i++) {
            feed(event(i % 2 == 0 ? a : b, i % 2 == 0 ? b : a, routine[i % routine.length], 4 + i % 3,
                    day.atTime(8 + i * 12 / events, 10 * (i % 5)).toInstant(ZoneOffset.UTC).toString(),
                    "o" + i % 4 + ".example"));
        }
    }

    private void strikes(String a, String b, LocalDate day) {
        feed(event(a, b, Signal.ATTACK, -10, day.atTime(10, 0).toInstant(ZoneOffset.UTC).toString(), "a.example"));
        feed(event(a, b, Signal.ATTACK, -10, day.atTime(10, 5).toInstant(ZoneOffset.UTC).toString(), "b.example"));
    }

    /** Talks and agreements reported by three outlets in one afternoon: index 18 by the third, 22 in all. */
    private void talksAndAgreements(String a, String b, LocalDate day) {
        feed(event(a, b, Signal.NEGOTIATE, 6, day.atTime(14, 0).toInstant(ZoneOffset.UTC).toString(), "a.example"));
        feed(event(b, a, Signal.AGREE, 6, day.atTime(14, 30).toInstant(ZoneOffset.UTC).toString(), "b.example"));
        feed(event(a, b, Signal.AGREE, 6, day.atTime(15, 0).toInstant(ZoneOffset.UTC).toString(), "c.example"));
        feed(event(b, a, Signal.CONSULT, 4, day.atTime(15, 30).toInstant(ZoneOffset.UTC).toString(), "a.example"));
    }

    private List<Alert> deescalationAlerts() {
        return alerts.stream().filter(a -> a.kind() == Alert.Kind.DEESCALATION).toList();
    }

    @Test
    void routine_cooperation_between_calm_pairs_raises_no_alert() {
        LocalDate day = LocalDate.of(2026, 10, 1);
        for (int d = 0; d < 14; d++) {
            // Six events a day, and a summit with a trade deal on the last: an index of 30 to 75 from four outlets.
            routineDay("DEU", "FRA", day.plusDays(d), d == 13 ? 15 : 6);
        }
        assertThat(scorer.score(state).cooperation()).as("the summit's cooperation is in the window").isGreaterThan(60);
        assertThat(alerts).isEmpty();
    }

    @Test
    void a_ceasefire_on_a_pair_at_peace_raises_a_deescalation_alert() {
        LocalDate day = LocalDate.of(2026, 10, 1);
        for (int d = 0; d < 7; d++) {
            routineDay("KHM", "THA", day.plusDays(d), 6);
        }
        assertThat(alerts).as("a week of routine cooperation").isEmpty();
        feed(event("THA", "KHM", Signal.CEASEFIRE, 8, "2026-10-08T09:00:00Z", "a.example"));
        feed(event("KHM", "THA", Signal.CEASEFIRE, 8, "2026-10-08T09:30:00Z", "b.example"));
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Alert.Kind.DEESCALATION);
            assertThat(a.status()).isEqualTo(Alert.Status.OPEN);
            assertThat(a.evidence()).as("the ceasefire, not the week's routine").hasSize(2)
                    .allSatisfy(e -> assertThat(e.signal()).isEqualTo(Signal.CEASEFIRE));
        });
    }

    @Test
    void cooperation_after_escalation_in_the_lookback_raises_a_deescalation_alert() {
        strikes("IND", "PAK", LocalDate.of(2026, 11, 2));
        advance("2026-11-04T00:00:00Z");
        assertThat(alerts).extracting(Alert::status).containsExactly(Alert.Status.OPEN, Alert.Status.RESOLVED);
        talksAndAgreements("IND", "PAK", LocalDate.of(2026, 11, 12));
        assertThat(deescalationAlerts()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(Alert.Status.OPEN);
            assertThat(a.score()).as("the third report, all of it cooperation, which counts in tension").isEqualTo(18.0);
            assertThat(a.sources()).isEqualTo(3);
        });
    }

    @Test
    void the_same_cooperation_on_a_calm_pair_or_after_the_lookback_raises_none() {
        talksAndAgreements("IND", "PAK", LocalDate.of(2026, 11, 12));
        assertThat(alerts).as("no tension ever").isEmpty();

        state = null;
        strikes("IND", "PAK", LocalDate.of(2026, 11, 2));
        talksAndAgreements("IND", "PAK", LocalDate.of(2026, 12, 12));
        assertThat(deescalationAlerts()).as("40 days after the strikes, beyond the 30-day lookback").isEmpty();

        scorer = new PairScorer(ScoringConfig.defaults().withTensionLookback(Duration.ZERO));
        rule = new AlertRule(scorer);
        state = null;
        strikes("IND", "PAK", LocalDate.of(2026, 11, 2));
        talksAndAgreements("IND", "PAK", LocalDate.of(2026, 11, 12));
        assertThat(deescalationAlerts()).as("with no lookback, only tension in the window counts").isEmpty();
    }

    @Test
    void alert_ids_are_stable_for_the_same_crisis_and_differ_between_crises() {
        Instant t = Instant.parse("2026-11-02T10:00:00Z");
        assertThat(AlertRule.alertId("IRN-ISR", Alert.Kind.ESCALATION, t))
                .isEqualTo(AlertRule.alertId("IRN-ISR", Alert.Kind.ESCALATION, t))
                .isNotEqualTo(AlertRule.alertId("IRN-ISR", Alert.Kind.DEESCALATION, t))
                .isNotEqualTo(AlertRule.alertId("IRN-ISR", Alert.Kind.ESCALATION, t.plusSeconds(60)));
    }

    /** As {@link #feed}, for a pair Brink meets cold (its scorer has just started). */
    private void feedCold(CodedEvent e) {
        state = scorer.update(state, e, true);
        AlertRule.Outcome o = rule.evaluate(state, scorer.score(state));
        state = o.state();
        alerts.addAll(o.alerts());
    }

    @Test
    void a_pair_met_cold_learns_two_windows_then_a_crisis_that_began_on_its_second_day_alerts() {
        // A tense pair Brink finds on its first day: a few accusations, learned, not alerted.
        feedCold(event("ARM", "AZE", Signal.ACCUSE, -3, "2026-11-02T08:00:00Z", "a.example"));
        for (int i = 0; i < 4; i++) {
            feed(event("ARM", "AZE", Signal.ACCUSE, -3, "2026-11-02T1" + i + ":00:00Z", "o" + i + ".example"));
        }
        // Shelling from the second day's evening: within the learning windows nothing opens, and
        // the second day, capped as any pair's, does not teach the pair that shelling is ordinary.
        for (int i = 0; i < 8; i++) {
            feed(event("AZE", "ARM", Signal.ATTACK, -10, "2026-11-03T2" + i / 2 + ":" + (i % 2) * 3 + "0:00Z",
                    "w" + i % 3 + ".example"));
        }
        assertThat(alerts).as("learning").isEmpty();
        for (int i = 0; i < 8; i++) {
            feed(event("AZE", "ARM", Signal.ATTACK, -10, "2026-11-04T0" + i + ":15:00Z", "w" + i % 3 + ".example"));
        }
        assertThat(alerts).extracting(Alert::kind).containsExactly(Alert.Kind.ESCALATION);
    }

    @Test
    void with_no_windows_to_learn_a_pair_met_cold_alerts_like_any_other() {
        scorer = new PairScorer(ScoringConfig.defaults().withColdWindows(0));
        rule = new AlertRule(scorer);
        feedCold(event("IRN", "ISR", Signal.ATTACK, -10, "2026-11-02T10:00:00Z", "a.example"));
        feed(event("IRN", "ISR", Signal.ATTACK, -10, "2026-11-02T10:05:00Z", "b.example"));
        assertThat(alerts).extracting(Alert::kind).containsExactly(Alert.Kind.ESCALATION);
    }
    @Test
    void a_pair_met_cold_but_watched_quiet_for_a_whole_window_alerts_at_once_on_a_sudden_crisis() {
        // Found on the first day in talks only: a whole window with no escalation.
        feedCold(event("KHM", "THA", Signal.NEGOTIATE, 6, "2026-11-02T11:00:00Z", "a.example"));
        feed(event("THA", "KHM", Signal.NEGOTIATE, 6, "2026-11-02T16:00:00Z", "b.example"));
        // Shelling early on the second day, from two outlets: news, not a war Brink found under way.
        feed(event("THA", "KHM", Signal.ATTACK, -10, "2026-11-03T05:40:00Z", "a.example"));
        feed(event("KHM", "THA", Signal.ATTACK, -10, "2026-11-03T05:56:00Z", "c.example"));
        assertThat(alerts).extracting(Alert::kind).containsExactly(Alert.Kind.ESCALATION);
    }
    @Test
    void a_mediator_reported_by_many_outlets_is_cooperating_with_a_party_not_easing_tension_with_it() {
        // Oman brokers Iran and Sweden's prisoner exchange; its pair with Iran is calm.
        for (int i = 0; i < 4; i++) {
            feed(event("OMN", "IRN", Signal.MEDIATE, 5, "2026-11-06T1" + i + ":00:00Z", "o" + i + ".example"));
        }
        assertThat(alerts).as("mediation is the mediator's cooperation with each side").isEmpty();
    }

    @Test
    void the_sides_exchanging_prisoners_raise_the_deescalation_alert_whoever_brokered_it() {
        feed(event("IRN", "SWE", Signal.RELEASE, 6, "2026-11-06T10:45:00Z", "a.example"));
        feed(event("SWE", "IRN", Signal.RELEASE, 6, "2026-11-06T11:04:00Z", "b.example"));
        assertThat(alerts).extracting(Alert::kind).containsExactly(Alert.Kind.DEESCALATION);
    }
}
