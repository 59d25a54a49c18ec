package io.brink.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import io.brink.model.Alert;
import io.brink.model.CodedEvent;
import io.brink.model.PairScore;
import io.brink.model.Signal;

/** Properties of the pure scorer that hold for any stream of events. */
class ScorerPropertiesTest {

    private final PairScorer scorer = new PairScorer(ScoringConfig.defaults());
    private static final Instant T0 = Instant.parse("2026-11-02T00:00:00Z");

    @Provide
    Arbitrary<List<CodedEvent>> dayOfEvents() {
        Arbitrary<CodedEvent> one = Combinators.combine(
                Arbitraries.of("IRN", "ISR"),
                Arbitraries.of(Signal.ATTACK, Signal.THREATEN, Signal.WARN, Signal.CEASEFIRE, Signal.NEGOTIATE),
                Arbitraries.integers().between(0, 23 * 3600),
                Arbitraries.integers().between(0, 9)).as((src, signal, second, outlet) -> Events.event(src,
                src.equals("IRN") ? "ISR" : "IRN", signal, signal.polarity() == io.brink.model.Polarity.ESCALATION ? -5 : 5,
                T0.plusSeconds(second).toString(), "o" + outlet + ".example"));
        return one.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 200)
    void adding_an_escalation_event_never_lowers_the_escalation_index(@ForAll("dayOfEvents") List<CodedEvent> events,
                                                                     @ForAll @IntRange(min = 0, max = 23 * 3600) int second) {
        PairState s = fold(events);
        Instant latest = s.now();
        CodedEvent more = Events.event("IRN", "ISR", Signal.ATTACK, -10,
                (latest.isAfter(T0.plusSeconds(second)) ? latest : T0.plusSeconds(second)).toString(), "new.example");
        assertThat(scorer.score(scorer.update(s, more)).escalation()).isGreaterThanOrEqualTo(scorer.score(s).escalation());
    }

