package io.brink.scoring;

import static io.brink.scoring.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.brink.model.Alert;
import io.brink.model.Signal;

/** The anomaly test against what a pair ordinarily sees: quiet pairs stay quiet, real bursts still alert. */
class DispersionTest {

    private final PairScorer scorer = new PairScorer(ScoringConfig.defaults());
    private final AlertRule rule = new AlertRule(scorer);
    private final Dispersion dispersion = new Dispersion(ScoringConfig.defaults());
    private static final Instant DAY_ONE = Instant.parse("2026-10-01T00:00:00Z");
    /** Twenty days of a steady war, 20 strikes a day on average, varying from day to day as news does. */
    private static final int[] STRIKES_PER_DAY = {14, 26, 18, 22, 20, 17, 24, 19, 21, 16, 25, 20, 15, 23, 20, 18, 22,
        19, 21, 20};

    private PairState state;
    private final List<Alert> alerts = new ArrayList<>();

    /** {@code n} strikes (index 9 each) spread over day {@code day}, from the outlets named {@code prefix}0… */
    private void strikes(int day, int n, String prefix, int outlets, boolean judged) {
        for (int i = 0; i < n; i++) {
            Instant at = DAY_ONE.plusSeconds(day * 86_400L + i * 86_400L / n + 37L * (i % 7));
            state = scorer.update(state, event(i % 3 == 0 ? "UKR" : "RUS", i % 3 == 0 ? "RUS" : "UKR", Signal.ATTACK, -9,
                    at.toString(), prefix + i % outlets + ".example"));
            if (judged) {
                AlertRule.Outcome o = rule.evaluate(state, scorer.score(state));
                state = o.state();
                alerts.addAll(o.alerts());
            }
        }
    }

    private void steadyWar() {
        for (int day = 0; day < STRIKES_PER_DAY.length; day++) {
            strikes(day, STRIKES_PER_DAY[day], "wire", 4, false);
        }
    }

    @Test
    void a_pair_reporting_a_steady_war_at_20_events_a_day_for_20_days_does_not_alert_on_day_21_at_the_same_rate() {
        steadyWar();
        // The rule is asked afresh on day 21, as if nothing were open: would this day open an alert?
        strikes(20, 20, "wire", 4, true);
        assertThat(scorer.score(state).escalation()).as("an index of about 180, far above the minimum of 15")
                .isGreaterThan(150);
        assertThat(scorer.score(state).baseline()).as("a day of this war is what the pair usually sees")
                .isGreaterThan(120);
        assertThat(alerts).isEmpty();
    }

    @Test
    void the_same_pair_alerts_when_the_rate_triples_with_new_outlets() {
        steadyWar();
        strikes(20, 60, "field", 8, true);
        assertThat(alerts).filteredOn(a -> a.status() == Alert.Status.OPEN).first().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Alert.Kind.ESCALATION);
            assertThat(a.firstSeen()).as("within hours").isBefore(DAY_ONE.plusSeconds(20 * 86_400L + 12 * 3_600L));
            assertThat(a.sources()).isGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void a_pair_with_no_day_of_history_is_judged_by_the_prior_alone() {
        strikes(0, 4, "wire", 2, false);
        PairState.Memory memory = state.escalationMemory();
        Dispersion.Estimate usual = dispersion.estimate(memory);
        assertThat(usual.expected()).isZero();
        assertThat(usual.variance()).isEqualTo(dispersion.poissonVariance(memory.hourly()));
        assertThat(usual.variance()).isGreaterThanOrEqualTo(Dispersion.PRIOR_VARIANCE);
    }

    @Test
    void the_own_days_take_over_from_the_prior_as_they_accumulate() {
        strikes(0, 20, "wire", 4, false);
        strikes(1, 20, "wire", 4, false);
        double young = dispersion.estimate(scorer.advance(state, DAY_ONE.plusSeconds(2 * 86_400L))
                .escalationMemory()).expected();
        state = null;
        steadyWar();
        double seasoned = dispersion.estimate(scorer.advance(state, DAY_ONE.plusSeconds(20 * 86_400L))
                .escalationMemory()).expected();
        assertThat(young).as("two days of 180 say little yet").isLessThan(90);
        assertThat(seasoned).as("twenty days of about 180").isBetween(120.0, 185.0);
    }

    @Test
    void a_changed_window_length_starts_the_totals_afresh_rather_than_freezing_them() {
        steadyWar();
        ScoringConfig twoDays = new ScoringConfig(java.time.Duration.ofHours(48), java.time.Duration.ofDays(30), 15, 3, 2,
                0.5, java.time.Duration.ofHours(1), 3, 500, ScoringConfig.TENSION_LOOKBACK,
                ScoringConfig.NONSTATE_WEIGHT, ScoringConfig.KEEP_FIRING, ScoringConfig.COLD_WINDOWS);
        PairScorer longer = new PairScorer(twoDays);
        PairState s = state;
        for (int day = 20; day < 26; day++) {
            s = longer.update(s, event("RUS", "UKR", Signal.ATTACK, -9,
                    DAY_ONE.plusSeconds(day * 86_400L + 3_600L).toString(), "wire0.example"));
        }
        WindowTotals totals = s.escalationMemory().windows();
        assertThat(totals.period()).as("periods of two days").isEqualTo(DAY_ONE.plusSeconds(25 * 86_400L)
                .getEpochSecond() / (2 * 86_400L));
        assertThat(totals.weight()).as("learning again").isPositive();
    }

    @Test
    void one_crisis_does_not_hide_the_next_a_few_days_later() {
        strikes(0, 40, "wire", 4, true);
        state = scorer.advance(state, DAY_ONE.plusSeconds(3 * 86_400L));
        AlertRule.Outcome o = rule.evaluate(state, scorer.score(state));
        state = o.state();
        alerts.addAll(o.alerts());
        strikes(3, 40, "wire", 4, true);
        assertThat(alerts).filteredOn(a -> a.status() == Alert.Status.OPEN).hasSize(2).last()
                .satisfies(a -> assertThat(a.firstSeen()).as("the first crisis was learned as a bad day, not as 360")
                        .isBefore(DAY_ONE.plusSeconds(3 * 86_400L + 12 * 3_600L)));
    }
}
