package io.brink.model;

/** Whether a signal moves a pair of countries towards conflict or away from it. */
public enum Polarity {
    ESCALATION,
    DEESCALATION
}
