package io.brink.coding;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.brink.model.Signal;

/**
 * How one act of a sentence bears on another, where an act's own clause leaves a party unnamed or
 * is no act at all: a state that answers in a new clause answers the one who acted on it; a
 * hostile act reported by its victim is done to the reporter; what talks are about is not an act
 * of the sentence; a relative clause after a speech act is its antecedent's own act, not what was
 * said. Pure functions of the tokens and of the sentence's actors, used by {@link EventCoder}.
 */
public final class SentenceLinks {

    private SentenceLinks() {
    }

    /**
     * "Iran seized a British tanker, and London warned of serious consequences": a verb whose
     * subject opens a new coordinate clause ("and Tehran vowed", ", but Beijing's foreign ministry
     * demanded") and whose clause names no one else answers the one who, earlier in the sentence,
     * acted on that subject. The latest such act is the one answered.
     */
    static List<EventCoder.Dyad> answer(List<Token> tokens, List<Gazetteer.Mention> mentions, int[] clause,
                                        PhraseMatcher.Match<?> trigger, List<EventCoder.Dyad> earlier) {
        Gazetteer.Mention actor = EventCoder.nearestBefore(mentions, clause, trigger.start(), null);
        int opener = actor == null ? -1 : beforeSubject(tokens, actor.start());
        if (actor == null || earlier.isEmpty() || opener < 0 || !actor.isCountry()
                || !opensResponse(tokens, opener)
                || !subjectOf(tokens, actor, trigger.start())) {
            return List.of();
        }
        Gazetteer.Mention answered = answered(earlier, actor, EventCoder.Dyad::source, EventCoder.Dyad::target);
        return answered == null ? List.of() : List.of(new EventCoder.Dyad(actor, answered));
    }

