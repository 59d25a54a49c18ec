package io.brink.coding.lang;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.brink.coding.Apposition;
import io.brink.coding.Gazetteer;
import io.brink.model.Signal;

/**
 * Who does a trigger's act to whom, in a subject-verb-object language (Spanish, French, …): within
 * the trigger's clause the source is the actor nearest before it, the target the first other actor
 * after it. Coordinated actors ("Rusia y China", "la France, l'Allemagne et l'Italie") act or are
 * acted on each. A passive ("fue atacado por", "a été attaqué par") turns the roles round; a
 * nominal act with no actor before it takes its agent from "de" ("el ataque de Rusia contra
 * Ucrania"). Joint subjects of a mutual act with no other party act on each other, and an act that
 * binds both sides (a truce, a clash, a signed accord) runs both ways, as in the English coder.
 * A language that allows other orders names them in its grammar.tsv ({@code ORDER verb-second},
 * {@code verb-final}: German, Russian), and one that marks objects by case lists its names' object
 * forms ({@code OBJECT_CASE}: Russian "Украину атаковала Россия").
 */
final class Roles {

    /** One directed pair of actors for a trigger. */
    record Dyad(Gazetteer.Mention source, Gazetteer.Mention target) {
    }

    /** Acts that strike the place they are done in ("Ziele im Libanon angegriffen"). */
    private static final Set<Signal> PLACE_STRUCK = EnumSet.of(Signal.ATTACK, Signal.ASSASSINATE, Signal.CYBER,
            Signal.MOBILIZE, Signal.COERCE);

    /** Acts that joint subjects with no other target do to each other (the English coder's list: not aid). */
    static final Set<Signal> MUTUAL = EnumSet.of(Signal.AGREE, Signal.NEGOTIATE, Signal.CONSULT,
            Signal.COOPERATE, Signal.SETTLE, Signal.CEASEFIRE, Signal.RESTORE_RELATIONS, Signal.DEESCALATION_MECHANISM,
            Signal.ATTACK, Signal.MOBILIZE, Signal.RELEASE, Signal.WITHDRAW, Signal.EASE);
    /** Acts two parties do with each other, named after "entre" (the English coder's joint acts and clashes). */
    static final Set<Signal> JOINT = EnumSet.of(Signal.AGREE, Signal.NEGOTIATE, Signal.CONSULT, Signal.SETTLE,
            Signal.CEASEFIRE, Signal.RESTORE_RELATIONS, Signal.DEESCALATION_MECHANISM, Signal.COOPERATE,
            Signal.ATTACK);
    /** Acts a third party does towards two others: "medió entre", "pidió moderación entre". */
    static final Set<Signal> THIRD_PARTY = EnumSet.of(Signal.MEDIATE, Signal.APPEAL_RESTRAINT);
    /** "un acuerdo firmado el martes entre": how far "entre" may follow the trigger. */
    static final int BETWEEN_REACH = 3;
    /** "استضافت قطر جولة جديدة من المفاوضات بين": how far before the parties a verb of hosting may stand. */
    static final int HOST_REACH = 8;
    /** Coordinated actors taken together; longer lists are lists, not parties. */
    static final int MAX_COORDINATED = 8;
    /** "fue duramente atacado": how far before the trigger a passive auxiliary may stand. */
    static final int PASSIVE_REACH = 3;
    /** "fue atacado el martes por": how far after the trigger the agent's preposition may stand. */
    static final int AGENT_REACH = 4;
    /** "por las fuerzas de": how far after the preposition its actor may stand. */
    static final int AGENT_ACTOR_REACH = 4;
    /** "y luego amenazó": how far before a second verb its "y" may stand. */
    static final int SHARED_SUBJECT_REACH = 3;
    /** "对黎巴嫩南部真主党目标实施空袭": how far before the trigger a preposition of its target may stand. */
    static final int TARGET_REACH = 10;

    /** "fue detenido el martes en Irán": how far from a passive of coercion the country that holds may stand. */
    static final int HELD_IN_REACH = 8;
    /**
     * Acts whose passive with no agent is by the state where they happen, to the foreigners they
     * befall (as the English coder reads "three American soldiers were killed in Iraq").
     */
    private static final Set<Signal> STRUCK_WHERE = EnumSet.of(Signal.COERCE, Signal.ATTACK, Signal.ASSASSINATE);

    /** "y el primer ministro búlgaro": how many words of the noun may stand before a demonym after it. */
    private static final int NOUN_WORDS = 2;
    /** "заявила во вторник, что": how many words before the comma of "that" the reporting verb may stand. */
    private static final int REPORT_REACH = 4;
    /** "…, se negó a": how many words may stand between the apposition's closing comma and the act. */
    private static final int APPOSITION_CLOSE_WORDS = 2;
    /** grammar.tsv's ORDER values: the subject may follow the verb; the object may precede it. */
    static final String VERB_SECOND = "verb-second";
    static final String VERB_FINAL = "verb-final";

    private final Grammar grammar;

    Roles(Grammar grammar) {
        this.grammar = grammar;
    }

    /**
     * The dyads of the trigger at words {@code [start, end)}; {@code mentions} are the sentence's
     * actors, in order, without venues and attributions. {@code floor} is where the act before it
     * ends: a passive auxiliary before that is the earlier act's ("伊朗遭到以色列空袭后誓言进行报复":
     * the vow of revenge is no passive).
     */
    List<Dyad> of(List<Word> words, List<Gazetteer.Mention> mentions, int[] clause, int start, int end,
                  Signal signal, boolean bindsBoth, List<Gazetteer.Mention> previousSources) {
        return of(words, mentions, clause, start, end, signal, bindsBoth, previousSources, 0);
    }

    List<Dyad> of(List<Word> words, List<Gazetteer.Mention> mentions, int[] clause, int start, int end,
                  Signal signal, boolean bindsBoth, List<Gazetteer.Mention> previousSources, int floor) {
        List<Gazetteer.Mention> inClause = mentions.stream().filter(m -> clause[m.start()] == clause[start]).toList();
        Gazetteer.Mention speaker = inClause.stream().anyMatch(m -> m.end() <= start) ? null
                : reportedSpeaker(words, mentions, clause, start);
        if (speaker != null) {
            // "Швейцария заявила, что выслала двух российских дипломатов": a reported clause
            // with no subject of its own (the language drops it) is its speaker's.
            List<Gazetteer.Mention> with = new ArrayList<>();
            with.add(speaker);
            with.addAll(inClause);
            inClause = with;
        }
        List<Dyad> dyads;
        List<Gazetteer.Mention> between;
        Gazetteer.Mention broker;
        if (!previousSources.isEmpty() && sharesSubject(words, inClause, start)) {
            // "Rusia atacó Ucrania y amenazó a Polonia": the second verb is Russia's too.
            Gazetteer.Mention object = objectAfter(inClause, end, previousSources);
            int and = sharedAfterObject(words, inClause, start, end);
            if (object == null && and >= 0) {
                // "Russland hat die Ukraine angegriffen und Polen gedroht": the object of a verb
                // that closes its clause stands between "und" and the verb.
                Gazetteer.Mention before = nearestBefore(inClause, start);
                object = before != null && before.start() > and ? before : null;
            }
            dyads = object == null ? List.of() : qualifiesAnother(previousSources, object, signal, end)
                    ? mutual(words, previousSources) : cross(previousSources, coordinated(words, inClause, object, true));
        } else if (!(between = betweenAnySide(words, inClause, start)).isEmpty() && JOINT.contains(signal)) {
            // "las conversaciones entre Rusia y Ucrania", "enfrentamientos entre la India y Pakistán";
            // "Francia acogió conversaciones entre Armenia y Azerbaiyán": France to each, too.
            dyads = new ArrayList<>(cross(between, between));
            Gazetteer.Mention host = host(words, inClause, between, start);
            if (host != null) {
                dyads.addAll(cross(coordinated(words, inClause, host, grammar.verbFirst()), between));
            }
        } else if (signal == Signal.MEDIATE
                && ((broker = agentAfter(words, inClause, end, Grammar.WordClass.OF, 1)) != null
                || (broker = agentAfter(words, inClause, end, Grammar.WordClass.AGENT, 1)) != null
                || grammar.allows(VERB_SECOND) && (broker = rightAfter(words, inClause, end)) != null
                && broker.isCountry() && nearestBefore(inClause, start) != null
                || (broker = demonymAfter(inClause, end)) != null)) {
            // "при посредничестве ОАЭ", "unter Vermittlung Katars": a genitive after the noun brokers;
            // "una tregua mediada por Catar": so does the agent of its participle.
            // Not after an appeal: "forderte den Abzug der russischen Truppen" asks Russia.
            // "con mediación de Catar", "sous la médiation de l'Égypte": the one after "de"
            // mediates, between those named after "entre" or else the parties before.
            Gazetteer.Mention parties = nearestBefore(inClause, start);
            List<Gazetteer.Mention> sides = !between.isEmpty() ? between
                    : parties == null ? List.of() : coordinated(words, inClause, parties, false);
            dyads = cross(List.of(broker), sides);
        } else if (!between.isEmpty() && THIRD_PARTY.contains(signal)) {
            // "Francia medió entre Armenia y Azerbaiyán": the one before mediates between the two;
            // "تتوسط قطر بين إسرائيل وحماس": in a verb-first language, the one after the verb.
            int partiesFrom = between.stream().mapToInt(Gazetteer.Mention::start).min().orElse(start);
            int verb = Math.min(start, partiesFrom);
            Gazetteer.Mention subject = subjectBefore(inClause, verb, between.get(0).start());
            dyads = subject == null ? List.of()
                    : cross(coordinated(words, inClause, subject, subject.start() > verb), between);
        } else if (grammar.is(Grammar.WordClass.PASSIVE_FORM, words.get(start))) {
            // "Двое граждан Эстонии задержаны в России": the form is the passive; its subject stands
            // before it, its agent after "со стороны" or where they are held.
            dyads = passive(words, inClause, start, end, start - 1, signal);
        } else if (passiveBefore(words, start, clause, inClause, floor) >= 0) {
            dyads = passive(words, inClause, start, end, passiveBefore(words, start, clause, inClause, floor), signal);
        } else if (verbFinal() && (passiveAfter(words, end, clause, Grammar.WordClass.PASSIVE)
                || (passiveInClause(words, clause, start) || passiveAfter(words, end, clause,
                Grammar.WordClass.PASSIVE_WITH_AGENT)) && agentBefore(words, inClause, start) != null)) {
            Gazetteer.Mention agent = agentAfter(words, inClause, end, Grammar.WordClass.AGENT, AGENT_REACH);
            Gazetteer.Mention subject = nearestBefore(inClause, start);
            if (agent == null && (agent = agentBefore(words, inClause, start)) != null) {
                // "weil die Ukraine von Russland angegriffen wurde": the agent stands before the verb.
                subject = nearestBefore(inClause, agent.start());
            }
            if (agent == null && STRUCK_WHERE.contains(signal)) {
                // "In China sind zwei Kanadier festgenommen worden": where foreigners are held is who
                // holds them; "Drei US-Soldaten sind im Irak getötet worden": where they are killed,
                // who strikes, and those named before the place are who is struck.
                if (subject != null && introducedBy(words, subject, Grammar.WordClass.VENUE)
                        && nearestBefore(inClause, subject.start()) != null) {
                    subject = nearestBefore(inClause, subject.start());
                }
                agent = heldIn(words, inClause, subject, start);
            }
            dyads = agent == null || subject == null ? List.of()
                    : cross(coordinated(words, inClause, agent, true), coordinated(words, inClause, subject, false));
        } else {
            dyads = active(words, inClause, start, end, signal, bindsBoth, floor);
        }
        return bindsBoth ? withReverses(dyads) : dyads;
    }

