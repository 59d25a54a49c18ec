package io.brink.model;

/**
 * The kinds of event Brink codes, each with the direction it moves a pair. Weights live in the
 * lexicon, not here, so that analysts can tune them without touching code.
 *
 * <p>Positive signals come in two tiers. <em>De-escalation proper</em> lowers tension between
 * the two (a ceasefire, a withdrawal, a release, restored ties, lifted sanctions, a peace deal,
 * mediation, an appeal for restraint). <em>Cooperation</em> is the ordinary business of states
 * at peace (consultations, visits, talks, programmes, trade, aid). Both are
 * {@link Polarity#DEESCALATION} in an event, as CAMEO's roots 03–08 are, so the gold sets compare
 * alike; the scorer keeps cooperation in an index of its own, and it raises a de-escalation alert
 * only where the pair was in tension.
 *
 * <p>The order is part of the stored pair state (signals are written by ordinal): add new
 * signals at the end.
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
    /**
     * Arms and military aid from one state to another: material cooperation between the two (CAMEO
     * 062), which is how the pair moves; the third state it is aimed at is not part of the pair.
     */
    ARMS_TRANSFER(Polarity.DEESCALATION),
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
    COOPERATE(Polarity.DEESCALATION),
    /** Easing the pressure on the other: lifting sanctions or restrictions, reopening a border (CAMEO 081–085). */
    EASE(Polarity.DEESCALATION),
    /** Settling the conflict itself: peace talks, a peace deal, normalised relations (CAMEO 0356, 057 on peace). */
    SETTLE(Polarity.DEESCALATION),
    /**
     * An appeal to another state to talk, help or cooperate: "urged Israel to return to talks",
     * "asked Japan for emergency aid" (CAMEO 020–023, 026–028). Cooperation, not de-escalation by
     * itself; an appeal to de-escalate is {@link #APPEAL_RESTRAINT}.
     */
    APPEAL(Polarity.DEESCALATION);

    /** Positive signals that are the ordinary business of states at peace rather than a move away from conflict. */
    private static final java.util.Set<Signal> COOPERATION = java.util.EnumSet.noneOf(Signal.class);

    static {
        // MEDIATE: a mediation is coded from the mediator to each side, so it only ever lands on a
        // mediator's pair with a party, whose tension it does not lower; the two sides' own pair
        // is moved by what they do (the truce, the exchange), not by the mediator's events.
        COOPERATION.addAll(java.util.List.of(CONSULT, COOPERATE, NEGOTIATE, AGREE, AID, ARMS_TRANSFER, APPEAL, MEDIATE));
    }

    private final Polarity polarity;

    Signal(Polarity polarity) {
        this.polarity = polarity;
    }

    /** Cooperation (consult, cooperate, negotiate, agree, aid, arms transfers, appeals, mediation): positive, but not a de-escalation by itself. */
    public boolean isCooperation() {
        return COOPERATION.contains(this);
    }

    public Polarity polarity() {
        return polarity;
    }
}
