package io.brink.model;

/** Whether a pair's index is moving up, down or staying put against its previous window. */
public enum Trend {
    RISING,
    FALLING,
    STEADY
}
