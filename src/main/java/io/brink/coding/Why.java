package io.brink.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * Why the coder set a trigger aside: a reason per phrase it found and did not code, collected only
 * while someone listens ({@link #listen()}), for {@code brink eval --errors} and for measuring
 * where recall goes. Coding does not depend on it.
 */
public final class Why {
    private static final ThreadLocal<List<String>> LISTENING = new ThreadLocal<>();

    private Why() {
    }

    /** Starts collecting this thread's reasons; {@link #stop()} returns them. */
    public static void listen() {
        LISTENING.set(new ArrayList<>());
    }

    /** The reasons collected since {@link #listen()}, in order; collecting stops. */
    public static List<String> stop() {
        List<String> reasons = LISTENING.get();
        LISTENING.remove();
        return reasons == null ? List.of() : reasons;
    }

    /** Whether anyone listens on this thread: what only the listener reads need not be computed. */
    static boolean listening() {
        return LISTENING.get() != null;
    }

    /** Records that tokens {@code start} to {@code end} (exclusive) were set aside for {@code reason}. */
    static void dropped(List<Token> tokens, int start, int end, String reason) {
        List<String> reasons = LISTENING.get();
        if (reasons != null) {
            StringBuilder phrase = new StringBuilder();
            for (int i = start; i < end; i++) {
                phrase.append(i > start ? " " : "").append(tokens.get(i).text());
            }
            reasons.add("\"" + phrase + "\": " + reason);
        }
    }
}