    /**
     * Who {@code actor} answers: the source of the latest of the sentence's {@code earlier} acts
     * that another did to it, named before it; or null. The rule of both coders' answers (this
     * one's, and {@code LanguageCoder}'s for the other languages), whose dyads are their own types.
     */
    public static <D> Gazetteer.Mention answered(List<D> earlier, Gazetteer.Mention actor,
                                                 Function<D, Gazetteer.Mention> source,
                                                 Function<D, Gazetteer.Mention> target) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            D d = earlier.get(i);
            if (target.apply(d).code().equals(actor.code()) && !source.apply(d).code().equals(actor.code())
                    && target.apply(d).end() <= actor.start()) {
                return source.apply(d);
            }
        }
        return null;
    }

    /** Words that may stand between a verb and its subject named just before it ("…, who then warmly welcomed him"). */
    private static final Set<String> SUBJECT_TO_VERB = Set.of(",", "who", "then", "later", "also", "personally",
            "warmly", "had", "has", "have", "was", "were", "is", "waiting", "to", "would", "will");
    private static final int SUBJECT_TO_VERB_GAP = 4;
    /** What may follow an object "her" (and not a noun she owns: "her visit"). */
    private static final Set<String> AFTER_OBJECT_HER = Set.of("to", "at", "in", "on", "for", "with", "as", "into",
            "from", "by", "warmly", "personally", "and", "during", "after", "before");

    /**
     * "Qatar's emir arrived in Al-Ula, where the Saudi crown prince, who welcomed him to the
     * kingdom, …", "Xi Jinping landed in Moscow, and Vladimir Putin received him in the Kremlin":
     * an object pronoun after the verb stands for someone named earlier in the sentence, and never
     * for the verb's own subject (a pronoun is not its own clause's subject). Its subject is the
     * actor named just before the verb; the one it stands for is the nearest earlier actor of
     * another country. Not after "and" or any other word between subject and verb, where the verb
     * may share the subject of a verb before it ("called the Turkish president and thanked him").
     */
    static List<EventCoder.Dyad> pronounObject(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                               PhraseMatcher.Match<?> trigger) {
        if (!objectPronounAfter(tokens, trigger)) {
            return List.of();
        }
        Gazetteer.Mention subject = null;
        for (Gazetteer.Mention m : mentions) {
            if (m.end() <= trigger.start()) {
                subject = m;
            }
        }
        if (subject == null || !subject.isCountry() || trigger.start() - subject.end() > SUBJECT_TO_VERB_GAP) {
            return List.of();
        }
        for (int i = subject.end(); i < trigger.start(); i++) {
            if (!SUBJECT_TO_VERB.contains(tokens.get(i).lower())) {
                return List.of();
            }
        }
        Gazetteer.Mention antecedent = null;
        for (Gazetteer.Mention m : mentions) {
            if (m.end() <= subject.start() && m.isCountry() && !m.code().equals(subject.code())) {
                antecedent = m;
            }
        }
        return antecedent == null ? List.of() : List.of(new EventCoder.Dyad(subject, antecedent));
    }

    /**
     * An object pronoun follows the verb, or stands right after the verb inside its phrase
     * ("charged them with espionage", and the lexicon's own "receive him").
     */
    static boolean objectPronounAfter(List<Token> tokens, PhraseMatcher.Match<?> trigger) {
        return objectPronoun(tokens, trigger.end())
                || trigger.end() - trigger.start() >= 2 && objectPronoun(tokens, trigger.start() + 1);
    }

    /** "him" or "them" at {@code at}, or "her" where no noun follows it. */
    private static boolean objectPronoun(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return false;
        }
        String w = tokens.get(at).lower();
        if (w.equals("him") || w.equals("them")) {
            return true;
        }
        return w.equals("her") && (at + 1 >= tokens.size() || !tokens.get(at + 1).isWord()
                || AFTER_OBJECT_HER.contains(tokens.get(at + 1).lower()));
    }

    /**
     * "drew criticism from Washington, which has demanded that": a relative clause after the
     * speech act says what its antecedent did, not what was said.
     */
    static boolean relativeOpenerBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (tokens.get(i).text().equals(",") && (tokens.get(i + 1).lower().equals("which")
                    || tokens.get(i + 1).lower().equals("who"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Eritrea said that Ethiopia had massed troops near Bure": a hostile act whose clause names no
     * one it is done to is done to the state that says so, the subject of the verb of saying before
     * its actor. (A closing attribution, ", the Israeli army said", is as often a third party's.)
     */
    static List<EventCoder.Dyad> complaint(List<Token> tokens, List<Gazetteer.Mention> mentions, int[] clause,
                                           PhraseMatcher.Match<?> trigger) {
        Gazetteer.Mention actor = EventCoder.nearestBefore(mentions, clause, trigger.start(), null);
        if (actor == null || actor.start() == 0 || !actor.isCountry()) {
            return List.of();
        }
        Gazetteer.Mention speaker = null;
        int verb = actor.start() - 1;
        if (verb > 0 && EventCoder.ARTICLES.contains(tokens.get(verb).lower())) {
            verb--;
        }
        if (tokens.get(verb).lower().equals("that")) {
            // "said on Thursday that": the verb of saying may stand a few words before "that".
            int that = verb;
            while (verb > 0 && that - verb < SAID_THAT_GAP && !Attribution.isSaying(tokens.get(verb))) {
                verb--;
            }
        }
        if (Attribution.isSaying(tokens.get(verb))) {
            Gazetteer.Mention subject = EventCoder.nearestBefore(mentions, clause, verb, actor.code());
            if (subject != null && subject.end() <= verb && verb - subject.end() <= SPEAKER_GAP) {
                speaker = subject;
            }
        }
        return speaker == null || speaker.code().equals(actor.code()) || !speaker.isCountry() ? List.of()
                : List.of(new EventCoder.Dyad(actor, speaker));
    }

    /** Acts done to someone, whose victim a report may leave to its reporter. */
    static final Set<Signal> DONE_TO_SOMEONE = EnumSet.of(Signal.ATTACK, Signal.MOBILIZE, Signal.COERCE,
            Signal.ASSASSINATE, Signal.CYBER);
    /** "said late on Thursday that": how far before "that" its verb of saying may stand. */
    private static final int SAID_THAT_GAP = 5;
    /** "Eritrea's foreign ministry said on Thursday that": words between the speaker and its verb of saying. */
    private static final int SPEAKER_GAP = 6;

    /**
     * The trigger is what earlier talks in the sentence are about: "discuss the fighting", "talks
     * about the shelling", "consultations on the war".
     */
    static boolean topicOfTalks(List<Token> tokens, List<PhraseMatcher.Match<Lexicon.Entry>> triggers,
                                        PhraseMatcher.Match<Lexicon.Entry> trigger) {
        int before = trigger.start() - 1;
        if (before > 0 && EventCoder.ARTICLES.contains(tokens.get(before).lower())) {
            before--;
        }
        if (before < 0 || !TOPIC_WORDS.contains(tokens.get(before).stem())) {
            return false;
        }
        for (PhraseMatcher.Match<Lexicon.Entry> t : triggers) {
            if (t.end() <= before + 1 && trigger.start() - t.end() <= TOPIC_REACH
                    && TALKS.contains(t.payload().signal())) {
                return true;
            }
        }
        return tokens.get(before).stem().equals(DISCUSS);
    }

    private static final Set<String> TOPIC_WORDS = Stemmer.stems("discuss", "about", "on", "over", "regarding",
            "concerning");
    /** "to discuss the fighting": the verb names talks by itself. */
    private static final String DISCUSS = Stemmer.stem("discuss");
    private static final Set<Signal> TALKS = EnumSet.of(Signal.CONSULT, Signal.NEGOTIATE, Signal.MEDIATE);
    /** "talks in Geneva on Monday about the fighting": how far the topic may follow the talks. */
    private static final int TOPIC_REACH = 12;

    /** Words that open a coordinate clause with a new subject. */
    private static final Set<String> RESPONSE_OPENERS = Set.of("and", "but", ";", "while", "whereupon",
            "prompting", "prompted");
    /** "Beijing's foreign ministry demanded": how many words may head the subject before its verb. */
    private static final int SUBJECT_HEAD_TOKENS = 3;

    /**
     * The word before an actor opens its answer: "and Iran vowed", "; Tehran vowed", "prompting
     * Syria to threaten", or the comma that closes an opening "After …" clause ("After Israeli jets
     * struck Damascus, Syria threatened to respond").
     */
    private static boolean opensResponse(List<Token> tokens, int before) {
        String t = tokens.get(before).lower();
        if (RESPONSE_OPENERS.contains(t)) {
            return true;
        }
        return t.equals(",") && AFTER_OPENERS.contains(tokens.get(0).lower());
    }

    /**
     * The token before the subject phrase that ends in the actor starting at {@code start}: before
     * its article ("and the Ivorian government demanded") or its seated organ ("and the government
     * in Abidjan demanded"). -1 when the subject opens the sentence.
     */
    private static int beforeSubject(List<Token> tokens, int start) {
        int i = start - 1;
        if (i >= 1 && tokens.get(i).lower().equals("in") && EventCoder.SEATED_ORGANS.contains(tokens.get(i - 1).lower())) {
            i -= 2;
        }
        if (i >= 0 && tokens.get(i).lower().equals("the")) {
            i--;
        }
        return i;
    }

    /** Subordinators that open a sentence with what came first: "After …, Syria threatened". */
    private static final Set<String> AFTER_OPENERS = Set.of("after", "following", "hours", "days", "when");

    /** The actor is the verb's subject: only auxiliaries or a short head ("'s foreign ministry") stand between. */
    private static boolean subjectOf(List<Token> tokens, Gazetteer.Mention actor, int verb) {
        int head = 0;
        for (int i = actor.end(); i < verb; i++) {
            String t = tokens.get(i).lower();
            if (EventCoder.AUXILIARIES.contains(t)) {
                continue;
            }
            if (!Character.isLetter(t.charAt(0)) && !t.equals("'s") || ++head > SUBJECT_HEAD_TOKENS) {
                return false;
            }
        }
        return true;
    }
}
