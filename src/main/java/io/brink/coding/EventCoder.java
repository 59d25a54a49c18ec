package io.brink.coding;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.brink.model.ActorKind;
import io.brink.model.Article;
import io.brink.model.CodedEvent;
import io.brink.model.Polarity;
import io.brink.model.Signal;

/**
 * Finds directed country-pair events in an article: for every signal phrase of the lexicon, the
 * acting country is the nearest actor before it in the same clause (or the agent after "by" in a
 * passive), the target the first other country from the phrase on. Sentences about sport,
 * business or strikes by workers are skipped; negated and hypothetical events are dropped, hedged
 * ones count with lower confidence. Pure and thread-safe: no Kafka, no I/O after construction.
 */
public final class EventCoder implements Coder {

    static final double FAR_FACTOR = 0.8;
    /** Actors further than this many tokens from the trigger are less certain to be its agent. */
    static final int FAR_TOKENS = 12;
    /**
     * No real article reports more events than this; a text that would (one sentence repeated a
     * megabyte long) is capped so one record cannot flood a pair.
     */
    static final int MAX_EVENTS_PER_ARTICLE = 200;
    /** An article with this many sport/business/labour sentences is not about states at all. */
    static final int OFF_TOPIC_SENTENCES = 2;
    /** Contexts whose language plays at war: a title above them is a game's or a show's. */
    private static final Set<Lexicon.Context> PLAYFUL = EnumSet.of(Lexicon.Context.SPORT,
            Lexicon.Context.ENTERTAINMENT);

    /**
     * Speech acts and refusals whose complement is not a second event: "threatened to strike" is a
     * threat, "refused to lift the curfew" a refusal.
     */
    private static final Set<Signal> SPEECH_ACTS = EnumSet.of(Signal.THREATEN, Signal.WARN, Signal.ACCUSE,
            Signal.ULTIMATUM, Signal.REJECT, Signal.DEMAND);
    private static final int SPEECH_ACT_REACH = 6;
    private static final Set<Signal> VIOLENT = EnumSet.of(Signal.ATTACK, Signal.ASSASSINATE, Signal.CYBER);
    /** Acts on one's own forces: in the passive ("troops were deployed") the subject is the state that acts. */
    private static final Set<Signal> OWN_FORCES_MOVED = EnumSet.of(Signal.MOBILIZE);

    private static final int MAX_ACTOR_EXTENSION = 6;
    private static final Set<String> RANKS = Set.of("special", "high", "former", "chief", "new", "acting");
    /**
     * "a ceasefire brokered by Egypt": participles whose agent stands outside the act it describes;
     * "sailors held by Iran" names whom a demand is made of, so "held" is not among them.
     */
    private static final Set<String> THIRD_PARTY_PARTICIPLES = Set.of("brokered", "mediated", "hosted", "sponsored",
            "facilitated", "arranged", "proposed", "drafted", "organised", "organized", "chaired", "overseen",
            "monitored", "guaranteed", "backed", "negotiated");
    /**
     * Organs seated in a capital, which the capital after "in" names: "the government in Abidjan
     * demanded", "the authorities in Baku closed the border". The capital is the state, not a venue.
     */
    static final Set<String> SEATED_ORGANS = Set.of("government", "authorities", "leadership", "regime",
            "administration", "ministry", "junta", "rulers", "cabinet", "leaders");
    /** Envoys and missions whose "to X" / "in X" names where they serve. */
    private static final Set<String> POST_WORDS = Set.of("ambassador", "ambassadors", "envoy", "envoys", "embassy",
            "embassies", "commissioner", "consul", "consulate", "mission", "representative", "attache", "attaché",
            "official", "officials", "diplomat", "diplomats", "correspondent", "delegation", "chargé", "charge");
    /**
     * Acts that joint subjects with no other target do to each other: agreeing, talking, fighting.
     * Not aid: "Germany and Switzerland sent relief supplies" gives to someone unnamed, not to each other.
     */
    private static final Set<Signal> MUTUAL = EnumSet.of(Signal.AGREE, Signal.NEGOTIATE, Signal.CONSULT,
            Signal.COOPERATE, Signal.SETTLE, Signal.CEASEFIRE, Signal.RESTORE_RELATIONS, Signal.DEESCALATION_MECHANISM,
            Signal.ATTACK, Signal.MOBILIZE, Signal.RELEASE, Signal.WITHDRAW, Signal.EASE);
    private static final Set<String> ONLOOKING = Set.of("looking", "watching", "attendance", "present", "witnessing",
            "presiding");
    /** "with President Bill Clinton of the United States looking on": how far the witness's verb may follow. */
    private static final int ONLOOKER_REACH = 6;
    /** Acts two parties do with each other, whatever else they name: talking, agreeing, making peace. */
    private static final Set<Signal> JOINT_ACTS = EnumSet.of(Signal.AGREE, Signal.NEGOTIATE, Signal.CONSULT,
            Signal.SETTLE, Signal.CEASEFIRE, Signal.RESTORE_RELATIONS);
    /** What is offered and may be refused: the act it proposes follows it. */
    private static final Set<String> OFFERS = Set.of("invitation", "invitations", "offer", "offers", "proposal",
            "proposals", "plan", "initiative", "overture", "overtures", "bid", "request", "call", "calls", "appeal");
    /** "rejected an invitation from France to attend a meeting with Israel": how far the offered act may follow. */
    private static final int REFUSED_OFFER_REACH = 14;
    /**
     * Weather that closes crossings and cancels flights and sailings by itself. Not "storm" nor
     * "weather", which news uses of politics ("a diplomatic storm", "weathered the sanctions").
     */
    private static final Set<String> WEATHER = Set.of("gale", "gales", "typhoon", "hurricane", "cyclone",
            "blizzard", "snowstorm", "fog", "snowfall", "gusts");

