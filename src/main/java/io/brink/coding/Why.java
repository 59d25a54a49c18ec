package io.brink.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * Why the coder set a trigger aside: a reason per phrase it found and did not code, collected only
 * while someone listens ({@link #listen()}), for {@code brink eval --errors} and for measuring
 * where recall goes. Coding does not depend on it.
 */
public final class Why {
    private static final ThreadLocal<List<Aside>> LISTENING = new ThreadLocal<>();

    /**
     * A phrase set aside: its words, the rule's reason ("condition", "modifier", "no source and
     * target found for it" …) and, for some reasons, which kind ("hypothetical"), else null.
     */
    public record Aside(String phrase, String reason, String detail) {
        /** As {@code brink eval --errors} prints it: {@code "moves troops": modifier (hypothetical)}. */
        @Override
        public String toString() {
            return "\"" + phrase + "\": " + reason + (detail == null ? "" : " (" + detail + ")");
        }
    }

    private Why() {
    }

    /** Starts collecting this thread's reasons; {@link #stop()} returns them. */
    public static void listen() {
        LISTENING.set(new ArrayList<>());
    }

    /** The reasons collected since {@link #listen()}, in order; collecting stops. */
    public static List<Aside> stop() {
        List<Aside> reasons = LISTENING.get();
        LISTENING.remove();
        return reasons == null ? List.of() : reasons;
    }

    /** Whether anyone listens on this thread: what only the listener reads need not be computed. */
    static boolean listening() {
        return LISTENING.get() != null;
    }

    /** Records that tokens {@code start} to {@code end} (exclusive) were set aside for {@code reason}. */
    static void dropped(List<Token> tokens, int start, int end, String reason) {
        dropped(tokens, start, end, reason, null);
    }

    /** As above, with the kind of the reason ({@code detail}, may be null). */
    static void dropped(List<Token> tokens, int start, int end, String reason, String detail) {
        List<Aside> reasons = LISTENING.get();
        if (reasons != null) {
            StringBuilder phrase = new StringBuilder();
            for (int i = start; i < end; i++) {
                phrase.append(i > start ? " " : "").append(tokens.get(i).text());
            }
            reasons.add(new Aside(phrase.toString(), reason, detail));
        }
    }
}
