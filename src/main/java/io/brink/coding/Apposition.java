package io.brink.coding;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * "Egypt, a long-standing British partner, has refused …", "Pakistán, un aliado clave de Estados
 * Unidos, se negó a …": an actor inside an apposition describes the subject; the subject is the
 * actor just before the apposition's opening comma. One rule for the English coder and the
 * language coder, over their own words. Pure.
 */
public final class Apposition {

    /** "Baku's troops ,": how many words may follow the actor before the apposition's comma. */
    static final int HEAD_WORDS = 3;

    private Apposition() {
    }

    /**
     * The subject for an act at {@code act}, whose nearest actor before it is {@code nearest}: the
     * actor before the apposition that holds {@code nearest}, when a comma closes that apposition
     * at or after {@code closeFrom} and before the act; else {@code nearest}. {@code comma} tells
     * whether word {@code i} is a comma; {@code actors} are in sentence order.
     */
    public static Gazetteer.Mention subject(IntPredicate comma, List<Gazetteer.Mention> actors,
                                            Gazetteer.Mention nearest, int closeFrom, int act) {
        return subject(comma, i -> false, i -> false, actors, nearest, closeFrom, act);
    }

    /**
     * As {@link #subject(IntPredicate, List, Gazetteer.Mention, int, int)}, but a list that opens
     * after a word that names its members ({@code opener}: "including", "among them") and goes on
     * past a comma is one list: "Several countries, including Germany, France and Poland,
     * expelled" has three subjects, and the comma after "Germany" opens no apposition.
     * {@code joiner} tells the words that join a list's actors ("and", "the").
     */
    public static Gazetteer.Mention subject(IntPredicate comma, IntPredicate opener, IntPredicate joiner,
                                            List<Gazetteer.Mention> actors, Gazetteer.Mention nearest, int closeFrom,
                                            int act) {
        if (nearest == null || nearest.end() > act || !any(comma, Math.max(nearest.end(), closeFrom), act)) {
            return nearest;
        }
        int open = -1;
        for (int i = nearest.start() - 1; i > 0; i--) {
            if (comma.test(i)) {
                open = i;
                break;
            }
        }
        if (open < 1 || listTail(joiner, actors, open, nearest.start()) && namedMembers(comma, opener, joiner, actors, open)) {
            return nearest;
        }
        // "Baku's troops, backed by Turkish drones, seized": the actor may head a short noun
        // phrase ("'s troops", "las tropas de Rusia") before the comma.
        Gazetteer.Mention head = null;
        for (Gazetteer.Mention m : actors) {
            if (m.end() <= open && m.end() >= open - HEAD_WORDS) {
                head = m;
            }
        }
        return head == null || any(comma, head.end(), open) ? nearest : head;
    }

    /**
     * What stands between the comma and the actor is only actors and words that join them: the
     * tail of a list.
     */
    private static boolean listTail(IntPredicate joiner, List<Gazetteer.Mention> actors, int open, int at) {
        for (int i = open + 1; i < at; i++) {
            if (!joiner.test(i) && !Gazetteer.covers(actors, i)) {
                return false;
            }
        }
        return true;
    }

    /** The list whose item ends just before the comma at {@code open} opens after an {@code opener}. */
    private static boolean namedMembers(IntPredicate comma, IntPredicate opener, IntPredicate joiner,
                                        List<Gazetteer.Mention> actors, int open) {
        int i = open;
        Gazetteer.Mention item = endingAt(actors, i);
        while (item != null) {
            // Back over the list's earlier items: "among them the United States, Germany, France".
            i = item.start() - 1;
            while (i >= 0 && joiner.test(i)) {
                i--;
            }
            item = i >= 0 && comma.test(i) ? endingAt(actors, i) : null;
        }
        return i >= 0 && i < open && opener.test(i);
    }

    private static Gazetteer.Mention endingAt(List<Gazetteer.Mention> actors, int end) {
        for (Gazetteer.Mention m : actors) {
            if (m.end() == end) {
                return m;
            }
        }
        return null;
    }

    private static boolean any(IntPredicate comma, int from, int to) {
        for (int i = from; i < to; i++) {
            if (comma.test(i)) {
                return true;
            }
        }
        return false;
    }
}
