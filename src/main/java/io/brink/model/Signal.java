package io.brink.model;

/**
 * The kinds of event Brink codes, each with the direction it moves a pair. Weights live in the
 * lexicon, not here, so that analysts can tune them without touching code.
 */
public enum Signal {
    THREATEN(Polarity.ESCALATION),
    ULTIMATUM(Polarity.ESCALATION),
    MOBILIZE(Polarity.ESCALATION),
    ATTACK(Polarity.ESCALATION),
    ASSASSINATE(Polarity.ESCALATION),
    SANCTION(Polarity.ESCALATION),
    EXPEL(Polarity.ESCALATION),
    ACCUSE(Polarity.ESCALATION),
    ARMS_TRANSFER(Polarity.ESCALATION),
    REJECT(Polarity.ESCALATION),
    WARN(Polarity.ESCALATION),
    CYBER(Polarity.ESCALATION),
    APPEAL_RESTRAINT(Polarity.DEESCALATION),
    CEASEFIRE(Polarity.DEESCALATION),
    NEGOTIATE(Polarity.DEESCALATION),
    MEDIATE(Polarity.DEESCALATION),
    AGREE(Polarity.DEESCALATION),
    WITHDRAW(Polarity.DEESCALATION),
    RELEASE(Polarity.DEESCALATION),
    RESTORE_RELATIONS(Polarity.DEESCALATION),
    AID(Polarity.DEESCALATION),
    DEESCALATION_MECHANISM(Polarity.DEESCALATION);

    private final Polarity polarity;

    Signal(Polarity polarity) {
        this.polarity = polarity;
    }

    public Polarity polarity() {
        return polarity;
    }
}
