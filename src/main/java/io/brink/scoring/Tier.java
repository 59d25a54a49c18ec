package io.brink.scoring;

import io.brink.model.Polarity;
import io.brink.model.Signal;

/**
 * The three indices a pair keeps: escalation, de-escalation proper (a move that lowers tension),
 * and cooperation (the ordinary business of states at peace). Events carry two polarities; the
 * scorer splits the positive one by {@link Signal#isCooperation()}.
 */
public enum Tier {
    ESCALATION, DEESCALATION, COOPERATION;

    static Tier of(Polarity polarity, Signal signal) {
        if (polarity == Polarity.ESCALATION) {
            return ESCALATION;
        }
        return signal != null && signal.isCooperation() ? COOPERATION : DEESCALATION;
    }
}
