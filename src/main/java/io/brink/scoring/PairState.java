package io.brink.scoring;

import java.time.Instant;
import java.util.List;

import io.brink.model.Alert;
import io.brink.model.Evidence;
import io.brink.model.Polarity;

/**
 * Everything Brink remembers about one pair between events: the contributions inside the window,
 * the baselines, and the alerts it has open. Immutable; kept in a state store keyed by pair.
 *
 * @param now the latest event time seen for the pair
 */
public record PairState(String pair, Instant now, List<Contribution> recent, Baseline escalationBaseline,
                        Baseline deescalationBaseline, OpenAlert escalationAlert, OpenAlert deescalationAlert) {

    public PairState {
        recent = List.copyOf(recent);
    }

    /** One coded event's share of the score. */
    public record Contribution(Instant at, String outlet, String src, Polarity polarity, double magnitude,
                               Evidence evidence) {
    }

    /** An alert that fired and has not resolved; {@code peak} is the index it last reported. */
    public record OpenAlert(String id, Instant firstSeen, Instant lastEmitted, Alert.Severity severity,
                            double peak) {
    }

    PairState withAlerts(OpenAlert escalation, OpenAlert deescalation) {
        return new PairState(pair, now, recent, escalationBaseline, deescalationBaseline, escalation, deescalation);
    }

    OpenAlert openAlert(Alert.Kind kind) {
        return kind == Alert.Kind.ESCALATION ? escalationAlert : deescalationAlert;
    }
}
