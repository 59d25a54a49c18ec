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
 * RESOLVEs when the index falls below a lower threshold or back to what the pair ordinarily sees
 * (z below a third of the threshold; hysteresis either way) and has stayed there for the
 * keep-firing time, so one crisis is one alert id from start to end. A DEESCALATION alert's index is de-escalation proper; cooperation joins
 * it only while the pair is in tension: escalation of at least the resolve level in its window,
 * now or within the tension lookback. Routine cooperation between
 * calm pairs never alerts. Pure.
 */
public final class AlertRule {

    /** The state with its open alerts brought up to date, and the messages to publish. */
    public record Outcome(PairState state, List<Alert> alerts) {
    }

    /** An open alert resolves when its z-score falls below this fraction of the opening threshold (z 1 of 3). */
    static final double ORDINARY_FRACTION = 1.0 / 3;

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
        // In tension, cooperation joins the index, and what the pair ordinarily sees of it joins the
        // yardstick. De-escalation proper that clears the bar alone opens on its own (its evidence
        // then is the ceasefire, not the routine around it); an open alert keeps the larger index.
        boolean withCooperation = inTension && (state.deescalationAlert() != null
                || !fires(state, score, Alert.Kind.DEESCALATION, false));
        PairState.OpenAlert de = step(state, score, Alert.Kind.DEESCALATION, withCooperation, alerts);
        return new Outcome(state.withAlerts(tension, esc, de), alerts);
    }

    /** The index of an alert of {@code kind}: de-escalation proper, with cooperation when {@code withCooperation}. */
    private static double index(PairScore score, Alert.Kind kind, boolean withCooperation) {
        return kind == Alert.Kind.ESCALATION ? score.escalation()
                : score.deescalation() + (withCooperation ? score.cooperation() : 0);
    }

    /** What the pair ordinarily sees of that index. */
    private Dispersion.Estimate usual(PairState state, Alert.Kind kind, boolean withCooperation) {
        Dispersion.Estimate usual = scorer.estimate(state, kind == Alert.Kind.ESCALATION ? Tier.ESCALATION
                : Tier.DEESCALATION);
        return withCooperation ? usual.plus(scorer.estimate(state, Tier.COOPERATION)) : usual;
    }

    /** True when an alert of {@code kind} would open: index, z, outlets, and more of it than of the other way. */
    private boolean fires(PairState state, PairScore score, Alert.Kind kind, boolean withCooperation) {
        double index = index(score, kind, withCooperation);
        double other = kind == Alert.Kind.ESCALATION ? score.deescalation() : score.escalation();
        Tier tier = kind == Alert.Kind.ESCALATION ? Tier.ESCALATION : Tier.DEESCALATION;
        if (scorer.learning(state, tier)) {
            // Met cold: what the pair sees in its first windows may be old news (a war under way
            // when Brink started); it is learned, not alerted.
            return false;
        }
        // The cheap tests first: most events leave the index below the minimum.
        return index >= config.minIndex() && index > other
                && usual(state, kind, withCooperation).z(index) >= config.zThreshold()
                && PairScorer.sources(state, tier, withCooperation) >= config.minSources();
    }

    /**
     * The latest time the pair was in tension: now, when its window holds escalation of at least
     * the resolve level, else as remembered. De-escalation proper
     * does not make tension: a miscoded withdrawal beside routine diplomacy would otherwise let
     * the routine alert; a real ceasefire clears the bar on its own.
     */
    private Instant tension(PairState state, PairScore score) {
        double level = config.minIndex() * config.resolveFraction();
        if (score.escalation() >= level) {
            return state.now();
        }
        return state.tension();
    }

    private PairState.OpenAlert step(PairState state, PairScore score, Alert.Kind kind, boolean withCooperation,
                                     List<Alert> out) {
        double index = index(score, kind, withCooperation);
        Instant now = state.now();
        PairState.OpenAlert open = state.openAlert(kind);
        if (open == null) {
            if (!fires(state, score, kind, withCooperation)) {
                return null;
            }
            PairState.OpenAlert opened = new PairState.OpenAlert(alertId(state.pair(), kind, now), now, now,
                    severity(index), index, now);
            out.add(alert(opened, Alert.Status.OPEN, kind, state, score, withCooperation));
            return opened;
        }
        if (index < config.minIndex() * config.resolveFraction()
                || usual(state, kind, withCooperation).z(index) < config.zThreshold() * ORDINARY_FRACTION) {
            // Over when the index falls low, or back to what the pair ordinarily sees: a war
            // reported at its steady rate is not news every day, and a new offensive needs the
            // alert closed to open its own. But only once it has stayed quiet for a while: a
            // lull of a few hours in the reporting is not the end of the crisis, and closing on
            // it would open a second alert for the same crisis when the reports resume.
            if (now.isBefore(open.lastHot().plus(config.keepFiring()))) {
                return open;
            }
            out.add(alert(open, Alert.Status.RESOLVED, kind, state, score, withCooperation));
            return null;
        }
        open = open.hotAt(now);
        Alert.Severity severity = severity(index);
        boolean cooledDown = !now.isBefore(open.lastEmitted().plus(config.cooldown()));
        if (severity.compareTo(open.severity()) > 0 && cooledDown) {
            PairState.OpenAlert updated = new PairState.OpenAlert(open.id(), open.firstSeen(), now, severity, index,
                    now);
            out.add(alert(updated, Alert.Status.UPDATED, kind, state, score, withCooperation));
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
                        PairScore score, boolean withCooperation) {
        Tier tier = kind == Alert.Kind.ESCALATION ? Tier.ESCALATION : Tier.DEESCALATION;
        double index = index(score, kind, withCooperation);
        Dispersion.Estimate usual = usual(state, kind, withCooperation);
        return new Alert(Alert.SCHEMA_VERSION, open.id(), kind, status, severity(index), state.pair(),
                direction(state, tier, withCooperation), PairScorer.round(index), PairScorer.round(usual.expected()),
                PairScorer.round(usual.z(index)), PairScorer.sources(state, tier, withCooperation),
                score.windowStart(), score.windowEnd(), scorer.evidence(state, tier, withCooperation),
                open.firstSeen(), state.now());
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
