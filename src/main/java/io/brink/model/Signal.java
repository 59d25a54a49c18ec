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
    /** Demands and insistence that another state act (CAMEO root 10). */
    DEMAND(Polarity.ESCALATION),
    /** Arrests, detentions, deportations and crackdowns on another state's people (CAMEO root 17). */
    COERCE(Polarity.ESCALATION),
    /** Protests, boycotts and demonstrations against another state (CAMEO root 14). */
    PROTEST(Polarity.ESCALATION),
    APPEAL_RESTRAINT(Polarity.DEESCALATION),
    CEASEFIRE(Polarity.DEESCALATION),
    NEGOTIATE(Polarity.DEESCALATION),
    MEDIATE(Polarity.DEESCALATION),
    AGREE(Polarity.DEESCALATION),
    WITHDRAW(Polarity.DEESCALATION),
    RELEASE(Polarity.DEESCALATION),
    RESTORE_RELATIONS(Polarity.DEESCALATION),
    AID(Polarity.DEESCALATION),
    DEESCALATION_MECHANISM(Polarity.DEESCALATION),
    /** Meetings, visits, calls and hosting: contact that keeps channels open (CAMEO root 04). */
    CONSULT(Polarity.DEESCALATION),
    /** Praise, support, partnership, shared intelligence, extradition, asylum (CAMEO roots 05–06). */
    COOPERATE(Polarity.DEESCALATION);

    private final Polarity polarity;

    Signal(Polarity polarity) {
        this.polarity = polarity;
    }

    public Polarity polarity() {
        return polarity;
    }
}
