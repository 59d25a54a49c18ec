package io.brink.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who a country's name or demonym stands for, read from the noun it qualifies: the state itself
 * (most mentions), a national non-state actor ("Syrian rebels", "Israeli settlers"), coded to its
 * country and marked as such, or no actor at all ("a German carmaker", "firms from China",
 * "Brazilian fans"). The nouns are data ({@code actor-nouns.tsv}).
 */
final class ActorNouns {

    static final String FILE = "io/brink/gazetteer/actor-nouns.tsv";

    /** What a mention stands for. */
    enum Role { STATE, NONSTATE, PRIVATE }

    /** "a Turkish construction firm": how many other words may stand between a demonym and its noun. */
    private static final int MODIFIER_WORDS = 2;
    /** "German, French and Italian firms": how many tokens of coordinated names a demonym may look past. */
    private static final int LOOKAHEAD = 8;
    /** Nouns of the state's own organs end the search: "Iranian forces attacked Kurdish rebels". */
    private static final Set<String> STATE_NOUNS = Set.of("forces", "troops", "army", "navy", "military", "police",
            "government", "officials", "official", "authorities", "ministry", "minister", "president", "leader",
            "leaders", "diplomats", "embassy", "soldiers", "jets", "warships", "state", "regime", "delegation",
            "negotiators", "envoy", "ambassador", "side", "team", "air", "security", "intelligence", "guards",
            "central", "treasury");

    private static volatile ActorNouns standard;

    private final Map<String, Role> roles;

    private ActorNouns(Map<String, Role> roles) {
        this.roles = roles;
    }

    static ActorNouns standard() {
        ActorNouns n = standard;
        if (n == null) {
            synchronized (ActorNouns.class) {
                if (standard == null) {
                    standard = fromLines(DataFile.readResource(FILE));
                }
                n = standard;
            }
        }
        return n;
    }

    static ActorNouns fromLines(List<DataFile.Line> lines) {
        Map<String, Role> roles = new HashMap<>();
        for (DataFile.Line line : lines) {
            if (line.columns().size() != 2) {
                throw line.error("expected KIND<TAB>NOUN, got " + line.columns().size() + " columns");
            }
            Role role = switch (line.column(0)) {
                case "nonstate" -> Role.NONSTATE;
                case "private" -> Role.PRIVATE;
                default -> throw line.error("unknown kind '" + line.column(0) + "'; accepted: nonstate, private");
            };
            String noun = line.column(1).toLowerCase(Locale.ROOT);
            if (roles.put(noun, role) != null) {
                throw line.error("noun '" + noun + "' is listed twice");
            }
        }
        return new ActorNouns(roles);
    }

    /**
     * The role of each mention, in order. A name or demonym is a non-state or private actor when
     * its noun says so; coordinated names share the role found for the group ("firms from Germany
     * and China"). Leaders, institutions and capitals always act for their state.
     */
    Role[] roles(List<Token> tokens, List<Gazetteer.Mention> mentions) {
        Role[] out = new Role[mentions.size()];
        for (int i = 0; i < mentions.size(); i++) {
            Gazetteer.Mention m = mentions.get(i);
            Role role = Role.STATE;
            if (m.kind() == Gazetteer.Kind.DEMONYM || m.kind() == Gazetteer.Kind.NAME) {
                Role before = before(tokens, m);
                if (before != null) {
                    role = before;
                } else if (i > 0 && out[i - 1] != Role.STATE && coordinated(tokens, mentions.get(i - 1), m)) {
                    role = out[i - 1];
                } else if (m.kind() == Gazetteer.Kind.DEMONYM || possessive(tokens, m)) {
                    // "Brazilian fans", "India's cosmetics market".
                    role = after(tokens, mentions, m);
                }
            }
            out[i] = role;
        }
        return out;
    }

    /** A noun that names a country's non-state actors ("rebels", "insurgents"), in lower case. */
    boolean isNonstate(String lower) {
        return roles.get(lower) == Role.NONSTATE;
    }

    private static boolean possessive(List<Token> tokens, Gazetteer.Mention m) {
        if (m.end() >= tokens.size()) {
            return false;
        }
        return tokens.get(m.end()).isPossessive();
    }

    /** "firms from Germany", "investors of China": a noun, then "from" or "of", then the name. */
    private Role before(List<Token> tokens, Gazetteer.Mention m) {
        if (m.start() < 2) {
            return null;
        }
        String prep = tokens.get(m.start() - 1).lower();
        if (!prep.equals("from") && !prep.equals("of")) {
            return null;
        }
        return roles.get(tokens.get(m.start() - 2).lower());
    }

    /** The noun a demonym qualifies, past other coordinated demonyms and a couple of modifiers. */
    private Role after(List<Token> tokens, List<Gazetteer.Mention> mentions, Gazetteer.Mention m) {
        int modifiers = 0;
        for (int i = m.end(); i < tokens.size() && i < m.end() + LOOKAHEAD; i++) {
            String t = tokens.get(i).lower();
            Role role = roles.get(t);
            if (role != null) {
                return role;
            }
            if (Gazetteer.covers(mentions, i) || t.equals("and") || t.equals("or") || t.equals(",") || t.equals("-")
                    || tokens.get(i).isPossessive()) {
                continue;
            }
            if (!tokens.get(i).isWord() || STATE_NOUNS.contains(t) || ++modifiers > MODIFIER_WORDS) {
                return Role.STATE;
            }
        }
        return Role.STATE;
    }

    /** Only "and", "or" and commas stand between the two. */
    private static boolean coordinated(List<Token> tokens, Gazetteer.Mention left, Gazetteer.Mention right) {
        if (right.start() - left.end() > 2 || right.start() <= left.end()) {
            return false;
        }
        for (int i = left.end(); i < right.start(); i++) {
            String t = tokens.get(i).lower();
            if (!t.equals("and") && !t.equals("or") && !t.equals(",")) {
                return false;
            }
        }
        return true;
    }
}
