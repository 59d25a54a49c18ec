package io.brink.scoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import io.brink.model.Alert;
import io.brink.model.Pair;
import io.brink.model.PairScore;

/**
 * Decides when a pair's score deserves an alert. An alert OPENs when the index, its z-score
 * against what the pair ordinarily sees ({@link Dispersion}) and the number of outlets all clear
 * their thresholds; it is UPDATED (at most once per cooldown) only when its severity rises; it
 * RESOLVEs when the index falls below a lower threshold (hysteresis), so one crisis is one alert
 * id from start to end. A DEESCALATION alert's index is de-escalation proper; cooperation joins
 * it only while the pair is in tension: escalation or de-escalation proper of at least the
 * resolve level in its window, now or within the tension lookback. Routine cooperation between
 * calm pairs never alerts. Pure.
 */
public final class AlertRule {

    /** The state with its open alerts brought up to date, and the messages to publish. */
    public record Outcome(PairState state, List<Alert> alerts) {
    }

    private final PairScorer scorer;
    private final ScoringConfig config;

    public AlertRule(PairScorer scorer) {
        this.scorer = scorer;
        this.config = scorer.config();
    }

    public Outcome evaluate(PairState state, PairScore score) {
        List<Alert> alerts = new ArrayList<>();
        Instant tension = tension(state, score);
        boolean inTension = tension != null && !state.now().isAfter(tension.plus(config.tensionLookback()));
        PairState.OpenAlert esc = step(state, score, Alert.Kind.ESCALATION, false, alerts);
        PairState.OpenAlert de = step(state, score, Alert.Kind.DEESCALATION, inTension, alerts);
        return new Outcome(state.withAlerts(tension, esc, de), alerts);
    }

    /**
     * The latest time the pair was in tension: now, when its window holds escalation or
     * de-escalation proper of at least the resolve level (a ceasefire or a withdrawal is itself
     * news that there was tension to lower), else as remembered.
     */
    private Instant tension(PairState state, PairScore score) {
        double level = config.minIndex() * config.resolveFraction();
        if (score.escalation() >= level || score.deescalation() >= level) {
            return state.now();
        }
        return state.tension();
    }

    private PairState.OpenAlert step(PairState state, PairScore score, Alert.Kind kind, boolean withCooperation,
                                     List<Alert> out) {
        boolean escalation = kind == Alert.Kind.ESCALATION;
        Tier tier = escalation ? Tier.ESCALATION : Tier.DEESCALATION;
        double index = escalation ? score.escalation()
                : score.deescalation() + (withCooperation ? score.cooperation() : 0);
        double other = escalation ? score.deescalation() : score.escalation();
        Dispersion.Estimate usual = scorer.estimate(state, tier);
        if (withCooperation) {
            usual = usual.plus(scorer.estimate(state, Tier.COOPERATION));
        }
        double z = usual.z(index);
        double baseline = usual.expected();
        int sources = PairScorer.sources(state, tier, withCooperation);
        Instant now = state.now();
        PairState.OpenAlert open = state.openAlert(kind);

        if (open == null) {
            boolean fires = index >= config.minIndex() && z >= config.zThreshold() && sources >= config.minSources()
                    && index > other;
            if (!fires) {
                return null;
            }
            Alert.Severity severity = severity(index);
            PairState.OpenAlert opened = new PairState.OpenAlert(alertId(state.pair(), kind, now), now, now, severity, index);
            out.add(alert(opened, Alert.Status.OPEN, kind, state, score, index, baseline, z, sources, withCooperation));
            return opened;
        }
        if (index < config.minIndex() * config.resolveFraction()) {
            out.add(alert(open, Alert.Status.RESOLVED, kind, state, score, index, baseline, z, sources, withCooperation));
            return null;
        }
        Alert.Severity severity = severity(index);
        boolean cooledDown = !now.isBefore(open.lastEmitted().plus(config.cooldown()));
        if (severity.compareTo(open.severity()) > 0 && cooledDown) {
            PairState.OpenAlert updated = new PairState.OpenAlert(open.id(), open.firstSeen(), now, severity, index);
            out.add(alert(updated, Alert.Status.UPDATED, kind, state, score, index, baseline, z, sources, withCooperation));
            return updated;
        }
        return open;
    }

    /** LOW at the minimum index, then MEDIUM, HIGH and CRITICAL at 2×, 4× and 8× it. */
    Alert.Severity severity(double index) {
        double ratio = index / config.minIndex();
        if (ratio >= 8) {
            return Alert.Severity.CRITICAL;
        }
        if (ratio >= 4) {
            return Alert.Severity.HIGH;
        }
        if (ratio >= 2) {
            return Alert.Severity.MEDIUM;
        }
        return Alert.Severity.LOW;
    }

    private Alert alert(PairState.OpenAlert open, Alert.Status status, Alert.Kind kind, PairState state,
                        PairScore score, double index, double baseline, double z, int sources,
                        boolean withCooperation) {
        Tier tier = kind == Alert.Kind.ESCALATION ? Tier.ESCALATION : Tier.DEESCALATION;
        return new Alert(Alert.SCHEMA_VERSION, open.id(), kind, status, severity(index), state.pair(),
                direction(state, tier, withCooperation), PairScorer.round(index), PairScorer.round(baseline),
                PairScorer.round(z), sources, score.windowStart(), score.windowEnd(),
                scorer.evidence(state, tier, withCooperation), open.firstSeen(), state.now());
    }

    /** "IRN->ISR" when most of the alert's index runs one way, else "IRN<->ISR". */
    private static String direction(PairState state, Tier tier, boolean withCooperation) {
        Pair pair = Pair.parse(state.pair());
        double[] split = PairScorer.directions(state, tier, withCooperation);
        if (split[0] > 2 * split[1]) {
            return pair.a() + "->" + pair.b();
        }
        if (split[1] > 2 * split[0]) {
            return pair.b() + "->" + pair.a();
        }
        return pair.a() + "<->" + pair.b();
    }

    /** Stable across restarts and replays: the same crisis, replayed, gets the same id. */
    static String alertId(String pair, Alert.Kind kind, Instant firstSeen) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((pair + "|" + kind + "|" + firstSeen.getEpochSecond()).getBytes(StandardCharsets.UTF_8));
            return pair + "-" + kind.name().charAt(0) + "-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
