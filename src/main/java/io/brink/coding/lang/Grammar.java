package io.brink.coding.lang;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.brink.coding.DataFile;

/**
 * The closed word classes a language's coder reads structure by, from its {@code grammar.tsv}:
 * what opens a clause, joins two subjects, marks a passive and its agent, a genitive or a venue,
 * and the elided articles the tokenizer strips. Words are compared folded to ASCII.
 */
final class Grammar {

    /** The classes; each line of the file is {@code CLASS <TAB> word}. */
    enum WordClass {
        /** Opens a new clause after a comma or semicolon: "pero", "mientras", "mais". */
        CLAUSE,
        /**
         * A conjunction of condition ("falls", "si", "如果") that opens the sentence or follows a
         * comma: what it opens is imagined up to the next comma, however far the verb stands from
         * it ("…, falls X nicht binnen vier Monaten eine Waffenruhe vereinbart").
         */
        CONDITION,
        /**
         * "Otherwise" after a condition, opening the sentence or after a comma ("除非…，否则尼日利亚将从乍得
         * 撤军", "…, sinon la France retirera ses troupes"): the act it opens, up to the next comma, is
         * what the speaker says will follow if the condition is not met, a threat (CAMEO 13), as the
         * English coder reads "will withdraw its troops unless".
         */
        OTHERWISE,
        /**
         * "After" before a noun of violence in the clause of a conciliatory act: the fighting the
         * act ends or follows is recalled, not news ("haben nach zwei Tagen heftiger Kämpfe einer
         * Waffenruhe zugestimmt", "acordaron una tregua tras semanas de combates").
         */
        AFTER,
        /** After a comma, opens a relative clause: "que", "quien", "qui", "dont". */
        RELATIVE,
        /** Joins coordinated actors: "y", "e", "et". */
        AND,
        /**
         * "With": the actors after it, when two or more, are the partners of the one before it, not
         * its fellow subjects ("中国与越南、老挝和柬埔寨签署了合作协议": China signed with each).
         */
        PARTNER,
        /**
         * "With" before the partner of an act that binds both: states that do it together do it
         * with that partner ("la Russie et la Chine ont signé un accord avec l'Iran"); without it,
         * with each other, and a state named further on is no party.
         */
        WITH,
        /** An auxiliary of the passive: "fue", "fueron", "été". */
        PASSIVE,
        /**
         * An auxiliary that is the passive's only with its agent named before the verb: German
         * "wird"/"werden" ("Die Ukraine wird von Russland angegriffen") is also the future ("Russland
         * wird die Ukraine angreifen"), where the roles stay as they are.
         */
        PASSIVE_WITH_AGENT,
        /** A reflexive pronoun: before an auxiliary it is no passive ("s'est entretenu", "se sont affrontés"). */
        REFLEXIVE,
        /**
         * A verb form that is itself the passive, with no auxiliary: Russian short participles
         * ("граждане Эстонии задержаны в России", "сбиты"), whose stem the active shares, so the
         * lexicon cannot tell them apart.
         */
        PASSIVE_FORM,
        /** Introduces the passive's agent: "por", "par". */
        AGENT,
        /**
         * A verb of appeal, compared by stem: the act it asks for ("instó a Rusia a retirar sus
         * tropas", "a exhorté Moscou à retirer") is requested, not done.
         */
        APPEAL,
        /** What introduces the act an appeal asks for: "a", "que", "à", "de". */
        TO,
        /** Names the two parties of a joint act: "las conversaciones entre Rusia y Ucrania". */
        BETWEEN,
        /**
         * Closes the parties of a joint act named before it, just before the act: "在以色列和哈马斯之间斡旋"
         * (between Israel and Hamas mediated), "中美之间的谈判".
         */
        BETWEEN_AFTER,
        /** Introduces the agent of a nominal act: "el ataque de Rusia", "l'offensive de la Russie". */
        OF,
        /**
         * Opens a frame whose broker is named before the mediation noun ("在埃及和卡塔尔的斡旋下", under
         * Egypt's and Qatar's mediation; "经卡塔尔斡旋"): in a language that puts the modifier first,
         * the broker of a deal the parties strike stands between this word and the mediation.
         */
        BROKERED_BY,
        /**
         * Says that joint subjects do the act to each other ("se acusaron mutuamente", "обвинили друг
         * друга", "beschuldigten sich gegenseitig"): any act, not only a mutual one, then runs both ways.
         */
        RECIPROCAL,
        /** A preposition of place: a capital after it is where something happens, not who acts. */
        VENUE,
        /**
         * A post a state keeps in another ("embajador", "ambassade", "Botschafter", "посла"): after
         * a word of {@link #OWN} and before a preposition of place, a capital names the state it is
         * posted to, a party ("retiró a su embajador en Caracas"), not a venue. Not another state's
         * envoy: "convocó al embajador ruso en Madrid" is summoned where he serves.
         */
        POSTED,
        /** The actor's own: "su", "son", "seinen", "своего", which makes the post after it the actor's. */
        OWN,
        /** A post with its owner written onto it ("سفيرها", "سفارتها"): as {@link #OWN} and {@link #POSTED} together. */
        OWN_POST,
        /**
         * Names the body a complaint or appeal is brought before ("ante la ONU", "devant le Conseil
         * de sécurité", "перед ООН"): an organisation after it is the forum, not the act's object.
         */
        FORUM,
        /**
         * Says who reports ("dijo", "según", "selon"): after a comma, or opening the sentence,
         * it starts an attribution, whose actors neither act nor are acted on.
         */
        REPORTING,
        /**
         * Opens an attribution whose reporting verb stands at its end (German ", wie das Ministerium
         * am Montag mitteilte"): the comma before it starts the attribution however far the verb.
         */
        AS_REPORTED,
        /**
         * A participle of backing ("respaldada", "soutenus", "поддерживаемой", "المدعومة"): the
         * country named just after it backs a party ("los rebeldes, respaldados por Ruanda"), as
         * the English coder reads "Iranian-backed"; it is no party to the sentence's acts.
         */
        BACKED,
        /**
         * "In the presence of" ("بحضور", "im Beisein", "в присутствии"): those it names, up to the end
         * of their clause, witness the sentence's acts and are no party to them ("وقّع ... معاهدة
         * السلام، بحضور الرئيس الأمريكي": the treaty is the signers', not the guest's).
         */
        WITNESS,
        /**
         * Says a people is meant, not its state, right after its demonym ("albaneses étnicos",
         * "Albanais de souche"): as the English coder reads "ethnic Albanians", no country.
         */
        ETHNIC,
        /**
         * Ends a military exercise's noun ("maniobras", "manœuvres", "Manöver", "учения",
         * "مناورات", "演习"): held by two states together, with no one else named before a word of
         * {@link #NEAR}, it is their military cooperation, as the English coder reads it.
         */
        EXERCISE,
        /**
         * A verb of hosting or arranging a meeting ("acogió", "a accueilli", "استضافت", "主办"): the
         * one who hosts talks between two states is a third party to each of them, as the English
         * coder reads "Egypt hosted talks between Israel and Hamas".
         */
        HOST,
        /**
         * A preposition after which a passive auxiliary opens a noun's modifier, not a passive
         * clause ("在被占领的约旦河西岸", in the occupied West Bank; "对被关押的渔民"): Chinese.
         */
        MODIFIER_OPENER,
        /**
         * Places an exercise at another state ("cerca de", "près de", "у границ", "قرب", "附近"):
         * the state named after it is faced, not joined.
         */
        NEAR,
        /**
         * What is offered and may be refused ("invitación", "Angebot", "приглашение", "邀请"): the
         * conciliatory act it proposes, after a refusal, is not carried out.
         */
        OFFER,
        /** Ends a reporting clause and starts what is reported: ", dijo que …", ", a déclaré que …". */
        THAT,
        /**
         * A state organ that may be named without its state ("وزارة الخارجية", "مجلس الوزراء", "ولي
         * العهد"): after a dateline, agency copy means the dateline's state by it.
         */
        HOME_ORGAN,
        /**
         * A verb or noun of receiving a guest ("empfing", "recibió", "a reçu", "принял", "استقبل",
         * "会见"): a meeting so written binds host and guest both ways (the host receives, the guest
         * visits: CAMEO 043 and 042), as the English coder reads "received his counterpart"; other
         * meetings, calls and visits stay one-way, from the one who holds them.
         */
        RECEIVE,
        /**
         * A preposition that may open a clause with a phrase of its own ("Nach dem Angriff hat
         * Südkorea …"): where the verb comes second, its subject then follows the finite verb.
         */
        FRONTING,
        /**
         * A subordinating conjunction ("nachdem", "weil"): opening the sentence, its clause ends at
         * the first comma, and the main clause starts after it ({@link Clauses}).
         */
        SUBORDINATE,
        /** A finite verb that stands second before a clause-final participle or infinitive ("hat", "will"). */
        FINITE,
        /**
         * An aspect particle written after a verb ("了", "过"): passed over inside a phrase, so
         * "交换了意见" is the lexicon's "交换意见" ({@link Phrases#withCharacters}).
         */
        ASPECT,
        /**
         * An office or its holder's standing, between a state and the holder's name ("Präsident",
         * "homólogo", "коллега", "领导人", "الزعيم"): "A's president X and B's leader Y" are two
         * actors joined as "A and B" are ({@link ActorPhrase}). HOME_ORGAN words count as titles too.
         */
        TITLE,
        /**
         * A word that names the speaker's own state ("بلاده", his country): it stands for the last
         * country named before it in the sentence ("قال وزير الخارجية الروسي إن بلاده طردت السفير").
         */
        OWN_COUNTRY,
        /**
         * A word of obligation ("必须", "debe", "doit", "muss", "должна"): a state that says another
         * must act ("美国表示，中国必须取消壁垒", "Francia dijo que Irak debe cooperar") demands it of
         * that state (CAMEO 10), as the English coder reads "must"; the act itself is asked, not done.
         */
        MUST,
        /**
         * A word that is one of obligation only right after a word of {@code THAT}: Arabic "على"
         * (on) in "أعلنت واشنطن أن على الصين إزالة الحواجز" (that upon China is to remove the
         * barriers: China must), which elsewhere is the everyday "on" ("عقوبات على روسيا").
         */
        MUST_AFTER_THAT,
        /**
         * A count ("ثلاثة", "عشرات"): in a verb-first language, a verb of violence right before one is
         * the passive (Arabic writes "قُتل", were killed, as "قتل", killed), its victims counted.
         */
        COUNT,
        /**
         * A word that is only grammar but has a lexicon word's stem: Arabic "that" with a pronoun
         * written onto it ("أنها", "إنه": that she, that he) has the stem of "أنهى" (ended), so
         * "قالت سويسرا إنها طردت السفير" read as an expulsion ended. No phrase of the lexicon (act,
         * modifier, halt, failure) starts on one.
         */
        FUNCTION,
        /**
         * An adjective or adverb with a verb's stem: Spanish "firme", "firmemente" (firm, firmly)
         * stem as "firmar" (to sign) does, so "expresó su firme rechazo" read as a signing. No act
         * of the lexicon starts on one; unlike {@link #FUNCTION} it says nothing of the clause.
         */
        NOT_A_VERB,
        /** Articles and determiners, skipped between a preposition and its actor. */
        ARTICLE,
        /**
         * An embassy or consulate ("embajada", "Botschaft", "大使馆"): a protest at one is against the
         * state whose it is, by the state where it stands or whose people protest.
         */
        EMBASSY,
        /**
         * A separable verb's particle (German "an", "ein", "zurück"): as the last word of a phrase,
         * after a gap, it ends its clause ("griff die Ukraine an."), so "drang ~ ein" does not
         * reach "drängte Israel, eine Vermittlung": there "eine" is an article.
         */
        PARTICLE,
        /** Articles and pronouns elided before an apostrophe ("l'", "qu'"), removed by the tokenizer. */
        ELISION,
        /**
         * The word orders a language allows beside subject-verb-object, one a line: {@code
         * verb-second} (the subject may follow the verb when something else opens the clause, "Am
         * Montag griff Russland die Ukraine an") and {@code verb-final} (the object, and a passive's
         * agent, may stand before the verb, "Russland hat die Ukraine angegriffen", "weil die
         * Ukraine von Russland angegriffen wurde"). Languages without it read subject-verb-object only.
         */
        ORDER,
        /**
         * A form of a name that is never a subject (Russian "Украину", "Израилю", "Россией"): an
         * actor that opens with one before the verb is its object, and the actor right after the
         * verb its subject ("Украину атаковала Россия").
         */
        OBJECT_CASE,
        /**
         * A preposition that puts the target of an act before its verb (Chinese "俄罗斯对乌克兰发动袭击",
         * "美国向乌克兰提供援助"): the actor after it is acted on, the subject stands before it.
         */
        TARGET,
        /**
         * {@code PROCLITIC <TAB> letters [<TAB> replacement]}: letters written onto the front of a
         * word (Arabic "و" and, "ب" with, "ل" to); names and phrases also match the word without
         * them ("وروسيا" is "and Russia"; "للصين", "لل" → "ال", is "to China").
         */
        PROCLITIC,
        /**
         * {@code SUBJECT <TAB> before} (subject-verb-object, the default) or {@code SUBJECT <TAB>
         * verb-first}: the subject may also follow its verb, as in Arabic ("هاجمت روسيا أوكرانيا",
         * attacked Russia Ukraine), when no actor stands before the verb in its clause.
         */
        SUBJECT,
        /**
         * {@code JOIN <TAB> adjacent}: two names written side by side with nothing between them are
         * coordinated, as Chinese writes a pair ("美俄两国", "俄乌双方").
         */
        JOIN,
        /**
         * {@code NOUNS <TAB> capitalised}: the language writes every noun with a capital, as German
         * does, so a lower-case signal word right after an article is a participle used as an
         * adjective ("die besetzten Gebiete", "der angegriffenen Städte"), not a verb.
         */
        NOUNS,
        /**
         * {@code DEMONYMS <TAB> after|before}: where a demonym stands beside the noun it qualifies
         * ("el presidente búlgaro", "болгарский президент"), so that "el líder libio y el
         * presidente búlgaro" are two coordinated actors, the noun between them no separator.
         */
        DEMONYMS,
        /**
         * {@code COMPOUND <TAB> heads}: a word written as one compound ("Wirtschaftssanktionen",
         * "Raketenangriff") also matches the signal words it ends in ("Sanktionen", "Angriff").
         */
        COMPOUND,
        /**
         * {@code GAP <TAB> words}: how many words a lexicon phrase's "~" may skip, where the
         * tokenizer cuts finer than words (Chinese: "解除了对委内瑞拉石油业的部分制裁" is ten pieces);
         * else {@link Phrases#MAX_GAP}.
         */
        GAP,
        /**
         * {@code INFLECT <TAB> ending <TAB> endings}: a lexicon word with this ending (an
         * infinitive, "ar") also matches its forms with the other endings ("ó aron ado …") where
         * the stemmer does not join them ("denunció", "accusent").
         */
        INFLECT,
        /**
         * {@code CONTRACT <TAB> word <TAB> contractions}: a preposition written in a lexicon phrase
         * also matches its forms fused with an article ("forderte von" finds "forderte vom Kosovo",
         * "zu" finds "zum", "zur").
         */
        CONTRACT
    }

