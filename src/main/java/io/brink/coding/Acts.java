package io.brink.coding;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.brink.model.Signal;

/**
 * What a lexicon entry's own words say about who takes part in the act, beyond its signal: acts
 * both sides do, threats whose subject is the one threatened, and movements that are invasions
 * only when forces make them. Pure functions of the entry (and the tokens before it), used by
 * {@link EventCoder} when it assigns the roles.
 */
final class Acts {

    /**
     * Acts whose words say both sides do them, whoever the sentence makes the subject: a
     * ceasefire, a truce, an end of hostilities binds both ("Azerbaijan agreed to a ceasefire with
     * Armenia"), and a clash, a skirmish, an exchange of fire is fought by both ("Thai troops
     * clashed with Cambodian forces"). CAMEO codes them both ways. A halt of one side's own
     * attacks ("suspended its shelling") or a strike is that side's alone.
     */
    private static final Map<Signal, Set<String>> MUTUAL_WORDS = Map.of(
            Signal.CEASEFIRE, Set.of("ceasefire", "cease-fire", "truce", "armistice", "hostilities", "fighting", "cease"),
            Signal.ATTACK, Set.of("clash", "clashes", "skirmish", "exchange", "trade", "firefight", "battle", "between"),
            Signal.CONSULT, Set.of("receive", "carpet", "greet"),
            Signal.ACCUSE, Set.of("trade", "exchange"),
            Signal.AGREE, Set.of("sign", "ink", "conclude", "initial"));
    /** The verbs of the ATTACK entries that are movements into another state's land. */
    private static final Set<String> MOVEMENT_STEMS = Stemmer.stems("advance", "push", "roll", "cross", "pour",
            "storm", "thrust", "drive", "move", "march", "sweep", "penetrate", "enter");
    private static final Set<String> FORCES = Set.of("forces", "troops", "soldiers", "army", "armies", "tanks",
            "armour", "armor", "units", "columns", "marines", "paratroopers", "infantry", "battalions", "brigades",
            "divisions", "fighters", "militia", "militias", "commandos", "convoys", "armoured", "armored");
    /** The bare verbs of fire ("struck", "hit", "pounded"), attacks only when forces or weapons make them. */
    private static final Set<String> FIRE_STEMS = Stemmer.stems("strike", "hit", "pound", "target", "destroy",
            "clash");
    /** Weapons that strike, as the subject of a verb of fire (stems, so "missile" and "missiles" both). */
    private static final Set<String> WEAPONS = Stemmer.stems("jets", "warplanes", "planes", "aircraft", "bombers",
            "missiles", "drones", "helicopters", "gunships", "artillery", "rockets", "warships", "gunboats",
            "howitzers", "tanks", "shells", "mortars", "forces", "troops", "soldiers", "navy", "military");
    /** How far before a movement its forces may stand: "Russian tanks and infantry later rolled into". */
    private static final int FORCES_REACH = 4;

    /** The verbs of the CONSULT entries that are journeys: "arrived in Dhaka", "flew to Berlin". */
    private static final Set<String> TRAVEL_STEMS = Stemmer.stems("arrive", "land", "fly", "travel", "head",
            "set", "touch", "be", "stop", "dock", "come", "wade");
    /**
     * Words that make the traveller a state's envoy, not its missiles, refugees or tourists:
     * "the Indian foreign minister landed in Dhaka", "Rubio, the secretary of state, flew to".
     */
    private static final Set<String> OFFICIALS = Stemmer.stems("president", "premier", "minister", "secretary",
            "chancellor", "envoy", "ambassador", "diplomat", "delegation", "leader", "king", "queen", "prince",
            "emir", "sheikh", "official", "counterpart", "pm", "vice-president", "chief", "negotiator",
            "spokesman", "spokeswoman", "mediator", "emissary", "monarch", "sultan", "crown");
    /** How far before the journey the traveller's title may stand: "the Indian foreign minister, Mr Singh, arrived". */
    private static final int OFFICIAL_REACH = 8;
    /** How far after the journey's verb its destination may start: "touched down in the Egyptian capital". */
    private static final int DESTINATION_REACH = 4;
    /** "at the main airport of": the words a part of the destination adds before its name. */
    private static final int PART_OF_REACH = 3;

    private Acts() {
    }

    /** The verbs of release, bare: "released five Iranians", "freed two Britons". */
    private static final Set<String> RELEASE_STEMS = Stemmer.stems("release", "free");
    /** How far after "released" the people it frees may be named: "freed two jailed Britons". */
    private static final int RELEASED_REACH = 4;

