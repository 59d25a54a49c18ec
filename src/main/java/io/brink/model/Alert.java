package io.brink.model;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A pair that really moved. One crisis keeps one {@code id} from its first message to its
 * RESOLVED message, so consumers can upsert by id.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Alert(
        @JsonProperty("schema_version") int schemaVersion,
        String id, Kind kind, Status status, Severity severity, String pair, String direction,
        double score, double baseline, double z, int sources,
        Instant windowStart, Instant windowEnd, List<Evidence> evidence,
        Instant firstSeen, Instant lastSeen) {

    public static final int SCHEMA_VERSION = 1;

    public enum Kind { ESCALATION, DEESCALATION }

    /** OPEN when it first fires, UPDATED when it grows, RESOLVED when the pair calms down. */
    public enum Status { OPEN, UPDATED, RESOLVED }

    public enum Severity { LOW, MEDIUM, HIGH, CRITICAL }

    public Alert {
        evidence = List.copyOf(evidence);
    }
}