    /**
     * The passive whose auxiliary stands at {@code marker}: "Ucrania fue atacada por Rusia" (the
     * agent after "por"), "乌克兰遭到俄罗斯袭击" (the agent between the auxiliary and the verb, in a
     * subject-verb-object language), "تعرضت إيران لهجوم إسرائيلي" (in a verb-first language the one
     * acted on follows the auxiliary, and the agent is the demonym after the act).
     */
    private List<Dyad> passive(List<Word> words, List<Gazetteer.Mention> inClause, int start, int end, int marker,
                               Signal signal) {
        Gazetteer.Mention agent = agentAfter(words, inClause, end, Grammar.WordClass.AGENT, AGENT_REACH);
        if (agent == null && end - 1 > start && grammar.is(Grammar.WordClass.AGENT, words.get(end - 1))) {
            // "fue recibido ayer en la Casa Rosada por el presidente": the phrase ends on the agent's preposition.
            agent = agentAfter(words, inClause, end - 1, Grammar.WordClass.AGENT, AGENT_REACH);
        }
        Gazetteer.Mention subject = nearestBefore(inClause, start);
        Gazetteer.Mention inside = null;
        for (Gazetteer.Mention m : inClause) {
            if (m.start() > marker && m.end() <= start) {
                inside = m;
                break;
            }
        }
        if (agent == null && inside != null) {
            if (grammar.verbFirst()) {
                subject = inside;
                agent = demonymAfter(inClause, end);
            } else if (grammar.allows(VERB_SECOND) && !introducedBy(words, inside, Grammar.WordClass.AGENT)) {
                // "Am Montag wurde die Ukraine von Russland angegriffen", "In Russland wurde ein
                // Amerikaner festgenommen": after an opening phrase the auxiliary stands second and
                // the passive's subject follows it; its agent is the one after "von", if any.
                Gazetteer.Mention before = nearestBefore(inClause, marker);
                if (before == null || introducedBy(words, before, Grammar.WordClass.VENUE)) {
                    subject = inside;
                    agent = agentBefore(words, inClause, start);
                } else {
                    // "Ein Amerikaner wurde in Russland festgenommen": the subject opened the clause.
                    subject = before;
                    agent = introducedBy(words, inside, Grammar.WordClass.VENUE) ? null : inside;
                }
            } else {
                agent = inside;
                subject = nearestBefore(inClause, marker);
                // "伊朗指挥官在伊拉克巴格达机场附近遭美军空袭": where it befell the subject (a city
                // after its country too) is not the subject.
                Gazetteer.Mention place = subject;
                while (place != null && !introducedBy(words, place, Grammar.WordClass.VENUE)) {
                    Gazetteer.Mention before = nearestBefore(inClause, place.start());
                    place = before != null && before.end() == place.start() ? before : null;
                }
                Gazetteer.Mention earlier = place == null ? null : nearestBefore(inClause, place.start());
                if (earlier != null && !introducedBy(words, earlier, Grammar.WordClass.VENUE)) {
                    subject = earlier;
                }
            }
        }
        if (agent == null && STRUCK_WHERE.contains(signal)) {
            agent = heldIn(words, inClause, subject, start);
        }
        return agent == null || subject == null || agent == subject ? List.of()
                : cross(coordinated(words, inClause, agent, true), coordinated(words, inClause, subject, false));
    }

    /**
     * Joint subjects with no other party: they do a mutual act, or any act said to be done to each
     * other, to each other; else the act names no pair.
     */
    private List<Dyad> eachOther(List<Word> words, List<Gazetteer.Mention> inClause, List<Gazetteer.Mention> sources,
                                 Signal signal, int start, int end) {
        return sources.size() >= 2 && !listActedOn(words, inClause, sources)
                && (MUTUAL.contains(signal) || reciprocal(words, start, end)) ? mutual(words, sources) : List.of();
    }

    /**
     * "对法国、德国、意大利、西班牙和马来西亚实行免签": a list a word of class TARGET opens is acted on by
     * someone unnamed, not its members' with one another; the list may run on past the members
     * taken ({@link #MAX_COORDINATED}).
     */
    private boolean listActedOn(List<Word> words, List<Gazetteer.Mention> inClause, List<Gazetteer.Mention> sources) {
        int i = sources.stream().mapToInt(Gazetteer.Mention::start).min().orElse(0) - 1;
        while (i >= 0) {
            int at = i;
            Gazetteer.Mention named = inClause.stream().filter(m -> m.start() <= at && at < m.end()).findFirst()
                    .orElse(null);
            if (named != null) {
                i = named.start() - 1;
            } else if (words.get(i).enumerates() || grammar.is(Grammar.WordClass.AND, words.get(i))
                    || grammar.is(Grammar.WordClass.ARTICLE, words.get(i))) {
                i--;
            } else {
                break;
            }
        }
        return i >= 0 && grammar.is(Grammar.WordClass.TARGET, words.get(i));
    }

    /** How far from the act "each other" may stand: "se acusaron el lunes mutuamente". */
    private static final int RECIPROCAL_REACH = 4;

    /** A word of {@code RECIPROCAL} near the act: its joint subjects do it to each other. */
    private boolean reciprocal(List<Word> words, int start, int end) {
        return grammar.anyIn(Grammar.WordClass.RECIPROCAL, words, start - RECIPROCAL_REACH, end + RECIPROCAL_REACH);
    }

    /**
     * The country a passive of coercion or violence names as where ("In Russland wurde ein
     * Amerikaner festgenommen", "fue detenido en Irán", "wurden im Irak getötet"): the state that
     * holds or strikes someone on its soil; null when
     * none other than {@code held} is named after a preposition of place in the clause.
     */
    private Gazetteer.Mention heldIn(List<Word> words, List<Gazetteer.Mention> inClause, Gazetteer.Mention held,
                                     int start) {
        if (held == null) {
            return null;
        }
        for (Gazetteer.Mention m : inClause) {
            if (m != held && m.isCountry() && !m.code().equals(held.code()) && m.kind() != Gazetteer.Kind.DEMONYM
                    && introducedBy(words, m, Grammar.WordClass.VENUE) && Math.abs(m.start() - start) <= HELD_IN_REACH) {
                return m;
            }
        }
        return null;
    }

    /** How many words before an act's partner "with" may stand: "avec l'Iran", "with the United States". */
    private static final int WITH_REACH = 2;

