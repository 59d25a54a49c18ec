package io.brink.coding;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.brink.model.Signal;

/**
 * Appeals (CAMEO root 02): "Egypt urged Israel to return to talks", "Kenya asked Britain to send
 * food". What is asked for has not happened, so it is no event of the one asked; the asking is
 * an event of the one who asks, towards the one asked. CAMEO counts an appeal to cooperate, talk,
 * help, settle or de-escalate as a move towards the other (Goldstein +3 and more), and an appeal
 * to yield (release people, ease sanctions: code 025) and an appeal to act against a third state
 * as neither.
 */
final class Appeals {

    /** "urged the Gulf states to close ranks and mobilise": how far back an appeal verb reaches. */
    private static final int APPEAL_REACH = 12;
    /** "to close ranks and mobilise": how many words may stand between "to" and the requested verb. */
    private static final int INFINITIVE_REACH = 4;
    private static final Set<String> APPEAL_STEMS = Stemmer.stems("urge", "urged", "call", "called", "ask",
            "asked", "appeal", "appealed", "encourage", "encouraged", "exhort", "implore", "beg", "invite",
            "invited", "entreat", "entreated");
    /** Appeals to a state to de-escalate (CAMEO 0256): an appeal for restraint. */
    private static final Set<Signal> DE_ESCALATION = EnumSet.of(Signal.CEASEFIRE, Signal.WITHDRAW,
            Signal.APPEAL_RESTRAINT);
    /** Appeals to cooperate, talk, help or settle (CAMEO 020–023, 026–028). */
    private static final Set<Signal> COOPERATION = EnumSet.of(Signal.CONSULT, Signal.NEGOTIATE, Signal.MEDIATE,
            Signal.AGREE, Signal.COOPERATE, Signal.AID, Signal.SETTLE, Signal.RESTORE_RELATIONS,
            Signal.DEESCALATION_MECHANISM, Signal.ARMS_TRANSFER);

    private Appeals() {
    }

    /**
     * Where an appeal governs the trigger at {@code triggerStart}: the appeal verb before it in its
     * clause, and the "to" of the infinitive just before the trigger.
     */
    record Appeal(int verb, int to) {
    }

    /**
     * The appeal verb and "to" that mark the trigger as asked for ("urged Japan to impose
     * sanctions"), or null. "urged Iran to spare civilians in its vowed retaliation" still reports
     * the vow: "to" must stand within a few words of the trigger.
     */
    static Appeal governing(List<Token> tokens, int[] clause, int triggerStart, boolean[] inName) {
        int to = -1;
        int words = 0;
        int reach = 0;
        for (int i = triggerStart - 1; i >= 0 && (reach += countsAsWord(inName, i)) <= APPEAL_REACH
                && clause[i] == clause[triggerStart]; i--) {
            Token t = tokens.get(i);
            if (to < 0 && t.text().equalsIgnoreCase("to") && words < INFINITIVE_REACH) {
                to = i;
            } else if (to >= 0 && APPEAL_STEMS.contains(t.stem()) && !isPhoneCall(tokens, i, to)) {
                return new Appeal(i, to);
            }
            words += t.isWord() ? 1 : 0;
        }
        return coordinatedAsk(tokens, clause, triggerStart, inName);
    }

    /** "to halt the fighting over their disputed border and return to": how far back the first asked act's "to" may be. */
    private static final int COORDINATED_ASK_REACH = 14;

    /**
     * "urged Ethiopia and Eritrea to halt the fighting over their disputed border and return to the
     * negotiating table": a bare verb after "and", shortly before the act, shares the "to" of an
     * appeal further back in the clause; that act is asked for too.
     */
    private static Appeal coordinatedAsk(List<Token> tokens, int[] clause, int triggerStart, boolean[] inName) {
        int and = -1;
        for (int i = triggerStart - 1; i >= 0 && i >= triggerStart - INFINITIVE_REACH - 1
                && clause[i] == clause[triggerStart]; i--) {
            if (tokens.get(i).lower().equals("and")) {
                and = i;
                break;
            }
        }
        if (and < 1 || tokens.get(and - 1).text().equals(",")) {
            return null;
        }
        for (int i = and - 1; i > 0 && i >= and - COORDINATED_ASK_REACH && clause[i] == clause[and]; i--) {
            if (tokens.get(i).lower().equals("to")) {
                Appeal outer = governing(tokens, clause, i + 1, inName);
                return outer != null && outer.to() == i ? outer : null;
            }
        }
        return null;
    }