    /** A bare verb of release: it frees a state's people only when they are named by nationality right after it. */
    static boolean isBareRelease(Lexicon.Entry entry) {
        return isBare(entry, Signal.RELEASE, RELEASE_STEMS);
    }

    /** The entry is one of {@code stems}, alone, under {@code signal}. */
    private static boolean isBare(Lexicon.Entry entry, Signal signal, Set<String> stems) {
        return entry.signal() == signal && entry.phrase().indexOf(' ') < 0 && stems.contains(Stemmer.stem(entry.phrase()));
    }

    /**
     * "released five Iranians": the released are named by their nationality just after the verb;
     * in the passive, just before it ("ten Indian fishermen were freed by Pakistan").
     */
    static boolean releasesNationals(Gazetteer.Mention target, int start, boolean passive) {
        return target.kind() == Gazetteer.Kind.DEMONYM && (passive
                ? target.end() <= start && target.end() >= start - RELEASED_REACH
                : target.start() > start && target.start() <= start + RELEASED_REACH);
    }

    /** A word of an office: "president", "foreign minister", "envoy". */
    static boolean isTitle(Token token) {
        return OFFICIALS.contains(token.stem()) || token.lower().equals("foreign") || token.lower().equals("prime");
    }

    /** A journey ({@link #TRAVEL_STEMS}): a visit when an official makes it to a country or its capital. */
    static boolean isTravel(Lexicon.Entry entry) {
        return entry.signal() == Signal.CONSULT && (TRAVEL_STEMS.contains(firstStem(entry))
                || PORT_CALLS.contains(entry.phrase()));
    }

    /** Journeys only ships make: "berthed at", "sailed into", "dropped anchor off", "called at". */
    private static final Set<String> PORT_CALLS = Set.of("berth at", "berth in", "sail into", "drop anchor off",
            "drop anchor in", "drop anchor at", "call at", "make a port call");
    /** Warships and military aircraft, whose journey to a port of another state is a visit of their state. */
    private static final Set<String> NAVAL = Stemmer.stems("warship", "warships", "frigate", "frigates",
            "destroyer", "destroyers", "corvette", "corvettes", "submarine", "submarines", "carrier", "cruiser",
            "flotilla", "squadron", "bombers", "training ship");
    /** Where a warship calls: the destination phrase names a port, a harbour or a base. */
    private static final Set<String> PORTS = Set.of("port", "harbour", "harbor", "base", "airport", "naval",
            "anchorage", "pier");