    private List<Dyad> active(List<Word> words, List<Gazetteer.Mention> inClause, int start, int end, Signal signal,
                              boolean bindsBoth, int floor) {
        if (agentNamedBefore(words, inClause, start)) {
            return List.of();
        }
        Gazetteer.Mention second = afterFrontedPhrase(words, inClause, start);
        if (second != null) {
            // "Nach dem nordkoreanischen Angriff hat Südkorea Sanktionen verhängt": a phrase that opens
            // the clause with a preposition fills the first place, the finite verb stands second and
            // its subject right after it; the object is an actor after the subject, else the one the
            // fronted phrase names (what the act answers, or where it is done).
            List<Gazetteer.Mention> sources = coordinated(words, inClause, second, true);
            Gazetteer.Mention object = objectAfter(inClause, sources.get(sources.size() - 1).end(), sources);
            if (object == null && bindsBoth && Gazetteer.Mention.twoOrMore(sources)) {
                // "Im Garten des Weißen Hauses haben Israel und die PLO … unterzeichnet": joint subjects.
                return mutual(words, sources);
            }
            if (object == null) {
                Gazetteer.Mention fronted = nearestBefore(inClause, second.start());
                object = fronted != null && !sameCountry(sources, fronted) ? fronted : null;
            }
            return object == null ? List.of() : cross(sources, coordinated(words, inClause, object, false));
        }
        // In a verb-first language a verb with "و" written onto it starts a sentence of its own.
        Gazetteer.Mention subject = grammar.verbFirst() && grammar.startsWith(Grammar.WordClass.AND, words.get(start))
                ? null : nearestBefore(inClause, start);
        // "Pakistán, un aliado clave de Estados Unidos, se negó a": the apposition closes just
        // before the act ("…, se negó", "…, отказался"); a comma further back ends another phrase.
        subject = Apposition.subject(i -> words.get(i).text().equals(","), inClause, subject,
                start - APPOSITION_CLOSE_WORDS, start);
        Gazetteer.Mention placed = null;
        if (subject != null && introducedBy(words, subject, Grammar.WordClass.VENUE)) {
            Gazetteer.Mention before = nearestBefore(inClause, subject.start());
            if (before != null && before.isCountry() && before.start() >= floor
                    && !introducedBy(words, before, Grammar.WordClass.VENUE)) {
                // "以色列在叙利亚发动空袭", "以色列士兵在约旦河西岸逮捕了巴勒斯坦人": where the act is done
                // stands between its subject and its verb; it is struck only if nothing else is.
                placed = subject;
                subject = before;
            }
        }
        int finite = subject == null || placed != null ? -1 : finiteAfterOpening(words, inClause, start, end);
        if (finite >= 0 && subject.start() > finite) {
            // "Bundespräsident Steinmeier hat Tansania um Vergebung für die Verbrechen deutscher
            // Kolonialtruppen gebeten": the actor that opens a main clause before its finite verb is
            // the subject of the verb that closes it; the one nearest the verb is its object.
            List<Gazetteer.Mention> sources = coordinated(words, inClause, nearestBefore(inClause, finite), false);
            Gazetteer.Mention object = objectAfter(inClause, start + 1, sources);
            if (object == null || object.end() > end) {
                // Inside the phrase a country it names is what is done to ("Soldaten an der Grenze
                // zur Ukraine zusammengezogen"); else the object stands after the finite verb.
                object = objectAfter(inClause, finite + 1, sources);
            }
            if (object != null && object.end() <= end) {
                return cross(sources, coordinated(words, inClause, object, true));
            }
        }
        // "Als Reaktion auf den Anschlag im englischen Salisbury weist die Bundesregierung russische
        // Diplomaten aus": a country named where something happened, in the phrase that opens the
        // clause, is no subject; the verb comes second and its subject after it.
        Gazetteer.Mention fronted = subject != null && placed == null && grammar.allows(VERB_SECOND)
                && introducedBy(words, subject, Grammar.WordClass.VENUE) ? subject : null;
        if ((subject == null || fronted != null) && grammar.allows(VERB_SECOND)) {
            // "Am Montag griff Russland die Ukraine an", "Атака России на Украину": with nothing
            // before it, the actor right after the verb (or the noun, a genitive) is its subject.
            Gazetteer.Mention after = rightAfter(words, inClause, start + 1);
            if (after != null && after.isCountry() && (fronted == null || !after.code().equals(fronted.code()))) {
                List<Gazetteer.Mention> sources = coordinated(words, inClause, after, true);
                Gazetteer.Mention object = objectAfter(inClause, sources.get(sources.size() - 1).end(), sources);
                if (object != null) {
                    return cross(sources, coordinated(words, inClause, object, true));
                }
                // "In der Ukraine griff Russland Kraftwerke an": where it is done is what is struck.
                return fronted != null ? cross(sources, List.of(fronted)) : eachOther(words, inClause, sources, signal, start, end);
            }
        }
        if (subject != null && inObjectCase(words, subject)) {
            // "Украину атаковала Россия": the actor before the verb is in an object's case; the one
            // right after the verb is its subject, or else one before it ("Россия Украину атаковала").
            List<Gazetteer.Mention> objects = coordinated(words, inClause, subject, false);
            Gazetteer.Mention actor = rightAfter(words, inClause, end);
            if (actor == null || !actor.isCountry() || inObjectCase(words, actor)) {
                actor = nearestBefore(inClause, objects.get(objects.size() - 1).start());
                return actor == null || inObjectCase(words, actor) ? List.of()
                        : cross(coordinated(words, inClause, actor, false), objects);
            }
            return cross(coordinated(words, inClause, actor, true), objects);
        }
        Gazetteer.Mention partnerOf = subject == null || subject.start() <= floor ? null
                : partnerAfterVerb(words, inClause, subject);
        if (partnerOf != null) {
            // "中国中断了与日本的谈判", "中国愿与东盟加强合作": the one after "与" that follows a verb, not
            // an actor, is the partner of the act; its subject stands before. Not where the act
            // before it ends after "与" ("愿意与韩国改善关系": the willingness is the act, its partner Korea).
            return cross(coordinated(words, inClause, partnerOf, false), List.of(subject));
        }
        int target = subject == null ? -1 : targetBefore(words, inClause, start);
        if (target >= 0) {
            // "俄罗斯对乌克兰发动袭击", "以色列对黎巴嫩南部真主党目标实施空袭", "美国向乌克兰提供援助": the
            // actor after "对"/"向" is acted on; the subject stands before it.
            // The head of the noun phrase comes last, its modifiers before it ("向驻伊拉克的美军基地":
            // the US forces' base, in Iraq).
            Gazetteer.Mention object = nearestBefore(inClause, start);
            Gazetteer.Mention agent = nearestBefore(inClause, target);
            return agent == null ? List.of() : cross(coordinated(words, inClause, agent, false),
                    coordinated(words, inClause, object, false));
        }
        // The target is the first other country from the phrase on: inside a phrase with a gap
        // too ("instó a Rusia a retirar").
        int objectFrom = start + 1;
        if (subject == null && grammar.verbFirst()) {
            // "استدعت مصر السفير الإثيوبي" (summoned Egypt the Ethiopian ambassador): a phrase that
            // opens with its verb and names a country in its gap has its subject there. Not a
            // demonym: "قتل خمسة فلسطينيين في غارة إسرائيلية" (were killed five Palestinians in an
            // Israeli raid) names the dead.
            Gazetteer.Mention inside = firstAfter(inClause, start + 1);
            // A demonym after a word of office is that office's holder ("رحب الرئيس الجزائري بنظيره"),
            // after forces their state ("انتهكت طائرات روسية المجال الجوي"); after a count it names
            // the people counted.
            subject = inside != null && inside.end() <= end && (inside.kind() != Gazetteer.Kind.DEMONYM
                    || inside.start() > 0 && !counted(words, inside.start() - 1)) ? inside : null;
        }
        if (subject == null && bindsBoth && !grammar.verbFirst()) {
            // "Des affrontements ont opposé les armées indienne et chinoise": a joint act with no one
            // before it and coordinated actors after it in its clause is theirs, each with each.
            Gazetteer.Mention first = firstAfter(inClause, end);
            List<Gazetteer.Mention> group = first == null ? List.of() : coordinated(words, inClause, first, true);
            if (Gazetteer.Mention.twoOrMore(group)) {
                return mutual(words, group);
            }
        }
        if (subject == null) {
            // "los ataques rusos contra Ucrania", "les frappes israéliennes sur Gaza": a nominal
            // act's demonym is its agent; "el ataque de Rusia contra Ucrania", "el ataque por
            // parte de Rusia": so is the actor after "de" or "por".
            subject = demonymAfter(inClause, end);
        }
        if (subject == null) {
            subject = agentAfter(words, inClause, end, Grammar.WordClass.OF, 1);
            if (subject == null) {
                subject = agentAfter(words, inClause, end, Grammar.WordClass.AGENT, 1);
            }
            if (subject == null && grammar.verbFirst()) {
                // "هاجمت روسيا أوكرانيا" (attacked Russia Ukraine), "فرضت واشنطن عقوبات على طهران":
                // in a verb-first language the subject follows its verb, inside a phrase with a gap too.
                subject = firstAfter(inClause, start + 1);
            }
            if (subject == null) {
                return List.of();
            }
        }
        if (subject.start() > start) {
            objectFrom = subject.end();
        }
        List<Gazetteer.Mention> sources = coordinated(words, inClause, subject, false);
        if (subject.start() >= end || subject.start() > start && grammar.verbFirst()) {
            sources = coordinated(words, inClause, subject, true);
            objectFrom = sources.get(sources.size() - 1).end();
        }
        if (organisationObject(words, inClause, Math.max(objectFrom, end))) {
            // "expulsó a los inspectores del OIEA", "потребовала созвать заседание Совета
            // Безопасности для обсуждения наступления хорватских войск": the act is done to an
            // organisation; a country named further on belongs to another phrase. Inside the
            // phrase it is whose the act is ("übernahm die EU-Sanktionen gegen Russland").
            return List.of();
        }
        Gazetteer.Mention object = objectAfter(inClause, objectFrom, sources);
        // "Russland hat die Ukraine angegriffen und Polen gedroht": a verb (not a noun: nouns are
        // capitalised) that closes its phrase before "und" shares the auxiliary with the next one.
        boolean closesBeforeAnd = grammar.nounsCapitalised() && !words.get(start).capitalised() && end < words.size()
                && grammar.is(Grammar.WordClass.AND, words.get(end));
        if (object != null && subject.end() <= start && grammar.allows(VERB_FINAL) && end < words.size()
                && (words.get(end).text().equals(",") || closesBeforeAnd)
                && nearestBefore(inClause, sources.get(sources.size() - 1).start()) != null) {
            // "Die USA haben Russland aufgefordert, seine Truppen von der ukrainischen Grenze
            // abzuziehen": a verb that closes its clause before a comma has its object before it;
            // who is named after the comma belongs to what follows.
            object = null;
        }
        if (object == null && subject.end() <= start && grammar.allows(VERB_FINAL)
                && (endsClause(words, end) || closesBeforeAnd)) {
            // "Russland hat die Ukraine angegriffen", "dass Russland Polen gedroht habe": with no
            // one after the verb, the actors just before it are its object, those before them its
            // subject.
            List<Dyad> opening = signal.polarity() == io.brink.model.Polarity.ESCALATION
                    ? openingSubject(words, inClause, start) : List.of();
            if (!opening.isEmpty()) {
                return opening;
            }
            Gazetteer.Mention beforePlace = sources.size() == 1 && !PLACE_STRUCK.contains(signal)
                    && introducedBy(words, subject, Grammar.WordClass.VENUE) ? nearestBefore(inClause, subject.start())
                    : null;
            if (beforePlace != null) {
                // "Peking hat Washington vor einer Einmischung in Taiwan gewarnt": a place named in
                // the object's phrase is no party to a warning; the actor before it is the object.
                sources = coordinated(words, inClause, beforePlace, false);
                subject = sources.get(0);
            }
            Gazetteer.Mention earliest = sources.get(sources.size() - 1);
            Gazetteer.Mention before = nearestBefore(inClause, earliest.start());
            while (before != null && ActorPhrase.one(grammar, words, before, earliest)) {
                // "Kremlchef Wladimir Putin und …": the earliest subject named twice, by its office too.
                earliest = before;
                before = nearestBefore(inClause, before.start());
            }
            while (before != null && sources.size() == 1 && before.code().equals(subject.code())) {
                // "Israel hat Stellungen der Hisbollah im Libanon angegriffen": one object named
                // twice (its group and its country) before the verb; the subject stands before both.
                before = nearestBefore(inClause, before.start());
            }
            if (before != null) {
                return cross(coordinated(words, inClause, before, false), sources);
            }
        }
        if (object == null && placed != null && PLACE_STRUCK.contains(signal)
                && start - placed.end() <= PLACE_STRUCK_REACH && !sameCountry(sources, placed)) {
            return cross(sources, List.of(placed));
        }
        if (object == null) {
            return eachOther(words, inClause, sources, signal, start, end);
        }
        List<Gazetteer.Mention> objects = coordinated(words, inClause, object, true);
        // "مع رئيس الوزراء الإسرائيلي": "with" before the object's title names the partner too.
        int objectHead = ActorPhrase.headStart(grammar, words, Math.max(0, object.start() - ActorPhrase.NAME_WORDS),
                object.start());
        boolean withObject = grammar.anyIn(Grammar.WordClass.WITH, words, objectHead - WITH_REACH, objectHead);
        if (bindsBoth && sources.size() >= 2 && (Gazetteer.Mention.twoOrMore(sources) && !withObject
                || introducedBy(words, object, Grammar.WordClass.OF) || introducedBy(words, object, Grammar.WordClass.AGENT)
                || object.kind() == Gazetteer.Kind.DEMONYM && !withObject)) {
            // Joint subjects of an act that binds both are its parties, each other's. A state named
            // later hosts, brokers, welcomes or is only mentioned ("Sudán y Sudán del Sur acordaron
            // retirar sus tropas … en conversaciones acogidas por el primer ministro etíope"); only
            // one named after "with" is a party ("…ont signé un accord avec l'Iran"). Nor is the one
            // "de" qualifies the act ("Moscou et Kiev ont procédé à un échange de prisonniers sous
            // l'égide des Émirats"), the agent of a participle after it ("uma trégua mediada pelo
            // Catar"), or a demonym after them ("تبادلت روسيا وأوكرانيا الأسرى بوساطة إماراتية"),
            // even after "with" or when the joint subjects name one state twice.
            return mutual(words, sources);
        }
        return cross(sources, objects);
    }