    /**
     * A name counts as one word toward an appeal's reach: "called on the Democratic People's
     * Republic of Korea and the Republic of Korea to exercise restraint" asks as near as "called on
     * both Koreas to".
     */
    private static int countsAsWord(boolean[] inName, int i) {
        return !inName[i] || i == 0 || !inName[i - 1] ? 1 : 0;
    }

    /** "called for tough new sanctions on": how many words may stand between "for" and the act asked for. */
    private static final int ASKED_FOR_REACH = 3;

    /**
     * The act at {@code triggerStart} is asked for, not done: "Kinshasa has repeatedly called for
     * sanctions on Kigali", "pressed for strikes on": an appeal verb and "for" shortly before it.
     */
    static boolean askedFor(List<Token> tokens, int triggerStart) {
        for (int i = triggerStart - 1; i >= 1 && i >= triggerStart - 1 - ASKED_FOR_REACH; i--) {
            if (tokens.get(i).lower().equals("for")) {
                return APPEAL_STEMS.contains(tokens.get(i - 1).stem()) || tokens.get(i - 1).stem().equals(PRESS)
                        || tokens.get(i - 1).stem().equals(PUSH);
            }
        }
        // "senators urged the Treasury to step up enforcement of sanctions on Iranian oil": asked
        // of a body that is no state (so no appeal between states is coded), still only asked.
        for (int i = triggerStart - 1; i >= 1 && i >= triggerStart - ASKED_TO_REACH; i--) {
            String t = tokens.get(i).lower();
            if (t.equals(",") || t.equals(";") || POSSESSIVES.contains(t)) {
                // "urged Iran to minimise civilian casualties in its vowed retaliation": an act
                // someone already owns is not the one asked for.
                return false;
            }
            if (t.equals("to")) {
                for (int j = i - 1; j >= 0 && j >= i - ADDRESSEE_WORDS - 1; j--) {
                    if (APPEAL_STEMS.contains(tokens.get(j).stem()) && !tokens.get(j).lower().startsWith("invit")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her");
    /** "urged the Treasury to step up enforcement of sanctions on": how far back the "to" may stand. */
    private static final int ASKED_TO_REACH = 7;
    /** "urged the US Treasury to": how many words the addressee may take. */
    private static final int ADDRESSEE_WORDS = 3;

    private static final String PRESS = Stemmer.stem("press");
    private static final String PUSH = Stemmer.stem("push");

    /**
     * "called the Chinese president to thank him": a call made, not an appeal, which is "called
     * on" or "called upon" someone.
     */
    private static boolean isPhoneCall(List<Token> tokens, int verb, int to) {
        if (!tokens.get(verb).stem().equals(CALL)) {
            return false;
        }
        if (verb + 1 < to && tokens.get(verb + 1).lower().equals("for")) {
            // "called for Russia to withdraw": an appeal, as "called on".
            return false;
        }
        // "called Thursday on Arabs to unite": the "on" may follow a day.
        for (int i = verb + 1; i < to; i++) {
            String w = tokens.get(i).lower();
            String after = i + 1 < to ? tokens.get(i + 1).lower() : "";
            if ((w.equals("on") || w.equals("upon")) && !Background.isDayOrMonth(after) && !after.matches("\\d.*")) {
                // "on Tuesday" dates the call.
                return false;
            }
        }
        return true;
    }

    private static final String CALL = Stemmer.stem("call");

    /**
     * How the appeal reads, from what it asks for: for de-escalation, an appeal for restraint; for
     * cooperation, an appeal; otherwise (yielding, or acting against someone) null, no event.
     */
    static Lexicon.Entry reading(Signal asked, Lexicon.Entry restraint, Lexicon.Entry appeal) {
        if (DE_ESCALATION.contains(asked)) {
            return restraint;
        }
        return COOPERATION.contains(asked) ? appeal : null;
    }

    /** The dyads of the asker towards those asked: only actors named between the appeal verb and "to". */
    static List<EventCoder.Dyad> toThoseAsked(List<EventCoder.Dyad> dyads, Appeal appeal) {
        return dyads.stream().filter(d -> d.target().start() > appeal.verb() && d.target().end() <= appeal.to()
                && d.source().start() < appeal.verb()).toList();
    }

    /** The dyads whose asker stands outside the appeal's phrase {@code [start, end)}. */
    static List<EventCoder.Dyad> askerOutside(List<EventCoder.Dyad> dyads, int start, int end) {
        return dyads.stream().filter(d -> d.source().start() < start || d.source().start() >= end).toList();
    }

    /**
     * "sought Arab support for the demand that Libya …": one asks help of someone named with the
     * request or after it ("asked Japan for a loan", "requested aid from Seoul"), never of a
     * country named before the asking.
     */
    static List<EventCoder.Dyad> askedFromHere(List<EventCoder.Dyad> dyads, int triggerStart) {
        return dyads.stream().filter(d -> d.target().start() >= triggerStart).toList();
    }

    /** "urged Rabat to pull its gendarmes off the islet": how far "to" may follow the appeal verb. */
    private static final int ASKED_REACH = 10;
    /**
     * Appeals to yield or to reform (CAMEO 024, 025: release people, ease a ban, let aid in,
     * respect rights, hold elections, step down), which the Goldstein scale puts below zero and
     * so neither way.
     */
    private static final Set<String> YIELDING = Stemmer.stems("release", "free", "ease", "lift", "allow", "let",
            "permit", "respect", "reform", "hold", "step", "resign", "hand", "extradite", "grant", "admit", "drop",
            "abandon", "accept", "stop", "halt", "end", "cease", "refrain", "avoid", "leave", "quit", "investigate",
            "punish", "prosecute", "protect", "guarantee", "ensure", "comply", "abide", "honour", "honor",
            "implement", "recognise", "recognize", "condemn", "impose", "cut", "sever", "expel", "sanction", "ban",
            "boycott", "isolate", "pressure", "press");
    /** The sentence has a word that may open an appeal; most sentences have none. */
    static boolean mayAppeal(List<Token> tokens) {
        for (Token t : tokens) {
            if (APPEAL_STEMS.contains(t.stem())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Appeals whose asked act is none of the lexicon's ("urged Moscow to speed up negotiations"
     * is read from "negotiations"; "urged Rabat to settle the row" from nothing): an appeal verb,
     * a country asked, "to" and a verb that is neither a trigger nor a yielding. CAMEO codes the
     * unspecified appeal 020, a move towards the other.
     */
    static List<Appeal> unspecified(List<Token> tokens, int[] clause, boolean[] triggerAt, boolean[] actorAt,
                                    boolean[] inName) {
        List<Appeal> out = new java.util.ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!APPEAL_STEMS.contains(tokens.get(i).stem()) || triggerAt[i]) {
                continue;
            }
            boolean asked = false;
            int reach = 0;
            for (int j = i + 1; j < tokens.size() - 1 && (reach += countsAsWord(inName, j)) <= ASKED_REACH
                    && clause[j] == clause[i]; j++) {
                asked |= actorAt[j];
                if (tokens.get(j).lower().equals("to")) {
                    if (asked && !isPhoneCall(tokens, i, j) && isInfinitive(tokens.get(j + 1))
                            && !actorAt[j + 1]
                            && !YIELDING.contains(tokens.get(j + 1).stem()) && !triggered(triggerAt, j + 1)) {
                        out.add(new Appeal(i, j));
                    }
                    break;
                }
            }
        }
        return out;
    }

    private static final Set<String> NOT_VERBS = Set.of("the", "a", "an", "his", "her", "its", "their", "this",
            "that", "which", "whom");

    /**
     * A word after "to" that may be a verb: in lower case and no determiner. "called on his
     * Philippine counterpart during a visit to Manila" asks nothing: "to" leads to a place.
     */
    private static boolean isInfinitive(Token t) {
        return t.isWord() && Character.isLowerCase(t.text().charAt(0)) && !NOT_VERBS.contains(t.lower());
    }

    /** A trigger starts within the infinitive after "to": the asked act is read from it. */
    private static boolean triggered(boolean[] triggerAt, int from) {
        for (int k = from; k < triggerAt.length && k < from + INFINITIVE_REACH; k++) {
            if (triggerAt[k]) {
                return true;
            }
        }
        return false;
    }
}
