package io.brink.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether an event's actor is its state (a government, leader, ministry, armed force, court or
 * envoy) or a national non-state actor coded to its country, as CAMEO does (rebels, militants,
 * activists, settlers, protesters). Firms, investors, sports teams and fans are neither: they are
 * not actors at all.
 */
public enum ActorKind {
    @JsonProperty("state") STATE,
    @JsonProperty("nonstate") NONSTATE;

    /** The word written in JSON: {@code state} or {@code nonstate}. */
    public String json() {
        return this == STATE ? "state" : "nonstate";
    }

    /** Reads {@code state} or {@code nonstate}; anything else is an error naming the accepted values. */
    public static ActorKind fromJson(String s) {
        return switch (s) {
            case "state" -> STATE;
            case "nonstate" -> NONSTATE;
            default -> throw new IllegalArgumentException("actor kind '" + s + "' is not one of: state, nonstate");
        };
    }
}
