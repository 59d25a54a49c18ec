package io.brink.scoring;

import static io.brink.scoring.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.brink.model.Alert;
import io.brink.model.CodedEvent;
import io.brink.model.Signal;

class AlertRuleTest {

    private final PairScorer scorer = new PairScorer(ScoringConfig.defaults());
    private final AlertRule rule = new AlertRule(scorer);

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

    @Test
    void a_ceasefire_reported_by_two_outlets_opens_a_deescalation_alert() {
        feed(event("ERI", "ETH", Signal.CEASEFIRE, 8, "2026-11-04T09:00:00Z", "a.example"));
        feed(event("ETH", "ERI", Signal.CEASEFIRE, 8, "2026-11-04T09:30:00Z", "b.example"));
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Alert.Kind.DEESCALATION);
            assertThat(a.direction()).isEqualTo("ERI<->ETH");
        });
    }

    @Test
    void alert_ids_are_stable_for_the_same_crisis_and_differ_between_crises() {
        Instant t = Instant.parse("2026-11-02T10:00:00Z");
        assertThat(AlertRule.alertId("IRN-ISR", Alert.Kind.ESCALATION, t))
                .isEqualTo(AlertRule.alertId("IRN-ISR", Alert.Kind.ESCALATION, t))
                .isNotEqualTo(AlertRule.alertId("IRN-ISR", Alert.Kind.DEESCALATION, t))
                .isNotEqualTo(AlertRule.alertId("IRN-ISR", Alert.Kind.ESCALATION, t.plusSeconds(60)));
    }
}