    /**
     * A warship or military aircraft named before the journey's verb in its clause, and a port,
     * harbour or base in the few words after it: "two Chinese navy corvettes berthed at Ream naval
     * base", "the Russian frigate … sailed into Havana harbour", "Tu-160 bombers touched down at
     * Maiquetia airport". Not a crossing into waters or airspace, which is a show of force.
     */
    static boolean navalVisit(List<Token> tokens, int[] clause, int start, int end) {
        if (!namedBefore(tokens, clause, start, t -> NAVAL.contains(t.stem()))) {
            return false;
        }
        for (int i = end; i < tokens.size() && i < end + DESTINATION_REACH + PART_OF_REACH; i++) {
            if (PORTS.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The stem of a phrase's first word: its verb, for most entries ("sent", "flew"). */
    private static String firstStem(Lexicon.Entry entry) {
        String phrase = entry.phrase();
        int space = phrase.indexOf(' ');
        return Stemmer.stem(space < 0 ? phrase : phrase.substring(0, space));
    }

    /** Some word of the phrase has a stem in {@code stems}. */
    private static boolean hasStem(Lexicon.Entry entry, Set<String> stems) {
        for (String word : entry.phrase().split(" ")) {
            if (stems.contains(Stemmer.stem(word))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The journey ending at {@code end} is a visit by {@code source}'s state to {@code target}'s:
     * the traveller is a person of office (a named office holder or a title near the journey's
     * start) and the destination, a country or its capital, follows the verb at once ("arrived in
     * Dhaka", "set foot in Cairo", "landed in the Bangladeshi capital").
     */
    static boolean isVisit(List<Token> tokens, Gazetteer.Mention source, Gazetteer.Mention target, int start) {
        boolean destination = closeAfter(tokens, target, start)
                && (target.kind() == Gazetteer.Kind.NAME || target.kind() == Gazetteer.Kind.CAPITAL
                || target.kind() == Gazetteer.Kind.DEMONYM || target.kind() == Gazetteer.Kind.PLACE);
        if (!destination) {
            return false;
        }
        if (source.kind() == Gazetteer.Kind.LEADER) {
            return true;
        }
        for (int i = Math.max(0, Math.min(source.start(), start) - 3); i < start && i >= start - OFFICIAL_REACH - 3; i++) {
            if (OFFICIALS.contains(tokens.get(i).stem())) {
                return true;
            }
        }
        return false;
    }

    /** Relief that travels: "Cuban doctors flew into Milan", "a plane carrying medical supplies landed in Rome". */
    private static final Set<String> RELIEF = Stemmer.stems("aid", "relief", "supplies", "doctors", "nurses",
            "medics", "medical", "rescuers", "rescue", "humanitarian", "food", "vaccines", "ventilators", "tents",
            "medicines", "medicine", "donations", "rations", "provisions", "foodstuffs", "rice", "flour", "grain",
            "maize", "blankets");
    /** Relief that is people, who otherwise act for themselves: "Cuban doctors", "Turkish rescuers". */
    private static final Set<String> RELIEF_WORKERS = Stemmer.stems("doctors", "nurses", "medics", "rescuers");

    /** Relief workers follow the mention within two words: "Cuban doctors and nurses", "Turkish search rescuers". */
    static boolean reliefWorkers(List<Token> tokens, Gazetteer.Mention m) {
        for (int i = m.end(); i < tokens.size() && i < m.end() + 3; i++) {
            if (RELIEF_WORKERS.contains(tokens.get(i).stem())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Arms that travel: "the first American HIMARS launchers have arrived in Ukraine". Tanks and
     * guns that arrive are more often forces deployed, so they are not listed.
     */
    private static final Set<String> ARMS = Stemmer.stems("weapons", "arms", "launchers", "ammunition", "himars",
            "patriot", "patriots", "air-defence", "munitions", "shells");
    /** "Two Singaporean C-130 transport aircraft carrying a medical team, water purifiers and rations landed": how far back the cargo may be named. */
    private static final int CARGO_REACH = 14;

    /**
     * What a journey with no official aboard carries, named before its verb in its clause, or else
     * after it: relief ({@link Signal#AID}), arms ({@link Signal#ARMS_TRANSFER}), or null.
     */
    static Signal cargo(List<Token> tokens, int[] clause, int start, int end) {
        Signal before = cargoBefore(tokens, clause, start);
        return before != null ? before : cargoAfter(tokens, clause, end);
    }

    private static Signal cargoBefore(List<Token> tokens, int[] clause, int start) {
        for (int i = start - 1; i >= 0 && i >= start - CARGO_REACH && clause[i] == clause[start]; i--) {
            Signal carried = carried(tokens.get(i));
            if (carried != null) {
                return carried;
            }
        }
        return null;
    }

    /**
     * What a journey carries, named after it ("landed in Tirana with blankets, tents and food",
     * "docked in Beirut carrying medical supplies"): a word of {@link #CARRYING} after the verb in
     * its clause, and relief or arms within {@link #CARRIED_REACH} words of it; or null.
     */
    private static Signal cargoAfter(List<Token> tokens, int[] clause, int end) {
        for (int i = end; i < tokens.size() && i < end + CARGO_REACH && clause[i] == clause[end - 1]; i++) {
            if (!CARRYING.contains(tokens.get(i).lower())) {
                continue;
            }
            for (int j = i + 1; j < tokens.size() && j <= i + CARRIED_REACH && clause[j] == clause[i]; j++) {
                Signal carried = carried(tokens.get(j));
                if (carried != null) {
                    return carried;
                }
            }
            return null;
        }
        return null;
    }

    private static Signal carried(Token token) {
        String stem = token.stem();
        return RELIEF.contains(stem) ? Signal.AID : ARMS.contains(stem) ? Signal.ARMS_TRANSFER : null;
    }

    /** "sent 191 drones and four missiles against": how far after the weapons their "against" may come. */
    private static final int AGAINST_REACH = 6;

    /**
     * Weapons sent are aimed "against" what follows, within their clause: an attack, not a
     * delivery. Not past a "to", which names where arms go ("sent Patriot systems to Ukraine to
     * defend against Russian missiles").
     */
    static boolean aimedAgainst(List<Token> tokens, int[] clause, int end) {
        for (int i = end; i < tokens.size() && i < end + AGAINST_REACH && clause[i] == clause[end - 1]; i++) {
            String t = tokens.get(i).lower();
            if (t.equals("to")) {
                return false;
            }
            if (t.equals("against")) {
                return true;
            }
        }
        return false;
    }

    /** Words after a journey that name its load: "with", "carrying", "bringing", "laden with". */
    private static final Set<String> CARRYING = Set.of("with", "carrying", "bringing", "laden", "loaded");
    /** "with 40 tonnes of medical supplies": how far after such a word the load may be named. */
    private static final int CARRIED_REACH = 6;

    /**
     * Forces, police or advisers that arrive to help: "Australian troops landed at Dili to restore
     * order", "Kenyan police officers landed in Haiti to lead a multinational mission", "troops
     * began arriving at the invitation of its government". Protection and peacekeeping are aid
     * (CAMEO 074), given by the state the forces come from; forces that arrive with no such purpose
     * may be invading, and stay uncoded here.
     */
    static boolean helpingForces(List<Token> tokens, int[] clause, int start, int end) {
        return namedBefore(tokens, clause, start, t -> HELPERS.contains(t.lower())) && helpingPurpose(tokens, end);
    }

    /** A word within {@link #CARGO_REACH} before {@code start}, in its clause, passes {@code test}: the journey's traveller or load. */
    private static boolean namedBefore(List<Token> tokens, int[] clause, int start,
                                       java.util.function.Predicate<Token> test) {
        for (int i = start - 1; i >= 0 && i >= start - CARGO_REACH && clause[i] == clause[start]; i--) {
            if (test.test(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Forces deployed or sent to help a state ("France deployed troops to Mali to help the
     * government", "Britain sent warships to protect Guyana", "sent troops to fight insurgents at
     * the request of Mozambique"): military protection (CAMEO 074), not a show of force against it.
     * The forces stand in the trigger or just after it, the purpose after them.
     */
    static boolean deployedToHelp(List<Token> tokens, int start, int end) {
        boolean forces = false;
        for (int i = start; i < tokens.size() && i < end + 3; i++) {
            forces |= HELPERS.contains(tokens.get(i).lower()) || SHIPS.contains(tokens.get(i).lower());
        }
        return forces && helpingPurpose(tokens, end);
    }

    /**
     * A deployment phrase that is coded only as protection ({@link #deployedToHelp}): forces sent,
     * stationed or contributed "to" or "in" a state ("sent troops to Mali", "stationed troops in
     * Tajikistan") may be a friend's or an invader's, so with no purpose named they code nothing.
     * "Sent troops into", "to the border" and the other shows of force are phrases of their own.
     */
    static boolean sentOnlyToHelp(Lexicon.Entry entry) {
        if (entry.signal() != Signal.MOBILIZE) {
            return false;
        }
        String phrase = entry.phrase();
        String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
        return (last.equals("to") || last.equals("in")) && SENDING.contains(firstStem(entry));
    }

    private static final Set<String> SENDING = Stemmer.stems("send", "dispatch", "station", "keep",
            "contribute", "commit");

    /**
     * What forces are said to come for, after {@code end}: "to restore order", "to help", "to
     * defend", "at the request of", "to fight insurgents", "peacekeeping".
     */
    private static boolean helpingPurpose(List<Token> tokens, int end) {
        for (int i = end; i < tokens.size() && i < end + PURPOSE_REACH; i++) {
            String t = tokens.get(i).lower();
            if (t.equals(".") || t.equals(";")) {
                return false;
            }
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
            String after = i + 2 < tokens.size() ? tokens.get(i + 2).lower() : "";
            String fourth = i + 3 < tokens.size() ? tokens.get(i + 3).lower() : "";
            // "at the request of", and "at Maputo's request".
            boolean invited = t.equals("at") && (next.equals("the") && (after.equals("invitation") || after.equals("request"))
                    || after.equals("'s") && (fourth.equals("invitation") || fourth.equals("request")));
            boolean againstArmedGroups = t.equals("to") && AGAINST_FOES.contains(next)
                    && foeAfter(tokens, i + 2);
            boolean inMission = MISSIONS.contains(t) && i > 0 && MANDATING.contains(tokens.get(i - 1).lower());
            if (t.equals("to") && (HELPING.contains(next) || next.equals("defend")) || invited || againstArmedGroups
                    || PEACEKEEPING.contains(t) || inMission) {
                return true;
            }
        }
        return false;
    }

    /** "insurgents", "an Islamist insurgency", "the rebels": an armed group is named within three words from {@code at}. */
    static boolean foeAfter(List<Token> tokens, int at) {
        for (int i = at; i < tokens.size() && i < at + 3; i++) {
            if (NON_STATE_FOES.contains(tokens.get(i).lower())) {
                return true;
            }
            if (!tokens.get(i).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** "to fight insurgents", "to confront an Islamist insurgency": what forces sent to help do against armed groups. */
    private static final Set<String> AGAINST_FOES = Set.of("fight", "combat", "battle", "confront", "counter",
            "tackle", "defeat", "crush", "quell", "suppress", "repel", "hunt");
    private static final Set<String> NON_STATE_FOES = Set.of("insurgents", "rebels", "militants", "jihadists",
            "terrorists", "extremists", "gangs", "pirates", "traffickers", "insurgency", "insurgent", "islamists",
            "guerrillas", "bandits", "separatists");
    private static final Set<String> SHIPS = Set.of("warships", "warship", "frigate", "frigates", "destroyer",
            "destroyers", "ships", "vessels", "jets", "aircraft", "planes", "helicopters");

    private static final Set<String> HELPERS = Set.of("troops", "soldiers", "forces", "marines", "paratroopers",
            "police", "policemen", "officers", "gendarmes", "peacekeepers", "contingent", "advisers", "advisors",
            "trainers", "instructors", "engineers", "sappers", "battalion", "battalions", "brigade", "brigades",
            "battery", "batteries", "squadron", "squadrons");
    /** What forces come to do when they come to help: "to restore order", "to help", "to keep the peace". */
    private static final Set<String> HELPING = Set.of("help", "assist", "restore", "keep", "support", "protect",
            "aid", "train", "lead", "bolster", "stabilise", "stabilize", "guard", "reassure", "safeguard", "shield",
            "escort");
    private static final Set<String> PEACEKEEPING = Set.of("peacekeeping", "peace-keeping", "stabilisation",
            "stabilization");
    /**
     * Forces that serve in a mission of the United Nations or another body of states ("as part of
     * the UN mission", "to the African Union force") keep or make peace there (CAMEO 074).
     */
    private static final Set<String> MISSIONS = Set.of("mission", "force", "forces", "operation", "contingent");
    private static final Set<String> MANDATING = Set.of("un", "u.n.", "nations", "union", "multinational",
            "international", "ecowas", "au", "sadc", "regional", "joint");
    /** How far after the journey its purpose may be said: "landed at Dili on Monday to restore order". */
    private static final int PURPOSE_REACH = 12;

    /** A delivery's destination: any place of the other country, close after the journey's verb. */
    static boolean isDelivery(List<Token> tokens, Gazetteer.Mention target, int start) {
        return closeAfter(tokens, target, start) && target.kind() != Gazetteer.Kind.IGO
                && target.kind() != Gazetteer.Kind.BLOCK;
    }

    /**
     * The actor starts soon after the journey's verb at {@code start}: "touched down in the Egyptian
     * capital"; a little further when a part of it is named first ("docked at the port of Monrovia",
     * "landed at the main airport of Kinshasa").
     */
    private static boolean closeAfter(List<Token> tokens, Gazetteer.Mention target, int start) {
        if (target.start() <= start) {
            return false;
        }
        String before = target.start() > 0 ? tokens.get(target.start() - 1).lower() : "";
        boolean facility = false;
        for (int i = start; i < target.start(); i++) {
            facility |= PORTS.contains(tokens.get(i).lower());
        }
        // "landed at Toussaint Louverture airport in Port-au-Prince", "touched down at Maiquetia
        // airport outside Caracas", "berthed at the newly expanded Ream naval base in Cambodia".
        int reach = facility && FACILITY_PLACES.contains(before) ? DESTINATION_REACH + PART_OF_REACH + FACILITY_REACH
                : before.equals("of") ? DESTINATION_REACH + PART_OF_REACH : DESTINATION_REACH;
        return target.start() <= start + reach;
    }

    /** How a port, airport or base is placed in its city: "airport in", "base outside", "port of". */
    private static final Set<String> FACILITY_PLACES = Set.of("in", "outside", "near", "of", "at");
    /** "the newly expanded Ream naval base in": the words a named facility may add. */
    private static final int FACILITY_REACH = 3;

    /**
     * Land or control handed to another state: "handed Hong Kong back to China", "ceded the island
     * to China" (CAMEO 0842, a return of territory). The state it goes to is the other side, not
     * the land.
     */
    static boolean isHandover(Lexicon.Entry entry) {
        return entry.signal() == Signal.WITHDRAW && hasStem(entry, HANDING);
    }

    /**
     * People extradited: "extradited the Russian arms dealer to the United States" goes to the
     * state named after "to" (CAMEO 063), not to the state of the person's nationality.
     */
    static boolean isExtradition(Lexicon.Entry entry) {
        return hasStem(entry, EXTRADITING);
    }

    private static final Set<String> EXTRADITING = Stemmer.stems("extradite", "extradition");

    private static final Set<String> HANDING = Stemmer.stems("hand", "handed", "handover", "cede", "ceded", "return",
            "returned", "transfer", "transferred", "give", "gave");

    /** Both sides do it (see {@link #MUTUAL_WORDS}). */
    static boolean bindsBothSides(Lexicon.Entry entry) {
        Set<String> mutual = MUTUAL_WORDS.get(entry.signal());
        if (mutual == null) {
            // Most triggers: no need to split the phrase.
            return false;
        }
        boolean both = false;
        for (String word : entry.phrase().split(" ")) {
            if (OWN_ATTACKS.contains(word)) {
                // "ceased its attacks", "a halt to its strikes": one side stops its own.
                return false;
            }
            both |= mutual.contains(word);
        }
        return both;
    }

    /** Nouns of one side's own attacks, whose halt is that side's alone. */
    private static final Set<String> OWN_ATTACKS = Set.of("strikes", "airstrikes", "shelling", "bombing",
            "bombardment", "attacks", "raids", "offensive", "campaign", "operation", "operations", "incursions");

    /** The last words of military exercises: "naval drills", "war games", "manoeuvres". */
    private static final Set<String> EXERCISES = Set.of("drills", "exercises", "games", "manoeuvres", "maneuvers");

    /**
     * An exercise entry that says neither "joint" nor "with" ("naval drills", "war games") is
     * military cooperation only when two states hold it together ("Russia and China began naval
     * drills"); one state's drills are its own, or force posture when near another ("drills near").
     */
    static boolean heldTogetherOnly(Lexicon.Entry entry) {
        if (entry.signal() != Signal.COOPERATE) {
            return false;
        }
        String[] words = entry.phrase().split(" ");
        if (!EXERCISES.contains(words[words.length - 1])) {
            return false;
        }
        for (String w : words) {
            if (w.equals("joint") || w.equals("with")) {
                return false;
            }
        }
        return true;
    }

    /** How far after a release its "in exchange for" may stand: "freed 50 Palestinian prisoners in exchange for". */
    private static final int EXCHANGE_REACH = 8;

    private static final Set<String> SWAP_WORDS = Set.of("exchange", "return", "swap");

    private static final Set<String> SWAP_QUALIFIERS = Set.of("a", "an", "the", "prisoner", "prisoners'", "rare",
            "first", "negotiated", "long-awaited", "larger", "wider");
    private static final Set<String> SWAP_NOUNS = Set.of("swap", "exchange");

    /** A release followed by "in exchange for", "in return for", "in a swap" or "in an exchange": a swap. */
    static boolean inExchange(List<Token> tokens, int after) {
        for (int i = after; i + 2 < tokens.size() && i < after + EXCHANGE_REACH; i++) {
            String t = tokens.get(i).lower();
            if (t.equals(".") || t.equals(";")) {
                return false;
            }
            if (t.equals("in") && SWAP_WORDS.contains(tokens.get(i + 1).lower())
                    && tokens.get(i + 2).lower().equals("for")) {
                return true;
            }
            if (t.equals("in") || t.equals("of")) {
                // "freed by Iran in an exchange that saw seven Iranians granted clemency", "in a
                // prisoner swap mediated by Qatar", "as part of a swap": a swap named as a noun.
                int j = i + 1;
                while (j < tokens.size() && j <= i + 3 && SWAP_QUALIFIERS.contains(tokens.get(j).lower())) {
                    j++;
                }
                if (j > i + 1 && j < tokens.size() && SWAP_NOUNS.contains(tokens.get(j).lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Acts done to another state's people or property, which "its" after the act names. */
    static boolean isMaterialHostility(Signal signal) {
        return signal == Signal.ATTACK || signal == Signal.ASSASSINATE || signal == Signal.CYBER
                || signal == Signal.COERCE || signal == Signal.EXPEL;
    }

    /** "struck its consulate", "killed three of its soldiers": how far after the act its "its" may stand. */
    private static final int POSSESSIVE_REACH = 4;

    /**
     * The act's object belongs to a state named by "its" just after it ("bombed targets on its
     * territory"), not "its own", with no punctuation between. Not "their": "prisoners set fire to
     * their mattresses" is their own.
     */
    static boolean possessiveObject(List<Token> tokens, int triggerEnd) {
        for (int i = triggerEnd; i < tokens.size() && i < triggerEnd + POSSESSIVE_REACH; i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                return false;
            }
            if (t.lower().equals("its")) {
                return i + 1 < tokens.size() && !tokens.get(i + 1).lower().equals("own");
            }
        }
        return false;
    }

    /** Verbs whose subject suffers the hostile act named after them: "came under", "suffered", "faces". */
    private static final Set<String> UNDERGOING_STEMS = Stemmer.stems("suffer", "suffered", "endure", "endured",
            "sustain", "sustained", "weather", "weathered", "withstand", "withstood", "face", "faced", "facing");
    /** "came under heavy Russian shelling": how many words may stand between the verb and the act. */
    private static final int UNDERGOING_REACH = 4;
    /** Words that end the stretch between the verb and the act: it is no longer one phrase. */
    private static final Set<String> PHRASE_BREAKS = Set.of("and", "or", "but", "after", "before", "when", "while",
            "as", "that", "which", "who", "to", "in", "on", "at", "for", "with", "from", "by", "since", "over", "than",
            "despite", "amid");

    /**
     * Where the verb stands whose subject suffers the hostile act at {@code triggerStart}, or -1:
     * "Ukraine came under attack from Russia", "Iraq suffered heavy Turkish bombardment", "Iran
     * faces new US sanctions", "Kyiv was under Russian fire". The act is done to that subject; its
     * agent is named after "from"/"by" or as a demonym before the act.
     */
    static int undergoingVerb(List<Token> tokens, int triggerStart) {
        for (int i = triggerStart - 1; i >= 0 && i >= triggerStart - 1 - UNDERGOING_REACH; i--) {
            Token t = tokens.get(i);
            if (t.lower().equals("under") || UNDERGOING_STEMS.contains(t.stem())) {
                return i;
            }
            if (!t.isWord() || PHRASE_BREAKS.contains(t.lower())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A threat told as what its target will suffer: "would face consequences", "will pay a heavy
     * price", "would be met with force". Its subject is the one threatened, not the one who threatens.
     */
    static boolean threatToSubject(Lexicon.Entry entry) {
        String phrase = entry.phrase();
        return entry.signal() == Signal.THREATEN
                && (phrase.startsWith("face ") || phrase.startsWith("pay ") || phrase.startsWith("or face ")
                || phrase.startsWith("be met ") || phrase.startsWith("be answered ")
                || phrase.startsWith("be countered "));
    }

    /**
     * A movement into another state's land ("pushed deeper into", "rolled into", "crossed the
     * border into"), which is an invasion when forces make it ({@link #forcesMove}).
     */
    /** A state's own organs, named bare as the one a speech act is aimed at. */
    private static final Set<String> ORGANS = Set.of("government", "prime", "president", "opposition", "parliament",
            "cabinet", "ruling", "coalition", "premier", "chancellor", "administration", "regime", "junta",
            "leadership");
    private static final Set<String> OBJECT_DETERMINERS = Set.of("the", "its", "their", "his", "her", "our");
    /** "accused the government of favouring Germany": how far a country may follow the organ and still own it. */
    private static final int ORGAN_OWNER_REACH = 3;

    /**
     * The speech act at {@code triggerEnd} is aimed at a bare organ of a state: "Opposition
     * lawmakers in Nigeria accused the government of giving away too much in an agreement with
     * South Africa" is domestic politics, and the country named later is the subject matter, not
     * the one accused. Not when a country owns the organ ("the government of Mali", "the
     * government in Kyiv", "the Malian government").
     */
    static boolean aimedAtBareOrgan(List<Token> tokens, List<Gazetteer.Mention> mentions, int triggerEnd) {
        int i = triggerEnd;
        while (i < tokens.size() && OBJECT_DETERMINERS.contains(tokens.get(i).lower())) {
            i++;
        }
        if (i == triggerEnd || i >= tokens.size() || !ORGANS.contains(tokens.get(i).lower())) {
            return false;
        }
        int organ = i;
        return mentions.stream().noneMatch(m -> m.start() >= triggerEnd && m.start() <= organ + ORGAN_OWNER_REACH);
    }

    static boolean isMovement(Lexicon.Entry entry) {
        return entry.signal() == Signal.ATTACK && MOVEMENT_STEMS.contains(firstStem(entry));
    }

    /** A bare verb of fire ({@link #FIRE_STEMS}): an attack when {@link #armsBefore} says forces or weapons fire it. */
    static boolean isFire(Lexicon.Entry entry) {
        return isBare(entry, Signal.ATTACK, FIRE_STEMS);
    }

    /** A weapon or force noun: "missiles", "jets", "troops". */
    static boolean isWeapon(Token token) {
        return WEAPONS.contains(token.stem());
    }

    /** Forces or weapons stand just before the verb at {@code start}: "Israeli jets struck", "missiles later hit". */
    static boolean armsBefore(List<Token> tokens, int start) {
        return shortlyBefore(tokens, start, i -> WEAPONS.contains(tokens.get(i).stem())
                && !(i > 0 && OBJECT_PREPOSITIONS.contains(tokens.get(i - 1).lower())));
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "this",
            "these", "those", "our");

    /**
     * A one-word participle trigger between a determiner and the noun it describes: "the captured
     * pilot", "its seized tankers", "the detained journalists".
     */
    static boolean adjectivalParticiple(List<Token> tokens, int start, int end) {
        if (end != start + 1 || start == 0 || end >= tokens.size()) {
            return false;
        }
        String word = tokens.get(start).lower();
        Token next = tokens.get(end);
        return word.endsWith("ed") && DETERMINERS.contains(tokens.get(start - 1).lower()) && next.isWord()
                && Character.isLowerCase(next.text().charAt(0)) && !PREPOSITIONS_AFTER.contains(next.lower());
    }

    private static final Set<String> PREPOSITIONS_AFTER = Set.of("by", "in", "on", "at", "to", "from", "with",
            "of", "for", "and", "or", "into", "near", "off", "over", "during", "after", "before", "against");

    /** "by French, British and American warplanes": how far after "by" the weapon may be named. */
    private static final int AGENT_ARMS_REACH = 6;

    /** "were pounded overnight by warplanes from France", "was hit by Russian missiles": the agent of a passive fire verb is a weapon. */
    static boolean armsAfterBy(List<Token> tokens, int end) {
        for (int i = end; i < tokens.size() && i < end + FORCES_REACH; i++) {
            if (tokens.get(i).lower().equals("by")) {
                for (int j = i + 1; j < tokens.size() && j <= i + AGENT_ARMS_REACH; j++) {
                    if (WEAPONS.contains(tokens.get(j).stem())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * "options for strikes on military targets": a weapon word just after a preposition qualifies
     * what is struck (a noun, "targets"), not who fires.
     */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("on", "at", "against", "of", "near", "for", "to");

    /**
     * Forces, troops, tanks or the like stand just before the movement that starts at {@code start}
     * (its subject); so do warplanes and warships ("Chinese warships sailed into").
     */
    static boolean forcesMove(List<Token> tokens, int start) {
        return shortlyBefore(tokens, start, i -> FORCES.contains(tokens.get(i).lower())
                || MILITARY_CRAFT.contains(tokens.get(i).lower()));
    }

    /** Craft that only armed forces fly or sail: a civilian plane or ship crossing into a country is no incursion. */
    private static final Set<String> MILITARY_CRAFT = Set.of("warplanes", "jets", "bombers", "drones", "helicopters",
            "gunships", "warships", "gunboats", "frigates", "destroyers", "submarines", "navy");

    /**
     * The token at an index within {@link #FORCES_REACH} before {@code start} passes {@code test}: the
     * act's subject. Or the subject of the verb before "and", which the act shares: "Indian warplanes
     * crossed the Line of Control and struck near Balakot".
     */
    private static boolean shortlyBefore(List<Token> tokens, int start, java.util.function.IntPredicate test) {
        for (int i = start - 1; i >= 0 && i >= start - FORCES_REACH; i--) {
            if (test.test(i)) {
                return true;
            }
        }
        if (start < 2 || !tokens.get(start - 1).lower().equals("and")) {
            return false;
        }
        for (int i = start - 2; i >= 0 && i >= start - 1 - SHARED_SUBJECT_REACH; i--) {
            String t = tokens.get(i).lower();
            if (t.equals(",") || t.equals(";") || t.equals("and")) {
                return false;
            }
            if (test.test(i)) {
                return true;
            }
        }
        return false;
    }

    /** "warplanes crossed the Line of Control and struck": how far before "and" the shared subject may stand. */
    private static final int SHARED_SUBJECT_REACH = 10;
}
