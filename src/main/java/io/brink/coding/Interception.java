package io.brink.coding;

import java.util.List;
import java.util.Set;

/**
 * Shooting down or intercepting projectiles is defence, not attack: "A's air defences downed
 * drones launched by B" is B attacking A. An interception is a trigger whose verb stops something
 * ("intercept", "shoot down", "down", "destroy", "repel") with projectiles soon after it. Shooting
 * down a manned aircraft ("shot down a Russian jet") stays an attack by the one who fired.
 */
final class Interception {

    /** "intercepted 24 Russian-made attack drones launched from …": how far the launcher may follow. */
    static final int REACH = 9;
    /** How far the projectiles may follow the verb. */
    private static final int OBJECT_REACH = 6;
    private static final Set<String> STOPPING = Stemmer.stems("intercept", "intercepted", "shoot", "shot", "down",
            "downed", "destroy", "destroyed", "repel", "repelled", "neutralise", "neutralised", "neutralize",
            "neutralized", "thwart", "thwarted", "foil", "foiled");
    private static final Set<String> PROJECTILES = Set.of("drone", "drones", "missile", "missiles", "rocket",
            "rockets", "projectile", "projectiles", "uav", "uavs", "shells", "shell", "munitions", "warheads");

    /**
     * Verbs that turn back a ground attack, and the attacks they turn back: "repelled an
     * Ethiopian assault", "beat back a Russian offensive" is the other side attacking. Only these
     * verbs: "destroyed a depot in an attack" is no defence.
     */
    private static final Set<String> REPELLING = Stemmer.stems("repel", "repelled", "repulse", "repulsed", "beat",
            "fend", "fended", "fought", "fight", "thwart", "thwarted", "foil", "foiled");
    private static final Set<String> ASSAULTS = Set.of("assault", "assaults", "offensive", "attack", "attacks",
            "incursion", "incursions", "raid", "raids", "onslaught", "advance", "push");

    private static final Set<String> WATCHERS = Set.of("surveillance", "reconnaissance", "spy", "unarmed");
    /** The auxiliary of a passive interception: "drones were intercepted", "a missile was shot down". */
    private static final Set<String> BE = Set.of("was", "were", "been", "being", "is", "are");

    private Interception() {
    }

    /**
     * The trigger at [start, end) is a passive interception ("several Iranian drones were
     * intercepted over Pakistani territory", "two missiles were shot down by Ukraine"): its stopping
     * verb follows a form of "be", and projectiles stand just before that. The launcher is then
     * named before the verb, the defender after it. Returns the stopping verb's index, or -1.
     */
    static int passiveVerb(List<Token> tokens, int start, int end) {
        int verb = -1;
        for (int i = start; i < end && verb < 0; i++) {
            if (STOPPING.contains(tokens.get(i).stem()) && i > 0 && BE.contains(tokens.get(i - 1).lower())) {
                verb = i;
            }
        }
        if (verb < 0) {
            return -1;
        }
        for (int i = verb - 2; i >= 0 && i >= verb - 1 - OBJECT_REACH; i--) {
            String t = tokens.get(i).lower();
            if (PROJECTILES.contains(t)) {
                return i > 0 && WATCHERS.contains(tokens.get(i - 1).lower()) ? -1 : verb;
            }
            if (t.equals(",") || t.equals(";") || t.equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    /** The trigger at [start, end) stops projectiles, or turns back an assault ("repelled an Ethiopian assault"). */
    static boolean of(List<Token> tokens, int start, int end) {
        boolean stopping = false;
        boolean repelling = false;
        for (int i = start; i < end; i++) {
            stopping |= STOPPING.contains(tokens.get(i).stem());
            repelling |= REPELLING.contains(tokens.get(i).stem());
        }
        if (!stopping && !repelling) {
            return false;
        }
        // The projectiles may be inside the trigger ("downed a Moroccan drone") or after it.
        for (int i = start + 1; i < tokens.size() && i < end + OBJECT_REACH; i++) {
            String t = tokens.get(i).lower();
            if (repelling && ASSAULTS.contains(t)) {
                return true;
            }
            if (stopping && PROJECTILES.contains(t)) {
                // "shot down an American surveillance drone": an unarmed aircraft is no attack.
                return !(i > 0 && WATCHERS.contains(tokens.get(i - 1).lower()));
            }
            if (t.equals(".") || t.equals(";")) {
                return false;
            }
        }
        return false;
    }
}
