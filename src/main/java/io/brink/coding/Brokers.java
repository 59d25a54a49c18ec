package io.brink.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * Who brokered a deal, read from the "by" after a mediation ("a truce brokered by Egypt and
 * Qatar", "mediation by the United States, Egypt and Qatar"). Shared by the coder's own
 * mediation events and by the events it derives for brokers of the sentence's other acts, so
 * both read one list the same way.
 */
final class Brokers {

    private Brokers() {
    }

    /**
     * The brokers named right after the "by" (or a mediation's closing "of") at word {@code by} (an
     * article may stand before the first); none when that word is neither or no actor follows it.
     */
    static List<Gazetteer.Mention> after(List<Token> tokens, List<Gazetteer.Mention> mentions, int by) {
        if (by >= tokens.size() || !tokens.get(by).lower().equals("by") && !tokens.get(by).lower().equals("of")) {
            return List.of();
        }
        Gazetteer.Mention first = firstWithin(mentions, by);
        int office = first == null ? EventCoder.afterOfficeOf(tokens, by + 1) : by + 1;
        if (office != by + 1) {
            // "the mediation of the Amir of Kuwait": the broker's office named before its state.
            first = firstWithin(mentions, office - 1);
        }
        if (first == null) {
            // "under the auspices of the four guarantors of the Rio Protocol: Argentina, Brazil, …":
            // the brokers described first and named after a colon.
            first = firstWithin(mentions, describedUntilColon(tokens, by));
        }
        return first == null ? List.of() : list(tokens, mentions, first);
    }

    /** The first mention starting within two words after {@code at} (an article may stand before it), or null. */
    private static Gazetteer.Mention firstWithin(List<Gazetteer.Mention> mentions, int at) {
        return mentions.stream().filter(m -> m.start() > at && m.start() <= at + 2).findFirst().orElse(null);
    }

    private static final java.util.Set<String> POSSESSIVE_PRONOUNS = java.util.Set.of("its", "their", "his", "her");
    private static final java.util.Set<String> FOR = java.util.Set.of("for", "on");
    /** "thanked Oman on Sunday for its mediation": how many words may stand between the broker and "for". */
    private static final int OWNER_GAP = 3;

    /** Nouns between a mediation and the "of" naming its broker: "mediation efforts of", "good offices of". */
    private static final java.util.Set<String> EFFORTS = java.util.Set.of("efforts", "effort", "offices", "role",
            "initiative", "bid");

    /** "the four guarantors of the 1942 Rio Protocol:": how far a description of brokers may run before its colon. */
    private static final int DESCRIPTION_TOKENS = 10;

    /** The colon that closes a description of the brokers after {@code by}, with no comma before it; else {@code by}. */
    private static int describedUntilColon(List<Token> tokens, int by) {
        for (int i = by + 1; i < tokens.size() && i <= by + DESCRIPTION_TOKENS; i++) {
            String t = tokens.get(i).text();
            if (t.equals(":")) {
                return i;
            }
            if (t.equals(",") || t.equals(";")) {
                break;
            }
        }
        return by;
    }

    /**
     * The brokers a mediation names: after its "by" ({@link #after}), else the demonyms right
     * before it ("following weeks of Qatari mediation", "under Egyptian and Qatari mediation"), or
     * joined to it by a hyphen ("a Norwegian-brokered ceasefire").
     */
    static List<Gazetteer.Mention> of(List<Token> tokens, List<Gazetteer.Mention> mentions, int start, int end) {
        // "under the auspices of Kenya": a mediation ending in "of" names its brokers as "by" would.
        // "the mediation efforts of Kuwait": the effort is the broker's.
        int after = end < tokens.size() && EFFORTS.contains(tokens.get(end).lower()) ? end + 1 : end;
        List<Gazetteer.Mention> by = after(tokens, mentions, tokens.get(end - 1).lower().equals("of") ? end - 1 : after);
        if (!by.isEmpty()) {
            return by;
        }
        return mentions.stream().filter(m -> m.kind() == Gazetteer.Kind.DEMONYM && (m.end() == start
                        || m.end() == start - 1 && tokens.get(m.end()).text().equals("-")))
                .findFirst()
                .map(m -> Coordination.before(tokens, mentions, m)).orElse(List.of());
    }

    /**
     * The brokers of a mediation as its own event names them: as {@link #of}, or the state thanked
     * or praised just before "for its mediation" ("thanking the United Arab Emirates for its
     * mediation"). Thanks to that state stay an event of their own, so only the mediation reads
     * it as the broker.
     */
    static List<Gazetteer.Mention> ofOwn(List<Token> tokens, List<Gazetteer.Mention> mentions, int start, int end) {
        List<Gazetteer.Mention> brokers = of(tokens, mentions, start, end);
        if (!brokers.isEmpty() || start < 2 || !POSSESSIVE_PRONOUNS.contains(tokens.get(start - 1).lower())
                || !FOR.contains(tokens.get(start - 2).lower())) {
            return brokers;
        }
        Gazetteer.Mention owner = mentions.stream().filter(m -> m.end() <= start - 2 && m.end() >= start - 2
                - OWNER_GAP).reduce((a, b) -> b).orElse(null);
        return owner != null && owner.isCountry() ? List.of(owner) : List.of();
    }

    /**
     * The brokers named after a mediation's "by", from {@code first}: a list "A, B and C" that
     * closes its clause ("a deal brokered by the United States, Egypt and Qatar."); else {@code
     * first} with what is coordinated to it, since "brokered by Turkey, Russia and Ukraine agreed"
     * names the parties after it.
     */
    static List<Gazetteer.Mention> list(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                        Gazetteer.Mention first) {
        List<Gazetteer.Mention> list = new ArrayList<>(List.of(first));
        boolean and = false;
        for (int i = mentions.indexOf(first) + 1; i < mentions.size(); i++) {
            Gazetteer.Mention last = list.get(list.size() - 1);
            Gazetteer.Mention next = mentions.get(i);
            boolean listWords = next.start() > last.end() && tokens.subList(last.end(), next.start()).stream()
                    .allMatch(t -> t.text().equals(",") || t.lower().equals("and") || t.lower().equals("the"));
            if (!listWords || and) {
                break;
            }
            and = tokens.subList(last.end(), next.start()).stream().anyMatch(t -> t.lower().equals("and"));
            list.add(next);
        }
        return list.size() > 1 && closesClause(tokens, list.get(list.size() - 1).end()) ? list
                : Coordination.after(tokens, mentions, first);
    }

    /**
     * Words that go on a phrase past its agents, where a verb would make them a clause's subjects:
     * "sanctioned by Britain, France and Germany on Monday", "proposals by Britain, France and
     * Germany for a new round", against "brokered by Turkey, Russia and Ukraine agreed".
     */
    private static final java.util.Set<String> PHRASE_GOES_ON = java.util.Set.of("on", "in", "at", "last", "this",
            "after", "before", "over", "for", "to", "during", "amid", "following", "earlier", "yesterday", "today",
            "against", "with", "under", "since", "until", "late", "early", "which", "that", "who", "as", "from");

    /** Nothing but punctuation, the sentence's end or a word that goes on the phrase follows {@code end}. */
    private static boolean closesClause(List<Token> tokens, int end) {
        return end >= tokens.size() || !tokens.get(end).isWord() || PHRASE_GOES_ON.contains(tokens.get(end).lower());
    }
}
