package io.brink.api;

/** A request the API answers with an error status and a message: {@code {"error": "...", "status": N}}. */
final class ApiException extends RuntimeException {

    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    /** 503 with {@code Retry-After}: the answer exists but cannot be read right now (start, rebalance). */
    static ApiException unavailable(String message) {
        return new ApiException(503, message);
    }
}
