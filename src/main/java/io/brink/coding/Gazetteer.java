package io.brink.coding;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises who acts in a sentence: countries by name, demonym, capital or seat of power,
 * institution and office holder (only while in office at the article's date), international
 * organisations (actors that never form a country pair), and phrases that look like a country
 * but are not one ("China Airlines", "Michael Jordan"), which block the match as a whole.
 */
public final class Gazetteer {

    public static final String COUNTRIES = "io/brink/gazetteer/countries.tsv";
    /** Office holders since 1990 beside those in {@link #COUNTRIES}; same format, read as part of it. */
    public static final String OFFICE_HOLDERS = "io/brink/gazetteer/office-holders.tsv";
    public static final String PLACES = "io/brink/gazetteer/places.tsv";
    public static final String ORGANISATIONS = "io/brink/gazetteer/organisations.tsv";
    public static final String NOT_ACTORS = "io/brink/gazetteer/not-actors.tsv";

    /**
     * How an actor is named in text. A {@code GROUP} is a national non-state armed group or
     * movement (Hamas, Hezbollah, the PKK): coded to its country and marked non-state, as CAMEO does.
     * A {@code PLACE} (a city, region or front, from {@code places.tsv}) is never an actor, only
     * where something happens: violence there strikes its country.
     */
    public enum Kind { NAME, DEMONYM, CAPITAL, INSTITUTION, LEADER, IGO, BLOCK, GROUP, PLACE }

    /** What a surface form stands for; {@code from}/{@code to} bound a leader's term (null = open). */
    public record Actor(String code, Kind kind, LocalDate from, LocalDate to) {

        /** A null date (an undated text) accepts every office holder who ever held the office. */
        boolean validOn(LocalDate date) {
            return date == null || (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }

        public boolean isCountry() {
            return kind != Kind.IGO && kind != Kind.BLOCK;
        }
    }

    /** An actor found at tokens {@code [start, end)}. */
    public record Mention(String code, Kind kind, int start, int end) {

        public boolean isCountry() {
            return kind != Kind.IGO;
        }

        /** The mentions name two or more different countries ("Russia and Ukraine", not "Russia and Moscow"). */
        public static boolean twoOrMore(List<Mention> mentions) {
            return mentions.stream().map(Mention::code).distinct().count() >= 2;
        }
    }

    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern ORGANISATION_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,11}");

    /** Titles that make a surname a person: "Mr Kerry", "Mrs Thatcher", "Dr Abiy". */
    private static final Set<String> HONORIFICS = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.");

    private final PhraseMatcher<Actor> matcher = new PhraseMatcher<>(PhraseMatcher.Key.TEXT);
    private final Set<String> countryCodes = new HashSet<>();
    /** Office holders by the last word of their full name, for a surname after an honorific. */
    private final Map<String, List<Actor>> holdersBySurname = new HashMap<>();

    private Gazetteer() {
    }

    /** The gazetteer bundled with Brink; throws naming file and line on a malformed entry. */
    public static Gazetteer load() {
        // One list, so that a surface may name one code only across the country files.
        List<DataFile.Line> countries = new ArrayList<>(DataFile.readResource(COUNTRIES));
        countries.addAll(DataFile.readResource(OFFICE_HOLDERS));
        countries.addAll(DataFile.readResource(PLACES));
        return fromLines(countries, DataFile.readResource(ORGANISATIONS), DataFile.readResource(NOT_ACTORS));
    }

    public static Gazetteer fromLines(List<DataFile.Line> countries, List<DataFile.Line> organisations,
                                      List<DataFile.Line> notActors) {
        Gazetteer g = new Gazetteer();
        Map<String, String> codeOfSurface = new HashMap<>();
        for (DataFile.Line line : countries) {
            Actor actor = parseActor(line, COUNTRY_CODE);
            g.countryCodes.add(actor.code());
            g.addSurface(line, line.column(2), actor, codeOfSurface);
        }
        for (DataFile.Line line : organisations) {
            Actor actor = parseActor(line, ORGANISATION_CODE);
            if (actor.kind() != Kind.IGO) {
                throw line.error("organisations are of kind igo, got " + line.column(1));
            }
            g.addSurface(line, line.column(2), actor, codeOfSurface);
        }
        for (DataFile.Line line : notActors) {
            if (line.columns().size() != 1) {
                throw line.error("expected one phrase without tabs");
            }
            g.addSurface(line, line.column(0), new Actor("-", Kind.BLOCK, null, null), codeOfSurface);
        }
        return g;
    }

    /** Country codes the gazetteer knows. */
    public Set<String> countryCodes() {
        return Set.copyOf(countryCodes);
    }

    /** Actors in the sentence, left to right, with blocked phrases removed; {@code date} may be null. */
    public List<Mention> find(List<Token> tokens, LocalDate date) {
        List<Mention> mentions = new ArrayList<>();
        int covered = 0;
        for (PhraseMatcher.Match<Actor> m : matcher.find(tokens, a -> a.validOn(date))) {
            Actor a = m.payload();
            if (a.kind() != Kind.BLOCK) {
                Mention elided = elided(tokens, m, covered, date);
                if (elided != null) {
                    mentions.add(elided);
                }
                mentions.add(new Mention(a.code(), a.kind(), m.start(), m.end()));
            }
            covered = m.end();
        }
        addHonorifics(tokens, date, mentions);
        return mentions;
    }

    /**
     * "Mr Kerry", "Mrs Thatcher": a surname after an honorific names the office holder of that
     * surname in office at the date, when only one state has such a holder. The surname alone is
     * often listed nowhere (it is a first name, a place or a word too), but with the title it is a
     * person, and news names leaders so after the first mention.
     */
    private void addHonorifics(List<Token> tokens, LocalDate date, List<Mention> mentions) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if (t.length() > 4 || t.charAt(0) != 'M' && t.charAt(0) != 'D' || !HONORIFICS.contains(t)
                    || covers(mentions, i + 1)) {
                continue;
            }
            String code = null;
            for (Actor a : holdersBySurname.getOrDefault(tokens.get(i + 1).text(), List.of())) {
                if (a.validOn(date)) {
                    if (code != null && !code.equals(a.code())) {
                        code = null;
                        break;
                    }
                    code = a.code();
                }
            }
            if (code != null) {
                mentions.add(new Mention(code, Kind.LEADER, i, i + 2));
                mentions.sort(java.util.Comparator.comparingInt(Mention::start));
            }
        }
    }

    /** Some mention spans the token at {@code token}. */
    public static boolean covers(List<Mention> mentions, int token) {
        for (Mention m : mentions) {
            if (token >= m.start() && token < m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first of two names that share their last words: "North and South Korea" names North
     * Korea too, "North and South Korean troops" North Korean ones. The word before "and" takes
     * the place of the match's first word; it names an actor when that whole phrase does.
     */
    private Mention elided(List<Token> tokens, PhraseMatcher.Match<Actor> m, int covered, LocalDate date) {
        int word = m.start() - 2;
        if (m.end() - m.start() < 2 || word < covered || !tokens.get(word + 1).lower().equals("and")) {
            return null;
        }
        Token first = tokens.get(word);
        if (!first.isWord() || !Character.isUpperCase(first.text().charAt(0))) {
            return null;
        }
        List<Token> whole = new ArrayList<>();
        whole.add(first);
        whole.addAll(tokens.subList(m.start() + 1, m.end()));
        for (PhraseMatcher.Match<Actor> e : matcher.find(whole, a -> a.validOn(date))) {
            if (e.start() == 0 && e.end() == whole.size() && e.payload().kind() != Kind.BLOCK
                    && !e.payload().code().equals(m.payload().code())) {
                return new Mention(e.payload().code(), e.payload().kind(), word, word + 1);
            }
        }
        return null;
    }

    private void addSurface(DataFile.Line line, String surface, Actor actor, Map<String, String> codeOfSurface) {
        if (surface.isEmpty()) {
            throw line.error("empty surface form");
        }
        if (actor.kind() != Kind.LEADER && actor.kind() != Kind.BLOCK) {
            // Leaders are exempt: their dates, not their names, keep office holders apart.
            String previous = codeOfSurface.putIfAbsent(surface, actor.code());
            if (previous != null && !previous.equals(actor.code())) {
                throw line.error("'" + surface + "' already names " + previous + ", cannot also name " + actor.code());
            }
        }
        List<String> keys = Tokenizer.tokenize(surface).stream().map(Token::text).toList();
        matcher.add(keys, actor);
        if (actor.kind() == Kind.LEADER && keys.size() >= 2) {
            holdersBySurname.computeIfAbsent(keys.get(keys.size() - 1), k -> new ArrayList<>()).add(actor);
        }
    }

    private static Actor parseActor(DataFile.Line line, Pattern codePattern) {
        List<String> c = line.columns();
        if (c.size() != 3 && c.size() != 5) {
            throw line.error("expected CODE<TAB>KIND<TAB>SURFACE[<TAB>FROM<TAB>TO], got " + c.size() + " columns");
        }
        String code = c.get(0);
        if (!codePattern.matcher(code).matches()) {
            throw line.error("code '" + code + "' is not of the form " + codePattern.pattern());
        }
        Kind kind;
        try {
            kind = Kind.valueOf(c.get(1).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw line.error("unknown kind '" + c.get(1) + "'; accepted: name, demonym, capital, institution, leader, group, place, igo");
        }
        if (kind == Kind.BLOCK) {
            throw line.error("kind 'block' belongs in not-actors.tsv");
        }
        if (c.size() == 5 && kind != Kind.LEADER) {
            throw line.error("only leaders have dates");
        }
        LocalDate from = c.size() == 5 ? date(line, c.get(3), "FROM") : null;
        LocalDate to = c.size() == 5 ? date(line, c.get(4), "TO") : null;
        if (kind == Kind.LEADER && from == null) {
            throw line.error("a leader needs a FROM date (YYYY-MM-DD)");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw line.error("TO " + to + " is before FROM " + from);
        }
        return new Actor(code, kind, from, to);
    }

    private static LocalDate date(DataFile.Line line, String text, String column) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw line.error(column + " '" + text + "' is not a date YYYY-MM-DD");
        }
    }
}