    /** An infinitive's ending and the endings of its forms. */
    record Inflection(String ending, List<String> forms) {
    }

    private final List<Inflection> inflections = new java.util.ArrayList<>();
    private final Map<String, List<String>> contractions = new java.util.HashMap<>();
    /** Places as written, before normalisation folds them into another state's name (WRITTEN). */
    private final Map<String, String> writtenPlaces = new java.util.HashMap<>();
    private final Verbs verbs;
    private final Declension declension;
    private final Map<String, String> proclitics = new java.util.LinkedHashMap<>();
    private boolean verbFirst;
    private boolean joinAdjacent;
    private boolean askedBare;
    private boolean nounsCapitalised;
    private boolean demonymsAfterNoun;
    private boolean gapStopsAtComma;
    private boolean demonymsBeforeNoun;
    private int gap = Phrases.MAX_GAP;
    private static final int MAX_GAP_SETTING = 12;
    private boolean compoundHeads;

    private final Map<WordClass, Set<String>> words = new EnumMap<>(WordClass.class);

    Grammar(List<DataFile.Line> lines) {
        for (WordClass c : WordClass.values()) {
            words.put(c, new HashSet<>());
        }
        this.verbs = new Verbs(lines.stream().filter(Verbs::reads).toList());
        this.declension = new Declension(lines.stream().filter(Declension::reads).toList());
        for (DataFile.Line line : lines) {
            if (Verbs.reads(line) || Declension.reads(line)) {
                continue;
            }
            if (line.column(0).equalsIgnoreCase("INFLECT")) {
                if (line.columns().size() != 3 || line.column(1).isEmpty() || line.column(2).isEmpty()) {
                    throw line.error("expected INFLECT<TAB>ENDING<TAB>ENDINGS (space-separated)");
                }
                inflections.add(new Inflection(line.column(1), List.of(line.column(2).split("\\s+"))));
                continue;
            }
            if (line.column(0).equalsIgnoreCase("CONTRACT")) {
                if (line.columns().size() != 3 || line.column(1).isEmpty() || line.column(2).isEmpty()) {
                    throw line.error("expected CONTRACT<TAB>WORD<TAB>CONTRACTIONS (space-separated)");
                }
                contractions.put(line.column(1).toLowerCase(Locale.ROOT), List.of(line.column(2).split("\\s+")));
                continue;
            }
            if (line.column(0).equalsIgnoreCase("WRITTEN")) {
                if (line.columns().size() != 3 || line.column(1).isEmpty() || !line.column(2).matches("[A-Z]{3}")) {
                    throw line.error("expected WRITTEN<TAB>PLACE AS WRITTEN<TAB>ISO 3166-1 alpha-3 code");
                }
                writtenPlaces.put(line.column(1), line.column(2));
                continue;
            }
            if (line.column(0).equalsIgnoreCase("PROCLITIC")) {
                if (line.columns().size() < 2 || line.columns().size() > 3 || line.column(1).isEmpty()) {
                    throw line.error("expected PROCLITIC<TAB>LETTERS[<TAB>REPLACEMENT]");
                }
                proclitics.put(line.column(1), line.columns().size() == 3 ? line.column(2) : "");
                continue;
            }
            if (line.column(0).equalsIgnoreCase("COMPOUND")) {
                if (line.columns().size() != 2 || !line.column(1).equals("heads")) {
                    throw line.error("expected COMPOUND<TAB>heads");
                }
                compoundHeads = true;
                continue;
            }
            if (line.column(0).equalsIgnoreCase("GAP")) {
                boolean clause = line.columns().size() == 3 && line.column(2).equals("clause");
                try {
                    gap = Integer.parseInt(line.columns().size() == 2 || clause ? line.column(1) : "");
                } catch (NumberFormatException e) {
                    gap = 0;
                }
                if (gap < 1 || gap > MAX_GAP_SETTING) {
                    throw line.error("expected GAP<TAB>WORDS[<TAB>clause] (a number from 1 to " + MAX_GAP_SETTING
                            + "; clause: not past a comma)");
                }
                gapStopsAtComma = clause;
                continue;
            }
            if (line.column(0).equalsIgnoreCase("NOUNS")) {
                if (line.columns().size() != 2 || !line.column(1).equals("capitalised")) {
                    throw line.error("expected NOUNS<TAB>capitalised");
                }
                nounsCapitalised = true;
                continue;
            }
            if (line.column(0).equalsIgnoreCase("DEMONYMS")) {
                if (line.columns().size() != 2 || !List.of("after", "before").contains(line.column(1))) {
                    throw line.error("expected DEMONYMS<TAB>after or DEMONYMS<TAB>before (the noun they qualify)");
                }
                demonymsAfterNoun = line.column(1).equals("after");
                demonymsBeforeNoun = line.column(1).equals("before");
                continue;
            }
            if (line.column(0).equalsIgnoreCase("ASKED")) {
                if (line.columns().size() != 2 || !line.column(1).equals("bare")) {
                    throw line.error("expected ASKED<TAB>bare");
                }
                askedBare = true;
                continue;
            }
            if (line.column(0).equalsIgnoreCase("JOIN")) {
                if (line.columns().size() != 2 || !line.column(1).equals("adjacent")) {
                    throw line.error("expected JOIN<TAB>adjacent");
                }
                joinAdjacent = true;
                continue;
            }
            if (line.column(0).equalsIgnoreCase("SUBJECT")) {
                if (line.columns().size() != 2 || !List.of("before", "verb-first").contains(line.column(1))) {
                    throw line.error("expected SUBJECT<TAB>before or SUBJECT<TAB>verb-first");
                }
                verbFirst = line.column(1).equals("verb-first");
                continue;
            }
            if (line.columns().size() != 2) {
                throw line.error("expected CLASS<TAB>WORD, got " + line.columns().size() + " columns");
            }
            WordClass c;
            try {
                c = WordClass.valueOf(line.column(0).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw line.error("unknown word class '" + line.column(0) + "'; accepted: "
                        + java.util.Arrays.toString(WordClass.values()));
            }
            String word = line.column(1);
            if (word.isEmpty() || word.contains(" ")) {
                throw line.error("one word a line, got '" + word + "'");
            }
            words.get(c).add(Analysis.fold(word.toLowerCase(Locale.ROOT)));
        }
    }

    /**
     * A word of office (TITLE or HOME_ORGAN), folded; where the language joins nouns into compounds,
     * also a word ending in one of four letters or more ("kremlchef", "bundeskanzlerin").
     */
    boolean isTitle(String folded) {
        if (words.get(WordClass.TITLE).contains(folded) || words.get(WordClass.HOME_ORGAN).contains(folded)) {
            return true;
        }
        if (compoundHeads) {
            for (String t : words.get(WordClass.TITLE)) {
                if (t.length() >= 4 && folded.length() > t.length() && folded.endsWith(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean is(WordClass c, Word w) {
        return words.get(c).contains(w.folded());
    }

    /** The word without its proclitic is one of class {@code c} ("واستقبل" is "استقبل"). */
    boolean isBare(WordClass c, Word w) {
        return words.get(c).contains(w.bare());
    }

    /** A word of class {@code c} stands in {@code words} from {@code from} (included) to {@code to} (excluded), both clamped. */
    boolean anyIn(WordClass c, List<Word> words, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(words.size(), to); i++) {
            if (is(c, words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The word is one of class {@code c} or a compound ending in one ("seemanover" in "manover"). */
    boolean endsWith(WordClass c, Word w) {
        String folded = w.folded();
        for (String member : words.get(c)) {
            if (folded.endsWith(member)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The state whose capital is written {@code written}, as written (unnormalised, with or
     * without a proclitic: "عمّان", "بعمّان" are Amman, which normalisation makes Oman's "عمان"), or
     * null when grammar.tsv names none (WRITTEN).
     */
    String writtenPlace(String written) {
        String code = writtenPlaces.get(written);
        if (code == null && written.length() > 1 && proclitics.containsKey(written.substring(0, 1))) {
            code = writtenPlaces.get(written.substring(1));
        }
        return code;
    }

    /**
     * The other forms of {@code lower} by the file's contractions ("von" → "vom") and inflections
     * ("denunciar" → "denunció", …), or none.
     */
    List<String> forms(String lower) {
        List<String> out = new java.util.ArrayList<>(contractions.getOrDefault(lower, List.of()));
        for (Inflection i : inflections) {
            if (lower.length() > i.ending().length() + 2 && lower.endsWith(i.ending())) {
                String base = lower.substring(0, lower.length() - i.ending().length());
                for (String f : i.forms()) {
                    out.add(base + f);
                }
            }
        }
        return out;
    }

    /** How names decline (grammar.tsv DECLINE). */
    Declension declension() {
        return declension;
    }

    /** The strong verbs' forms and the prefixes of verbs (grammar.tsv FORMS and PREFIX). */
    Verbs verbs() {
        return verbs;
    }

    /** {@code key} (a folded word or stem) is a reflexive pronoun. */
    boolean isReflexive(String key) {
        return words.get(WordClass.REFLEXIVE).contains(key);
    }

    /** The words of a class as written in the file (folded). */
    Set<String> words(WordClass c) {
        return Set.copyOf(words.get(c));
    }

    /** The language allows word order {@code order} ("verb-second", "verb-final"; see {@link WordClass#ORDER}). */
    boolean allows(String order) {
        return words.get(WordClass.ORDER).contains(order);
    }

    /**
     * The words of every class as {@code analysis} reads them, so that they compare with the text's
     * words in a language whose analysis changes letters (Arabic "إلى" is read "الى").
     */
    void readBy(Analysis analysis) {
        for (Map.Entry<WordClass, Set<String>> e : words.entrySet()) {
            Set<String> read = new HashSet<>();
            for (String w : e.getValue()) {
                List<Word> ws = analysis.words(w).stream().filter(Word::isWord).toList();
                read.add(ws.size() == 1 ? ws.get(0).folded() : w);
            }
            e.setValue(read);
        }
    }

    /** Proclitics and what stands in their place when taken off (grammar.tsv PROCLITIC). */
    Map<String, String> proclitics() {
        return java.util.Collections.unmodifiableMap(proclitics);
    }

    /** "~" does not skip a comma (grammar.tsv GAP … clause). */
    boolean gapStopsAtComma() {
        return gapStopsAtComma;
    }

    /** How many words a phrase's "~" may skip (grammar.tsv {@code GAP}). */
    int gap() {
        return gap;
    }

    /** A compound matches the lexicon's words it ends in (grammar.tsv {@code COMPOUND heads}). */
    boolean compoundHeads() {
        return compoundHeads;
    }

    /** Every noun is written with a capital (grammar.tsv {@code NOUNS capitalised}). */
    boolean nounsCapitalised() {
        return nounsCapitalised;
    }

    /** A demonym follows the noun it qualifies (grammar.tsv {@code DEMONYMS after}). */
    boolean demonymsAfterNoun() {
        return demonymsAfterNoun;
    }

    /** A demonym precedes the noun it qualifies (grammar.tsv {@code DEMONYMS before}). */
    boolean demonymsBeforeNoun() {
        return demonymsBeforeNoun;
    }

    /**
     * The act an appeal asks for follows its object with no word before it (grammar.tsv {@code ASKED
     * bare}): "呼吁美国向巴基斯坦提供援助" asks the United States for aid, which is not yet given.
     */
    boolean askedBare() {
        return askedBare;
    }

    /** Names side by side are coordinated (grammar.tsv {@code JOIN adjacent}). */
    boolean joinAdjacent() {
        return joinAdjacent;
    }

    /** The subject may follow its verb (grammar.tsv {@code SUBJECT verb-first}). */
    boolean verbFirst() {
        return verbFirst;
    }

    /**
     * The word carries a proclitic that is a word of class {@code c}: "وأوكرانيا" begins with
     * "و", and.
     */
    boolean startsWith(WordClass c, Word w) {
        if (!w.hasProclitic()) {
            return false;
        }
        for (String p : words.get(c)) {
            if (w.folded().startsWith(p) && proclitics.containsKey(p)) {
                return true;
            }
        }
        return false;
    }

    List<String> elisions() {
        return List.copyOf(words.get(WordClass.ELISION));
    }
}