    /**
     * "اتفق السودان وجنوب السودان على سحب قواتهما … وتبادل المحتجزين … في ختام محادثات استضافها رئيس
     * الوزراء الإثيوبي": joint subjects carried over to a later act two can do together are its
     * parties; a demonym phrases later qualifies someone else, the host or the broker. Only for
     * the carried-over subjects: applied to every act of joint subjects, it took real targets
     * named as demonyms from the blind Arabic sets (0.661 -> 0.649).
     */
    private static boolean qualifiesAnother(List<Gazetteer.Mention> sources, Gazetteer.Mention object, Signal signal,
                                            int end) {
        return MUTUAL.contains(signal) && Gazetteer.Mention.twoOrMore(sources)
                && object.kind() == Gazetteer.Kind.DEMONYM && object.start() - end > FAR_DEMONYM;
    }

    /** "…, au terme de pourparlers accueillis par le Premier ministre éthiopien": how far past the act a demonym qualifies another phrase. */
    private static final int FAR_DEMONYM = 6;

    /**
     * What coordinated actors do together: each to each ("Russia and Belarus held talks"), or,
     * when the first is joined to a list of two or more by a word of class PARTNER, the first with
     * each of the others ("中国与越南、老挝和柬埔寨签署了合作协议" is China's agreement with each; Vietnam,
     * Laos and Cambodia sign nothing with one another).
     */
    private List<Dyad> mutual(List<Word> words, List<Gazetteer.Mention> actors) {
        List<Gazetteer.Mention> inOrder = new ArrayList<>(actors);
        inOrder.sort(java.util.Comparator.comparingInt(Gazetteer.Mention::start));
        if (inOrder.size() >= 3) {
            Gazetteer.Mention head = inOrder.get(0);
            Gazetteer.Mention second = inOrder.get(1);
            if (grammar.anyIn(Grammar.WordClass.PARTNER, words, head.end(), second.start())) {
                List<Gazetteer.Mention> rest = inOrder.subList(1, inOrder.size());
                return withReverses(cross(List.of(head), rest));
            }
        }
        return cross(actors, actors);
    }

    /** "在卡塔尔和埃及的斡旋下": how many words but the brokers' names may open a clause before its fronted mediation. */
    private static final int FRONT_REACH = 6;

    /**
     * A mediation that opens the sentence or a clause, its broker inside that opening phrase, is the broker's
     * with each of the coordinated parties the sentence then names ("Con la mediación de Catar,
     * Israel y Hamás acordaron una tregua", "在中国的斡旋下，沙特阿拉伯和伊朗达成协议", "При посредничестве
     * Катара Израиль и ХАМАС договорились", "بوساطة قطرية، اتفقت إسرائيل وحماس"), as the English coder reads
     * "With Saudi mediation, …". None when the sentence is not so built.
     *
     * @param mentions every actor of the sentence, a place after a preposition too ("在中国的斡旋下")
     */
    List<Dyad> frontedMediation(List<Word> words, List<Gazetteer.Mention> mentions, int start, int end) {
        int open = phraseOpening(words, start);
        long plain = java.util.stream.IntStream.range(open, start).filter(i -> words.get(i).isWord()
                && mentions.stream().noneMatch(m -> m.start() <= i && i < m.end())).count();
        // A later clause only when a frame word opens it: "…, tras semanas de negociaciones con la
        // mediación de Catar, Egipto y Estados Unidos." names its brokers last, not before parties.
        if (plain > FRONT_REACH || open > 0 && !(words.get(open - 1).text().equals(",")
                && grammar.is(Grammar.WordClass.BROKERED_BY, words.get(open)))) {
            return List.of();
        }
        int close = closingMark(words, end);
        List<Gazetteer.Mention> brokers = new ArrayList<>();
        if (close >= 0) {
            // "俄罗斯国防部宣布，在阿联酋斡旋下，俄乌双方交换了被俘人员": the frame may open a later clause.
            mentions.stream().filter(m -> m.start() >= open && m.end() <= close).forEach(brokers::add);
        } else {
            // No comma: the broker is the one named right after the mediation ("посредничестве Катара"),
            // a preposition and a title may stand between ("Unter Vermittlung von Außenminister Lawrow").
            mentions.stream().filter(m -> m.start() >= end && m.start() <= end + FRONTED_BROKER_GAP
                    && words.subList(end, m.start()).stream().allMatch(Word::isWord)).findFirst().ifPresent(brokers::add);
        }
        if (brokers.isEmpty()) {
            return List.of();
        }
        int from = close >= 0 ? close + 1 : brokers.get(0).end();
        List<Gazetteer.Mention> after = mentions.stream().filter(m -> m.start() >= from).toList();
        if (after.isEmpty() || after.get(0).start() - from > 2) {
            return List.of();
        }
        List<Gazetteer.Mention> parties = coordinated(words, after, after.get(0), true);
        return brokeredBetween(brokers, parties) ? cross(brokers, parties) : List.of();
    }

    /** "Unter Vermittlung von Außenminister Lawrow": how many words may stand between a fronted mediation and its broker. */
    private static final int FRONTED_BROKER_GAP = 3;

    /** How many words may stand between a broker named before its mediation and the mediation: "卡塔尔的斡旋". */
    private static final int BROKER_GAP = 1;

    /**
     * The brokers named before the mediation at word {@code start}, inside a frame a word of
     * {@link Grammar.WordClass#BROKERED_BY} opens ("在埃及和卡塔尔的斡旋下", "经卡塔尔斡旋"); none without
     * that frame.
     *
     * @param mentions every actor of the sentence, a place after a preposition too
     */
    List<Gazetteer.Mention> brokersBefore(List<Word> words, List<Gazetteer.Mention> mentions, int start) {
        Gazetteer.Mention last = null;
        for (Gazetteer.Mention m : mentions) {
            if (m.end() <= start && start - m.end() <= BROKER_GAP
                    && words.subList(m.end(), start).stream().allMatch(Word::isWord)) {
                last = m;
            }
        }
        if (last == null) {
            return List.of();
        }
        List<Gazetteer.Mention> brokers = coordinated(words, mentions, last, false);
        int first = brokers.stream().mapToInt(Gazetteer.Mention::start).min().orElseThrow();
        return first > 0 && grammar.is(Grammar.WordClass.BROKERED_BY, words.get(first - 1)) ? brokers : List.of();
    }

