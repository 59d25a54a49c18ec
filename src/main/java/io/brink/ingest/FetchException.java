package io.brink.ingest;

import java.io.IOException;

/** A request that gave no usable answer, and what kind of failure it was. */
public final class FetchException extends IOException {

    /** What went wrong; {@link #transientFailure()} tells whether trying again may help. */
    public enum Kind {
        HTTP_STATUS, TIMEOUT, NETWORK, TOO_LARGE, TOO_MANY_REDIRECTS, ROBOTS_DISALLOWED, MALFORMED;

        public boolean transientFailure() {
            return this == TIMEOUT || this == NETWORK;
        }
    }

    private final Kind kind;
    private final int status;

    public FetchException(Kind kind, int status, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
    }

    public FetchException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = 0;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status of an {@link Kind#HTTP_STATUS} failure, else 0. */
    public int status() {
        return status;
    }

    /** True when another attempt later may succeed: a timeout, a network error, a 5xx or a 429. */
    public boolean retriable() {
        return kind.transientFailure() || kind == Kind.HTTP_STATUS && (status >= 500 || status == 429 || status == 408);
    }
}
