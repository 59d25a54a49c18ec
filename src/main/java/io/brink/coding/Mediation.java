package io.brink.coding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.brink.model.CodedEvent;
import io.brink.model.Signal;

/**
 * A sentence's mediation read whole, over the events its acts gave, by the English coder and the
 * other languages' alike: a broker mediates between every party of the act it brokers, and those
 * parties act with each other, not with the broker. The roles of each act are found one act at a
 * time, so a broker found by its own phrase
 * ("بوساطة مصرية", "unter Vermittlung der USA") may reach only the party named nearest it, and a
 * joint act whose other party is out of reach ("عقد وفدا الولايات المتحدة وإيران … جولة من
 * المحادثات … بوساطة عمانية") may take the broker for its partner.
 */
public final class Mediation {

    /** The acts two parties do together, which a broker may bring about. */
    private static final Set<Signal> BROKERED = EnumSet.of(Signal.CEASEFIRE, Signal.NEGOTIATE, Signal.AGREE,
            Signal.RELEASE, Signal.RESTORE_RELATIONS, Signal.SETTLE, Signal.DEESCALATION_MECHANISM, Signal.CONSULT);

    /** Characters between an act and the mediation it takes for its object: a space or two. */
    private static final int ADJOINING = 2;

    private Mediation() {
    }

    /**
     * Replaces the events of the sentence just coded, {@code events} from {@code from} on, with
     * each broker's mediation reaching every party of the acts
     * brokered beside it (a party being a state in such an act that is no broker); and an act that
     * two parties or more were each coded as doing with their broker (joint subjects that took him
     * for their partner) done instead with each other. One party's talks with a broker stay his
     * ("埃尔多安…与泽连斯基会谈后表示，土方愿在俄乌之间发挥调解作用").
     */
    public static void completeSentence(List<CodedEvent> events, int from) {
        List<CodedEvent> sentence = events.subList(from, events.size());
        List<CodedEvent> mediated = completed(new ArrayList<>(sentence));
        sentence.clear();
        events.addAll(mediated);
    }

    /** The events of one sentence, completed as {@link #completeSentence} says. */
    private static List<CodedEvent> completed(List<CodedEvent> sentence) {
        Map<String, CodedEvent> brokers = new LinkedHashMap<>();
        for (CodedEvent e : sentence) {
            if (e.signal() == Signal.MEDIATE) {
                brokers.putIfAbsent(e.src(), e);
            }
        }
        if (brokers.isEmpty()) {
            return sentence;
        }
        Set<String> parties = new LinkedHashSet<>();
        for (CodedEvent e : sentence) {
            if (e.signal() == Signal.MEDIATE) {
                parties.add(e.tgt());
            } else if (BROKERED.contains(e.signal()) && !brokers.containsKey(e.src())
                    && !brokers.containsKey(e.tgt())) {
                parties.add(e.src());
                parties.add(e.tgt());
            }
        }
        parties.removeAll(brokers.keySet());
        // Joint subjects coded as doing an act with the broker: two parties or more each do it to him.
        Map<String, Set<String>> withBroker = new LinkedHashMap<>();
        for (CodedEvent e : sentence) {
            if (BROKERED.contains(e.signal()) && brokers.containsKey(e.tgt()) && parties.contains(e.src())) {
                withBroker.computeIfAbsent(e.tgt() + ":" + e.signal(), k -> new LinkedHashSet<>()).add(e.src());
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        List<CodedEvent> out = new ArrayList<>();
        for (CodedEvent e : sentence) {
            if (withBroker.getOrDefault(e.tgt() + ":" + e.signal(), Set.of()).size() >= 2
                    && !accepts(e, brokers.get(e.tgt()))) {
                // "ETH>TUR: talks" where Turkey brokered them: the talks were with the other side.
                for (String other : parties) {
                    if (!other.equals(e.src())) {
                        add(out, seen, with(e, e.src(), other));
                    }
                }
            } else {
                add(out, seen, e);
            }
        }
        for (CodedEvent mediation : brokers.values()) {
            for (String party : parties) {
                add(out, seen, with(mediation, mediation.src(), party));
            }
        }
        return out;
    }

    /**
     * The act takes the mediation for its object, right before it: "Израиль согласился на
     * посредничество США" agrees with the broker.
     */
    private static boolean accepts(CodedEvent act, CodedEvent mediation) {
        int between = mediation.span().start() - act.span().end();
        return between >= 0 && between <= ADJOINING;
    }

    private static void add(List<CodedEvent> out, Set<String> seen, CodedEvent e) {
        if (!e.src().equals(e.tgt()) && seen.add(e.src() + ">" + e.tgt() + ":" + e.signal())) {
            out.add(e);
        }
    }

    private static CodedEvent with(CodedEvent e, String src, String tgt) {
        return new CodedEvent(e.schemaVersion(), e.articleId(), e.url(), e.outlet(), e.published(), e.sentence(),
                src, tgt, e.signal(), e.polarity(), e.weight(), e.confidence(), e.span(),
                src.equals(e.src()) ? e.srcKind() : e.tgtKind(), tgt.equals(e.tgt()) ? e.tgtKind() : e.srcKind());
    }
}