    /**
     * A mediation framed after the parties it brokers between ("以色列和哈马斯12日在埃及和卡塔尔的斡旋下达成停火协议":
     * Israel and Hamas, under Egypt's and Qatar's mediation, agreed a truce) is each broker's with
     * each party, as the English coder reads "agreed a truce under Egyptian mediation". The parties
     * are the coordinated actors right before the frame (a day or a title may stand between); none
     * when there are not two of them.
     *
     * @param mentions every actor of the sentence, a place after a preposition too
     */
    List<Dyad> mediatedWithin(List<Word> words, List<Gazetteer.Mention> mentions, int start) {
        List<Gazetteer.Mention> brokers = brokersBefore(words, mentions, start);
        if (brokers.isEmpty()) {
            return List.of();
        }
        int opener = brokers.stream().mapToInt(Gazetteer.Mention::start).min().orElseThrow() - 1;
        Gazetteer.Mention party = null;
        for (Gazetteer.Mention m : mentions) {
            if (m.end() <= opener && words.subList(m.end(), opener).stream()
                    .allMatch(w -> grammar.is(Grammar.WordClass.ARTICLE, w))) {
                party = m;
            }
        }
        if (party == null) {
            return List.of();
        }
        List<Gazetteer.Mention> parties = coordinated(words, mentions, party, false);
        return brokeredBetween(brokers, parties) ? cross(brokers, parties) : List.of();
    }

    /**
     * The brokers a mediation's noun names after it, the first within {@code reach} words with no
     * punctuation between, and those coordinated to it ("con la mediación de Catar, Egipto y
     * Estados Unidos.", "بوساطة مصرية"); none when no actor follows, or when those after it are
     * the parties ("vermitteln weiter zwischen Israel und der Hamas"). A list is the brokers' only
     * when it closes its clause: in "Con la mediación de Noruega, Colombia y Venezuela firmaron" the
     * parties follow the broker.
     */
    List<Gazetteer.Mention> brokersAfter(List<Word> words, List<Gazetteer.Mention> mentions, int end, int reach) {
        return mentions.stream()
                .filter(m -> m.start() >= end && m.start() <= end + reach
                        && words.subList(end, m.start()).stream()
                        .allMatch(w -> w.isWord() && !grammar.is(Grammar.WordClass.BETWEEN, w)))
                .findFirst().map(first -> {
                    List<Gazetteer.Mention> list = coordinated(words, mentions, first, true);
                    int last = list.get(list.size() - 1).end();
                    return last >= words.size() || !words.get(last).isWord() ? list : List.of(first);
                }).orElse(List.of());
    }

    /**
     * A mediation whose brokers follow it ("con la mediación de Catar, Egipto y Estados Unidos",
     * "avec la médiation de la Turquie", "при посредничестве Турции"), after two or more parties
     * named together earlier in the sentence, is each broker's with each party ("Rusia y Ucrania
     * acordaron un canje de prisioneros con la mediación de Turquía"), as the English coder reads
     * "signed a declaration after months of mediation by Kuwait". None when no two states are named
     * together before it, or when a broker is one of them.
     *
     * @param reach how many words may stand between the mediation and its first broker
     * @param mentions every actor of the sentence, a place after a preposition too
     */
    List<Dyad> mediationAfterParties(List<Word> words, List<Gazetteer.Mention> mentions, int start, int end,
                                     int reach) {
        List<Gazetteer.Mention> brokers = brokersAfter(words, mentions, end, reach);
        if (brokers.isEmpty()) {
            return List.of();
        }
        for (Gazetteer.Mention m : mentions) {
            if (m.end() > start) {
                break;
            }
            List<Gazetteer.Mention> parties = coordinated(words, mentions, m, true);
            if (parties.stream().allMatch(p -> p.end() <= start) && brokeredBetween(brokers, parties)) {
                return cross(brokers, parties);
            }
        }
        return List.of();
    }

    /**
     * Whether {@code brokers} mediate between {@code parties}: two or more states, none of them a
     * broker (the shared test of a fronted, framed or following mediation).
     */
    private static boolean brokeredBetween(List<Gazetteer.Mention> brokers, List<Gazetteer.Mention> parties) {
        return Gazetteer.Mention.twoOrMore(parties)
                && parties.stream().noneMatch(p -> brokers.stream().anyMatch(b -> b.code().equals(p.code())));
    }

    /** Where the phrase that ends at {@code end} opens: after the last mark before it but "、". */
    private static int phraseOpening(List<Word> words, int end) {
        int open = end;
        while (open > 0 && (words.get(open - 1).isWord() || words.get(open - 1).enumerates())) {
            open--;
        }
        return open;
    }