    @Property(tries = 200)
    void within_a_window_the_score_does_not_depend_on_arrival_order(@ForAll("dayOfEvents") List<CodedEvent> events,
                                                                   @ForAll long seed) {
        List<CodedEvent> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(seed));
        PairScore a = scorer.score(fold(events));
        PairScore b = scorer.score(fold(shuffled));
        assertThat(b.escalation()).isEqualTo(a.escalation());
        assertThat(b.deescalation()).isEqualTo(a.deescalation());
        assertThat(b.escalationEvents()).isEqualTo(a.escalationEvents());
        assertThat(b.sources()).isEqualTo(a.sources());
        assertThat(b.windowEnd()).isEqualTo(a.windowEnd());
    }

    @Property(tries = 50)
    void any_number_of_near_copies_weighs_as_one_story(@ForAll @IntRange(min = 1, max = 60) int copies) {
        CodedEvent original = Events.event("RUS", "UKR", Signal.ATTACK, -10, T0.toString(), "wire.example");
        PairState s = scorer.update(null, original);
        for (int i = 0; i < copies; i++) {
            s = scorer.update(s, Events.copy(original, T0.plusSeconds(60L * i).toString(), "copy" + i + ".example"));
        }
        assertThat(scorer.score(s).escalation()).isEqualTo(10.0);
        assertThat(scorer.score(s).sources()).isEqualTo(copies + 1);
    }

    @Property(tries = 20)
    void the_baseline_converges_on_a_steady_stream(@ForAll @IntRange(min = 1, max = 10) int perHour) {
        PairState s = null;
        int hours = 24 * 150;
        for (int h = 0; h < hours; h++) {
            for (int k = 0; k < perHour; k++) {
                s = scorer.update(s, Events.event("CHN", "TWN", Signal.WARN, -2,
                        T0.plusSeconds(h * 3600L + k * 60L).toString(), "o" + k + ".example"));
            }
        }
        double expectedPerDay = 2.0 * perHour * 24;
        assertThat(scorer.score(s).baseline()).isCloseTo(expectedPerDay, org.assertj.core.data.Percentage.withPercentage(5));
        assertThat(scorer.score(s).z()).isBetween(-1.0, 1.0);
    }

    @Property(tries = 30)
    void cooldown_keeps_one_crisis_one_alert_and_lets_a_new_crisis_through(@ForAll @IntRange(min = 3, max = 30) int days) {
        AlertRule rule = new AlertRule(scorer);
        List<Alert> alerts = new ArrayList<>();
        PairState s = null;
        for (int crisis = 0; crisis < 2; crisis++) {
            Instant start = T0.plusSeconds(crisis * days * 86_400L);
            for (int i = 0; i < 20; i++) {
                s = scorer.update(s, Events.event("IND", "PAK", Signal.ATTACK, -10,
                        start.plusSeconds(i * 600L).toString(), "o" + (i % 4) + ".example"));
                AlertRule.Outcome o = rule.evaluate(s, scorer.score(s));
                s = o.state();
                alerts.addAll(o.alerts());
            }
            s = scorer.advance(s, start.plusSeconds(2 * 86_400L));
            AlertRule.Outcome o = rule.evaluate(s, scorer.score(s));
            s = o.state();
            alerts.addAll(o.alerts());
        }
        List<Alert> opened = alerts.stream().filter(a -> a.status() == Alert.Status.OPEN).toList();
        assertThat(opened).hasSize(2);
        assertThat(opened.get(0).id()).isNotEqualTo(opened.get(1).id());
        assertThat(alerts.stream().filter(a -> a.status() == Alert.Status.RESOLVED)).hasSize(2);
        assertThat(alerts.stream().filter(a -> a.status() == Alert.Status.UPDATED))
                .as("updates only as severity rises: at most three per crisis").hasSizeLessThanOrEqualTo(6);
    }

    @Provide
    Arbitrary<List<int[]>> historyOfDays() {
        // Per day: how many events, of which tier (0 escalation, 1 de-escalation, 2 cooperation), their weight.
        return Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(1, 10)).as((n, tier, weight) -> new int[] {n, tier, weight})
                .list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 100)
    void the_over_dispersed_threshold_never_falls_below_the_poisson_one(@ForAll("historyOfDays") List<int[]> days,
                                                                        @ForAll @IntRange(min = 0, max = 23) int hour) {
        Signal[] signals = {Signal.ATTACK, Signal.CEASEFIRE, Signal.CONSULT};
        PairState s = null;
        for (int d = 0; d < days.size(); d++) {
            int[] day = days.get(d);
            for (int i = 0; i < day[0]; i++) {
                Signal signal = signals[day[1]];
                s = scorer.update(s, Events.event("IRN", "ISR", signal,
                        signal.polarity() == io.brink.model.Polarity.ESCALATION ? -day[2] : day[2],
                        T0.plusSeconds(d * 86_400L + i * 86_400L / day[0]).toString(), "o" + i % 5 + ".example"));
            }
        }
        if (s == null) {
            return;
        }
        s = scorer.advance(s, T0.plusSeconds(days.size() * 86_400L + hour * 3_600L));
        Dispersion dispersion = new Dispersion(ScoringConfig.defaults());
        for (Tier tier : Tier.values()) {
            PairState.Memory memory = s.memory(tier);
            Dispersion.Estimate usual = dispersion.estimate(memory);
            double poisson = dispersion.poissonVariance(memory.hourly());
            assertThat(usual.variance()).as(tier.name()).isFinite().isGreaterThanOrEqualTo(poisson);
            assertThat(usual.expected()).as(tier.name()).isFinite().isGreaterThanOrEqualTo(0);
            assertThat(usual.threshold(3)).as(tier.name())
                    .isGreaterThanOrEqualTo(usual.expected() + 3 * Math.sqrt(poisson));
        }
    }

    private PairState fold(List<CodedEvent> events) {
        PairState s = null;
        for (CodedEvent e : events) {
            s = scorer.update(s, e);
        }
        return s;
    }
}
