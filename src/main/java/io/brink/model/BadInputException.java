package io.brink.model;

/** An input record Brink cannot use, with a machine-readable reason for the dead-letter queue. */
public final class BadInputException extends RuntimeException {

    /** Why a record was rejected; written to the {@code brink.error.reason} DLQ header. */
    public enum Reason { NULL_VALUE, MALFORMED_JSON, NOT_AN_OBJECT, MISSING_TEXT, TEXT_TOO_LARGE, INVALID_FIELD }

    private final Reason reason;

    public BadInputException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public BadInputException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