    /** The first punctuation within {@value #FRONT_REACH} words from {@code from}, or -1. */
    private static int closingMark(List<Word> words, int from) {
        for (int i = from; i < Math.min(words.size(), from + FRONT_REACH); i++) {
            if (!words.get(i).isWord()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The coordinated actors after "entre" just after the trigger ("entre Rusia y Ucrania", "entre
     * l'Inde et le Pakistan"), when there are two or more; else none.
     */
    private List<Gazetteer.Mention> between(List<Word> words, List<Gazetteer.Mention> inClause, int from) {
        for (int i = from; i < Math.min(words.size(), from + BETWEEN_REACH); i++) {
            if (grammar.is(Grammar.WordClass.BETWEEN, words.get(i))) {
                for (Gazetteer.Mention m : inClause) {
                    if (m.start() > i && m.start() <= i + AGENT_ACTOR_REACH) {
                        List<Gazetteer.Mention> group = coordinated(words, inClause, m, true);
                        return group.size() >= 2 ? group : List.of();
                    }
                }
                return List.of();
            }
            if (!words.get(i).isWord()) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * A preposition of class TARGET within {@value #TARGET_REACH} words before the trigger, with an
     * actor between them and none of its words punctuation ("对黎巴嫩南部真主党目标") but the commas
     * of a list of actors ("向利比里亚、塞拉利昂和几内亚三国提供"); or -1.
     */
    private int targetBefore(List<Word> words, List<Gazetteer.Mention> inClause, int start) {
        int reach = TARGET_REACH;
        for (int i = start - 1; i >= Math.max(0, start - reach); i--) {
            if (i > 0 && words.get(i).isWord() && words.get(i).oneCharacter() && words.get(i - 1).isWord()
                    && words.get(i - 1).oneCharacter()) {
                // "向叙利亚霍姆斯省沙伊拉特空军基地发射": a place name the segmenter does not know is
                // cut into characters; a run of them is one word.
                reach++;
            }
            if (!words.get(i).isWord() && !listComma(words, inClause, i)) {
                return -1;
            }
            if (grammar.is(Grammar.WordClass.TARGET, words.get(i))) {
                int at = i;
                boolean actorAfter = inClause.stream().anyMatch(m -> m.start() > at && m.end() <= start);
                return actorAfter ? i : -1;
            }
        }
        return -1;
    }

    /** Word {@code i} is a number or a word of count ("خمسة", "مئات", "عشرات"). */
    private boolean counted(List<Word> words, int i) {
        Word w = words.get(i);
        return grammar.is(Grammar.WordClass.COUNT, w) || w.text().chars().anyMatch(Character::isDigit);
    }

    /** Word {@code i} is a comma between two actors. */
    private static boolean listComma(List<Word> words, List<Gazetteer.Mention> inClause, int i) {
        return words.get(i).text().equals(",") && inClause.stream().anyMatch(m -> m.end() == i)
                && inClause.stream().anyMatch(m -> m.start() == i + 1);
    }

    /**
     * The subject of an act whose partner {@code m} is, when a word of class PARTNER stands right
     * before {@code m} and after a word that is no actor's ("中断了与日本": a verb, so "与" is "with",
     * not the "and" of "中国与日本"); null otherwise.
     */
    private Gazetteer.Mention partnerAfterVerb(List<Word> words, List<Gazetteer.Mention> inClause,
                                               Gazetteer.Mention m) {
        int with = m.start() - 1;
        if (with < 1 || !grammar.is(Grammar.WordClass.PARTNER, words.get(with))
                || inClause.stream().anyMatch(o -> o.end() == with) || !words.get(with - 1).isWord()) {
            return null;
        }
        Gazetteer.Mention subject = nearestBefore(inClause, with);
        return subject == null || subject.code().equals(m.code()) ? null : subject;
    }

    /**
     * The actor right after the finite verb (grammar.tsv {@code FINITE}; an article may stand
     * between) of a clause that a preposition opens (grammar.tsv {@code FRONTING}: "Nach", "Wegen",
     * "Als Reaktion auf"), before the trigger; or null. Only where the verb comes second.
     */
    private Gazetteer.Mention afterFrontedPhrase(List<Word> words, List<Gazetteer.Mention> inClause, int start) {
        if (!grammar.allows(VERB_SECOND) || inClause.isEmpty()) {
            return null;
        }
        int open = clauseOpening(words, start);
        if (open > 0 && grammar.is(Grammar.WordClass.FINITE, words.get(open))) {
            // "Nachdem …, hat Südkorea …": a fronted clause before the comma; the verb opens the main clause.
            Gazetteer.Mention after = rightAfter(words, inClause, open + 1);
            return after != null && after.isCountry() && after.end() <= start ? after : null;
        }
        if (!grammar.is(Grammar.WordClass.FRONTING, words.get(open))) {
            return null;
        }
        for (int i = open + 1; i < start; i++) {
            if (grammar.is(Grammar.WordClass.FINITE, words.get(i))) {
                Gazetteer.Mention after = rightAfter(words, inClause, i + 1);
                return after != null && after.isCountry() && after.end() <= start
                        && nearestBefore(inClause, i) != null ? after : null;
            }
        }
        return null;
    }

    /**
     * Where the clause of the word at {@code at} opens: where the sentence does, or after the last
     * comma or semicolon before it.
     */
    private static int clauseOpening(List<Word> words, int at) {
        int open = at;
        while (open > 0 && !words.get(open - 1).text().equals(",") && !words.get(open - 1).text().equals(";")) {
            open--;
        }
        return open;
    }

    /**
     * Where a clause whose verb comes second opens with its subject ("Die Bundesregierung hat",
     * "Kremlchef Wladimir Putin und Chinas Staatschef Xi Jinping haben") and closes with the verb of
     * the trigger at {@code [start, end)} (a lower-case word: a participle or an infinitive, not a
     * noun), the index of its finite verb (grammar.tsv {@code FINITE}); else -1. Only actors, their
     * titles, names, articles and "und" stand before the finite verb: no preposition opens a
     * phrase there, nor does a mark but the hyphen of "US-Präsident".
     */
    private int finiteAfterOpening(List<Word> words, List<Gazetteer.Mention> inClause, int start, int end) {
        if (!grammar.allows(VERB_SECOND) || !grammar.allows(VERB_FINAL) || !words.get(end - 1).isWord()
                || words.get(end - 1).capitalised()) {
            return -1;
        }
        int open = clauseOpening(words, start);
        int finite = -1;
        for (int i = open; i < start && finite < 0; i++) {
            Word w = words.get(i);
            if (grammar.is(Grammar.WordClass.FINITE, w)) {
                finite = i;
            } else if (!w.isWord() && !w.text().equals("-") || grammar.is(Grammar.WordClass.FRONTING, w)
                    || grammar.is(Grammar.WordClass.SUBORDINATE, w) || grammar.is(Grammar.WordClass.REPORTING, w)) {
                return -1;
            }
        }
        if (finite <= open) {
            return -1;
        }
        List<Gazetteer.Mention> opening = new ArrayList<>();
        for (Gazetteer.Mention m : inClause) {
            if (m.start() >= open && m.end() <= finite) {
                opening.add(m);
            }
        }
        if (opening.isEmpty() || ActorPhrase.headStart(grammar, words, open, opening.get(0).start()) != open) {
            return -1;
        }
        List<Gazetteer.Mention> sources = coordinated(words, inClause, opening.get(0), true);
        return opening.stream().allMatch(m -> sameCountry(sources, m)) ? finite : -1;
    }

    /**
     * With three actors or more before a clause-final verb, the first is its subject and the next its
     * object: "Die Bundesregierung hat die Angriffe Russlands auf ukrainische Städte verurteilt",
     * "Die Ukraine hat Russland Angriffe auf Kiew vorgeworfen" (the actors just before the verb
     * belong to the object's phrase); none with fewer, when the first speaks or a relative clause
     * follows it, or when the first are coordinated subjects with no other after them.
     */
    private List<Dyad> openingSubject(List<Word> words, List<Gazetteer.Mention> inClause, int start) {
        List<Gazetteer.Mention> before = inClause.stream().filter(m -> m.end() <= start).toList();
        if (phrases(words, before) < 3) {
            // "Kremlchef Wladimir Putin und US-Präsident Donald Trump haben telefoniert": the state
            // and its office holder named side by side are one actor.
            return List.of();
        }
        boolean comma = false;
        for (int i = before.get(0).end(); i < start; i++) {
            boolean said = !comma && grammar.is(Grammar.WordClass.REPORTING, words.get(i));
            boolean relative = comma && !words.get(i - 1).isWord() && grammar.is(Grammar.WordClass.RELATIVE, words.get(i));
            if (said || relative) {
                // "Deutschland sagte, Russland habe die Ukraine angegriffen", "russische Drohnen, die
                // Kiew angriffen": the first actor is a speaker or an antecedent.
                return List.of();
            }
            comma |= !words.get(i).isWord();
        }
        List<Gazetteer.Mention> sources = coordinated(words, before, before.get(0), true);
        Gazetteer.Mention object = objectAfter(before, sources.get(sources.size() - 1).end(), sources);
        return object == null ? List.of() : cross(sources, coordinated(words, before, object, true));
    }

    /** How many actors {@code mentions} name, a state and its office holder in one phrase counted once. */
    private int phrases(List<Word> words, List<Gazetteer.Mention> mentions) {
        int n = 0;
        for (int i = 0; i < mentions.size(); i++) {
            if (i == 0 || !ActorPhrase.one(grammar, words, mentions.get(i - 1), mentions.get(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Who hosts the joint act of {@code parties} (at {@code start}): a verb of class HOST stands
     * within {@value #HOST_REACH} words before the parties and the act, with no punctuation after
     * it, and its subject is an actor not among the parties, before it ("Francia acogió
     * conversaciones entre …", "埃及主办了以色列和哈马斯之间的会谈") or, in a verb-first language,
     * right after it ("استضافت القاهرة محادثات بين …"). Null when there is none.
     */
    private Gazetteer.Mention host(List<Word> words, List<Gazetteer.Mention> inClause,
                                   List<Gazetteer.Mention> parties, int start) {
        int first = Math.min(start, parties.stream().mapToInt(Gazetteer.Mention::start).min().orElse(start));
        for (int i = first; i >= Math.max(0, first - HOST_REACH); i--) {
            if (!words.get(i).isWord()) {
                return null;
            }
            if (grammar.is(Grammar.WordClass.HOST, words.get(i))) {
                Gazetteer.Mention host = subjectBefore(inClause, i, first);
                return host == null || parties.stream().anyMatch(p -> p.code().equals(host.code())) ? null : host;
            }
        }
        return null;
    }

    /**
     * The subject of the verb at word {@code verb}, whose object or parties start at word {@code
     * limit}: the actor nearest before the verb, or, in a verb-first language with none before it,
     * the first actor after it that stands before {@code limit}; or null.
     */
    private Gazetteer.Mention subjectBefore(List<Gazetteer.Mention> inClause, int verb, int limit) {
        Gazetteer.Mention before = nearestBefore(inClause, verb);
        if (before != null || !grammar.verbFirst()) {
            return before;
        }
        Gazetteer.Mention after = firstAfter(inClause, verb + 1);
        return after != null && after.start() < limit ? after : null;
    }

    /** The first actor from {@code from} on, or null. */
    private static Gazetteer.Mention firstAfter(List<Gazetteer.Mention> inClause, int from) {
        for (Gazetteer.Mention m : inClause) {
            if (m.start() >= from) {
                return m;
            }
        }
        return null;
    }

    /**
     * The parties named after "entre" just after the trigger, or else those closed by "之间" just
     * before it ("在以色列和哈马斯之间斡旋"), when there are two or more; else none.
     */
    private List<Gazetteer.Mention> betweenAnySide(List<Word> words, List<Gazetteer.Mention> inClause, int start) {
        List<Gazetteer.Mention> after = between(words, inClause, start + 1);
        if (!after.isEmpty()) {
            return after;
        }
        for (int i = start - 1; i >= Math.max(0, start - BETWEEN_REACH); i--) {
            if (!words.get(i).isWord()) {
                return List.of();
            }
            if (grammar.is(Grammar.WordClass.BETWEEN_AFTER, words.get(i))) {
                Gazetteer.Mention last = nearestBefore(inClause, i + 1);
                if (last == null || last.end() != i) {
                    return List.of();
                }
                List<Gazetteer.Mention> group = coordinated(words, inClause, last, false);
                return group.size() >= 2 ? group : List.of();
            }
        }
        return List.of();
    }

    /**
     * The speaker of the reported clause that holds word {@code start}: the clause opens with
     * "that" (grammar.tsv's THAT, at a comma), a reporting verb stands within a few words before
     * that comma, and the actor nearest before the verb, in the verb's clause, speaks. Null when
     * the clause is no such report.
     */
    private Gazetteer.Mention reportedSpeaker(List<Word> words, List<Gazetteer.Mention> mentions, int[] clause,
                                              int start) {
        int open = start;
        while (open > 0 && clause[open - 1] == clause[start]) {
            open--;
        }
        int that = open < words.size() && words.get(open).text().equals(",") ? open + 1 : open;
        if (open == 0 || that >= start || !grammar.is(Grammar.WordClass.THAT, words.get(that))) {
            return null;
        }
        int comma = words.get(open).text().equals(",") ? open : open - 1;
        if (comma < 0 || !words.get(comma).text().equals(",")) {
            return null;
        }
        for (int i = comma - 1; i >= Math.max(0, comma - REPORT_REACH); i--) {
            if (grammar.is(Grammar.WordClass.REPORTING, words.get(i))) {
                int verb = i;
                Gazetteer.Mention speaker = null;
                for (Gazetteer.Mention m : mentions) {
                    if (m.end() <= verb && clause[m.start()] == clause[verb] && m.isCountry()) {
                        speaker = m;
                    }
                }
                return speaker;
            }
        }
        return null;
    }

    /** A demonym right after the trigger: "ataques rusos", "frappes israéliennes". */
    private static Gazetteer.Mention demonymAfter(List<Gazetteer.Mention> inClause, int end) {
        for (Gazetteer.Mention m : inClause) {
            if (m.start() == end && m.kind() == Gazetteer.Kind.DEMONYM) {
                return m;
            }
        }
        return null;
    }

    /** The word before {@code m}, articles skipped, is of class {@code c}. */
    boolean introducedBy(List<Word> words, Gazetteer.Mention m, Grammar.WordClass c) {
        int i = introducer(words, m);
        return i >= 0 && grammar.is(c, words.get(i));
    }

    /** Where the word that introduces a mention stands (a preposition, past its articles), or -1. */
    int introducer(List<Word> words, Gazetteer.Mention m) {
        int i = m.start() - 1;
        while (i >= 0 && grammar.is(Grammar.WordClass.ARTICLE, words.get(i))) {
            i--;
        }
        if (i >= 3 && grammar.is(Grammar.WordClass.PASSIVE, words.get(i - 2)) && opensNounPhrase(words.get(i - 3))) {
            // "在被占领的约旦河西岸": the preposition stands before the participle that modifies the name.
            i -= 3;
        }
        return i;
    }

    /**
     * The first actor from {@code from} on is an organisation, a few words on and not the place or
     * forum of the act ("ante la ONU", "в ООН"): the head of the act's object.
     */
    private boolean organisationObject(List<Word> words, List<Gazetteer.Mention> inClause, int from) {
        Gazetteer.Mention first = firstAfter(inClause, from);
        return first != null && first.kind() == Gazetteer.Kind.IGO && first.start() - from <= ORGANISATION_REACH
                && !introducedBy(words, first, Grammar.WordClass.VENUE)
                && !introducedBy(words, first, Grammar.WordClass.FORUM);
    }

    /** "expulsó a los inspectores del OIEA": how far after the act an organisation heads its object. */
    private static final int ORGANISATION_REACH = 6;

    /** "在乌克兰东部发动进攻": how far before the act a place it strikes may end. */
    private static final int PLACE_STRUCK_REACH = 2;

    /** {@code m} names the country of one of the sources. */
    private static boolean sameCountry(List<Gazetteer.Mention> sources, Gazetteer.Mention m) {
        return sources.stream().anyMatch(s -> s.code().equals(m.code()));
    }

    /** The first country from {@code from} on that is none of the sources. */
    private static Gazetteer.Mention objectAfter(List<Gazetteer.Mention> inClause, int from,
                                                 List<Gazetteer.Mention> sources) {
        for (Gazetteer.Mention m : inClause) {
            // "denunció ante la ONU la movilización de tropas venezolanas": an organisation is no target.
            if (m.start() >= from && m.isCountry() && !sameCountry(sources, m)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The trigger is a second verb of the subject before: "y" stands just before it, or before an
     * auxiliary or adverb or two ("y luego amenazó", "et a menacé"), with no actor between.
     */
    private boolean sharesSubject(List<Word> words, List<Gazetteer.Mention> inClause, int start) {
        if (grammar.startsWith(Grammar.WordClass.AND, words.get(start))) {
            // "وهددت بولندا": "و", and, written onto the verb; unless its own subject follows it
            // in a verb-first language ("وأدانت مصر").
            // An actor right after it is its subject only if another follows to be its object.
            Gazetteer.Mention after = firstAfter(inClause, start + 1);
            return !grammar.verbFirst() || after == null || after.start() > start + 1
                    || firstAfter(inClause, after.end()) == null;
        }
        for (int i = start - 1; i >= Math.max(0, start - SHARED_SUBJECT_REACH); i--) {
            Word w = words.get(i);
            int at = i;
            if (!w.isWord() || inClause.stream().anyMatch(m -> at >= m.start() && at < m.end())) {
                break;
            }
            if (grammar.is(Grammar.WordClass.AND, w)) {
                return true;
            }
        }
        return sharedAfterObject(words, inClause, start, -1) >= 0;
    }

    /**
     * Where every noun is capitalised and the verb closes its clause, the "und" before the verb's
     * object that joins it to the verb before ("angegriffen und Polen mit Vergeltung gedroht"), or -1.
     * {@code end} is the trigger's end, or -1 when only the words before it are asked about.
     */
    private int sharedAfterObject(List<Word> words, List<Gazetteer.Mention> inClause, int start, int end) {
        if (!grammar.nounsCapitalised() || !grammar.allows(VERB_FINAL) || words.get(start).capitalised()
                || end >= 0 && !endsClause(words, end)) {
            return -1;
        }
        boolean actor = false;
        for (int i = start - 1; i >= Math.max(0, start - SHARED_SUBJECT_REACH - SHARED_OBJECT_WORDS); i--) {
            Word w = words.get(i);
            int at = i;
            if (!w.isWord()) {
                return -1;
            }
            if (grammar.is(Grammar.WordClass.AND, w)) {
                return actor && i > 0 && !words.get(i - 1).capitalised() && words.get(i - 1).isWord() ? i : -1;
            }
            actor |= inClause.stream().anyMatch(m -> at >= m.start() && at < m.end());
        }
        return -1;
    }

    /** "und Polen mit Vergeltung gedroht": how many words of the object's phrase may stand before a shared verb. */
    private static final int SHARED_OBJECT_WORDS = 4;

    /**
     * A clause whose subject is dropped, as Spanish and French drop it after "pero"/"mais" or a
     * semicolon ("Estados Unidos levantó sanciones a Venezuela, pero advirtió a Irán"): when no
     * actor stands before the trigger in its clause, the sentence's previous actors act again.
     */
    List<Dyad> droppedSubject(List<Word> words, List<Gazetteer.Mention> mentions, int[] clause, int start,
                              List<Gazetteer.Mention> previousSources) {
        List<Gazetteer.Mention> inClause = mentions.stream().filter(m -> clause[m.start()] == clause[start]).toList();
        if (previousSources.isEmpty() || nearestBefore(inClause, start) != null
                || passiveBefore(words, start, clause, inClause, 0) >= 0) {
            return List.of();
        }
        Gazetteer.Mention object = objectAfter(inClause, start + 1, previousSources);
        return object == null ? List.of() : cross(previousSources, coordinated(words, inClause, object, true));
    }

    /**
     * The trigger stands last in its clause, but for an auxiliary or two ("angegriffen hat",
     * "gedroht habe"): a verb-final clause, not a noun with more of the sentence after it.
     */
    private static boolean endsClause(List<Word> words, int end) {
        for (int i = end; i <= end + 2; i++) {
            if (i >= words.size() || !words.get(i).isWord()) {
                return true;
            }
        }
        return false;
    }

    /** The actor opens with a form that is never a subject (grammar.tsv's OBJECT_CASE: "Украину"). */
    private boolean inObjectCase(List<Word> words, Gazetteer.Mention m) {
        return grammar.is(Grammar.WordClass.OBJECT_CASE, words.get(m.start()));
    }

    private boolean verbFinal() {
        return grammar.allows(VERB_FINAL);
    }

    /** A passive auxiliary just after the trigger, in a verb-final clause: "angegriffen wurde", "verhängt worden". */
    private boolean passiveAfter(List<Word> words, int end, int[] clause, Grammar.WordClass auxiliary) {
        for (int i = end; i < Math.min(words.size(), end + 2); i++) {
            if (!words.get(i).isWord() || clause[i] != clause[end - 1]) {
                return false;
            }
            if (grammar.is(auxiliary, words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A passive auxiliary earlier in the trigger's clause: "Die Ukraine wurde in der Nacht von
     * Russland angegriffen"; "wird" too, which the caller reads as passive only with an agent.
     */
    private boolean passiveInClause(List<Word> words, int[] clause, int start) {
        for (int i = start - 1; i >= 0 && clause[i] == clause[start]; i--) {
            if (grammar.is(Grammar.WordClass.PASSIVE, words.get(i))
                    || grammar.is(Grammar.WordClass.PASSIVE_WITH_AGENT, words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The last actor before the trigger introduced by the passive's agent preposition: "von Russland angegriffen". */
    private Gazetteer.Mention agentBefore(List<Word> words, List<Gazetteer.Mention> inClause, int start) {
        Gazetteer.Mention agent = null;
        for (Gazetteer.Mention m : inClause) {
            if (m.end() <= start && introducedBy(words, m, Grammar.WordClass.AGENT)) {
                agent = m;
            }
        }
        return agent;
    }

    /** The actor at {@code from}, articles skipped, or null. */
    private Gazetteer.Mention rightAfter(List<Word> words, List<Gazetteer.Mention> inClause, int from) {
        int i = from;
        while (i < words.size() && grammar.is(Grammar.WordClass.ARTICLE, words.get(i))) {
            i++;
        }
        int head = i;
        if (inClause.stream().noneMatch(m -> m.start() == head)) {
            while (i < words.size() && ActorPhrase.title(grammar, words.get(i))) {
                // "hat Außenministerin Annalena Baerbock": the holder named after the office.
                i++;
            }
        }
        for (Gazetteer.Mention m : inClause) {
            if (m.start() == i || m.start() == head) {
                return m;
            }
        }
        return null;
    }

    /**
     * Where a passive auxiliary stands just before the trigger ("fue atacado", "ha sido sancionada",
     * "a été attaqué"; an actor's words between them not counted, "遭到俄罗斯袭击"), or -1.
     */
    private int passiveBefore(List<Word> words, int start, int[] clause, List<Gazetteer.Mention> inClause,
                              int floor) {
        int counted = 0;
        for (int i = start - 1; i >= floor && counted < PASSIVE_REACH; i--) {
            if (!words.get(i).isWord() || clause[i] != clause[start]) {
                return -1;
            }
            if (grammar.is(Grammar.WordClass.PASSIVE, words.get(i))) {
                return i == 0 || !grammar.is(Grammar.WordClass.REFLEXIVE, words.get(i - 1))
                        && !opensNounPhrase(words.get(i - 1)) ? i : -1;
            }
            int at = i;
            if (inClause.stream().noneMatch(m -> at >= m.start() && at < m.end())) {
                counted++;
            }
        }
        return -1;
    }

    /**
     * The trigger at {@code start} is a participle that modifies a noun ("在被占领的约旦河西岸", in the
     * occupied West Bank): what it names is a state of things, not an act of the sentence.
     */
    boolean modifiesNoun(List<Word> words, int start) {
        return start >= 2 && grammar.is(Grammar.WordClass.PASSIVE, words.get(start - 1))
                && opensNounPhrase(words.get(start - 2));
    }

    /**
     * A preposition before a passive auxiliary makes it a modifier of the noun that follows ("在被占领的
     * 约旦河西岸", in the occupied West Bank; "对被关押的渔民"), not the passive of the clause's verb.
     */
    private boolean opensNounPhrase(Word before) {
        return grammar.is(Grammar.WordClass.MODIFIER_OPENER, before);
    }

    /** How many words the agent's phrase may take between "von" and the participle ("vom schweren Erdbeben"). */
    private static final int AGENT_PHRASE_WORDS = 3;

    /**
     * "den vom Tsunami verwüsteten Ländern", "die von Rebellen zerstörten Dörfer": where the verb
     * comes last, a participle used as an adjective, whose agent stands just before it after an
     * article and "von" or "durch" and is no actor, names who did it, and no state did. Only for a
     * verb, not a noun.
     */
    private boolean agentNamedBefore(List<Word> words, List<Gazetteer.Mention> inClause, int start) {
        if (!grammar.allows(VERB_FINAL) || !grammar.nounsCapitalised() || words.get(start).capitalised()) {
            return false;
        }
        for (int i = start - 1; i >= Math.max(0, start - 1 - AGENT_PHRASE_WORDS); i--) {
            Word w = words.get(i);
            if (!w.isWord() || Gazetteer.covers(inClause, i)) {
                return false;
            }
            if (grammar.is(Grammar.WordClass.AGENT, w)) {
                // An article before "von" opens the noun phrase the participle describes ("den vom
                // Tsunami verwüsteten"); after a noun "von" names a place ("in der Straße von Hormus
                // festgesetzt").
                return i < start - 1 && i > 0 && grammar.is(Grammar.WordClass.ARTICLE, words.get(i - 1));
            }
        }
        return false;
    }

    /**
     * The actor after a preposition of class {@code preposition} that stands within {@code reach}
     * words of {@code from}, with only articles and a few words between it and the actor.
     */
    private Gazetteer.Mention agentAfter(List<Word> words, List<Gazetteer.Mention> inClause, int from,
                                         Grammar.WordClass preposition, int reach) {
        for (int i = from; i < Math.min(words.size(), from + reach); i++) {
            if (grammar.is(preposition, words.get(i))) {
                for (Gazetteer.Mention m : inClause) {
                    if (m.start() > i && m.start() <= i + AGENT_ACTOR_REACH) {
                        return m;
                    }
                }
                return null;
            }
            if (!words.get(i).isWord()) {
                return null;
            }
        }
        return null;
    }

    static Gazetteer.Mention nearestBefore(List<Gazetteer.Mention> inClause, int start) {
        Gazetteer.Mention nearest = null;
        for (Gazetteer.Mention m : inClause) {
            if (m.end() <= start) {
                nearest = m;
            }
        }
        return nearest;
    }

    /**
     * {@code m} with the actors coordinated with it: towards the trigger ({@code forward}) "A, B y
     * C" from A; backwards "A, B y C" from C. A comma alone joins only inside a list that an "y"
     * closes, so "Según Francia, Rusia …" is not a joint subject.
     */
    private List<Gazetteer.Mention> coordinated(List<Word> words, List<Gazetteer.Mention> inClause,
                                                Gazetteer.Mention m, boolean forward) {
        List<Gazetteer.Mention> chain = new ArrayList<>();
        chain.add(m);
        // Each entry: the separator joining a member to the chain; 'y' or ','.
        List<Boolean> byAnd = new ArrayList<>();
        int index = inClause.indexOf(m);
        Gazetteer.Mention current = m;
        for (int next = forward ? index + 1 : index - 1; index >= 0 && chain.size() < MAX_COORDINATED
                && next >= 0 && next < inClause.size(); next += forward ? 1 : -1) {
            Gazetteer.Mention other = inClause.get(next);
            Gazetteer.Mention first = forward ? current : other;
            Gazetteer.Mention second = forward ? other : current;
            if (ActorPhrase.one(grammar, words, first, second)) {
                // "US-Präsident Barack Obama", "el presidente estadounidense, Joe Biden": one actor
                // named twice, by its state and by its office holder; the list goes on past both.
                current = other;
                continue;
            }
            Boolean and = separator(words, first, second);
            if (and == null) {
                break;
            }
            chain.add(other);
            byAnd.add(and);
            current = other;
        }
        int keep = 1;
        if (forward) {
            // "Francia, Alemania y Italia": up to the member joined by "y".
            for (int i = 0; i < byAnd.size(); i++) {
                if (byAnd.get(i)) {
                    keep = i + 2;
                }
            }
        } else {
            // Backwards the first step must be "y"; commas may follow it.
            if (!byAnd.isEmpty() && byAnd.get(0)) {
                keep = chain.size();
            }
        }
        return chain.subList(0, keep);
    }

    /**
     * The separator between two actors, {@code first} before {@code second}: as below, and where
     * the language sets a demonym beside its noun, that noun may stand between them too ("el líder
     * libio y el presidente búlgaro", "ливийский лидер и болгарский президент").
     */
    private Boolean separator(List<Word> words, Gazetteer.Mention first, Gazetteer.Mention second) {
        Boolean plain = separator(words, first.end(), second.start());
        if (plain != null) {
            return plain;
        }
        // "Frankreichs Präsident Nicolas Sarkozy und der britische Premierminister", "Joe Biden, y su
        // homólogo ruso": the first actor's title and name, then the joint, then the second's.
        int tail = ActorPhrase.tailEnd(grammar, words, first, second.start());
        int head = ActorPhrase.headStart(grammar, words, tail, second.start());
        if (tail > first.end() || head < second.start()) {
            Boolean joint = separator(words, tail, head);
            if (joint != null) {
                return joint;
            }
        }
        int from = first.end();
        int to = second.start();
        int and = -1;
        for (int i = from; i < to; i++) {
            if (grammar.is(Grammar.WordClass.AND, words.get(i))) {
                if (and >= 0) {
                    return null;
                }
                and = i;
            }
        }
        if (and < 0) {
            return null;
        }
        if (grammar.demonymsAfterNoun() && second.kind() == Gazetteer.Kind.DEMONYM
                && plainWords(words, from, and) == 0 && plainWords(words, and + 1, to) <= NOUN_WORDS
                || grammar.demonymsBeforeNoun() && first.kind() == Gazetteer.Kind.DEMONYM
                && plainWords(words, from, and) == 1 && plainWords(words, and + 1, to) == 0) {
            return Boolean.TRUE;
        }
        return null;
    }

    /** How many words in {@code [from, to)} are neither articles nor punctuation; MAX_VALUE if one is capitalised or a comma. */
    private int plainWords(List<Word> words, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            Word w = words.get(i);
            if (!w.isWord() || w.capitalised()) {
                return Integer.MAX_VALUE;
            }
            if (!grammar.is(Grammar.WordClass.ARTICLE, w)) {
                n++;
            }
        }
        return n;
    }

    /** True when only "y" (and articles) join two actors, false when only a comma does, null otherwise. */
    private Boolean separator(List<Word> words, int from, int to) {
        if (to == from && to < words.size() && grammar.startsWith(Grammar.WordClass.AND, words.get(to))) {
            // "روسيا وبيلاروسيا": "و", and, written onto the second name.
            return Boolean.TRUE;
        }
        if (to == from && grammar.joinAdjacent()) {
            // "美俄两国", "俄乌双方": a pair written side by side.
            return Boolean.TRUE;
        }
        if (to <= from) {
            return null;
        }
        Boolean and = null;
        for (int i = from; i < to; i++) {
            Word w = words.get(i);
            if (grammar.is(Grammar.WordClass.AND, w) || w.enumerates()) {
                // "伊朗与美国、英国达成协议": the enumeration comma joins members as "and" does.
                and = Boolean.TRUE;
            } else if (w.text().equals(",")) {
                if (and == null) {
                    and = Boolean.FALSE;
                }
            } else if (!grammar.is(Grammar.WordClass.ARTICLE, w)
                    && !(i > from && grammar.is(Grammar.WordClass.AND, words.get(i - 1))
                    && grammar.is(Grammar.WordClass.OF, w))) {
                // "la médiation du Qatar et de l'Égypte", "con la mediación de Catar y de Egipto": the
                // preposition repeated after "and" joins the two as the first's did.
                return null;
            }
        }
        return and;
    }

    static List<Dyad> cross(List<Gazetteer.Mention> sources, List<Gazetteer.Mention> targets) {
        List<Dyad> dyads = new ArrayList<>();
        for (Gazetteer.Mention s : sources) {
            for (Gazetteer.Mention t : targets) {
                if (s.isCountry() && t.isCountry() && !s.code().equals(t.code())) {
                    dyads.add(new Dyad(s, t));
                }
            }
        }
        return dyads;
    }

    /** Each dyad turned round: who was read as acting was acted on. */
    static List<Dyad> reversed(List<Dyad> dyads) {
        return dyads.stream().map(d -> new Dyad(d.target(), d.source())).toList();
    }

    static List<Dyad> withReverses(List<Dyad> dyads) {
        List<Dyad> both = new ArrayList<>(dyads);
        for (Dyad d : dyads) {
            boolean has = dyads.stream().anyMatch(e -> e.source().code().equals(d.target().code())
                    && e.target().code().equals(d.source().code()));
            if (!has) {
                both.add(new Dyad(d.target(), d.source()));
            }
        }
        return both;
    }
}
