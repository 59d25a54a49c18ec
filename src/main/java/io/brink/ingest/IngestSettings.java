package io.brink.ingest;

import java.time.Duration;

/**
 * How {@code brink ingest --feeds} behaves on the web: who it says it is, how long it waits, how
 * much it reads, how often it calls on one host, and how it retries a failing feed.
 */
public record IngestSettings(String userAgent, Duration timeout, int maxPageBytes, int maxRedirects,
                             Duration hostDelay, int threads, int retries, Duration retryBackoff, Duration interval) {

    /** The token robots.txt groups are matched against. */
    public static final String ROBOT_NAME = "brink";

    /** "Brink/0.1 (news ingester; +contact)": names Brink, and whom to call about it when a contact is set. */
    public static String userAgent(String version, String contact) {
        String c = contact == null || contact.isBlank() ? "" : "; +" + contact.strip();
        return "Brink/" + version + " (news ingester" + c + ")";
    }
}
