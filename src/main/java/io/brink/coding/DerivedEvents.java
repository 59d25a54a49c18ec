package io.brink.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.brink.model.ActorKind;
import io.brink.model.CodedEvent;
import io.brink.model.Polarity;

/**
 * Events a sentence implies from the events it already coded: a state that "followed suit" did
 * what the others did, and a broker named after "brokered by" mediated between the parties of
 * the deal. Run by {@link EventCoder} after a sentence's triggers, on its own events only.
 */
final class DerivedEvents {

    private DerivedEvents() {
    }

    /** How far before "followed suit" its subject may end: "along with Poland, which followed suit". */
    private static final int FOLLOWER_REACH = 3;
    private static final String FOLLOW = Stemmer.stem("follow");

    /**
     * "Venezuela ordered battalions to the border, and Ecuador followed suit", "Riyadh severed
     * relations with Doha, as did Abu Dhabi, Manama and Cairo": the followers do what the
     * sentence's earlier acts did, to the same targets. Each earlier event of the sentence is
     * repeated with each follower as its source.
     */
    static void followSuit(List<Token> tokens, List<Gazetteer.Mention> mentions, List<CodedEvent> out,
                           int firstOfSentence, Set<String> seen) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            List<Gazetteer.Mention> followers = List.of();
            int end = i + 1;
            if (tokens.get(i).stem().equals(FOLLOW) && tokens.get(i + 1).lower().equals("suit")) {
                Gazetteer.Mention follower = null;
                for (Gazetteer.Mention m : mentions) {
                    if (m.end() <= i && m.end() >= i - FOLLOWER_REACH && m.isCountry()) {
                        follower = m;
                    }
                }
                followers = follower == null ? List.of() : List.of(follower);
            } else if (SO_OR_AS.contains(tokens.get(i).lower()) && DID.contains(tokens.get(i + 1).lower())
                    && (tokens.get(i - 1).text().equals(",") || tokens.get(i - 1).lower().equals("and"))) {
                // ", as did Abu Dhabi, Manama and Cairo", "and so did Bahrain": the followers come after.
                int first = i + 2 < tokens.size() && tokens.get(i + 2).lower().equals("the") ? i + 3 : i + 2;
                Gazetteer.Mention follower = mentions.stream().filter(m -> m.start() == first && m.isCountry())
                        .findFirst().orElse(null);
                followers = follower == null ? List.of() : Coordination.after(tokens, mentions, follower);
            }
            if (followers.isEmpty()) {
                continue;
            }
            int at = tokens.get(i).start();
            CodedEvent.Span span = new CodedEvent.Span(at, tokens.get(end).end());
            for (CodedEvent e : List.copyOf(out.subList(firstOfSentence, out.size()))) {
                for (Gazetteer.Mention follower : followers) {
                    String key = follower.code() + ">" + e.tgt() + ":" + e.signal();
                    if (e.span().end() <= at && !e.tgt().equals(follower.code()) && seen.add(key)) {
                        out.add(new CodedEvent(e.schemaVersion(), e.articleId(), e.url(), e.outlet(), e.published(),
                                e.sentence(), follower.code(), e.tgt(), e.signal(), e.polarity(), e.weight(),
                                e.confidence(), span, e.srcKind(), e.tgtKind()));
                    }
                }
            }
        }
    }

    private static final Set<String> SO_OR_AS = Set.of("as", "so");
    private static final Set<String> DID = Set.of("did", "has", "have", "had", "does", "do");

    private static final Set<String> BROKERING = Stemmer.stems("broker", "brokered", "mediate", "mediated",
            "facilitate", "facilitated");

    /**
     * "In a deal brokered by China, Saudi Arabia and Iran signed…", "a swap mediated by Turkey and
     * Saudi Arabia", "a Russian-brokered agreement": the broker named after "by" or before the
     * hyphen mediates between every party of the sentence's other acts.
     */
    static void brokeredBy(List<Token> tokens, List<Gazetteer.Mention> found, List<Gazetteer.Mention> mentions,
                           List<CodedEvent> out, int firstOfSentence, Set<String> seen, Lexicon.Entry mediation) {
        List<Gazetteer.Mention> brokers = new ArrayList<>();
        int at = -1;
        for (int i = 1; i < tokens.size(); i++) {
            if (!BROKERING.contains(tokens.get(i).stem())) {
                continue;
            }
            if (tokens.get(i - 1).text().equals("-") && i >= 2) {
                // The gazetteer's own match: as half of an adjective the name is no actor of the sentence.
                for (Gazetteer.Mention m : found) {
                    if (m.end() == i - 1 && m.isCountry()) {
                        brokers.add(m);
                        at = i;
                    }
                }
            } else {
                List<Gazetteer.Mention> by = Brokers.after(tokens, mentions, i + 1);
                if (!by.isEmpty() && by.get(0).isCountry()) {
                    brokers.addAll(by);
                    at = i;
                }
            }
        }
        if (brokers.isEmpty()) {
            return;
        }
        Set<String> brokerCodes = new java.util.HashSet<>();
        for (Gazetteer.Mention b : brokers) {
            if (b.isCountry()) {
                // "mediated by Turkey and the United Nations": the organisation is no state.
                brokerCodes.add(b.code());
            }
        }
        java.util.LinkedHashSet<String> parties = new java.util.LinkedHashSet<>();
        CodedEvent model = null;
        for (CodedEvent e : out.subList(firstOfSentence, out.size())) {
            if (!brokerCodes.contains(e.src()) && !brokerCodes.contains(e.tgt())
                    && e.polarity() == Polarity.DEESCALATION) {
                parties.add(e.src());
                parties.add(e.tgt());
                model = e;
            }
        }
        if (model == null) {
            return;
        }
        CodedEvent.Span span = new CodedEvent.Span(tokens.get(at).start(), tokens.get(at).end());
        for (String broker : brokerCodes) {
            for (String party : parties) {
                if (!broker.equals(party) && seen.add(broker + ">" + party + ":" + mediation.signal())) {
                    out.add(new CodedEvent(model.schemaVersion(), model.articleId(), model.url(), model.outlet(),
                            model.published(), model.sentence(), broker, party, mediation.signal(),
                            mediation.signal().polarity(), mediation.weight(), model.confidence(), span,
                            ActorKind.STATE, ActorKind.STATE));
                }
            }
        }
    }
}