    /** Acts of asking another state to act: whoever is named inside their phrase is asked. */
    private static final Set<Signal> ASKING = EnumSet.of(Signal.APPEAL, Signal.APPEAL_RESTRAINT, Signal.DEMAND);
    /** Acts a third party does towards two others: "mediated between", "urged restraint between". */
    private static final Set<Signal> MEDIATION = EnumSet.of(Signal.MEDIATE, Signal.APPEAL_RESTRAINT);
    /** Verbs whose joint subjects act on each other: "Russia and Ukraine swapped prisoners". */
    private static final Set<String> RECIPROCAL_STEMS = Stemmer.stems("exchange", "exchanged", "swap", "swapped",
            "trade", "traded", "sign", "signed", "agree", "agreed", "conclude", "concluded", "reach", "reached",
            "normalise", "normalised", "normalize", "normalized", "restore", "restored");
    /** "accused each other", "blamed one another for": how far "each other" may follow the trigger's start. */
    private static final int EACH_OTHER_REACH = 4;
    /** What may follow a "met" that has no object: "met on Monday", "met in Geneva", "met briefly". */
    private static final Set<String> INTRANSITIVE_FOLLOWERS = Set.of("in", "at", "on", "for", "during", "over",
            "after", "before", "ahead", "behind", "again", "twice", "briefly", "privately", "separately", "last",
            "this", "yesterday", "today", "late", "early", "earlier", "face-to-face", "face", "informally", "via",
            "by", "amid", "despite", "under", "near", "outside", "inside", "as", "here", "there", "and");
    /** "a meeting on Sunday between": how far "between" may follow the trigger. */
    private static final int BETWEEN_REACH = 3;
    /**
     * "a UN-brokered truce", "US-backed forces": a name joined to one of these participles
     * modifies the noun after it and is not the subject of the sentence ("-led" is: "Saudi-led
     * forces" are Saudi Arabia's).
     */
    private static final Set<String> COMPOUND_PARTICIPLES = Set.of("brokered", "backed", "sponsored", "mediated",
            "made", "built", "drafted", "proposed", "funded", "owned", "based", "supplied", "financed", "trained",
            "born", "bound", "style", "inspired", "friendly", "administered",
            "controlled", "held", "occupied", "annexed", "allied", "aligned");
    private static final Set<String> FLAG_PARTICIPLES = Set.of("flagged", "registered");
    /** With the weekdays and months ({@link Background#isDayOrMonth}), what may follow a name or a "met" as its date. */
    private static final Set<String> CALENDAR_WORDS = Set.of("today", "tonight", "on", "and", "or");
    static final Set<String> AUXILIARIES = Set.of("would", "will", "has", "have", "had", "also", "was", "is",
            "were", "are", "been", "still", "then", "later", "could", "can", "did", "now", "subsequently",
            "immediately", "promptly", "swiftly", "quickly", "formally", "officially");
    private static final int PASSIVE_AGENT_REACH = 6;
    /** "was met at the airport by": how far after a passive verb its "by" may stand. */
    private static final int PASSIVE_BY_REACH = 6;
    /** "will pull its troops out of the border zone unless": how far "unless" may follow. */
    private static final int CONDITION_REACH = 10;
    /** "an attack on the port of Haifa by": how far "by" may follow a nominal trigger. */
    private static final int NOMINAL_AGENT_REACH = 5;
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who", "whom", "whose");
    static final Set<String> ROLE_WORDS = Set.of("president", "prime", "minister", "foreign", "defence",
            "defense", "secretary", "leader", "leaders", "king", "queen", "emir", "crown", "prince", "chancellor",
            "officials", "official", "diplomats", "diplomat", "forces", "troops", "army", "navy", "military",
            "police", "government", "negotiators", "delegation", "envoy", "ambassador", "spokesman", "spokeswoman",
            "warships", "jets", "authorities", "security", "intelligence", "deputy", "senior", "top", "junior",
            "vice", "general", "commander", "state", "interior", "guards", "soldiers", "navy's", "ministry",
            "administration", "parliament", "lawmakers", "counterpart", "marines", "sailors", "airmen",
            "paratroopers", "commandos", "peacekeepers");
    /** Organs of a state named after it, capitalised: "the US Treasury", "the US Coast Guard", "the Indian Embassy". */
    private static final Set<String> STATE_ORGANS = Set.of("treasury", "senate", "congress", "cabinet", "coast",
            "air", "commerce", "justice", "embassy", "consulate", "mission", "marines", "department", "border",
            "customs", "immigration", "supreme", "national", "federal", "central", "armed", "special");
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("shot", "struck", "hit", "held", "taken",
            "seized", "sent", "thrown", "broken", "frozen", "made", "given", "brought", "led", "fought", "won", "lost",
            "overrun", "overthrown", "driven", "beaten", "withdrawn", "slain", "sunk", "blown", "torn", "stolen",
            "swept", "bitten", "undertaken", "shown", "sworn", "drawn", "kept", "bought", "sold");
    /** Participles that are adjectives before an infinitive: "is prepared to use force" is the subject's act. */
    private static final Set<String> READINESS = Set.of("prepared", "determined", "poised", "committed", "resolved",
            "inclined", "obliged", "bound");
    /** "…, on Monday rejected": how many words may stand between an insertion's closing comma and the trigger. */
    private static final int INSERTION_CLOSE_TOKENS = 3;
    /** Prepositions whose object is not the subject of the verb that follows: "a protest with Beijing and demanded". */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("with", "to", "from", "against", "on", "into",
            "toward", "towards", "at", "for", "over");
    /** "signed an accord with Poland": the target is the other party, named after one of these. */
    private static final Set<String> WITH_OR_TO = Set.of("with", "to");
    /** "a visit by the premier to Tokyo": the one a nominal act is done to, named after its agent. */
    private static final Set<String> RECIPIENT_PREPOSITIONS = Set.of("to", "on", "against", "with", "into", "toward",
            "towards");
    private static final Set<String> ARRIVAL_STEMS = Stemmer.stems("arrive", "arrived", "land", "landed");
    /** "criticism from Washington", "a warning from Moscow": what a government sends, not a place. */
    private static final Set<String> SENT_FROM = Set.of("criticism", "criticisms", "protest", "protests", "warning",
            "warnings", "pressure", "condemnation", "call", "calls", "request", "requests", "demand", "demands",
            "response", "reaction", "offer", "offers", "message", "messages", "letter", "letters", "complaint",
            "complaints", "objection", "objections", "rebuke", "support", "backing", "threat", "threats", "invitation",
            "proposal", "proposals", "overtures", "appeal", "appeals", "retaliation", "reprisals", "assurances",
            // What one state asks of another: "demanded an explanation from Jakarta".
            "explanation", "explanations", "clarification", "clarifications", "apology", "guarantees", "answers");
    /** Nouns of what a state sends another, whose "from X" names the sender (SENT_FROM and the goods of aid). */
    private static final Set<String> SENT_NOUNS = java.util.stream.Stream.concat(SENT_FROM.stream(),
            java.util.stream.Stream.of("ultimatum", "ultimatums", "accusation", "accusations", "sanctions", "aid",
                    "assistance", "loan", "loans", "relief", "donation", "donations", "grant", "grants"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> FROM = Set.of("from");
    private static final Set<String> VENUE_PREPOSITIONS = Set.of("in", "at", "from", "near", "outside", "inside");
    /** Meetings and agreements named after the city they were held or signed in. */
    private static final Set<String> NAMED_BY_VENUE = Set.of("deal", "deals", "accord", "accords", "agreement",
            "agreements", "talks", "process", "format", "declaration", "protocol", "protocols", "summit",
            "framework", "conference", "communique", "memorandum", "peace", "ceasefire", "truce", "round",
            "negotiations", "dialogue", "platform", "arrangement", "understandings");

    private static volatile EventCoder standard;

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    /** How the lexicon weighs a threat and a joint exercise, for triggers re-read as one (may be null). */
    private final Lexicon.Entry threat;
    private final Lexicon.Entry jointExercise;
    private final Lexicon.Entry showOfForce;
    /** How the lexicon weighs a rejection, for a conciliatory act negated (may be null). */
    private final Lexicon.Entry rejection;
    private final Lexicon.Entry mediation;
    /** How the lexicon weighs an appeal for restraint, for a demand whose content is de-escalation. */
    private final Lexicon.Entry restraint;
    /** How the lexicon weighs an appeal to cooperate, for a cooperative act asked of another (may be null). */
    private final Lexicon.Entry appeal;
    /** How the lexicon weighs relief and arms delivered, for a journey that carries them (may be null). */
    private final Lexicon.Entry reliefArrival;
    private final Lexicon.Entry armsArrival;
    /** How the lexicon weighs weapons sent "against" a state: an attack, not arms supplied to it. */
    private final Lexicon.Entry sentAgainst;
    /** "demanded that Moscow immediately and completely pull back": how far the demanded act may follow. */
    private static final int DEMANDED_ACT_REACH = 8;
    private static final Set<Signal> DE_ESCALATION_DEMANDED = EnumSet.of(Signal.WITHDRAW, Signal.CEASEFIRE);

    public EventCoder(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.threat = lexicon.entryFor("threaten");
        this.mediation = lexicon.entryFor("mediate");
        this.jointExercise = lexicon.entryFor("joint exercises");
        this.showOfForce = lexicon.entryFor("military drills near");
        this.rejection = lexicon.entryFor("reject");
        this.restraint = lexicon.entryFor("call for restraint");
        this.appeal = lexicon.entryFor("appeal to ~ for");
        this.reliefArrival = lexicon.entryFor("relief supplies");
        this.armsArrival = lexicon.entryFor("arms deliveries");
        this.sentAgainst = lexicon.entryFor("attack");
    }

    /** The coder with Brink's bundled gazetteer and lexicon, loaded once. */
    public static EventCoder standard() {
        EventCoder c = standard;
        if (c == null) {
            synchronized (EventCoder.class) {
                if (standard == null) {
                    standard = new EventCoder(Gazetteer.load(), Lexicon.load());
                }
                c = standard;
            }
        }
        return c;
    }

    /** The events an article reports, without its background (see {@link #coding}). */
    @Override
    public List<CodedEvent> code(Article article) {
        return coding(article).events();
    }

    /**
     * What an article says: the events it reports, and apart from them the events it only recalls
     * as background ("went to war in 1971"), which are not scored but stay visible to evaluation
     * and metrics.
     */
    public record Coding(List<CodedEvent> events, List<CodedEvent> background) {
        static final Coding NONE = new Coding(List.of(), List.of());
    }

    @Override
    public Coding coding(Article article) {
        if (article.text() == null || article.text().isBlank()) {
            return Coding.NONE;
        }
        // Undated text: any office holder counts (see Gazetteer.Actor#validOn).
        LocalDate date = article.published() != null ? article.published().atOffset(ZoneOffset.UTC).toLocalDate()
                : null;
        char[] text = article.text().toCharArray();
        List<Sentence> sentences = SentenceSplitter.split(article.text(), text);
        List<List<Token>> onTopic = new ArrayList<>();
        List<Sentence> onTopicSentences = new ArrayList<>();
        int offTopic = 0;
        boolean playful = false;
        for (Sentence s : sentences) {
            List<Token> tokens = Tokenizer.tokenize(text, s.start(), s.start() + s.text().length());
            List<PhraseMatcher.Match<Lexicon.Context>> contexts = lexicon.contexts(tokens);
            if (contexts.isEmpty()) {
                onTopic.add(tokens);
                onTopicSentences.add(s);
            } else {
                offTopic++;
                playful |= contexts.stream().anyMatch(c -> PLAYFUL.contains(c.payload()));
                if (Why.listening()) {
                    lexicon.signals(tokens).forEach(m -> Why.dropped(tokens, m.start(), m.end(),
                            "sentence of " + contexts.get(0).payload().name().toLowerCase(java.util.Locale.ROOT)));
                }
            }
        }
        if (offTopic >= OFF_TOPIC_SENTENCES) {
            Why.dropped(List.of(), 0, 0, "the whole article is off topic");
            return Coding.NONE;
        }
        List<CodedEvent> events = new ArrayList<>();
        List<CodedEvent> background = new ArrayList<>();
        List<String> previousCountries = List.of();
        for (int i = 0; i < onTopic.size() && events.size() + background.size() < MAX_EVENTS_PER_ARTICLE; i++) {
            int before = events.size();
            previousCountries = codeSentence(article, onTopicSentences.get(i).text(), onTopic.get(i), date,
                    previousCountries, events, background);
            Mediation.completeSentence(events, before);
        }
        if (!playful) {
            codeTitle(article, date, events);
        }
        return new Coding(capped(events), capped(background));
    }

    /**
     * Adds what the title reports and the body does not ({@link Headline#addTitleEvents}). A title above a body with
     * any sentence of sport or entertainment is not read (its title's war words are the game's:
     * "India blitzed by Pakistan"); one above a sentence of trade ("business groups welcomed the
     * move") is. What a title recalls as background is not kept.
     */
    private void codeTitle(Article article, LocalDate date, List<CodedEvent> events) {
        String title = Headline.sentence(article.title());
        if (title == null) {
            return;
        }
        char[] chars = title.toCharArray();
        List<Token> tokens = Tokenizer.tokenize(chars, 0, chars.length);
        if (Headline.titleCase(tokens)) {
            // The events quote the title as written; only the coder reads it lowered.
            List<Gazetteer.Mention> names = gazetteer.find(tokens, date);
            char[] sentenceCase = Headline.sentenceCase(chars, tokens, i -> Gazetteer.covers(names, i));
            tokens = Tokenizer.tokenize(sentenceCase, 0, sentenceCase.length);
        }
        if (!lexicon.contexts(tokens).isEmpty()) {
            return;
        }
        List<CodedEvent> titled = new ArrayList<>();
        codeSentence(article, title, tokens, date, List.of(), titled, new ArrayList<>());
        Headline.addTitleEvents(events, titled);
    }

    /** "hit Russia with sanctions", "hit China with tariffs": the blow is a measure, not force. */
    private static final Set<String> MEASURES = Set.of("sanctions", "tariffs", "duties", "levies", "penalties",
            "fines", "restrictions", "curbs", "bans", "ban", "embargo", "measures", "visa");
    /** "hit Russia hard with new sanctions": how far after the state a measure may be named. */
    private static final int MEASURE_REACH = 5;

    /**
     * A verb of fire with a state, its capital or a place in it for its object ("Israel strikes
     * Lebanon", "India struck Pakistan overnight", "Russia hit Kyiv"): the plainest attack of a
     * headline or a wire, unless the blow is a measure ("hit Russia with sanctions").
     */
    private static boolean stateStruck(List<Token> tokens, List<Gazetteer.Mention> found, int at) {
        for (Gazetteer.Mention m : found) {
            if (m.start() == at && (m.kind() == Gazetteer.Kind.NAME || m.kind() == Gazetteer.Kind.CAPITAL
                    || m.kind() == Gazetteer.Kind.PLACE)) {
                for (int i = m.end(); i < Math.min(tokens.size(), m.end() + MEASURE_REACH); i++) {
                    if (MEASURES.contains(tokens.get(i).lower())) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static List<CodedEvent> capped(List<CodedEvent> events) {
        return events.size() > MAX_EVENTS_PER_ARTICLE ? List.copyOf(events.subList(0, MAX_EVENTS_PER_ARTICLE))
                : events;
    }

    /**
     * Codes one sentence into {@code out} (or {@code background}, for what it only recalls); returns
     * the countries it names, in order, for the next sentence's pronouns.
     */
    private List<String> codeSentence(Article article, String sentence, List<Token> tokens, LocalDate date,
                                      List<String> previousCountries, List<CodedEvent> out,
                                      List<CodedEvent> background) {
        int firstOfSentence = out.size();
        List<Gazetteer.Mention> found = gazetteer.find(tokens, date);
        java.util.Set<Integer> nonstate = new java.util.HashSet<>();
        java.util.Set<Integer> privates = new java.util.HashSet<>();
        List<Gazetteer.Mention> named = actors(tokens, found, nonstate, privates);
        List<String> countries = named.stream().filter(Gazetteer.Mention::isCountry).map(Gazetteer.Mention::code)
                .distinct().toList();
        List<Gazetteer.Mention> resolved = Anaphora.resolve(tokens, named, previousCountries);
        List<Gazetteer.Mention> venues = venues(tokens, found);
        if (resolved.size() + venues.size() < 2 || sentence.endsWith("?")) {
            // A question asks whether something happens; it does not report that it did.
            if (Why.listening()) {
                lexicon.signals(tokens).forEach(m -> Why.dropped(tokens, m.start(), m.end(),
                        sentence.endsWith("?") ? "a question" : "fewer than two countries named"));
            }
            return countries;
        }
        boolean[] source = Attribution.attribution(tokens);
        boolean[] noEvent = source.clone();
        boolean[] inName = new boolean[tokens.size()];
        for (Gazetteer.Mention m : found) {
            // Words inside a name ("Warsaw Pact", "Peace Corps") are part of the name, not events.
            java.util.Arrays.fill(noEvent, m.start(), m.end(), true);
            if (m.kind() != Gazetteer.Kind.LEADER && m.kind() != Gazetteer.Kind.INSTITUTION) {
                java.util.Arrays.fill(inName, m.start(), m.end(), true);
            }
        }
        markNamedPlaces(tokens, noEvent);
        // No phrase starts where an idiom does ("seized on the remarks").
        List<PhraseMatcher.Match<Lexicon.Modifier>> modifiers = lexicon.modifiers(tokens);
        boolean[] idiom = new boolean[tokens.size()];
        for (PhraseMatcher.Match<Lexicon.Modifier> m : modifiers) {
            idiom[m.start()] |= m.payload() == Lexicon.Modifier.IDIOM;
        }
        // Nor does a phrase end inside a place's name: "sent greetings to the United Arab Emirates"
        // is no "send ~ units" (the stem of "United"). An office holder's or an institution's name
        // begins with a title a phrase may end in ("met Premier Li", "meet ~ premier").
        // A phrase set aside so leaves its words to others: "The United States is sending a second
        // carrier group" is no "units ~ be sent", and "sending a second … carrier" is read.
        List<PhraseMatcher.Match<Lexicon.Entry>> triggers = lexicon.signals(tokens,
                (start, end) -> !noEvent[start] && !idiom[start] && !inName[end - 1]);
        if (Why.listening()) {
            lexicon.signals(tokens).stream().filter(m -> !triggers.contains(m)).forEach(m -> Why.dropped(tokens,
                    m.start(), m.end(), "inside a name, an attribution or an idiom"));
        }
        if (triggers.isEmpty() && !Appeals.mayAppeal(tokens)) {
            return countries;
        }
        List<Gazetteer.Mention> mentions = quoted(tokens, resolved, source,
                Attribution.outside(resolved, Gazetteer.Mention::start, source));
        Gazetteer.Mention reporter = Attribution.reporter(resolved, source);
        venues = Attribution.outside(venues, Gazetteer.Mention::start, source);
        Lexicon.Modifier[] modifierAt = modifierIndex(modifiers, tokens.size());
        boolean[] actorAt = new boolean[tokens.size()];
        for (Gazetteer.Mention m : mentions) {
            actorAt[m.start()] = true;
        }
        int[] clause = Clauses.of(tokens, actorAt);
        List<Background.Marker> times = Background.markers(tokens, date);
        PhraseMatcher.Match<Lexicon.Entry> previous = null;
        Set<String> seen = new java.util.HashSet<>();
        boolean[] actAt = new boolean[tokens.size()];
        for (PhraseMatcher.Match<Lexicon.Entry> trigger : triggers) {
            actAt[trigger.start()] = true;
        }
        Sink sink = new Sink(article, sentence, tokens, clause, times, out, background, privates, nonstate, seen,
                actAt, actorAt);
        List<Dyad> previousDyads = List.of();
        List<Dyad> sentenceDyads = new ArrayList<>();
        int previousStart = 0;
        Signal previousSignal = null;
        List<Brokered> brokered = brokered(tokens, mentions, triggers);
        for (int t = 0; t < triggers.size(); t++) {
            PhraseMatcher.Match<Lexicon.Entry> trigger = triggers.get(t);
            PhraseMatcher.Match<Lexicon.Entry> next = t + 1 < triggers.size() ? triggers.get(t + 1) : null;
            if (chargeOfNoun(tokens, trigger)) {
                // "Two Russian diplomats accused of spying were expelled by Estonia": the charge
                // describes the diplomats; the sentence's act is the expulsion.
                Why.dropped(tokens, trigger.start(), trigger.end(), "charge of a noun");
                continue;
            }
            // "accused Russia of shelling": what is said is not an event; "condemned Russia and
            // expelled two diplomats": a second verb of the same subject is.
            boolean reported = previous != null && (SPEECH_ACTS.contains(previous.payload().signal())
                    || isObligation(tokens, previous) && subjectOfObligation(tokens, mentions, previous) != null)
                    && trigger.start() - previous.end() <= SPEECH_ACT_REACH
                    && clause[previous.start()] == clause[trigger.start()]
                    && !(sharesSubject(tokens, trigger.start()) && isParticiple(tokens.get(trigger.start())))
                    && !SentenceLinks.relativeOpenerBetween(tokens, previous.end(), trigger.start())
                    && !anyBetween(tokens, previous.end(), trigger.start(), w -> CAUSES.contains(w.lower()));
            // Only the act right after the refusal, with the offer's noun between them (tried: any
            // later act, the noun inside the refusal's phrase too; held-out lost an event).
            boolean refusedOffer = previous != null && previous.payload().signal() == Signal.REJECT
                    && trigger.payload().signal().polarity() == Polarity.DEESCALATION
                    && trigger.start() - previous.end() <= REFUSED_OFFER_REACH
                    && clause[previous.start()] == clause[trigger.start()]
                    && anyBetween(tokens, previous.end(), trigger.start(), w -> OFFERS.contains(w.lower()));
            previous = trigger;
            if (reported || refusedOffer) {
                // "rejected an invitation from France to attend a meeting with Israel": the meeting
                // offered and refused is not held.
                Why.dropped(tokens, trigger.start(), trigger.end(), "reported or refused");
                continue;
            }
            if (Acts.isMovement(trigger.payload()) && !Acts.forcesMove(tokens, trigger.start())
                    || Acts.isFire(trigger.payload()) && !Acts.armsBefore(tokens, trigger.start())
                    && !Acts.armsAfterBy(tokens, trigger.end()) && !stateStruck(tokens, found, trigger.end())) {
                // "investment poured into Africa", "refugees crossed into Chad": only forces invade;
                // "struck a deal", "hit by inflation": only forces and weapons fire, or a state
                // that strikes another ("Israel strikes Lebanon").
                Why.dropped(tokens, trigger.start(), trigger.end(), "movement or fire without forces");
                continue;
            }
            if (VIOLENT.contains(trigger.payload().signal()) && SentenceLinks.topicOfTalks(tokens, triggers, trigger)) {
                // "telephoned to discuss the fighting around Khan Sheikhoun": what talks are about
                // is not an act of the sentence.
                Why.dropped(tokens, trigger.start(), trigger.end(), "topic of talks");
                continue;
            }
            if (Acts.adjectivalParticiple(tokens, trigger.start(), trigger.end())) {
                // "handed the captured pilot back to New Delhi": a participle between a determiner
                // and its noun describes the noun; the sentence's act is elsewhere.
                Why.dropped(tokens, trigger.start(), trigger.end(), "a participle used as an adjective");
                continue;
            }
            if (trigger.start() > 0 && tokens.get(trigger.start() - 1).text().equals("-")) {
                // "a UN-brokered truce": half of an adjective, whose agent is no party to the sentence.
                Why.dropped(tokens, trigger.start(), trigger.end(), "half of an adjective");
                continue;
            }
            double confidence = Certainty.confidence(modifierAt, trigger.start());
            // "would not accept the terms", "declined to meet", "has not withdrawn": a conciliatory
            // act negated is a refusal, which CAMEO codes as a rejection (root 12).
            boolean refusal = rejection != null && trigger.payload().signal().polarity() == Polarity.DEESCALATION
                    && Certainty.negated(modifierAt, trigger.start()) && !followedBy(tokens, clause, trigger.end(), "if");
            if (refusal) {
                confidence = Certainty.BASE_CONFIDENCE;
            }
            Appeals.Appeal appeal = Appeals.governing(tokens, clause, trigger.start(), inName);
            if (appeal != null) {
                // "urged Japan to resume talks": the asking is the act, of the one who asks.
                // "asked the United States to send troops to defend the kingdom": forces asked to
                // come, to help or to an unnamed end, are help asked for (CAMEO 0234), not a threat.
                boolean forcesAsked = Acts.sentOnlyToHelp(trigger.payload()) || trigger.payload().signal() == Signal.MOBILIZE
                        && Acts.deployedToHelp(tokens, trigger.start(), trigger.end());
                Lexicon.Entry asked = Appeals.reading(forcesAsked ? Signal.AID : trigger.payload().signal(), restraint,
                        this.appeal);
                if (asked != null && confidence > 0) {
                    appealed(sink, mentions, appeal, asked, confidence);
                }
                Why.dropped(tokens, trigger.start(), trigger.end(), "appeal");
                continue;
            }
            String uncertain = uncertainty(tokens, modifierAt, clause, trigger, next, confidence);
            if (uncertain != null) {
                Why.dropped(tokens, trigger.start(), trigger.end(), uncertain,
                        uncertain.equals(MODIFIED) ? modifierBefore(modifierAt, trigger.start()) : null);
                continue;
            }
            // "Russian military drills near Estonia": the actor, extended over its organ, ends where the act begins.
            List<Gazetteer.Mention> acting = cutAt(mentions, trigger.start());
            int interceptedAt = Interception.passiveVerb(tokens, trigger.start(), trigger.end());
            List<Dyad> dyads = isObligation(tokens, trigger) ? reportedDemand(tokens, acting, trigger, reporter)
                    : interceptedAt >= 0 ? passiveInterception(tokens, acting, clause, trigger, interceptedAt)
                    : Interception.of(tokens, trigger.start(), trigger.end())
                    ? interception(tokens, acting, clause, trigger) : attribute(tokens, acting, clause, trigger);
            List<Gazetteer.Mention> ownBrokers = trigger.payload().signal() == Signal.MEDIATE
                    ? Brokers.ofOwn(tokens, acting, trigger.start(), trigger.end()) : List.of();
            if (!ownBrokers.isEmpty() && dyads.stream().noneMatch(d -> ownBrokers.stream()
                    .anyMatch(b -> b.code().equals(d.source().code())))) {
                // "signed an agreement under the auspices of Kenya", "… under Kenyan auspices": the
                // brokers are named after "of" or as a demonym, the parties before them.
                List<Dyad> byBrokers = mediationByAfterParties(tokens, acting, trigger, ownBrokers);
                dyads = byBrokers.isEmpty() ? dyads : byBrokers;
            }
            if (dyads.isEmpty() && VIOLENT.contains(trigger.payload().signal()) && !trigger.payload().passive()
                    && !Interception.of(tokens, trigger.start(), trigger.end())
                    && !Acts.foeAfter(tokens, trigger.end())) {
                // "detonated a car bomb in Beirut": where violence strikes is whom it strikes. Not
                // in a passive reading, which names no one who strikes unless "by" does ("gunfire
                // had been exchanged near Chaman", said by Afghan officials), nor in an interception
                // ("helped shoot down the drones over Iraq and Jordan" strikes no one there), nor
                // when it is aimed at an armed group ("sent troops to Mozambique to fight insurgents").
                dyads = atVenue(tokens, acting, venues, clause, trigger);
            }
            if (dyads.isEmpty() && isPassive(tokens, trigger) && (trigger.payload().signal() == Signal.COERCE
                    || (trigger.payload().signal() == Signal.PROTEST || VIOLENT.contains(trigger.payload().signal()))
                    && missionBefore(tokens, trigger.end()))) {
                // "a Japanese businessman has been held in Beijing": where a foreigner is held is who
                // holds him; "the Japanese embassy in Beijing was pelted with eggs by protesters":
                // where a state's mission is besieged, that country's people besiege it.
                dyads = coercedAt(acting, venues, clause, trigger);
                if (dyads.isEmpty() && trigger.payload().signal() != Signal.COERCE) {
                    dyads = missionAt(tokens, acting, venues, trigger);
                }
            }
            if (dyads.isEmpty() && trigger.payload().signal() == Signal.MEDIATE) {
                dyads = mediatedBefore(tokens, acting, clause, trigger);
            }
            if (dyads.isEmpty() && trigger.payload().signal() == Signal.MEDIATE) {
                dyads = mediationByAfterParties(tokens, acting, trigger, ownBrokers);
            }
            if (dyads.isEmpty() && trigger.payload().signal() == Signal.MEDIATE) {
                dyads = frontedMediation(tokens, acting, trigger);
            }
            if (dyads.isEmpty() && trigger.payload().signal() == Signal.WITHDRAW) {
                // "ordered troops to withdraw from Kherson": whose land is left is whom it is left to.
                dyads = withdrawnFrom(tokens, acting, venues, clause, trigger);
            }
            if (dyads.isEmpty()) {
                dyads = nominalPassive(tokens, acting, clause, trigger);
            }
            if (dyads.isEmpty() && !VIOLENT.contains(trigger.payload().signal())) {
                dyads = fromTo(tokens, acting, clause, trigger);
            }
            if (dyads.isEmpty()) {
                dyads = byGerund(tokens, acting, clause, trigger);
            }
            if (dyads.isEmpty()) {
                dyads = relativeAgent(tokens, acting, clause, trigger);
            }
            if (dyads.isEmpty() && WARNINGS.contains(trigger.payload().signal())) {
                dyads = warnedInClause(tokens, acting, clause, trigger);
            }
            if (dyads.isEmpty() && Acts.threatToSubject(trigger.payload()) && reporter != null) {
                dyads = threatReported(tokens, acting, resolved, clause, trigger, reporter);
            }
            if (dyads.isEmpty()) {
                dyads = SentenceLinks.answer(tokens, acting, clause, trigger, sentenceDyads);
            }
            if (dyads.isEmpty() && SentenceLinks.DONE_TO_SOMEONE.contains(trigger.payload().signal())) {
                dyads = SentenceLinks.complaint(tokens, acting, clause, trigger);
            }
            if (dyads.isEmpty()) {
                dyads = SentenceLinks.pronounObject(tokens, acting, trigger);
            }
            boolean purpose = trigger.start() > 0 && tokens.get(trigger.start() - 1).text().equalsIgnoreCase("to");
            if (dyads.isEmpty() && purpose && !previousDyads.isEmpty()) {
                // "Indian jets struck a camp near Balakot, prompting Pakistan to vow a response": the
                // state made to act answers whoever acted before.
                dyads = answerToCause(tokens, mentions, previousDyads, previousStart, trigger.start());
            }
            if (purpose && !previousDyads.isEmpty() && clause[previousStart] == clause[trigger.start()]
                    && !newSubjectBefore(tokens, mentions, previousDyads, previousStart, trigger.start())) {
                // "will visit Uganda and Tanzania to mediate": the visitor mediates; but in
                // "prompting President Trump to threaten tariffs" Trump threatens.
                dyads = ownTargetAfter(tokens, mentions, clause, trigger, previousDyads)
                        ? withSources(previousDyads, tokens, mentions, clause, trigger)
                        : VIOLENT.contains(trigger.payload().signal()) && Acts.foeAfter(tokens, trigger.end())
                        // "sent troops to Mozambique to fight insurgents": the fight is not with the host.
                        ? List.of() : previousDyads;
            } else if (!previousDyads.isEmpty() && sharesSubject(tokens, trigger.start())
                    && !(isPassive(tokens, trigger) && passiveAgent(tokens, acting, trigger) != null)) {
                // Not a passive with its agent ("arrived in Dhaka and was welcomed by Sheikh Hasina"):
                // the shared subject is the one it is done to, and the agent does it.
                // "opened its borders to Nigeria but was still refusing entry to Ghana": same subject.
                dyads = withSources(previousDyads, tokens, mentions, clause, trigger);
                if (participleAfterComma(tokens, trigger.start())) {
                    // "…, defusing a crisis in which Egypt's president had shuttled between them":
                    // a country inside a relative clause is not what the participle acts on.
                    int end = trigger.end();
                    dyads = dyads.stream().filter(d -> d.target().start() < end || !anyBetween(tokens, end,
                            d.target().start(), w -> RELATIVE_PRONOUNS.contains(w.lower()))).toList();
                }
            }
            if (SPEECH_ACTS.contains(trigger.payload().signal()) && Acts.aimedAtBareOrgan(tokens, found, trigger.end())) {
                // "accused the government of …": a state's own organ is accused; no other state is.
                dyads = List.of();
            }
            if (trigger.payload().signal() == Signal.MEDIATE) {
                // "brokered by the United States, Egypt and Qatar": brokers do not mediate with each other.
                Set<String> brokering = new HashSet<>();
                dyads.forEach(d -> brokering.add(d.source().code()));
                dyads = dyads.stream().filter(d -> !brokering.contains(d.target().code())).toList();
            } else {
                // "Israel released prisoners under a deal brokered by Egypt and Qatar": the brokers
                // of a mediation named later in the sentence are no party to its other acts.
                int after = trigger.end();
                List<Gazetteer.Mention> brokers = brokered.stream().filter(b -> b.at() >= after)
                        .flatMap(b -> b.brokers().stream()).toList();
                dyads = dyads.stream().filter(d -> brokers.stream().noneMatch(b -> b.start() == d.source().start()
                        || b.start() == d.target().start())).toList();
            }
            if (trigger.payload().signal() == Signal.AGREE && agreedToHostility(tokens, trigger, next)) {
                // "Britain agreed to impose sanctions on Russia", "the United States and Canada
                // agreed to cut Russian banks off SWIFT": the act agreed on is the news, and it
                // is hostile; the agreement is neither a deal with its target nor a rapprochement
                // of those who agree.
                dyads = List.of();
            }
            if (Acts.isBareRelease(trigger.payload())) {
                // "released five Iranians" frees Iran's people; "released a statement" frees no one.
                boolean passive = isPassive(tokens, trigger);
                // "detained ten American sailors and released them": "them" are the nationals named before.
                boolean pronoun = SentenceLinks.objectPronounAfter(tokens, trigger);
                dyads = dyads.stream().filter(d -> pronoun && d.target().kind() == Gazetteer.Kind.DEMONYM
                        || Acts.releasesNationals(d.target(), trigger.start(), passive)).toList();
            }
            if (trigger.payload().signal() == Signal.PROTEST) {
                dyads = protestedState(mentions, venues, clause, trigger, dyads);
            }
            if (trigger.payload().signal() == Signal.RELEASE && isPassive(tokens, trigger)) {
                // "Five Americans held in Iran were freed": whoever held them frees them, whatever
                // country the sentence names after ("…, thanking Oman for its help").
                List<Dyad> held = releasedFrom(tokens, acting, clause, trigger);
                dyads = held.isEmpty() ? dyads : held;
            }
            Lexicon.Entry carried = null;
            if (Acts.isTravel(trigger.payload())) {
                // "flew to Berlin" is a visit only for an official, and only to the place it names
                // next; "was in Moscow" names its capital as where the official is.
                List<Dyad> visiting = visits(tokens, dyads, trigger.start());
                // "flew to Jeddah on Tuesday for talks": the city may stand inside the journey's phrase.
                List<Dyad> atVenue = visiting.isEmpty()
                        ? atVenue(tokens, mentions, venues, clause, trigger, trigger.start() + 1) : List.of();
                List<Dyad> journeys = dyads.isEmpty() ? atVenue : dyads;
                dyads = visiting.isEmpty() ? visits(tokens, atVenue, trigger.start()) : visiting;
                Signal cargo = !dyads.isEmpty() ? null
                        : Acts.helpingForces(tokens, clause, trigger.start(), trigger.end()) ? Signal.AID
                        : Acts.navalVisit(tokens, clause, trigger.start(), trigger.end()) ? Signal.CONSULT
                        : Acts.cargo(tokens, clause, trigger.start(), trigger.end());
                // "The Russian frigate Admiral Gorshkov sailed into Havana harbour": a warship's port
                // call is a visit of its state.
                carried = cargo == Signal.AID ? reliefArrival : cargo == Signal.ARMS_TRANSFER ? armsArrival
                        : cargo == Signal.CONSULT ? trigger.payload() : null;
                if (carried != null) {
                    // "a Chinese plane carrying medical supplies landed in Rome": relief or arms
                    // that arrive are given by the state they come from.
                    // "Australian troops landed at Dili on Monday to restore order in East Timor":
                    // where they land, when no destination follows as the verb's own object.
                    int at = trigger.start();
                    dyads = journeys.stream().filter(d -> Acts.isDelivery(tokens, d.target(), at)).toList();
                    if (dyads.isEmpty()) {
                        dyads = atVenue.stream().filter(d -> Acts.isDelivery(tokens, d.target(), at)).toList();
                    }
                }
            }
            if (carried == null && trigger.payload().signal() == Signal.MOBILIZE
                    && Acts.deployedToHelp(tokens, trigger.start(), trigger.end())) {
                // "France deployed troops to Mali to help the government": protection (CAMEO 074).
                carried = reliefArrival;
            } else if (carried == null && Acts.sentOnlyToHelp(trigger.payload())) {
                dyads = List.of();
            }
            if (trigger.payload().signal().polarity() == Polarity.DEESCALATION && !Acts.isTravel(trigger.payload())
                    && jointSubjectAtVenue(tokens, dyads)) {
                // "Maduro and Ali shook hands in St Vincent and the Grenadines": the two act
                // together; where they met is no party.
                dyads = joint(dyads.stream().map(Dyad::source).toList());
            }
            if (SIGNED.contains(trigger.payload().signal())) {
                // "the government and the opposition signed an electoral road map in Barbados":
                // where a deal is signed is no party to it.
                int end = trigger.end();
                dyads = dyads.stream().filter(d -> d.target().start() < end
                        || !tokens.get(d.target().start() - 1).lower().equals("in")).toList();
            }
            if (isBareMeeting(trigger)) {
                // "met Erdogan", "met the Turkish president": a bare "meet" needs the one met right
                // after it; "will meet its debt obligations to Germany" meets no one. Joint subjects
                // of a "met" with no object met each other: "China and India met in Moscow".
                boolean intransitive = withoutObject(tokens, trigger.end());
                dyads = dyads.stream().filter(d -> startsNear(tokens, d.target(), trigger.end())
                        || intransitive && d.target().start() < trigger.start()).toList();
            }
            if (trigger.payload().signal() == Signal.APPEAL && !isObligation(tokens, trigger)) {
                dyads = Appeals.askedFromHere(dyads, trigger.start());
            }
            if (trigger.payload().signal() == Signal.SANCTION && tokens.stream().anyMatch(w -> WEATHER.contains(w.lower()))) {
                // "Ferry crossings between Denmark and Norway were cancelled as a gale swept across
                // the Skagerrak": weather closes crossings and cancels flights; no state does.
                dyads = List.of();
            }
            if (ASKING.contains(trigger.payload().signal()) && !isObligation(tokens, trigger)) {
                // "The Secretary-General urged Ethiopia and Eritrea to step back", "called for calm
                // between Ethiopia and Eritrea": those named inside an appeal's phrase are asked;
                // none of them asks.
                dyads = Appeals.askerOutside(dyads, trigger.start(), trigger.end());
            }
            boolean reason = !previousDyads.isEmpty() && previousStart < trigger.start()
                    && clause[previousStart] == clause[trigger.start()]
                    && Background.reasonNamed(tokens, trigger.start(), PUNISHING.contains(previousSignal))
                    || refusal && Background.neverInPerfect(tokens, trigger.start());
            if (!dyads.isEmpty()) {
                previousDyads = dyads;
                previousStart = trigger.start();
                previousSignal = trigger.payload().signal();
                sentenceDyads.addAll(dyads);
            }
            if (carried == null && trigger.payload().signal() == Signal.ARMS_TRANSFER
                    && Acts.aimedAgainst(tokens, clause, trigger.end())) {
                // "Russia sent 191 drones and four missiles against Ukrainian cities": launched at
                // the state named after "against", not delivered to it.
                carried = sentAgainst;
            }
            Lexicon.Entry entry = carried != null ? carried : refusal ? rejection : reading(tokens, clause, trigger, next, dyads);
            if (Acts.isHandover(entry) || Acts.isExtradition(entry)) {
                // "handed Hong Kong back to China", "extradited the Russian arms dealer to the
                // United States": the land or the person handed over is what is given; the state
                // it is handed to is the other side.
                dyads = handedTo(tokens, mentions, clause, dyads);
            }
            if (Acts.bindsBothSides(entry)
                    || entry.signal() == Signal.RELEASE && Acts.inExchange(tokens, trigger.end())) {
                // "freed 50 prisoners in exchange for 20 hostages": a swap, told from one side.
                dyads = withReverses(dyads);
            }
            if (dyads.isEmpty()) {
                dyads = eachOther(tokens, acting, clause, trigger);
            }
            if (dyads.isEmpty()) {
                Why.dropped(tokens, trigger.start(), trigger.end(), "no source and target found for it");
            }
            emit(sink, dyads, entry, confidence, trigger.start(), trigger.end(), reason);
        }
        if (appeal != null) {
            boolean[] triggerAt = new boolean[tokens.size()];
            for (PhraseMatcher.Match<Lexicon.Entry> trigger : triggers) {
                triggerAt[trigger.start()] = true;
            }
            for (Appeals.Appeal asked : Appeals.unspecified(tokens, clause, triggerAt, actorAt, inName)) {
                // "urged Rabat to settle the row through dialogue": an appeal, whatever is asked.
                double confidence = Certainty.confidence(modifierAt, asked.verb());
                if (confidence > 0) {
                    appealed(sink, mentions, asked, appeal, confidence);
                }
            }
        }
        if (out.size() > firstOfSentence) {
            // Both repeat the sentence's own events; most sentences have none.
            DerivedEvents.followSuit(tokens, mentions, out, firstOfSentence, seen);
            if (mediation != null) {
                DerivedEvents.brokeredBy(tokens, found, mentions, out, firstOfSentence, seen, mediation);
            }
        }
        return countries;
    }

    /**
     * "crossed the Friendship Bridge", "met at the Friendship Hotel", "the Peace Memorial": a
     * capitalised word in running text (after a lower-case word) before the head of a name of a
     * place, building or prize is part of that name, not an act. Title-case headlines ("Russia
     * Strikes Bridge") follow a capitalised word and are left alone.
     */
    private static void markNamedPlaces(List<Token> tokens, boolean[] noEvent) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token before = tokens.get(i - 1);
            if (t.isWord() && Character.isUpperCase(t.text().charAt(0)) && before.isWord()
                    && Character.isLowerCase(before.text().charAt(0)) && NAME_HEADS.contains(tokens.get(i + 1).text())) {
                noEvent[i] = true;
            }
        }
    }

    private static final Set<String> NAME_HEADS = Set.of("Bridge", "Hotel", "Square", "Street", "Avenue", "Park",
            "Hall", "Palace", "Stadium", "Memorial", "Prize", "Award", "Medal", "Monument", "Gate", "Tower", "Museum",
            "Road", "Highway", "Garden", "Gardens", "Cup", "Games", "Festival", "Airport", "Station");

    /** The reason {@link #uncertainty} gives for a modifier; {@link Why} adds its kind. */
    private static final String MODIFIED = "modifier";

    /** Why an act is not reported as done (a modifier, a condition, a denial …), or null if it is. */
    private static String uncertainty(List<Token> tokens, Lexicon.Modifier[] modifierAt, int[] clause,
                                      PhraseMatcher.Match<Lexicon.Entry> trigger,
                                      PhraseMatcher.Match<Lexicon.Entry> next, double confidence) {
        int at = trigger.start();
        if (confidence <= 0) {
            return MODIFIED;
        } else if (Certainty.inCondition(tokens, at)) {
            return "condition";
        } else if (Certainty.denied(tokens, at)) {
            return "denied";
        } else if (Certainty.anticipated(tokens, at)) {
            return "expected by others";
        } else if (trigger.payload().signal().polarity() == Polarity.ESCALATION && Appeals.askedFor(tokens, at)) {
            return "asked for";
        } else if (Certainty.failed(modifierAt, clause, trigger, next == null ? Integer.MAX_VALUE : next.start())) {
            return "failed";
        } else if (Certainty.imagined(tokens, trigger.end())) {
            return "imagined";
        } else if (Certainty.inLabel(tokens, at)) {
            return "label";
        }
        return null;
    }

    /** The kind of the modifier nearest before {@code at}, for {@link Why}. */
    private static String modifierBefore(Lexicon.Modifier[] modifierAt, int at) {
        for (int i = Math.min(at, modifierAt.length - 1); i >= 0; i--) {
            if (modifierAt[i] != null) {
                return modifierAt[i].name().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "none";
    }

    /**
     * Where one sentence's events go: what they are coded from, and the lists they join (its
     * background, for what the sentence only recalls).
     */
    private record Sink(Article article, String sentence, List<Token> tokens, int[] clause,
                        List<Background.Marker> times, List<CodedEvent> out, List<CodedEvent> background,
                        Set<Integer> privates, Set<Integer> nonstate, Set<String> seen, boolean[] actAt,
                        boolean[] actorAt) {
    }

    /**
     * Adds one event a dyad, to the background when the sentence dates the act before the story,
     * skipping firms' and fans' own acts and what the sentence already said ("strikes … the
     * strikes" is one event). The trigger runs over tokens {@code at} to {@code end}, exclusive.
     */
    private static void emit(Sink sink, List<Dyad> dyads, Lexicon.Entry entry, double confidence, int at, int end) {
        emit(sink, dyads, entry, confidence, at, end, false);
    }

    /** As above; {@code reason}: the act is named as the cause of another (see {@link Background#reasonNamed}). */
    private static void emit(Sink sink, List<Dyad> dyads, Lexicon.Entry entry, double confidence, int at, int end,
                             boolean reason) {
        List<Token> tokens = sink.tokens();
        boolean recalled = reason || Background.isBackground(tokens, sink.times(), sink.clause(), at)
                || VIOLENT.contains(entry.signal())
                && Background.endedBy(tokens, sink.clause(), sink.actAt(), sink.actorAt(), at);
        List<CodedEvent> to = recalled ? sink.background() : sink.out();
        if (recalled && !dyads.isEmpty()) {
            Why.dropped(tokens, at, end, "background");
        }
        CodedEvent.Span span = new CodedEvent.Span(tokens.get(at).start(), tokens.get(end - 1).end());
        Article article = sink.article();
        for (Dyad dyad : dyads) {
            if (sink.privates().contains(dyad.source().start()) && !(entry.signal() == Signal.AID
                    && Acts.reliefWorkers(tokens, dyad.source()))
                    || sink.privates().contains(dyad.target().start())
                    && !flagOf(tokens, dyad.target()) && entry.signal() != Signal.RELEASE
                    && entry.signal().polarity() != Polarity.ESCALATION) {
                // Firms and fans act for themselves; a state may still act against them, and
                // freeing "an American contractor" frees one of America's people. Doctors act for
                // themselves too, except as the relief their state sends ("Cuban doctors arrived
                // in Italy").
                Why.dropped(tokens, at, end, "done by a firm, a fan or a private person");
                continue;
            }
            if (Coordination.counted(tokens, dyad.source()) && Coordination.counted(tokens, dyad.target())) {
                // "15 Americans and nine Britons" are people named together, not parties to each other.
                continue;
            }
            double c = Math.abs(dyad.source().end() - at) > FAR_TOKENS ? confidence * FAR_FACTOR : confidence;
            String key = dyad.source().code() + ">" + dyad.target().code() + ":" + entry.signal();
            if (sink.seen().add(key)) {
                to.add(new CodedEvent(CodedEvent.SCHEMA_VERSION, article.id(), article.url(), article.outlet(),
                        article.published(), sink.sentence(), dyad.source().code(), dyad.target().code(),
                        entry.signal(), entry.signal().polarity(), entry.weight(), round(c), span,
                        kindOf(dyad.source(), sink.nonstate()), kindOf(dyad.target(), sink.nonstate())));
            }
        }
    }

    /** The events of an appeal read as {@code entry}: the one who asks, towards each state asked. */
    private static void appealed(Sink sink, List<Gazetteer.Mention> mentions, Appeals.Appeal appeal,
                                 Lexicon.Entry entry, double confidence) {
        int verb = appeal.verb();
        List<Dyad> askers = Appeals.toThoseAsked(attribute(sink.tokens(), mentions, sink.clause(),
                new PhraseMatcher.Match<>(verb, verb + 1, entry)), appeal);
        emit(sink, askers, entry, confidence, verb, verb + 1);
    }

    /**
     * A sentence that opens with a quotation and closes with its speaker ("\u201cWe have been
     * consulting closely with Tokyo and Seoul,\u201d a State Department official said"): the
     * speaker's state says the quoted words, so it stands at the quotation's start, where the
     * quote's own "we" would be. Other actors inside the quote stay nearer to their verbs.
     */
    private static List<Gazetteer.Mention> quoted(List<Token> tokens, List<Gazetteer.Mention> all, boolean[] attribution,
                                                  List<Gazetteer.Mention> mentions) {
        if (tokens.isEmpty() || !tokens.get(0).isOpeningQuote()) {
            return mentions;
        }
        // The first actor of the attribution speaks; later ones are its circumstances
        // ("…, an official said, ahead of North Korea's launch").
        Gazetteer.Mention speaker = Attribution.reporter(all, attribution);
        if (speaker == null) {
            return mentions;
        }
        List<Gazetteer.Mention> withSpeaker = new ArrayList<>(mentions.size() + 1);
        withSpeaker.add(new Gazetteer.Mention(speaker.code(), speaker.kind(), 0, 1));
        withSpeaker.addAll(mentions);
        return withSpeaker;
    }

    /**
     * What the trigger means here. A conciliatory act promised "unless" the other side complies
     * ("will pull its troops out unless the talks resume") is a threat to stop it. A show
     * of force by several states together at no one ("Russian and Chinese ships deployed on
     * Monday") is a joint exercise, which is military cooperation between them.
     */
    private Lexicon.Entry reading(List<Token> tokens, int[] clause, PhraseMatcher.Match<Lexicon.Entry> trigger,
                                  PhraseMatcher.Match<Lexicon.Entry> next, List<Dyad> dyads) {
        Lexicon.Entry entry = trigger.payload();
        if (restraint != null && (entry.signal() == Signal.DEMAND || entry.signal() == Signal.APPEAL) && next != null
                && next.start() - trigger.end() <= DEMANDED_ACT_REACH && clause[next.start()] == clause[trigger.start()]
                && DE_ESCALATION_DEMANDED.contains(next.payload().signal())) {
            // "demanded that Moscow pull its forces back", "said Russia must withdraw its troops":
            // what is demanded is de-escalation (CAMEO 1056), an appeal for restraint.
            return restraint;
        }
        if (threat != null && entry.signal().polarity() == io.brink.model.Polarity.DEESCALATION
                && conditionFollows(tokens, clause, trigger.end())) {
            return threat;
        }
        if (showOfForce != null && Acts.heldTogetherOnly(entry) && !dyads.isEmpty() && !isJoint(dyads)
                && dyads.stream().allMatch(d -> borderPlace(tokens, d.target()))) {
            // "Russia staged snap drills involving 8,500 troops near its border with Ukraine".
            return showOfForce;
        }
        if (jointExercise != null && entry.signal() == Signal.MOBILIZE && !dyads.isEmpty() && isJoint(dyads)
                && !BUILD_UP_STEMS.contains(tokens.get(trigger.start()).stem())
                && !anyBetween(tokens, trigger.start(), trigger.end(), w -> TOWARDS.contains(w.lower()))) {
            return jointExercise;
        }
        return entry;
    }

    /** Acts that punish, after which "for" names what is punished ("sentenced … for the killing of"). */
    private static final Set<Signal> PUNISHING = EnumSet.of(Signal.COERCE, Signal.EXPEL, Signal.SANCTION);

    /**
     * "India and Pakistan continued to mass troops along their border", "put their forces on high
     * alert": two states building up forces or raising their readiness face each other; only a
     * deployment, patrol or drill by both is done together.
     */
    private static final Set<String> BUILD_UP_STEMS = Stemmer.stems("mass", "amass", "concentrate", "build",
            "mobilise", "mobilize", "reinforce", "bolster", "muster", "put", "place", "raise", "heighten");
    /** "moved troops and missiles towards their common border": forces moved towards, with no third state, face each other. */
    private static final Set<String> TOWARDS = Set.of("towards", "toward");
    /** Deals signed or agreed: "in" a country after them names where, not with whom. */
    private static final Set<Signal> SIGNED = EnumSet.of(Signal.AGREE, Signal.SETTLE);

    /**
     * A participle of accusation right before "of", with no "be" before it: "diplomats accused of
     * spying", "a man suspected of". It describes a noun; no one in the sentence accuses.
     */
    private static boolean chargeOfNoun(List<Token> tokens, PhraseMatcher.Match<Lexicon.Entry> trigger) {
        if (trigger.payload().signal() != Signal.ACCUSE || trigger.end() - trigger.start() != 1
                || trigger.end() >= tokens.size() || !tokens.get(trigger.end()).lower().equals("of")
                || !isParticiple(tokens.get(trigger.start()))) {
            return false;
        }
        return trigger.start() == 0 || !tokens.get(trigger.start() - 1).stem().equals("be")
                && !PERFECT_AUXILIARIES.contains(tokens.get(trigger.start() - 1).lower());
    }

    private static final Set<String> PERFECT_AUXILIARIES = Set.of("has", "have", "had", "being");

    /** Verbs of giving, whose first object is the one given to: "gave Putin a welcome". */
    private static final Set<String> GIVING_STEMS = Stemmer.stems("give", "gave", "given", "hand", "handed",
            "offer", "offered", "send", "sent", "grant", "granted", "promise", "promised", "extend", "extended",
            "award", "awarded", "accord", "accorded", "issue", "issued", "deliver", "delivered", "serve", "served",
            "pay", "paid", "lend", "lent", "owe", "owed", "deny", "denied");

    /**
     * "Mongolia gave Vladimir Putin a full ceremonial welcome", "handed Kyiv an ultimatum": the
     * actor nearest the act is the first object of a verb of giving, and receives it; the giver
     * stands before the verb. Returns the verb's position, or -1.
     */
    private static int givenTo(List<Token> tokens, Gazetteer.Mention m) {
        int verb = m.start() - 1;
        if (verb > 0 && tokens.get(verb).lower().equals("the")) {
            verb--;
        }
        return verb >= 0 && GIVING_STEMS.contains(tokens.get(verb).stem()) ? verb : -1;
    }

    /** "unless" comes soon after the trigger, in its clause. */
    private static boolean conditionFollows(List<Token> tokens, int[] clause, int from) {
        return followedBy(tokens, clause, from, "unless");
    }

    /** {@code word} comes soon after the trigger ending at {@code from}, in its clause. */
    private static boolean followedBy(List<Token> tokens, int[] clause, int from, String word) {
        for (int i = from; i < tokens.size() && i < from + CONDITION_REACH && clause[i] == clause[from - 1]; i++) {
            if (tokens.get(i).text().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** Each dyad, and its reverse where the sentence did not name it. */
    private static List<Dyad> withReverses(List<Dyad> dyads) {
        List<Dyad> both = new ArrayList<>(dyads);
        for (Dyad d : dyads) {
            if (!hasReverse(dyads, d)) {
                both.add(new Dyad(d.target(), d.source()));
            }
        }
        return both;
    }

    /** How far after what is handed over its "to" may come: "Hong Kong back to", "the Russian arms dealer Viktor Bout to". */
    private static final int HANDED_TO_REACH = 6;

    /** Each dyad's target replaced by the country named after a "to" that follows it, if any. */
    private static List<Dyad> handedTo(List<Token> tokens, List<Gazetteer.Mention> mentions, int[] clause,
                                       List<Dyad> dyads) {
        List<Dyad> out = new ArrayList<>();
        for (Dyad d : dyads) {
            Gazetteer.Mention recipient = null;
            for (int i = d.target().end(); i < tokens.size() && i <= d.target().end() + HANDED_TO_REACH
                    && clause[i] == clause[d.target().start()]; i++) {
                if (tokens.get(i).lower().equals("to")) {
                    recipient = startingNear(tokens, mentions, i + 1);
                    break;
                }
            }
            boolean other = recipient != null && recipient.isCountry() && !recipient.code().equals(d.source().code())
                    && !recipient.code().equals(d.target().code());
            out.add(other ? new Dyad(d.source(), recipient) : d);
        }
        return out;
    }

    /** {@code d}'s reverse, between the same two countries, is among {@code dyads}. */
    private static boolean hasReverse(List<Dyad> dyads, Dyad d) {
        for (Dyad e : dyads) {
            if (e.source().code().equals(d.target().code()) && e.target().code().equals(d.source().code())) {
                return true;
            }
        }
        return false;
    }

    /** Every dyad's reverse is there too: parties acting together, not on one another. */
    private static boolean isJoint(List<Dyad> dyads) {
        for (Dyad d : dyads) {
            if (!hasReverse(dyads, d)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Iraq's ambassador to Egypt", "a US official in Islamabad", "the embassy in Kabul": the
     * country where an envoy serves is where, not who.
     */
    private static boolean isPost(List<Token> tokens, List<Gazetteer.Mention> mentions, Gazetteer.Mention m) {
        int i = m.start() - 1;
        if (i > 0 && tokens.get(i).lower().equals("the")) {
            i--;
        }
        String prep = i < 1 ? "" : tokens.get(i).lower();
        // Not "from": "withdrew its ambassador from India" names the one it is withdrawn from.
        if (!prep.equals("to") && !prep.equals("in") && !prep.equals("at")) {
            return false;
        }
        if (!POST_WORDS.contains(tokens.get(i - 1).lower())) {
            return false;
        }
        // The envoy is someone's: "Iraq's ambassador", "the Iraqi high commissioner", "a US official";
        // "sent an envoy to Mali" is a visit to Mali.
        int post = i - 1;
        for (Gazetteer.Mention other : mentions) {
            if (other.end() <= post && post - other.end() <= 3 && onlyModifiers(tokens, other.end(), post)) {
                return true;
            }
        }
        return false;
    }

    /** Between an actor and its office stand only "'s" and words of rank ("Iraq's senior envoy"). */
    private static boolean onlyModifiers(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String t = tokens.get(i).lower();
            if (!tokens.get(i).isPossessive() && !ROLE_WORDS.contains(t) && !RANKS.contains(t)) {
                return false;
            }
        }
        return true;
    }

    /** The first actor within the trigger's words ("build-up of Eritrean troops"), or null. */
    private static Gazetteer.Mention inside(List<Gazetteer.Mention> mentions, PhraseMatcher.Match<?> trigger) {
        for (Gazetteer.Mention m : mentions) {
            if (m.start() > trigger.start() && m.start() < trigger.end()) {
                return m;
            }
        }
        return null;
    }

    /** "agreed on Saturday to cut": how far after an agreement its "to" and the act agreed on may come. */
    private static final int AGREED_ACT_REACH = 5;

    /** An agreement "to" do a hostile act: the next trigger is an escalation, after a "to" close behind. */
    private static boolean agreedToHostility(List<Token> tokens, PhraseMatcher.Match<?> trigger,
                                             PhraseMatcher.Match<Lexicon.Entry> next) {
        if (next == null || next.payload().signal().polarity() != Polarity.ESCALATION
                || next.start() - trigger.end() > AGREED_ACT_REACH) {
            return false;
        }
        for (int i = trigger.start(); i < next.start(); i++) {
            if (tokens.get(i).lower().equals("to")) {
                return true;
            }
        }
        return false;
    }

    private static final String JOIN = Stemmer.stem("join");

    /**
     * The state that "joined" the first of {@code sources} "in" the act at {@code triggerStart}
     * ("Japan joined the United States in imposing sanctions"), named before "joined" in its
     * clause; or null.
     */
    private static Gazetteer.Mention joinerOf(List<Token> tokens, List<Gazetteer.Mention> mentions, int[] clause,
                                              List<Gazetteer.Mention> sources, int triggerStart) {
        Gazetteer.Mention first = sources.get(0);
        Gazetteer.Mention last = sources.get(sources.size() - 1);
        int verb = first.start() - 1;
        if (verb >= 0 && tokens.get(verb).lower().equals("the")) {
            verb--;
        }
        if (verb < 1 || !tokens.get(verb).stem().equals(JOIN) || last.end() >= tokens.size()
                || !tokens.get(last.end()).lower().equals("in") || last.end() + 1 != triggerStart) {
            return null;
        }
        Gazetteer.Mention joiner = nearestBefore(mentions, clause, verb, first.code());
        return joiner != null && joiner.isCountry() ? joiner : null;
    }

    /** The state's organs a city or region may name: "Okinawa police", "a Shanghai court". */
    private static final Set<String> LOCAL_ORGANS = Set.of("police", "court", "courts", "prosecutors", "prosecutor",
            "judge", "judges", "customs");

    /** The place names the police, court or prosecutors right after it: they act for its state. */
    private static boolean localOrgan(List<Token> tokens, Gazetteer.Mention m) {
        return m.end() < tokens.size() && LOCAL_ORGANS.contains(tokens.get(m.end()).lower());
    }

    /** "UN-brokered", "US-backed": the name is part of an adjective. */
    private static boolean compoundModifier(List<Token> tokens, Gazetteer.Mention m) {
        return hyphenedTo(tokens, m, COMPOUND_PARTICIPLES);
    }

    /** "a British-flagged tanker", "a Panama-registered freighter": the ship's flag state. */
    private static boolean flagOf(List<Token> tokens, Gazetteer.Mention m) {
        return hyphenedTo(tokens, m, FLAG_PARTICIPLES);
    }

    /** The mention is joined by a hyphen to one of {@code participles}: "UN-brokered", "British-flagged". */
    private static boolean hyphenedTo(List<Token> tokens, Gazetteer.Mention m, Set<String> participles) {
        return m.end() + 1 < tokens.size() && tokens.get(m.end()).text().equals("-")
                && participles.contains(tokens.get(m.end() + 1).lower());
    }

    /**
     * "the Foreign Office in Islamabad", "the Interior Ministry in Kabul": an institution the
     * gazetteer knows by one state's name, seated in another state's capital, is that state's own.
     */
    private static Gazetteer.Mention seatedIn(List<Token> tokens, List<Gazetteer.Mention> mentions, Gazetteer.Mention m) {
        if (m.kind() != Gazetteer.Kind.INSTITUTION || m.end() + 1 >= tokens.size()
                || !tokens.get(m.end()).lower().equals("in")) {
            return m;
        }
        for (Gazetteer.Mention seat : mentions) {
            if (seat.start() == m.end() + 1 && seat.kind() == Gazetteer.Kind.CAPITAL) {
                return new Gazetteer.Mention(seat.code(), m.kind(), m.start(), m.end());
            }
        }
        return m;
    }

    private static ActorKind kindOf(Gazetteer.Mention m, java.util.Set<Integer> nonstate) {
        return nonstate.contains(m.start()) ? ActorKind.NONSTATE : ActorKind.STATE;
    }

    /**
     * Drops capitals that are only where something happened ("agreed a ceasefire in Havana",
     * "talks at Geneva"): after a preposition of place a capital is a venue, not a government.
     * Drops demonyms of ethnicity and the country of a post ("Iraq's ambassador to Egypt"); adds
     * the start of national non-state actors to {@code nonstate}, and of firms, investors and fans
     * ({@link ActorNouns}), who may suffer a state's act but never act for a state, to {@code privates}. Extends each actor over the
     * office and name that follow it.
     */
    private static List<Gazetteer.Mention> actors(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                                  java.util.Set<Integer> nonstate, java.util.Set<Integer> privates) {
        List<Gazetteer.Mention> actors = new ArrayList<>(mentions.size());
        ActorNouns.Role[] roles = ActorNouns.standard().roles(tokens, mentions);
        int extendedTo = 0;
        for (int k = 0; k < mentions.size(); k++) {
            Gazetteer.Mention m = mentions.get(k);
            if (flagOf(tokens, m)) {
                // "seized a British-flagged tanker", "released the British-flagged tanker": what is
                // done to a state's ship is done to the state, but the ship never acts for it.
                privates.add(m.start());
            } else if (m.kind() == Gazetteer.Kind.PLACE && !localOrgan(tokens, m) || compoundModifier(tokens, m)
                    || isPost(tokens, mentions, m)) {
                // A city or region is where something happens (see venues), never who does it;
                // but its police and its courts are the state's ("Okinawa police arrested seven
                // Chinese activists", "a Shanghai court jailed him").
                continue;
            }
            if (roles[k] == ActorNouns.Role.PRIVATE) {
                privates.add(m.start());
            }
            if (roles[k] == ActorNouns.Role.NONSTATE || m.kind() == Gazetteer.Kind.GROUP) {
                nonstate.add(m.start());
            }
            if (m.start() < extendedTo) {
                // "Jordanian King Hussein": the king is already part of the actor.
                continue;
            }
            String before = m.start() > 0 ? tokens.get(m.start() - 1).lower() : "";
            // "talks in Geneva": where it happens; "arrived in Manila": whom the visitor came to.
            // "recalled its ambassador from Paris", "its envoy in Tel Aviv": where an envoy serves
            // is the state the envoy is sent to.
            Token head = m.start() >= 2 ? tokens.get(m.start() - 2) : null;
            boolean venue = m.kind() == Gazetteer.Kind.CAPITAL && VENUE_PREPOSITIONS.contains(before)
                    && !(head != null && (before.equals("in") && ARRIVAL_STEMS.contains(head.stem())
                    || POST_WORDS.contains(head.lower()) || before.equals("from") && SENT_FROM.contains(head.lower())
                    || before.equals("in") && SEATED_ORGANS.contains(head.lower())));
            // "under the Doha deal", "the Minsk agreements", "the Astana format": a capital that
            // names a meeting or an agreement is where it was made, not a party to what is done.
            venue |= m.kind() == Gazetteer.Kind.CAPITAL && m.end() < tokens.size()
                    && NAMED_BY_VENUE.contains(tokens.get(m.end()).lower());
            // "ethnic Albanian guerrillas" are people of a descent, not the state of Albania.
            boolean ethnicity = m.kind() == Gazetteer.Kind.DEMONYM && before.equals("ethnic");
            if (!venue && !ethnicity && !firstNameOrBrand(tokens, mentions, m)) {
                Gazetteer.Mention actor = extend(tokens, seatedIn(tokens, mentions, m));
                actors.add(actor);
                extendedTo = actor.end();
            }
        }
        return actors;
    }

    /**
     * "Libyan leader Muammar Gaddafi", "Bulgarian President Todor Zhivkov": the office and the
     * person belong to the actor, so "X leader A and Y President B" reads as two coordinated actors.
     */
    private static Gazetteer.Mention extend(List<Token> tokens, Gazetteer.Mention m) {
        int end = m.end();
        boolean sawRole = false;
        while (end < tokens.size() && end - m.end() < MAX_ACTOR_EXTENSION) {
            Token t = tokens.get(end);
            String lower = t.lower();
            if (ROLE_WORDS.contains(lower)) {
                sawRole = true;
            } else if (!(sawRole && Character.isUpperCase(t.text().charAt(0)) && t.isWord())) {
                break;
            }
            end++;
        }
        return end == m.end() ? m : new Gazetteer.Mention(m.code(), m.kind(), m.start(), end);
    }

    /**
     * The one state of the sentence other than {@code sources} and not a place ("in Damascus"), preferring one outside the
     * trigger's clause (the subject of the main clause around an "after …" clause); null when
     * there is none or more than one.
     */
    private static Gazetteer.Mention otherState(List<Token> tokens, List<Gazetteer.Mention> mentions, int[] clause,
                                                PhraseMatcher.Match<?> trigger, List<Gazetteer.Mention> sources) {
        List<Gazetteer.Mention> others = mentions.stream().filter(Gazetteer.Mention::isCountry)
                .filter(m -> sources.stream().noneMatch(s -> s.code().equals(m.code())))
                .filter(m -> !introducedBy(tokens, m, PLACE_PREPOSITIONS)).toList();
        List<Gazetteer.Mention> outside = others.stream()
                .filter(m -> clause[m.start()] != clause[trigger.start()]).toList();
        List<Gazetteer.Mention> pick = outside.isEmpty() ? others : outside;
        return pick.stream().map(Gazetteer.Mention::code).distinct().count() == 1 ? pick.get(0) : null;
    }

    /** Words that introduce what a speech act answers, not what it says: "vowed revenge after Israel struck". */
    private static final Set<String> CAUSES = Set.of("after", "when", "because", "following");

    /** A token in {@code [from, to)} passes {@code test}: a cause ("after") or a verb of saying between two places. */
    private static boolean anyBetween(List<Token> tokens, int from, int to, java.util.function.Predicate<Token> test) {
        for (int i = from; i < to; i++) {
            if (test.test(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Words that name where fire lands: "into southern Israel", "at Saudi Arabia". */
    private static final Set<String> AIMED_AT = Set.of("into", "at", "on", "against", "toward", "towards");
    /** "fired from Gaza into southern Israel": how far after the act its route may stand. */
    private static final int ROUTE_REACH = 8;

    /**
     * The route of fire told without its shooter: the state it comes "from" attacks the one it goes
     * "into"/"at", both named within {@value #ROUTE_REACH} words after the act, in its clause.
     */
    private static List<Dyad> route(List<Token> tokens, List<Gazetteer.Mention> mentions, int[] clause,
                                    PhraseMatcher.Match<?> trigger) {
        Gazetteer.Mention from = null;
        Gazetteer.Mention at = null;
        for (Gazetteer.Mention m : mentions) {
            if (m.start() < trigger.end() || m.start() > trigger.end() + ROUTE_REACH
                    || clause[m.start()] != clause[trigger.end() - 1]) {
                continue;
            }
            if (from == null && afterPreposition(tokens, m, FROM)) {
                from = m;
            } else if (at == null && afterPreposition(tokens, m, AIMED_AT)) {
                at = m;
            }
        }
        return from == null || at == null || from.code().equals(at.code()) ? List.of()
                : List.of(new Dyad(from, at));
    }

    /** {@code m} follows one of {@code prepositions}, with at most an article or one adjective between ("into southern Israel"). */
    private static boolean afterPreposition(List<Token> tokens, Gazetteer.Mention m, Set<String> prepositions) {
        if (introducedBy(tokens, m, prepositions)) {
            return true;
        }
        int adjective = m.start() - 1;
        return adjective > 0 && tokens.get(adjective).isWord() && Character.isLowerCase(tokens.get(adjective).text().charAt(0))
                && prepositions.contains(tokens.get(adjective - 1).lower());
    }

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near");

    /**
     * "Senegalese troops, along with Nigerian and Ghanaian units, crossed into the Gambia",
     * "Nepal, as well as India, sent relief": the states an insertion after the subject joins to
     * it with "along with", "as well as" or "together with" act with it.
     */
    private static List<Gazetteer.Mention> withJoinedBetweenCommas(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                                                   List<Gazetteer.Mention> sources, int act) {
        Gazetteer.Mention last = sources.get(sources.size() - 1);
        int comma = -1;
        for (int i = last.end(); i < act && i <= last.end() + Apposition.HEAD_WORDS; i++) {
            if (tokens.get(i).text().equals(",")) {
                comma = i;
                break;
            }
        }
        if (comma < 0 || comma + 1 >= act || Coordination.coordinatingPhrase(tokens, comma + 1, act) == 0) {
            return sources;
        }
        List<Gazetteer.Mention> all = new ArrayList<>(sources);
        for (Gazetteer.Mention m : mentions) {
            if (m.start() > comma && m.end() <= act && m.isCountry() && !anyBetween(tokens, comma + 1, m.start(),
                    w -> w.text().equals(","))
                    && all.stream().noneMatch(s -> s.code().equals(m.code()))) {
                all.add(m);
            }
        }
        return all;
    }

    /** "were announced on Monday by": how far after the forms of "be" the participle and its "by" may come. */
    private static final int NOMINAL_PASSIVE_REACH = 8;
    private static final Set<String> BE_FORMS = Set.of("was", "were", "is", "are", "been");

    /**
     * "New sanctions on Belarus were announced on Monday by Washington, London and Ottawa": an act
     * named as a noun, the subject of a passive verb, is done by the verb's agents after "by" to
     * the state the noun phrase names. Empty unless both are found in the trigger's clause.
     */
    private static List<Dyad> nominalPassive(List<Token> tokens, List<Gazetteer.Mention> mentions, int[] clause,
                                             PhraseMatcher.Match<Lexicon.Entry> trigger) {
        int c = clause[trigger.start()];
        int be = -1;
        for (int i = trigger.end(); i < tokens.size() && clause[i] == c && i < trigger.end() + NOMINAL_PASSIVE_REACH; i++) {
            if (BE_FORMS.contains(tokens.get(i).lower())) {
                be = i;
                break;
            }
        }
        if (be < 0) {
            return List.of();
        }
        int by = -1;
        boolean participle = false;
        for (int i = be + 1; i < tokens.size() && clause[i] == c && i <= be + NOMINAL_PASSIVE_REACH; i++) {
            String t = tokens.get(i).lower();
            participle |= t.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(t);
            if (t.equals("by")) {
                by = i;
                break;
            }
        }
        if (by < 0 || !participle) {
            return List.of();
        }
        int at = by;
        Gazetteer.Mention agent = mentions.stream().filter(m -> m.start() > at && m.start() <= at + 2
                && m.isCountry()).findFirst().orElse(null);
        int close = be;
        Gazetteer.Mention patient = mentions.stream().filter(m -> m.start() >= trigger.start() && m.end() <= close
                && m.isCountry()).findFirst().orElse(null);
        if (agent == null || patient == null || agent.code().equals(patient.code())) {
            return List.of();
        }
        return cross(Brokers.list(tokens, mentions, agent), Coordination.after(tokens, mentions, patient));
    }

    /** "the delivery of tents, water purifiers and 500 tonnes of rice from Japan to cyclone-hit southern Bangladesh": how far on the destination may come. */
    private static final int FROM_TO_REACH = 16;
    /** Words between "to" and its destination: "to cyclone-hit southern Bangladesh". */
    private static final int TO_QUALIFIERS = 3;

    /** {@code word} stands within {@code reach} words before {@code at}, with only lower-case words or hyphens between. */
    private static boolean preposedWithin(List<Token> tokens, int at, String word, int reach) {
        for (int i = at - 1; i >= 0 && i >= at - reach - 1; i--) {
            Token t = tokens.get(i);
            if (t.lower().equals(word)) {
                return true;
            }
            if (!(t.isWord() && Character.isLowerCase(t.text().charAt(0)) || t.text().equals("-"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the delivery of tanks from Poland to Ukraine", "relief flights from India to Nepal": what goes
     * from one state to another, named after the act with "from" and "to", is done by the first to
     * the second. Empty unless both follow the act in its clause, "from" first.
     */
    private static List<Dyad> fromTo(List<Token> tokens, List<Gazetteer.Mention> mentions, int[] clause,
                                     PhraseMatcher.Match<Lexicon.Entry> trigger) {
        int c = clause[trigger.start()];
        Gazetteer.Mention from = null;
        for (Gazetteer.Mention m : mentions) {
            if (m.start() <= trigger.start() || m.start() > trigger.end() + FROM_TO_REACH || clause[m.start()] != c
                    || !m.isCountry()) {
                continue;
            }
            if (from == null && introducedBy(tokens, m, FROM)) {
                from = m;
            } else if (from != null && m.start() > from.end() && !m.code().equals(from.code())
                    && preposedWithin(tokens, m.start(), "to", TO_QUALIFIERS)) {
                // "to cyclone-hit southern Bangladesh": a few words may qualify the destination.
                return cross(List.of(from), Coordination.after(tokens, mentions, m));
            }
        }
        return List.of();
    }

    /**
     * "Moscow retaliated on Saturday against London's expulsion of its diplomats by ordering 23
     * British diplomats to leave": the act told by "by" and a gerund is done by the clause's
     * subject, its first actor. Empty when that actor is also the act's only other party.
     */
    private static List<Dyad> byGerund(List<Token> tokens, List<Gazetteer.Mention> mentions, int[] clause,
                                       PhraseMatcher.Match<Lexicon.Entry> trigger) {
        int at = trigger.start();
        if (at == 0 || !tokens.get(at - 1).lower().equals("by") || !tokens.get(at).lower().endsWith("ing")) {
            return List.of();
        }
        Gazetteer.Mention subject = mentions.stream().filter(m -> m.end() <= at && clause[m.start()] == clause[at])
                .findFirst().orElse(null);
        if (subject == null || !subject.isCountry()) {
            return List.of();
        }
        Gazetteer.Mention target = firstFrom(tokens, mentions, clause, trigger, List.of(subject));
        return target == null ? List.of() : cross(List.of(subject), Coordination.after(tokens, mentions, target));
    }

    /** "sanctions that President Obama had imposed on": how far after the act's noun its agent may be named. */
    private static final int RELATIVE_AGENT_REACH = 4;

    /**
     * "retaliating for sanctions that President Obama had imposed on seven senior Russian
     * officials": an act named as a noun, then "that" or "which" and its agent, is the agent's,
     * towards the next other state named.
     */
    private static List<Dyad> relativeAgent(List<Token> tokens, List<Gazetteer.Mention> mentions, int[] clause,
                                            PhraseMatcher.Match<Lexicon.Entry> trigger) {
        int end = trigger.end();
        if (end >= tokens.size() || !(tokens.get(end).lower().equals("that") || tokens.get(end).lower().equals("which"))
                || SPEECH_ACTS.contains(trigger.payload().signal()) || isParticiple(tokens.get(end - 1))) {
            // "warned that …", "agreed that …": a verb's "that" opens what is said, not an agent.
            return List.of();
        }
        Gazetteer.Mention agent = mentions.stream().filter(m -> m.start() > end && m.start() <= end + RELATIVE_AGENT_REACH
                && m.isCountry()).findFirst().orElse(null);
        if (agent == null) {
            return List.of();
        }
        Gazetteer.Mention target = mentions.stream().filter(m -> m.start() > agent.end() && m.isCountry()
                && !m.code().equals(agent.code()) && m.start() <= agent.end() + FROM_TO_REACH).findFirst().orElse(null);
        return target == null ? List.of() : List.of(new Dyad(agent, target));
    }

    /** Warnings, whose target may be named only in what they warn of. */
    private static final Set<Signal> WARNINGS = EnumSet.of(Signal.WARN, Signal.THREATEN);

    /**
     * "China's ambassador warned that Chinese consumers might shun Australian wine", "warned that
     * Tehran would walk away if Washington went ahead": a warning that names no one warned speaks
     * to the first other state its "that" clause names. Empty without "that" or a speaker.
     */
    private static List<Dyad> warnedInClause(List<Token> tokens, List<Gazetteer.Mention> mentions, int[] clause,
                                             PhraseMatcher.Match<Lexicon.Entry> trigger) {
        if (!opensThatClause(tokens, trigger)) {
            return List.of();
        }
        Gazetteer.Mention speaker = nearestBefore(mentions, clause, trigger.start(), null);
        if (speaker == null || !speaker.isCountry()) {
            return List.of();
        }
        List<Gazetteer.Mention> speakers = Coordination.before(tokens, mentions, speaker);
        for (Gazetteer.Mention m : mentions) {
            if (m.start() > trigger.end() && m.isCountry()
                    && speakers.stream().noneMatch(s -> s.code().equals(m.code()))) {
                return cross(speakers, List.of(m));
            }
        }
        return List.of();
    }

    /**
     * "Pyongyang will face severe consequences if it goes ahead, the foreign ministers in Tokyo and
     * Seoul warned": the one who faces it is threatened by whoever the closing attribution names.
     */
    private static List<Dyad> threatReported(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                             List<Gazetteer.Mention> all, int[] clause,
                                             PhraseMatcher.Match<Lexicon.Entry> trigger, Gazetteer.Mention reporter) {
        Gazetteer.Mention threatened = nearestBefore(mentions, clause, trigger.start(), null);
        if (threatened == null || threatened.code().equals(reporter.code())) {
            return List.of();
        }
        return cross(Coordination.after(tokens, all, reporter), List.of(threatened));
    }

    /** One event's source and target, as mentioned in the sentence. */
    record Dyad(Gazetteer.Mention source, Gazetteer.Mention target) {
    }

    /**
     * Who does it to whom. Coordinated actors share a role: "Russia threatened Ukraine and
     * Moldova" is two events; "Ethiopia and Eritrea signed a truce" is a joint act, coded both ways.
     * Empty when the sentence does not name two different countries for the trigger.
     */
    private static List<Dyad> attribute(List<Token> tokens, List<Gazetteer.Mention> mentions, int[] clause,
                                        PhraseMatcher.Match<?> trigger) {
        if (isObligation(tokens, trigger)) {
            return reportedDemand(tokens, mentions, trigger, null);
        }
        List<Dyad> fronted = frontedParticiple(tokens, mentions, trigger);
        if (fronted != null) {
            return fronted;
        }
        if (trigger.payload() instanceof Lexicon.Entry e && e.phrase().endsWith(" by")
                && MUTUAL.contains(e.signal())) {
            // "the treaty, signed by Israel and Jordan, ended …": the agents after "by" act together.
            // One agent alone acts on the subject: "was received by Xi Jinping".
            Gazetteer.Mention first = startingNear(tokens, mentions, trigger.end());
            List<Gazetteer.Mention> agents = first == null ? List.of() : Coordination.after(tokens, mentions, first);
            if (Gazetteer.Mention.twoOrMore(agents) || nearestBefore(mentions, clause, trigger.start(), null) == null) {
                return joint(agents);
            }
        }
        List<Gazetteer.Mention> between = between(tokens, mentions, trigger);
        if (between != null) {
            // "talks between Armenia and Azerbaijan": the two act together; "Egypt mediated between
            // Israel and Jordan": the mediator acts towards both.
            // A ceasefire or talks "between" two are theirs whoever brokered them (the broker's own
            // verb codes the mediation).
            Gazetteer.Mention outside = nearestBefore(mentions, clause, trigger.start(), null);
            boolean party = outside == null || between.stream().anyMatch(b -> b.code().equals(outside.code()));
            boolean thirdPartyAct = MEDIATION.contains(((Lexicon.Entry) trigger.payload()).signal());
            return party || !thirdPartyAct ? joint(between)
                    : cross(Coordination.before(tokens, mentions, outside), between);
        }
        Gazetteer.Mention agent = passiveAgent(tokens, mentions, trigger);
        List<Gazetteer.Mention> sources;
        List<Gazetteer.Mention> targets;
        int undergone;
        if (agent != null) {
            // "sanctions were imposed on Iran by Britain and Canada", "aid was flown in by Venezuela
            // and Cuba": every coordinated agent acts. Not a broker's: "the truce, brokered by the
            // United States, Israel and Lebanon accepted" names the parties after the broker.
            // Its list closing the clause ("a deal brokered by the United States, Egypt and Qatar.")
            // names brokers only.
            sources = Brokers.list(tokens, mentions, agent);
            // "a British-Iranian worker was arrested by Iran's Guards": the agent's own state is
            // not whom it acts on.
            // The patient stands before the verb: before the whole trigger, or inside a passive
            // reading's object ("ties with Qatar were severed by"), or between the verb and its
            // agent ("sanctions were imposed on Iran by the United States").
            boolean passiveEntry = trigger.payload() instanceof Lexicon.Entry e && e.passive();
            Gazetteer.Mention patient = nearestBefore(mentions, clause, passiveEntry ? trigger.end() : trigger.start(),
                    agent.code());
            if (patient == null) {
                Gazetteer.Mention by = agent;
                patient = mentions.stream().filter(m -> m.start() >= trigger.end() && m.end() <= by.start()
                        && !m.code().equals(by.code())).findFirst().orElse(null);
            }
            List<Gazetteer.Mention> agents = Coordination.after(tokens, mentions, agent);
            if (patient == null && agents.size() > 1 && MUTUAL.contains(((Lexicon.Entry) trigger.payload()).signal())) {
                // "a peace treaty was signed by Peru and Ecuador": a joint act, by its agents.
                return joint(agents);
            }
            targets = patient == null ? List.of() : Coordination.before(tokens, mentions, patient);
        } else if (((Lexicon.Entry) trigger.payload()).signal().polarity() == Polarity.ESCALATION
                && (undergone = Acts.undergoingVerb(tokens, trigger.start())) >= 0) {
            // "Ukraine came under attack from Russia", "Iraq suffered Turkish bombardment": the
            // subject suffers the act; its agent is named within it or after it.
            Gazetteer.Mention patient = nearestBefore(mentions, clause, undergone, null);
            if (patient == null) {
                return List.of();
            }
            targets = Coordination.before(tokens, mentions, patient);
            Gazetteer.Mention actor = mentions.stream()
                    .filter(m -> m.start() > undergone && m.end() <= trigger.end() && !m.code().equals(patient.code()))
                    .findFirst().orElse(firstFrom(tokens, mentions, clause, trigger, targets));
            sources = actor == null ? List.of() : List.of(actor);
        } else if (isPassive(tokens, trigger)) {
            // "were killed in Israeli strikes": the subject suffered it; the actor comes after. In a
            // passive reading the subject may stand inside it ("Iran's top commander was killed").
            boolean passiveEntry = trigger.payload() instanceof Lexicon.Entry e && e.passive();
            Gazetteer.Mention patient = nearestBefore(mentions, clause,
                    passiveEntry ? trigger.end() : trigger.start(), null);
            if (patient == null && VIOLENT.contains(((Lexicon.Entry) trigger.payload()).signal())) {
                // "Rockets were fired from Gaza into southern Israel": from where, at whom.
                return route(tokens, mentions, clause, trigger);
            }
            if (patient == null || anyBetween(tokens, patient.end(), trigger.start(), Attribution::isSaying)) {
                // "Afghan officials said gunfire had been exchanged": the one who says so is no
                // party to what a passive without its agent reports.
                return List.of();
            }
            targets = Coordination.before(tokens, mentions, patient);
            Gazetteer.Mention after = firstFrom(tokens, mentions, clause, trigger, targets);
            if (OWN_FORCES_MOVED.contains(((Lexicon.Entry) trigger.payload()).signal())) {
                // "Polish troops were reinforced along the frontier with Belarus", "Guyana's army has
                // been placed on high alert": forces are moved by their own state, so the subject
                // acts, toward the state named after.
                return after == null ? List.of() : cross(targets, List.of(after));
            }
            sources = after == null ? List.of() : List.of(after);
        } else if ((agent = nominalAgent(tokens, mentions, trigger)) != null) {
            // "a visit to Oman by the Iranian president": the one named after "by" acts, with any
            // joined to it ("sanctions by Britain and Canada").
            sources = Coordination.after(tokens, mentions, agent);
            Gazetteer.Mention target = firstFrom(tokens, mentions, clause, trigger, sources);
            if (target != null && target.start() > agent.start()
                    && !introducedBy(tokens, target, RECIPIENT_PREPOSITIONS)) {
                // "an attack by Iran, Syria said": only "a visit by the premier to Tokyo" names
                // the one it is done to after the agent.
                target = null;
            }
            if (target == null && (beBefore(tokens, trigger.start()) || introducedBy(tokens, agent, FROM))) {
                // "Iran was hit with fresh sanctions by Britain", "Israel received a stark warning
                // from Iran": the subject suffers the act, or receives it.
                target = nearestBefore(mentions, clause, trigger.start(), agent.code());
                targets = target == null ? List.of() : Coordination.before(tokens, mentions, target);
            } else {
                targets = target == null ? List.of() : Coordination.after(tokens, mentions, target);
            }
        } else if (Acts.threatToSubject((Lexicon.Entry) trigger.payload())) {
            // "Iran said Israel would face a crushing response": the one who faces it is
            // threatened; the one who says so threatens.
            Gazetteer.Mention threatened = nearestBefore(mentions, clause, trigger.start(), null);
            Gazetteer.Mention speaker = threatened == null ? null
                    : nearestBefore(mentions, clause, threatened.start(), threatened.code());
            return threatened == null || speaker == null ? List.of() : cross(List.of(speaker), List.of(threatened));
        } else {
            Gazetteer.Mention source = nearestBefore(mentions, clause, trigger.start(), null);
            if (source == null) {
                // "a large build-up of Eritrean troops near the border with Ethiopia": the actor
                // stands inside the nominal trigger, the target after it.
                Gazetteer.Mention inside = inside(mentions, trigger);
                Gazetteer.Mention target = inside == null ? null
                        : firstFrom(tokens, mentions, clause, trigger, List.of(inside));
                if (target != null && ownsSpace(tokens, inside)) {
                    // "a drone entered Lithuanian airspace from Belarus": the state whose airspace,
                    // waters or territory is entered is the one acted on; the one it came from acts.
                    return cross(Coordination.after(tokens, mentions, target), List.of(inside));
                }
                return target == null ? List.of() : cross(List.of(inside), Coordination.after(tokens, mentions, target));
            }
            source = Apposition.subject(i -> tokens.get(i).text().equals(","),
                    i -> LIST_OPENERS.contains(tokens.get(i).lower()), i -> LIST_JOINERS.contains(tokens.get(i).lower()),
                    mentions, source, 0, trigger.start());
            source = subjectOfCoordinatedVerb(tokens, mentions, clause, source, trigger.start());
            source = besidesPartner(tokens, mentions, clause, trigger, source);
            Gazetteer.Mention given = null;
            int giving = givenTo(tokens, source);
            Gazetteer.Mention giver = giving < 0 ? null : nearestBefore(mentions, clause, giving, source.code());
            if (giver != null && giver.isCountry()) {
                given = source;
                source = giver;
            }
            if (relativeClauseBetween(tokens, source.end(), trigger.start())) {
                // "the movement that has taken towns in Mali": the subject is not a country.
                return List.of();
            }
            sources = withJoinedBetweenCommas(tokens, mentions, Coordination.before(tokens, mentions, source),
                    trigger.start());
            Gazetteer.Mention joiner = joinerOf(tokens, mentions, clause, sources, trigger.start());
            if (joiner != null) {
                // "Japan joined the United States in imposing sanctions on Russia": the one who
                // joins does the act too.
                List<Gazetteer.Mention> all = new ArrayList<>(Coordination.before(tokens, mentions, joiner));
                all.addAll(sources);
                sources = all;
            }
            Gazetteer.Mention target = firstFrom(tokens, mentions, clause, trigger, sources);
            if (target == null && given != null) {
                target = given;
            }
            if (target == null && Acts.isMaterialHostility(((Lexicon.Entry) trigger.payload()).signal())
                    && Acts.possessiveObject(tokens, trigger.end())) {
                // "Iran vowed revenge after Israel struck its consulate": the one whose people or
                // property are hit is the other state of the sentence, not the one that strikes.
                target = otherState(tokens, mentions, clause, trigger, sources);
            }
            if (sources.size() > 1 && target != null && RECIPROCAL_STEMS.contains(tokens.get(trigger.start()).stem())
                    && !introducedBy(tokens, target, WITH_OR_TO)) {
                // "Russia and Ukraine swapped prisoners in a deal mediated by the UAE": the swap is theirs.
                return joint(sources);
            }
            if (target != null && PARTNERED.contains(((Lexicon.Entry) trigger.payload()).signal())) {
                target = partnerPastTopic(tokens, mentions, clause, target, sources);
            }
            if (target != null && opensThatClause(tokens, trigger) && !startsNear(tokens, target, trigger.end() + 1)) {
                // "demanded that the militia disarm": the one asked is the subject after "that".
                target = null;
            }
            targets = target == null ? List.of() : Coordination.after(tokens, mentions, target);
            if (sources.size() > 1 && eachOtherAfter(tokens, trigger.start())
                    && (targets.isEmpty() || target.start() > trigger.end() + EACH_OTHER_REACH)) {
                // "Russia and Ukraine accused each other of shelling the plant": any act, both ways.
                return joint(sources);
            }
            Signal signal = ((Lexicon.Entry) trigger.payload()).signal();
            boolean severalSources = Gazetteer.Mention.twoOrMore(sources);
            if (!targets.isEmpty() && (JOINT_ACTS.contains(signal) || signal == Signal.COOPERATE)
                    && targets.stream().allMatch(t -> borderPlace(tokens, t))) {
                // "Russia and Belarus began joint exercises near the border with Poland", "held
                // joint drills near the Lithuanian border": the state across a border named as
                // where is not a partner; two subjects do the act with each other. (What is pulled
                // back from near a state is pulled back from it: not an act done with a partner.)
                // One state's drills near another's border face it: a show of force (see reading).
                return severalSources ? joint(sources)
                        : Acts.heldTogetherOnly((Lexicon.Entry) trigger.payload()) ? cross(sources, targets) : List.of();
            }
            if (!targets.isEmpty() && JOINT_ACTS.contains(signal) && severalSources
                    && (!introducedBy(tokens, target, WITH_OR_TO) || onlooker(tokens, target) || !target.isCountry())
                    && !journeyTo(tokens, trigger, target)) {
                // "Rabin and Arafat shook hands on the White House lawn", "India and Pakistan held
                // talks on Afghanistan": two who talk or agree do it with each other; a third
                // country named after them is where, or what about, unless "with" or "to" it; an
                // organisation "with" them mediates ("with the African Union mediating").
                return joint(sources);
            }
            if (targets.stream().noneMatch(Gazetteer.Mention::isCountry) && sources.size() > 1
                    && (MUTUAL.contains(((Lexicon.Entry) trigger.payload()).signal())
                    || Acts.bindsBothSides((Lexicon.Entry) trigger.payload()))) {
                // "Ethiopia and Eritrea signed a truce", "Bangkok and Phnom Penh traded blame": a
                // joint act; "Malaysia and Indonesia warned of storms" is no warning to each other.
                return joint(sources);
            }
            if (Acts.heldTogetherOnly((Lexicon.Entry) trigger.payload())
                    && (targets.isEmpty() || !introducedBy(tokens, targets.get(0), WITH_OR_TO))) {
                // "French and Egyptian warships launched war games, to be joined later by Italian
                // vessels": the exercise is the two subjects'; "Russia held naval drills in the
                // Baltic, alarming Lithuania": one state's drills are no cooperation with the next
                // country named.
                return joint(sources);
            }
        }
        return cross(sources, targets);
    }

    /**
     * "Ukraine's air defences shot down 24 drones launched by Russia", "Israel intercepted Iranian
     * missiles": the one who launched the projectiles attacks the one who stopped them. The
     * launcher is named after "by"/"from", or before the projectiles; the defender before the verb.
     */
    private static List<Dyad> interception(List<Token> tokens, List<Gazetteer.Mention> mentions, int[] clause,
                                           PhraseMatcher.Match<?> trigger) {
        Gazetteer.Mention defender = nearestBefore(mentions, clause, trigger.start(), null);
        if (defender == null) {
            return List.of();
        }
        // "shot down dozens of drones over Iraq": where they were downed, not who sent them.
        List<Gazetteer.Mention> notOver = mentions.stream().filter(m -> m.start() == 0
                || !AIRSPACE_PREPOSITIONS.contains(tokens.get(m.start() - 1).lower())).toList();
        Gazetteer.Mention launcher = partyAfter(tokens, notOver, clause, trigger.start(), trigger.end(), defender);
        if (launcher == null) {
            return List.of();
        }
        List<Gazetteer.Mention> defenders = Coordination.before(tokens, mentions, defender);
        return cross(Coordination.after(tokens, mentions, launcher), defenders);
    }

    private static final Set<String> AIRSPACE_PREPOSITIONS = Set.of("over", "above");

    /** How far before a mediation its mediator may stand: "after Egyptian mediation", "the United States mediating". */
    private static final int MEDIATOR_REACH = 2;

    /**
     * "With Qatari and Egyptian officials shuttling between the two sides, Israel and Hamas agreed",
     * "Under the auspices of Egypt, Israel and Hamas began talks": a mediation in a phrase fronted
     * before the subject is its actors' mediation with the subjects after its comma.
     */
    private static List<Dyad> frontedMediation(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                               PhraseMatcher.Match<?> trigger) {
        int comma = trigger.end();
        while (comma < tokens.size() && !tokens.get(comma).text().equals(",")) {
            comma++;
        }
        List<Gazetteer.Mention> brokers = new ArrayList<>();
        Gazetteer.Mention party = null;
        for (Gazetteer.Mention m : mentions) {
            if (m.end() <= comma && m.isCountry()) {
                brokers.add(m);
            } else if (party == null && m.start() > comma) {
                party = m;
            }
        }
        if (party == null || brokers.isEmpty()
                || !Coordination.acrossFrontedPhrase(tokens, brokers.get(brokers.size() - 1), party)) {
            return List.of();
        }
        return cross(brokers, Coordination.after(tokens, mentions, party));
    }

    /**
     * "Israel and Hamas agreed to a truce after Egyptian mediation", "Armenia and Azerbaijan
     * signed a treaty, with the United States mediating": a mediator with no party after it
     * mediates between the two or more parties named before it.
     */
    private static List<Dyad> mediatedBefore(List<Token> tokens, List<Gazetteer.Mention> mentions, int[] clause,
                                             PhraseMatcher.Match<?> trigger) {
        Gazetteer.Mention mediator = nearestBefore(mentions, clause, trigger.start(), null);
        if (mediator == null || trigger.start() - mediator.end() > MEDIATOR_REACH) {
            return List.of();
        }
        List<Gazetteer.Mention> mediators = Coordination.before(tokens, mentions, mediator);
        Gazetteer.Mention party = nearestBefore(mentions, clause, mediators.get(0).start(), mediator.code());
        if (party == null) {
            return List.of();
        }
        List<Gazetteer.Mention> parties = Coordination.before(tokens, mentions, party).stream()
                .filter(m -> mediators.stream().noneMatch(x -> x.code().equals(m.code()))).toList();
        if (!Gazetteer.Mention.twoOrMore(parties)) {
            return List.of();
        }
        return cross(mediators, parties);
    }

    /** A mediation at word {@code at} and the brokers its "by" names. */
    private record Brokered(int at, List<Gazetteer.Mention> brokers) {
    }

    /** Each mediation of the sentence that names its brokers ({@link Brokers#of}), with them (once per sentence). */
    private static List<Brokered> brokered(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                           List<PhraseMatcher.Match<Lexicon.Entry>> triggers) {
        List<Brokered> out = new ArrayList<>();
        for (PhraseMatcher.Match<Lexicon.Entry> t : triggers) {
            List<Gazetteer.Mention> brokers = t.payload().signal() == Signal.MEDIATE ? Brokers.of(tokens, mentions, t.start(), t.end())
                    : List.of();
            if (!brokers.isEmpty()) {
                out.add(new Brokered(t.start(), brokers));
            }
        }
        return out;
    }

    /**
     * "Saudi Arabia and Qatar signed a declaration, after months of mediation by Kuwait and the
     * United States", "… following weeks of Qatari mediation": a mediation that names its brokers
     * ({@link Brokers#of}: {@code brokers}), after joint subjects named earlier in the sentence, is
     * theirs with each of those subjects; none when no two states act together before it.
     */
    private static List<Dyad> mediationByAfterParties(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                                      PhraseMatcher.Match<?> trigger,
                                                      List<Gazetteer.Mention> brokers) {
        if (brokers.isEmpty()) {
            return List.of();
        }
        for (Gazetteer.Mention m : mentions) {
            if (m.end() > trigger.start()) {
                break;
            }
            List<Gazetteer.Mention> parties = Coordination.after(tokens, mentions, m);
            if (parties.get(parties.size() - 1).end() <= trigger.start()
                    && Gazetteer.Mention.twoOrMore(parties)
                    && parties.stream().noneMatch(p -> brokers.stream().anyMatch(b -> b.code().equals(p.code())))) {
                return cross(brokers, parties);
            }
        }
        Gazetteer.Mention subject = mentions.stream().filter(m -> m.end() <= trigger.start()
                && brokers.stream().noneMatch(b -> b.code().equals(m.code()))).findFirst().orElse(null);
        if (subject != null && subject.kind() != Gazetteer.Kind.GROUP
                && withInsurgents(tokens, mentions, subject, trigger.start())) {
            // "Sudan's government and the SPLM rebels signed a peace agreement under Kenyan
            // mediation": a state and its own insurgents are the parties; the brokers mediate with
            // the state (and with the insurgents, whom no state code names apart).
            return cross(brokers, List.of(subject));
        }
        // "Saudi Arabia reopened its borders with Qatar thanks to the mediation of Kuwait": the two
        // states named before the broker's mediation, and no others, are the parties it brought together.
        List<Gazetteer.Mention> before = new ArrayList<>();
        for (Gazetteer.Mention m : mentions) {
            if (m.end() <= trigger.start() && m.isCountry() && brokers.stream().noneMatch(b -> b.code().equals(m.code()))
                    && before.stream().noneMatch(p -> p.code().equals(m.code()))) {
                before.add(m);
            }
        }
        return before.size() == 2 ? cross(brokers, before) : List.of();
    }

    /** Words between a state and "and" that still name the state: "Sudan's government and …". */
    private static final Set<String> GOVERNMENT_WORDS = Set.of("'s", "\u2019s", "government", "authorities",
            "junta", "regime");
    /** How far after "and" the insurgents' noun or name may stand ("and the southern rebel Sudan People's …"). */
    private static final int INSURGENTS_REACH = 4;

    /**
     * The state {@code state} is coordinated with its own insurgents before word {@code before}: "and"
     * follows it (past "'s government"), then, before any other country, a group of the same
     * country ("and the FARC") or a noun of non-state actors ("and the rebels").
     */
    private static boolean withInsurgents(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                          Gazetteer.Mention state, int before) {
        int i = state.end();
        while (i < before && GOVERNMENT_WORDS.contains(tokens.get(i).lower())) {
            i++;
        }
        if (i >= before || !tokens.get(i).lower().equals("and")) {
            return false;
        }
        for (int k = i + 1; k < before && k <= i + INSURGENTS_REACH; k++) {
            int at = k;
            Gazetteer.Mention named = mentions.stream().filter(m -> m.start() == at).findFirst().orElse(null);
            if (named != null) {
                return named.kind() == Gazetteer.Kind.GROUP && named.code().equals(state.code());
            }
            if (ActorNouns.standard().isNonstate(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Several Iranian drones were intercepted over Pakistani territory", "two Russian missiles
     * were shot down by Ukrainian air defences": the launcher owns the projectiles before the verb,
     * the defender is named after it (its defences, its territory); the launcher attacks the defender.
     */
    private static List<Dyad> passiveInterception(List<Token> tokens, List<Gazetteer.Mention> mentions, int[] clause,
                                                  PhraseMatcher.Match<?> trigger, int verb) {
        Gazetteer.Mention launcher = nearestBefore(mentions, clause, verb, null);
        if (launcher == null) {
            return List.of();
        }
        Gazetteer.Mention defender = partyAfter(tokens, mentions, clause, verb, trigger.end(), launcher);
        if (defender == null) {
            return List.of();
        }
        return cross(Coordination.before(tokens, mentions, launcher), Coordination.after(tokens, mentions, defender));
    }

    /**
     * The first actor after the interception's verb at {@code verb}, in its clause and within
     * {@link Interception#REACH} of the trigger's end, other than {@code other}: the other side.
     */
    private static Gazetteer.Mention partyAfter(List<Token> tokens, List<Gazetteer.Mention> mentions, int[] clause,
                                                int verb, int end, Gazetteer.Mention other) {
        for (Gazetteer.Mention m : mentions) {
            if (m.start() > verb && wordsBetween(tokens, end, m.start()) <= Interception.REACH
                    && clause[m.start()] == clause[verb] && !m.code().equals(other.code())) {
                return m;
            }
        }
        return null;
    }

    /**
     * The words from {@code from} up to {@code to}, numbers aside: "shot down 87 of the 122
     * missiles and 27 of the 36 drones Russia launched" names its launcher as near as "shot down
     * the missiles and drones Russia launched".
     */
    private static int wordsBetween(List<Token> tokens, int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            if (!PhraseMatcher.isNumber(tokens.get(i).text())) {
                words++;
            }
        }
        return words;
    }

    /**
     * The two parties of "between X and Y" right after the trigger ("talks between", "mediate
     * between", "a meeting on Sunday between"), or null.
     */
    private static List<Gazetteer.Mention> between(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                                   PhraseMatcher.Match<?> trigger) {
        int at = -1;
        for (int i = trigger.start(); i < tokens.size() && i <= trigger.end() + BETWEEN_REACH; i++) {
            if (tokens.get(i).lower().equals("between")) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return null;
        }
        Gazetteer.Mention first = startingNear(tokens, mentions, afterOfficeOf(tokens, at + 1));
        if (first == null) {
            return null;
        }
        List<Gazetteer.Mention> parties = Coordination.after(tokens, mentions, first);
        return parties.size() >= 2 ? parties : null;
    }

    /**
     * "India and Canada each expelled a senior diplomat": two or more states joined as the subject
     * of an act they each do, with no one else named, do it to each other.
     */
    private static List<Dyad> eachOther(List<Token> tokens, List<Gazetteer.Mention> mentions, int[] clause,
                                        PhraseMatcher.Match<?> trigger) {
        if (trigger.start() == 0 || !tokens.get(trigger.start() - 1).lower().equals("each")) {
            return List.of();
        }
        Gazetteer.Mention last = nearestBefore(mentions, clause, trigger.start(), null);
        if (last == null) {
            return List.of();
        }
        List<Gazetteer.Mention> group = Coordination.before(tokens, mentions, last);
        return Gazetteer.Mention.twoOrMore(group) ? joint(group) : List.of();
    }

    /**
     * "between the President of Belarus and …", "between the foreign ministers of India and
     * China", "clashes between the armies of Armenia and Azerbaijan": where the state starts after
     * the office or force named before it with "of", or the holder's name after a title; {@code at}
     * itself when no office opens the phrase.
     */
    static int afterOfficeOf(List<Token> tokens, int at) {
        int i = at;
        if (i < tokens.size() && ARTICLES.contains(tokens.get(i).lower())) {
            i++;
        }
        int office = 0;
        while (i < tokens.size() && office < OFFICE_WORDS && (ROLE_WORDS.contains(tokens.get(i).lower())
                || Acts.isTitle(tokens.get(i)) || OFFICES_BEFORE_OF.contains(tokens.get(i).lower()))) {
            i++;
            office++;
        }
        if (office == 0 || i >= tokens.size()) {
            return at;
        }
        // "between Prime Minister Narendra Modi and": a title before its holder's name.
        return tokens.get(i).lower().equals("of") ? i + 1 : i;
    }

    /** "the deputy foreign ministers of": how many words an office named before its state may have. */
    private static final int OFFICE_WORDS = 4;
    /**
     * Offices and forces named before their state besides {@link #ROLE_WORDS}: "the armies of Armenia
     * and Azerbaijan", "the Amir of Kuwait" ("Amir" alone is also a first name, so not a role word).
     */
    private static final Set<String> OFFICES_BEFORE_OF = Set.of("armies", "navies", "militaries", "heads", "head",
            "chiefs", "ministers", "presidents", "governments", "delegations", "representatives", "envoys", "amir");

    /**
     * "Tokyo lodged a protest with Beijing and demanded the release": after "and", a country
     * named as a preposition's object ends the first verb's phrase; both verbs share the subject
     * before it.
     */
    private static Gazetteer.Mention subjectOfCoordinatedVerb(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                                             int[] clause, Gazetteer.Mention source, int triggerStart) {
        int and = triggerStart - 1;
        while (and > source.end() && AUXILIARIES.contains(tokens.get(and).lower())) {
            and--;
        }
        if (and != source.end() || !tokens.get(and).lower().equals("and") || source.start() == 0
                || !OBJECT_PREPOSITIONS.contains(tokens.get(source.start() - 1).lower())) {
            return source;
        }
        Gazetteer.Mention subject = null;
        for (Gazetteer.Mention m : mentions) {
            if (m.end() < source.start() && clause[m.start()] == clause[source.start()]
                    && (m.start() == 0 || !OBJECT_PREPOSITIONS.contains(tokens.get(m.start() - 1).lower()))) {
                subject = m;
            }
        }
        return subject == null ? source : subject;
    }

    private static boolean commaBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A relative pronoun between the actor and the trigger, not right after the actor. "That"
     * after a verb of saying opens what the actor said ("Kenya announced that it will pull out"),
     * not a clause about someone else.
     */
    /** "Nawaz Sharif, Pakistan's prime minister, who": how long an appositive before a relative pronoun may be. */
    private static final int APPOSITIVE_REACH = 7;

    private static boolean relativeClauseBetween(List<Token> tokens, int actorEnd, int triggerStart) {
        // "the Philippines, which accused China": the actor is the relative pronoun's antecedent, as
        // is its office ("Nawaz Sharif, the Pakistani prime minister, who flew to Washington").
        int end = actorEnd;
        while (end < triggerStart && (ROLE_WORDS.contains(tokens.get(end).lower()) || tokens.get(end).isPossessive())) {
            end++;
        }
        boolean appositive = end < tokens.size() && tokens.get(end).text().equals(",");
        int from = appositive ? end + 2 : actorEnd + 1;
        if (appositive) {
            // "Nawaz Sharif, Pakistan's prime minister, who flew": the pronoun after a short
            // appositive still has the actor as its antecedent.
            for (int c = end + 1; c < triggerStart - 1 && c <= end + APPOSITIVE_REACH; c++) {
                if (tokens.get(c).text().equals(",")) {
                    from = RELATIVE_PRONOUNS.contains(tokens.get(c + 1).lower()) ? c + 2 : from;
                    break;
                }
            }
        }
        for (int i = from; i < triggerStart; i++) {
            String t = tokens.get(i).lower();
            if (RELATIVE_PRONOUNS.contains(t) && !(t.equals("that") && (Attribution.saidBefore(tokens, i)
                    || Attribution.toldAudience(tokens, i)))
                    && !enclosed(tokens, actorEnd, i, triggerStart)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Afwerki, in an interview that was published on Monday, rejected …": a relative clause
     * inside an insertion between commas, the second just before the trigger, or between
     * parentheses ("Nigeria (which borders Chad) expelled …"), is closed; the trigger is the actor's.
     */
    private static boolean enclosed(List<Token> tokens, int actorEnd, int relative, int triggerStart) {
        return commaBetween(tokens, actorEnd, relative)
                && commaBetween(tokens, Math.max(relative, triggerStart - INSERTION_CLOSE_TOKENS), triggerStart)
                || anyBetween(tokens, actorEnd, relative, w -> w.text().equals("("))
                && anyBetween(tokens, relative, triggerStart, w -> w.text().equals(")"));
    }

    /** "in Cairo", "visiting Tbilisi", "arriving in Kabul": the mention names where someone is. */
    private static boolean isPlace(List<Token> tokens, Gazetteer.Mention m) {
        if (m.start() == 0) {
            return false;
        }
        String before = tokens.get(m.start() - 1).lower();
        return VENUE_PREPOSITIONS.contains(before) || PLACE_PARTICIPLES.contains(before);
    }

    private static final Set<String> PLACE_PARTICIPLES = Set.of("visiting", "touring", "leaving", "reaching");

    /**
     * {@code mentions} with the one that runs over {@code at} cut short there: an actor extended
     * over the organ that acts ("Russian military", "Turkish army") may run into a lexicon phrase
     * that starts with that organ ("military drills near", "military operation against").
     */
    static List<Gazetteer.Mention> cutAt(List<Gazetteer.Mention> mentions, int at) {
        for (int i = 0; i < mentions.size(); i++) {
            Gazetteer.Mention m = mentions.get(i);
            if (m.start() < at && at < m.end()) {
                List<Gazetteer.Mention> cut = new ArrayList<>(mentions);
                cut.set(i, new Gazetteer.Mention(m.code(), m.kind(), m.start(), at));
                return cut;
            }
        }
        return mentions;
    }

    /** Modal verbs of obligation: what follows them is asked of their subject, not done by it. */
    private static final Set<String> OBLIGATIONS = Set.of("must", "should", "ought");
    /** "has to", "needs to": obligation when "to" follows. */
    private static final Set<String> OBLIGATIONS_WITH_TO = Set.of("have", "has", "had", "need", "needs");

    /**
     * "Sudan must hand over", "Israel should end", "Russia will have to pay": a lexicon trigger
     * (a demand or an appeal) on a modal verb of obligation.
     */
    private static boolean isObligation(List<Token> tokens, PhraseMatcher.Match<?> trigger) {
        if (!(trigger.payload() instanceof Lexicon.Entry entry)
                || entry.signal() != Signal.DEMAND && entry.signal() != Signal.APPEAL) {
            return false;
        }
        String word = tokens.get(trigger.start()).lower();
        return OBLIGATIONS.contains(word) || OBLIGATIONS_WITH_TO.contains(word)
                && trigger.start() + 1 < tokens.size() && tokens.get(trigger.start() + 1).lower().equals("to");
    }

    /** "have" (after an optional "not" or "never") at {@code at}: a modal in the perfect. */
    private static boolean perfectAfter(List<Token> tokens, int at) {
        int i = at;
        if (i < tokens.size() && (tokens.get(i).lower().equals("not") || tokens.get(i).lower().equals("never"))) {
            i++;
        }
        return i < tokens.size() && tokens.get(i).lower().equals("have");
    }

    /**
     * The state an obligation binds: the country just before the modal ("Sudan must", "Russia will
     * have to"), or the one a pronoun there stands for ("a note to Iran that it must").
     */
    private static Gazetteer.Mention subjectOfObligation(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                                        PhraseMatcher.Match<?> trigger) {
        Gazetteer.Mention subject = null;
        for (Gazetteer.Mention m : mentions) {
            if (m.end() <= trigger.start() && trigger.start() - m.end() <= 2) {
                subject = m;
            }
        }
        String before = trigger.start() > 0 ? tokens.get(trigger.start() - 1).lower() : "";
        if (subject == null && (before.equals("it") || before.equals("they"))) {
            subject = nearestBefore(mentions, new int[tokens.size()], trigger.start() - 1, null);
        }
        return subject;
    }

    /**
     * "the Netherlands repeated that Sudan must hand over the accused", "Israel should end its
     * blockade, Turkey's president said": the speaker demands of (or appeals to) the subject of the
     * modal. Without a speaker, nobody is demanding anything of anyone. {@code reporter} is the
     * state a closing attribution names (may be null).
     */
    private static List<Dyad> reportedDemand(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                             PhraseMatcher.Match<?> trigger, Gazetteer.Mention reporter) {
        Gazetteer.Mention subject = subjectOfObligation(tokens, mentions, trigger);
        if (subject == null || perfectAfter(tokens, trigger.end())) {
            // "France should not have recognised Palestine", "Iran must have known": a reproach or
            // a guess about the past asks nothing of anyone.
            return List.of();
        }
        int that = -1;
        for (int i = trigger.start() - 1; i >= 0; i--) {
            if (tokens.get(i).text().equalsIgnoreCase("that")) {
                that = i;
                break;
            }
        }
        if (that < 0 && subject.start() > 0 && Attribution.isSaying(tokens.get(subject.start() - 1))) {
            // "China said Japan must stop": the verb of saying stands where "that" would.
            that = subject.start() - 1;
        }
        // The speaker comes before both "that" and the one it speaks of.
        int limit = Math.min(that, subject.start());
        Gazetteer.Mention speaker = null;
        for (Gazetteer.Mention m : mentions) {
            if (that > 0 && m.end() <= limit && m.isCountry() && !m.code().equals(subject.code())
                    && !(speaker != null && isPlace(tokens, m))) {
                // "Clinton, visiting Tbilisi, said Russia must": where the speaker is does not speak.
                speaker = m;
            }
        }
        if (speaker == null && that < 0 && tokens.get(0).isOpeningQuote()) {
            // "'Tehran must stop arming the militia,' the Saudi foreign minister said": the quote's
            // speaker (see quoted) stands at its start.
            for (Gazetteer.Mention m : mentions) {
                if (m.start() == 0 && m.end() == 1 && m.isCountry() && !m.code().equals(subject.code())) {
                    speaker = m;
                }
            }
        }
        if (speaker == null && that < 0 && reporter != null && !reporter.code().equals(subject.code())) {
            speaker = reporter;
        }
        if (speaker == null || !subject.isCountry()) {
            return List.of();
        }
        return List.of(new Dyad(speaker, subject));
    }

    /**
     * "Chad Williams", "Jordan Peters", "Kenya Moore": a one-word country name followed by a
     * capitalised word that is neither an office, a date nor another actor is a person's or a
     * brand's name.
     */
    private static boolean firstNameOrBrand(List<Token> tokens, List<Gazetteer.Mention> mentions, Gazetteer.Mention m) {
        if (m.kind() != Gazetteer.Kind.NAME || m.end() - m.start() != 1 || m.end() >= tokens.size()) {
            return false;
        }
        Token nextToken = tokens.get(m.end());
        String next = nextToken.text();
        if (!Character.isUpperCase(next.charAt(0)) || !next.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String lower = nextToken.lower();
        if (ROLE_WORDS.contains(lower) || STATE_ORGANS.contains(lower) || isCalendarWord(lower)) {
            return false;
        }
        for (Gazetteer.Mention other : mentions) {
            if (other.start() == m.end()) {
                return false;
            }
        }
        return true;
    }

    /** Capitals named only as places ("in Beirut"), and cities and regions wherever they stand ("struck Sumy"). */
    private static List<Gazetteer.Mention> venues(List<Token> tokens, List<Gazetteer.Mention> found) {
        List<Gazetteer.Mention> venues = new ArrayList<>();
        for (Gazetteer.Mention m : found) {
            if (m.kind() == Gazetteer.Kind.PLACE || m.kind() == Gazetteer.Kind.CAPITAL && m.start() > 0
                    && VENUE_PREPOSITIONS.contains(tokens.get(m.start() - 1).lower())) {
                venues.add(m);
            }
        }
        return venues;
    }

    /**
     * A protest whose trigger names the state protested against ("stormed the Danish embassy",
     * "burned Israeli flags"): that state is its target, never its source. With no protester
     * named before it, the protest is the host's, the country of the place named after it
     * ("… the Danish embassy in Damascus", "… outside the embassy in Amman").
     */
    private static List<Dyad> protestedState(List<Gazetteer.Mention> mentions, List<Gazetteer.Mention> venues,
                                             int[] clause, PhraseMatcher.Match<?> trigger, List<Dyad> dyads) {
        Gazetteer.Mention owner = mentions.stream().filter(m -> m.start() >= trigger.start()
                && m.start() < trigger.end() && m.isCountry()).findFirst().orElse(null);
        if (owner == null || dyads.stream().anyMatch(d -> !d.source().code().equals(owner.code()))) {
            return dyads;
        }
        for (Gazetteer.Mention v : venues) {
            if (v.start() >= trigger.end() && clause[v.start()] == clause[trigger.start()]) {
                return v.code().equals(owner.code()) ? List.of() : List.of(new Dyad(v, owner));
            }
        }
        return List.of();
    }

    /** The actor before a violent trigger against the country of the first venue after it. */
    private static List<Dyad> atVenue(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                      List<Gazetteer.Mention> venues, int[] clause, PhraseMatcher.Match<?> trigger) {
        return atVenue(tokens, mentions, venues, clause, trigger, trigger.end());
    }

    /** As {@link #atVenue}, with the venue at or after {@code from}. */
    private static List<Dyad> atVenue(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                      List<Gazetteer.Mention> venues, int[] clause, PhraseMatcher.Match<?> trigger,
                                      int from) {
        Gazetteer.Mention source = nearestBefore(mentions, clause, trigger.start(), null);
        if (source == null || !source.isCountry()) {
            return List.of();
        }
        for (Gazetteer.Mention v : venues) {
            if (v.start() >= from && !v.code().equals(source.code())) {
                return cross(Coordination.before(tokens, mentions, source), List.of(v));
            }
        }
        return List.of();
    }

    /**
     * The state of the first place after a passive coercion, in its clause, towards the nearest
     * country before it: "an American pastor … was jailed by a court in Izmir", "a British aid
     * worker was sentenced to five years in prison in Tehran".
     */
    private static List<Dyad> coercedAt(List<Gazetteer.Mention> mentions, List<Gazetteer.Mention> venues,
                                        int[] clause, PhraseMatcher.Match<?> trigger) {
        Gazetteer.Mention target = nearestBefore(mentions, clause, trigger.start(), null);
        if (target == null || !target.isCountry()) {
            return List.of();
        }
        for (Gazetteer.Mention v : venues) {
            if (v.start() >= trigger.end() && clause[v.start()] == clause[trigger.start()]) {
                return v.code().equals(target.code()) ? List.of() : List.of(new Dyad(v, target));
            }
        }
        return List.of();
    }

    private static final Set<String> MISSION_WORDS = Set.of("embassy", "embassies", "consulate", "consulates",
            "mission", "chancery", "legation");

    /**
     * A state's mission is named in the few words before the end of a passive act: "the Japanese
     * embassy in Beijing was pelted", or inside its passive reading ("embassy … was stormed").
     */
    private static boolean missionBefore(List<Token> tokens, int end) {
        return anyBetween(tokens, Math.max(0, end - MISSION_REACH - 2), end, w -> MISSION_WORDS.contains(w.lower()));
    }

    private static final int MISSION_REACH = 6;

    /**
     * "The Japanese embassy in Beijing was stormed": the mission's state suffers the act of the
     * state it stands in, named as the place of the mission between it and the verb.
     */
    private static List<Dyad> missionAt(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                        List<Gazetteer.Mention> venues, PhraseMatcher.Match<?> trigger) {
        Gazetteer.Mention owner = null;
        for (Gazetteer.Mention m : mentions) {
            if (m.end() <= trigger.end() && m.start() >= trigger.start() - MISSION_REACH - 2 && m.isCountry()
                    && MISSION_WORDS.contains(tokens.get(Math.min(m.end(), tokens.size() - 1)).lower())) {
                owner = m;
                break;
            }
        }
        if (owner == null) {
            return List.of();
        }
        for (Gazetteer.Mention v : venues) {
            if (v.start() > owner.end() && v.end() <= trigger.end() && !v.code().equals(owner.code())
                    && tokens.get(v.start() - 1).lower().equals("in")) {
                return List.of(new Dyad(v, owner));
            }
        }
        return List.of();
    }

    /** "Five Americans held in Iran were freed": how far before the release "held in" may stand. */
    private static final int HELD_REACH = 8;

    /**
     * A passive release with no agent: the state the released were "held in" or "detained in"
     * frees the nationals named before that.
     */
    private static List<Dyad> releasedFrom(List<Token> tokens, List<Gazetteer.Mention> mentions, int[] clause,
                                           PhraseMatcher.Match<?> trigger) {
        // A passive reading's trigger starts at its object ("sailors held in Iran were released").
        for (int i = trigger.end() - 2; i > 0 && i >= trigger.start() - HELD_REACH; i--) {
            if (!tokens.get(i).lower().equals("in") || !HELD_WORDS.contains(tokens.get(i - 1).lower())) {
                continue;
            }
            int at = i + 1;
            Gazetteer.Mention holder = mentions.stream().filter(m -> m.start() == at || m.start() == at + 1
                    && tokens.get(at).lower().equals("the")).findFirst().orElse(null);
            Gazetteer.Mention released = holder == null ? null
                    : nearestBefore(mentions, clause, i - 1, holder.code());
            if (holder != null && released != null && holder.isCountry() && released.isCountry()) {
                return List.of(new Dyad(holder, released));
            }
        }
        return List.of();
    }

    private static final Set<String> HELD_WORDS = Set.of("held", "detained", "jailed", "imprisoned", "captured");

    /** "pulled out of the buffer zones around South Ossetia": how far the place left may follow. */
    private static final int WITHDRAWN_FROM_REACH = 10;

    /**
     * The actor before a withdrawal from the country of the first place after it in its clause,
     * unless that place is only where the withdrawal is announced or happens ("in", "at": "withdrew
     * from the talks in Geneva").
     */
    private static List<Dyad> withdrawnFrom(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                            List<Gazetteer.Mention> venues, int[] clause,
                                            PhraseMatcher.Match<?> trigger) {
        Gazetteer.Mention source = nearestBefore(mentions, clause, trigger.start(), null);
        if (source == null || !source.isCountry()) {
            return List.of();
        }
        for (Gazetteer.Mention v : venues) {
            if (v.start() >= trigger.end() && v.start() - trigger.end() <= WITHDRAWN_FROM_REACH
                    && clause[v.start()] == clause[trigger.start()]) {
                if (introducedBy(tokens, v, VENUE_WORDS) || v.code().equals(source.code())) {
                    return List.of();
                }
                return List.of(new Dyad(source, v));
            }
        }
        return List.of();
    }

    private static final Set<String> VENUE_WORDS = Set.of("in", "at");

    /** Two or more states act, and every one they act on is only where they are ("in", "at"). */
    private static boolean jointSubjectAtVenue(List<Token> tokens, List<Dyad> dyads) {
        if (dyads.isEmpty() || dyads.stream().map(d -> d.source().code()).distinct().count() < 2) {
            return false;
        }
        for (Dyad d : dyads) {
            if (!introducedBy(tokens, d.target(), VENUE_WORDS)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An actor who did not do the previous act stands right before the "to" of this one
     * ("Colombia turned back US aircraft, prompting President Trump to threaten tariffs"): the
     * purpose is that actor's, even when the previous act was done to it.
     */
    private static boolean newSubjectBefore(List<Token> tokens, List<Gazetteer.Mention> mentions, List<Dyad> previous,
                                            int previousStart, int start) {
        for (Gazetteer.Mention m : mentions) {
            if (m.start() > previousStart && possessiveOfIntent(tokens, m, start)
                    && previous.stream().noneMatch(d -> d.source().code().equals(m.code()))) {
                return true;
            }
            if (m.start() > previousStart && m.end() >= start - 2 && m.end() < start
                    && previous.stream().noneMatch(d -> d.source().code().equals(m.code()))
                    && (previous.stream().noneMatch(d -> d.target().code().equals(m.code()))
                    || causedBefore(tokens, m.start()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "…, prompting Pakistan to vow a response": the state a causative verb makes act, just before
     * the act's "to", acts towards the sources of the sentence's previous act. Empty otherwise.
     */
    private static List<Dyad> answerToCause(List<Token> tokens, List<Gazetteer.Mention> mentions, List<Dyad> previous,
                                            int previousStart, int start) {
        for (Gazetteer.Mention m : mentions) {
            if (m.start() > previousStart && m.end() >= start - 2 && m.end() < start && m.isCountry()
                    && causedBefore(tokens, m.start())) {
                List<Gazetteer.Mention> causes = new ArrayList<>();
                for (Dyad d : previous) {
                    if (!d.source().code().equals(m.code())
                            && causes.stream().noneMatch(c -> c.code().equals(d.source().code()))) {
                        causes.add(d.source());
                    }
                }
                return cross(List.of(m), causes);
            }
        }
        return List.of();
    }

    /**
     * "Quito's decision to break off relations", "Tehran's offer to mediate": the state whose
     * decision, offer or plan it is, named just before with "'s", does the act after "to".
     */
    private static boolean possessiveOfIntent(List<Token> tokens, Gazetteer.Mention m, int start) {
        return m.end() + 3 == start && tokens.get(m.end()).text().equals("'s")
                && INTENTS.contains(tokens.get(m.end() + 1).lower()) && tokens.get(m.end() + 2).lower().equals("to");
    }

    private static final Set<String> INTENTS = Set.of("decision", "move", "plan", "offer", "bid", "attempt",
            "refusal", "pledge", "promise", "threat", "readiness", "willingness", "order", "vow", "call", "demand",
            "request", "agreement", "failure");

    /** Verbs that make their object the subject of the next: "prompting Trump to", "forcing Kyiv to". */
    private static final Set<String> CAUSATIVES = Stemmer.stems("prompt", "force", "lead", "cause", "push", "spur",
            "drive", "compel", "urge", "ask", "invite", "allow", "pressure", "press");
    private static final int CAUSATIVE_REACH = 3;

    private static boolean causedBefore(List<Token> tokens, int mentionStart) {
        for (int i = mentionStart - 1; i >= 0 && i >= mentionStart - CAUSATIVE_REACH; i--) {
            if (CAUSATIVES.contains(tokens.get(i).stem())) {
                return true;
            }
        }
        return false;
    }

    private static List<Dyad> visits(List<Token> tokens, List<Dyad> dyads, int start) {
        return dyads.stream().filter(d -> Acts.isVisit(tokens, d.source(), d.target(), start)).toList();
    }

    /**
     * The verb follows "and"/"but" (auxiliaries aside) with no subject of its own, or is a present
     * participle opening a clause after a comma ("closed its border with Benin, accusing Cotonou
     * of hosting foreign troops"), whose subject is the main clause's.
     */
    private static boolean sharesSubject(List<Token> tokens, int triggerStart) {
        if (participleAfterComma(tokens, triggerStart)) {
            return true;
        }
        if (triggerStart >= 2 && Acts.isWeapon(tokens.get(triggerStart)) && Acts.isWeapon(tokens.get(triggerStart - 2))
                && tokens.get(triggerStart - 1).lower().equals("and")) {
            // "after Iranian missiles and drones struck": a weapon opening the phrase is a subject
            // of its own, joined to another weapon, not a verb sharing the subject before "and".
            return false;
        }
        for (int i = triggerStart - 1; i >= 0 && i >= triggerStart - 4; i--) {
            String t = tokens.get(i).lower();
            if (t.equals("and") || t.equals("but")) {
                return true;
            }
            if (!AUXILIARIES.contains(t)) {
                return false;
            }
        }
        return false;
    }

    /** A present participle right after a comma: "…, accusing Cotonou of hosting foreign troops". */
    private static boolean participleAfterComma(List<Token> tokens, int triggerStart) {
        return triggerStart > 0 && tokens.get(triggerStart - 1).text().equals(",")
                && tokens.get(triggerStart).isWord() && tokens.get(triggerStart).lower().endsWith("ing");
    }

    /**
     * "scaled back its drills with the United States to ease tensions with North Korea": a purpose
     * that names its own other party right after it is aimed at that party, not at the first act's.
     */
    private static boolean ownTargetAfter(List<Token> tokens, List<Gazetteer.Mention> mentions, int[] clause,
                                          PhraseMatcher.Match<?> trigger, List<Dyad> previous) {
        List<Gazetteer.Mention> sources = previous.stream().map(Dyad::source).distinct().toList();
        Gazetteer.Mention own = firstFrom(tokens, mentions, clause, trigger, sources);
        return own != null && own.start() <= trigger.end() + 2
                && previous.stream().noneMatch(d -> d.target().code().equals(own.code()));
    }

    /** The previous event's actors acting on this trigger's own target. */
    private static List<Dyad> withSources(List<Dyad> previous, List<Token> tokens, List<Gazetteer.Mention> mentions,
                                          int[] clause, PhraseMatcher.Match<?> trigger) {
        List<Gazetteer.Mention> sources = previous.stream().map(Dyad::source).distinct().toList();
        Gazetteer.Mention target = firstFrom(tokens, mentions, clause, trigger, sources);
        if (target == null && SentenceLinks.objectPronounAfter(tokens, trigger)) {
            // "detained two Ukrainian sailors and charged them with espionage", "called the Turkish
            // president and thanked him": the pronoun stands for whom the verb before acted on.
            return previous.stream().filter(d -> !d.source().code().equals(d.target().code())).toList();
        }
        if (target == null) {
            // "Thailand and Cambodia reopened the border and withdrew troops": two who act
            // together go on acting together.
            Set<String> targets = previous.stream().map(d -> d.target().code()).collect(java.util.stream.Collectors.toSet());
            boolean together = sources.stream().allMatch(m -> targets.contains(m.code()))
                    && trigger.payload() instanceof Lexicon.Entry e && MUTUAL.contains(e.signal())
                    && e.signal() != Signal.AID;
            return together ? joint(sources) : List.of();
        }
        return cross(sources, Coordination.after(tokens, mentions, target));
    }

    /**
     * The state a journey goes to, named right after its verb: "rescue teams from Japan and South
     * Korea arrived in Turkey" go to Turkey; the travellers do not meet each other there.
     */
    private static boolean journeyTo(List<Token> tokens, PhraseMatcher.Match<?> trigger, Gazetteer.Mention target) {
        return trigger.payload() instanceof Lexicon.Entry e && (Acts.isTravel(e) && Acts.isDelivery(tokens, target, trigger.start())
                || VISIT_STEMS.contains(tokens.get(trigger.start()).stem()) && startsNear(tokens, target, trigger.end()));
    }

    /** "France and Germany visited Kyiv": the one visited is the verb's object, not a place joint subjects met in. */
    private static final Set<String> VISIT_STEMS = Stemmer.stems("visit", "visited", "visits", "tour", "toured");

    /** What a state owns and another enters: "Lithuanian airspace", "Japan's territorial waters". */
    private static final Set<String> SPACES = Set.of("airspace", "waters", "territory", "territorial", "skies", "soil");

    /** The mention names whose airspace, waters or territory it is: the noun follows it, past a possessive. */
    private static boolean ownsSpace(List<Token> tokens, Gazetteer.Mention m) {
        int i = m.end();
        if (i < tokens.size() && tokens.get(i).isPossessive()) {
            i++;
        }
        return i < tokens.size() && SPACES.contains(tokens.get(i).lower());
    }

    /** Every ordered pair of different countries among joint actors. */
    private static List<Dyad> joint(List<Gazetteer.Mention> actors) {
        return cross(actors, actors);
    }

    /** Each source acting on each target, where both are countries and differ. */
    private static List<Dyad> cross(List<Gazetteer.Mention> sources, List<Gazetteer.Mention> targets) {
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

    /** Nearest actor ending before {@code before}, preferring the trigger's clause; skips {@code exclude}. */
    static Gazetteer.Mention nearestBefore(List<Gazetteer.Mention> mentions, int[] clause, int before,
                                                   String exclude) {
        Gazetteer.Mention best = null;
        for (Gazetteer.Mention m : mentions) {
            if (m.end() <= before && !m.code().equals(exclude)) {
                best = m;
            }
        }
        if (best == null || before >= clause.length) {
            return best;
        }
        Gazetteer.Mention inClause = null;
        for (Gazetteer.Mention m : mentions) {
            if (m.end() <= before && !m.code().equals(exclude) && clause[m.start()] == clause[before]) {
                inClause = m;
            }
        }
        return inClause != null ? inClause : best;
    }

    /** First actor other than the sources from the trigger's first word on, within its clause. */
    private static Gazetteer.Mention firstFrom(List<Token> tokens, List<Gazetteer.Mention> mentions, int[] clause,
                                               PhraseMatcher.Match<?> trigger, List<Gazetteer.Mention> sources) {
        int triggerClause = clause[trigger.end() - 1];
        for (Gazetteer.Mention m : mentions) {
            boolean isSource = sources.stream().anyMatch(s -> s.code().equals(m.code()));
            if (m.start() > trigger.start() && !isSource && clause[m.start()] == triggerClause
                    && !agentOfLaterParticiple(tokens, m, trigger)) {
                return m;
            }
        }
        return null;
    }

    /**
     * A participle trigger after a form of "be" ("was attacked", "were being shelled") or right
     * before "by" ("a lunch hosted by Morocco").
     */
    private static boolean isPassive(List<Token> tokens, PhraseMatcher.Match<?> trigger) {
        if (trigger.payload() instanceof Lexicon.Entry e && e.passive()) {
            // "ties with Qatar were severed": the lexicon's passive reading of "sever ~ ties".
            return true;
        }
        String first = tokens.get(trigger.start()).lower();
        if (!first.endsWith("ed") && !IRREGULAR_PARTICIPLES.contains(first)) {
            return false;
        }
        if (READINESS.contains(first) && trigger.start() + 1 < tokens.size()
                && tokens.get(trigger.start() + 1).lower().equals("to")) {
            return false;
        }
        if (byInsidePhrase(tokens, trigger)) {
            // "the carrier, dispatched by Washington to help ferry food": the agent stands in the
            // phrase's gap.
            return true;
        }
        if (trigger.end() < tokens.size() && tokens.get(trigger.end()).text().equalsIgnoreCase("by")
                && isParticiple(tokens.get(trigger.end() - 1))) {
            // "attacked by", "shot down by"; "arrived in Hanoi on the first visit by a Chinese
            // premier" ends in a noun, whose "by" is not the verb's agent.
            return true;
        }
        for (int i = Math.max(0, trigger.start() - 2); i < trigger.start(); i++) {
            if (tokens.get(i).stem().equals("be")) {
                return true;
            }
        }
        return false;
    }

    /** A participle whose phrase goes on past "by" at once: "dispatched by Washington to help ferry food". */
    private static boolean byInsidePhrase(List<Token> tokens, PhraseMatcher.Match<?> trigger) {
        if (!isParticiple(tokens.get(trigger.start()))) {
            return false;
        }
        if (trigger.start() + 2 < trigger.end() && tokens.get(trigger.start() + 1).text().equalsIgnoreCase("by")) {
            return true;
        }
        // "was received at the airport by": a passive phrase that ends in its agent's "by".
        return trigger.end() - trigger.start() >= 2 && tokens.get(trigger.end() - 1).text().equalsIgnoreCase("by");
    }

    /**
     * "an attack on Israel by Iran", "a visit to Cairo by the Jordanian king": a trigger that is not a
     * passive participle but is followed, within its phrase, by "by" and an actor names its agent
     * there. The actor must follow "by" at once (or after "the"), so "responded to the attack by
     * firing at Israel" keeps its subject.
     */
    private static Gazetteer.Mention nominalAgent(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                                  PhraseMatcher.Match<?> trigger) {
        if (isParticiple(tokens.get(trigger.start()))) {
            // "arrived in Hanoi on the first visit by a Chinese premier", "rejected demands by the
            // United States": a verb leads the phrase, and its subject is the agent; "by" belongs to
            // the noun inside or after it.
            return null;
        }
        int from = sentFrom(tokens, trigger);
        if (from >= 0) {
            return startingNear(tokens, mentions, from + 1);
        }
        int limit = Math.min(tokens.size() - 1, trigger.end() + NOMINAL_AGENT_REACH);
        for (int i = trigger.end(); i < limit; i++) {
            String t = tokens.get(i).text();
            if (t.equals(",") || t.equals(";")) {
                return null;
            }
            if (i > trigger.end() && t.equalsIgnoreCase("by") && isParticiple(tokens.get(i - 1))) {
                // "a ceasefire brokered by Egypt": the agent is the participle's, not the trigger's.
                return null;
            }
            if (t.equalsIgnoreCase("by")) {
                return startingNear(tokens, mentions, i + 1);
            }
        }
        return null;
    }

    /**
     * "a stark warning from Iran", "threats from China", "aid from Japan": what one state sends
     * another, named by its noun, comes from its sender; "the withdrawal from Syria" or "an
     * attack from Lebanese soil" names a place. The position of the "from" that ends the phrase
     * ("threats from") or follows it at once, when the noun heads the trigger ("rejected a fresh
     * offer from Kabul" is the rejecter's act); else -1.
     */
    private static int sentFrom(List<Token> tokens, PhraseMatcher.Match<?> trigger) {
        if (!SENT_NOUNS.contains(tokens.get(trigger.start()).lower())) {
            return -1;
        }
        int last = trigger.end() - 1;
        if (tokens.get(last).lower().equals("from")) {
            return last;
        }
        return trigger.end() < tokens.size() && tokens.get(trigger.end()).lower().equals("from") ? trigger.end() : -1;
    }

    /** Words that join the actors of a list: "France and Poland", "the United States or Britain". */
    private static final Set<String> LIST_JOINERS = Set.of("and", "or", "the");
    /** Words after which a list names the members of a group: "countries, including Germany, France and Poland". */
    private static final Set<String> LIST_OPENERS = Set.of("including", "them", "notably", "especially", "namely");

    /**
     * "pressed Beijing on human rights during talks with Chinese Foreign Minister Wang Yi", "sent
     * its chief adviser to Kyiv for talks with President Zelensky": the partner named after "with"
     * does not talk with its own country, so an actor of that country just before the act is where,
     * or whom the subject acted on first; the subject is the nearest actor of another country.
     */
    private static Gazetteer.Mention besidesPartner(List<Token> tokens, List<Gazetteer.Mention> mentions, int[] clause,
                                                    PhraseMatcher.Match<?> trigger, Gazetteer.Mention source) {
        if (!tokens.get(trigger.end() - 1).lower().equals("with")) {
            return source;
        }
        Gazetteer.Mention partner = startingNear(tokens, mentions, trigger.end());
        if (partner == null || !partner.code().equals(source.code())) {
            return source;
        }
        Gazetteer.Mention other = nearestBefore(mentions, clause, source.start(), source.code());
        return other == null || !other.isCountry() ? source : other;
    }

    /** The first actor that starts at {@code at}, or one word later after "the"; else null. */
    private static Gazetteer.Mention startingNear(List<Token> tokens, List<Gazetteer.Mention> mentions, int at) {
        for (Gazetteer.Mention m : mentions) {
            if (startsNear(tokens, m, at)) {
                return m;
            }
        }
        return null;
    }

    /** "was hit with", "were met with", "has been slapped with": a passive verb shortly before {@code at}. */
    private static boolean beBefore(List<Token> tokens, int at) {
        for (int i = Math.max(0, at - PASSIVE_NOUN_REACH); i < at; i++) {
            if (tokens.get(i).stem().equals("be") && isParticiple(tokens.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "was hit with fresh sanctions": how far before a nominal act its passive verb may stand. */
    private static final int PASSIVE_NOUN_REACH = 5;

    /** "met on Monday", "met in Moscow", "met.": the verb at {@code at} is followed by no object. */
    private static boolean withoutObject(List<Token> tokens, int at) {
        if (at >= tokens.size() || !tokens.get(at).isWord()) {
            return true;
        }
        String next = tokens.get(at).lower();
        return INTRANSITIVE_FOLLOWERS.contains(next) || isCalendarWord(next);
    }

    private static boolean isCalendarWord(String lower) {
        return Background.isDayOrMonth(lower) || CALENDAR_WORDS.contains(lower);
    }

    /** "each other", "one another": joint subjects did it to each other, whatever they did. */
    private static boolean eachOtherAfter(List<Token> tokens, int from) {
        for (int i = from; i < Math.min(tokens.size() - 1, from + EACH_OTHER_REACH); i++) {
            String w = tokens.get(i).lower();
            String next = tokens.get(i + 1).lower();
            if (w.equals("each") && next.equals("other") || w.equals("one") && next.equals("another")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBareMeeting(PhraseMatcher.Match<Lexicon.Entry> trigger) {
        String phrase = trigger.payload().phrase();
        return phrase.equals("meet") || phrase.equals("met");
    }

    /**
     * The actor names where an act is done, near a state or its border: "near the border with
     * Poland", "along the disputed frontier with Iran", "near the Lithuanian border". (A border
     * the act itself opens or closes names its target: "reopened its border with Pakistan" has no
     * "near"; "close to" is left out, as it is also a close ally.)
     */
    private static boolean borderPlace(List<Token> tokens, Gazetteer.Mention m) {
        for (int i = m.start() - 1; i >= 0 && i >= m.start() - BORDER_REACH; i--) {
            if (NEAR.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NEAR = Set.of("near", "along", "nearby");
    /** "along the disputed border with": how far before the actor "near" may stand. */
    private static final int BORDER_REACH = 5;

    /** "with Bill Clinton looking on", "with the Egyptian president in attendance": a witness, not a party. */
    private static boolean onlooker(List<Token> tokens, Gazetteer.Mention m) {
        for (int i = m.end(); i < tokens.size() && i < m.end() + ONLOOKER_REACH; i++) {
            String w = tokens.get(i).lower();
            if (w.equals(",") || w.equals(".")) {
                return false;
            }
            if (ONLOOKING.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "signed an accord with Poland", "a visit by the premier to Tokyo": one of
     * {@code prepositions} (perhaps with "the") introduces the mention.
     */
    private static boolean introducedBy(List<Token> tokens, Gazetteer.Mention m, Set<String> prepositions) {
        int before = m.start() - 1;
        if (before > 0 && tokens.get(before).lower().equals("the")) {
            before--;
        }
        return before >= 0 && prepositions.contains(tokens.get(before).lower());
    }

    /** Acts done with a partner, whose topic may name another country first. */
    private static final Set<Signal> PARTNERED = EnumSet.of(Signal.COOPERATE, Signal.CONSULT, Signal.NEGOTIATE,
            Signal.AGREE);
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "about", "regarding", "concerning");
    private static final Set<String> PARTNER_PREPOSITIONS = Set.of("with", "to");

    /**
     * "shared intelligence on Russian troop movements with Ukraine", "held talks about Syria with
     * Turkey": a country named as what a cooperative act is about gives way to the partner named
     * after it in the same clause.
     */
    private static Gazetteer.Mention partnerPastTopic(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                                      int[] clause, Gazetteer.Mention target,
                                                      List<Gazetteer.Mention> sources) {
        if (!introducedBy(tokens, target, TOPIC_PREPOSITIONS)) {
            return target;
        }
        for (Gazetteer.Mention m : mentions) {
            if (m.start() >= target.end() && clause[m.start()] == clause[target.start()]
                    && !m.code().equals(target.code()) && m.isCountry()
                    && sources.stream().noneMatch(x -> x.code().equals(m.code()))
                    && introducedBy(tokens, m, PARTNER_PREPOSITIONS)) {
                return m;
            }
        }
        return target;
    }

    /**
     * "a ceasefire brokered by Egypt": the actor is the agent of a participle that follows the
     * trigger, so not the trigger's target.
     */
    private static boolean agentOfLaterParticiple(List<Token> tokens, Gazetteer.Mention m,
                                                  PhraseMatcher.Match<?> trigger) {
        int by = m.start() - 1;
        if (by > 0 && tokens.get(by).lower().equals("the")) {
            by--;
        }
        return by - 1 >= trigger.end() && tokens.get(by).lower().equals("by")
                && THIRD_PARTY_PARTICIPLES.contains(tokens.get(by - 1).lower());
    }

    private static boolean isParticiple(Token t) {
        String w = t.lower();
        return t.isWord() && (w.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(w));
    }

    /** The trigger is followed at once by "that", as in "demanded that" or "warned that". */
    private static boolean opensThatClause(List<Token> tokens, PhraseMatcher.Match<?> trigger) {
        return trigger.end() < tokens.size() && tokens.get(trigger.end()).text().equalsIgnoreCase("that");
    }

    /** The mention starts at {@code at}, or one word later after "the". */
    private static boolean startsNear(List<Token> tokens, Gazetteer.Mention m, int at) {
        return m.start() == at || m.start() == at + 1 && at < tokens.size()
                && ARTICLES.contains(tokens.get(at).lower());
    }

    /** "met the Turkish president", "a visit by an Ethiopian leader", "met a Chinese delegation". */
    static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** "During his first visit to": how far into the sentence a fronted phrase's act may start. */
    private static final int FRONTED_PHRASE_START = 5;
    private static final Set<String> FRONTED_OPENERS = Set.of("during", "on", "after");
    /** How far after the comma of a fronted participle its subject may start: "Hosting Putin, Kazakh President Tokayev said". */
    private static final int FRONTED_SUBJECT_REACH = 4;

    /**
     * A participle that opens the sentence ("Hosting Vladimir Putin in Astana, Kazakh President
     * Tokayev said…", "Citing security concerns, Russia expelled…") has the main clause's subject
     * as its own: the source stands after the comma, the target inside the participle phrase.
     * Null when the trigger is no such participle.
     */
    private static List<Dyad> frontedParticiple(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                                PhraseMatcher.Match<?> trigger) {
        boolean participle = trigger.start() == 0 && tokens.get(0).lower().endsWith("ing");
        // "During a visit to Hanoi, the Australian prime minister announced", "On his first trip
        // to Cairo, Erdogan said": a fronted phrase of time whose act is the main subject's.
        boolean during = trigger.start() <= FRONTED_PHRASE_START && FRONTED_OPENERS.contains(tokens.get(0).lower())
                && mentions.stream().noneMatch(m -> m.start() < trigger.start());
        if (!participle && !during) {
            return null;
        }
        int comma = -1;
        for (int i = trigger.end(); i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(",")) {
                comma = i;
                break;
            }
        }
        if (comma < 0) {
            return null;
        }
        Gazetteer.Mention target = null;
        Gazetteer.Mention source = null;
        for (Gazetteer.Mention m : mentions) {
            if (target == null && m.start() >= trigger.end() && m.end() <= comma) {
                target = m;
            } else if (source == null && m.start() > comma && m.start() <= comma + FRONTED_SUBJECT_REACH) {
                source = m;
            }
        }
        if (source == null || target == null || source.code().equals(target.code())) {
            return null;
        }
        return List.of(new Dyad(source, target));
    }

    /** "was attacked by Russia": the actor after "by" is the agent. */
    private static Gazetteer.Mention passiveAgent(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                                  PhraseMatcher.Match<?> trigger) {
        if (!isPassive(tokens, trigger)) {
            return null;
        }
        int from = byInsidePhrase(tokens, trigger) ? trigger.start() + 1 : trigger.end();
        for (int i = from; i < Math.min(tokens.size(), from + PASSIVE_BY_REACH); i++) {
            if (tokens.get(i).text().equals(",")) {
                break;
            }
            if (tokens.get(i).text().equalsIgnoreCase("by")) {
                for (Gazetteer.Mention m : mentions) {
                    // "by the Ambassador of the Kingdom of Morocco": the agent may sit a few words on.
                    if (m.start() > i && m.start() <= i + PASSIVE_AGENT_REACH) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    private static Lexicon.Modifier[] modifierIndex(List<PhraseMatcher.Match<Lexicon.Modifier>> modifiers, int size) {
        Lexicon.Modifier[] at = new Lexicon.Modifier[size];
        for (PhraseMatcher.Match<Lexicon.Modifier> m : modifiers) {
            if (m.payload() != Lexicon.Modifier.IDIOM) {
                at[m.end() - 1] = m.payload();
            }
        }
        return at;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
