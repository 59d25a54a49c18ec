package io.brink.model;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The state of one country pair over a window of event time (default 24 h, hopping by 15 minutes):
 * how much escalation, de-escalation proper and cooperation it saw, escalation against its own
 * history, the same for the last hour, how many syndicated copies were recognised (they add
 * sources, not weight), and the sentences behind it. {@code net} is de-escalation minus
 * escalation: routine cooperation does not move it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PairScore(
        @JsonProperty("schema_version") int schemaVersion,
        String pair, Instant windowStart, Instant windowEnd,
        double escalation, double deescalation, double cooperation, double net,
        double baseline, double z, Trend trend,
        @JsonProperty("events_a_to_b") int eventsAToB, @JsonProperty("events_b_to_a") int eventsBToA,
        int escalationEvents, int deescalationEvents, int cooperationEvents,
        int sources, List<Evidence> evidence, double lastHourEscalation, double lastHourDeescalation,
        double lastHourCooperation, int copies, Instant updated) {

    public static final int SCHEMA_VERSION = 1;

    public PairScore {
        evidence = List.copyOf(evidence);
    }
}
