package io.brink.coding.lang;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.regex.Pattern;

import io.brink.coding.DataFile;
import io.brink.coding.Gazetteer;

/**
 * Who acts in a sentence of one language: countries by their name in that language from CLDR (the
 * JDK's locale data, {@link Locale#getDisplayCountry(Locale)} over {@link Locale#getISOCountries()},
 * generated at start), by the demonyms, capitals, seats of power and other names of the language's
 * {@code gazetteer.tsv}, and by office holders and national armed groups from Brink's own tables,
 * whose names are mostly the same in every Latin-script language (a name the language spells its
 * own way, "Poutine", is a leader line of its {@code gazetteer.tsv}, with the term's dates).
 * Names are matched folded to ASCII; a surface written with a capital needs one in the text
 * ("China" the country, not "china").
 */
final class CountryNames {

    private static final String KOSOVO_ISO2 = "XK";
    private static final String KOSOVO = "XKX";

    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern ORGANISATION_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,11}");
    private static final String SHORT = "short";
    private static final String PIECE = "piece";

    /** A surface form: what it names, from when to when (leaders), and whether it needs a capital. */
    private record Surface(String code, Gazetteer.Kind kind, LocalDate from, LocalDate to, boolean capital) {

        boolean validOn(LocalDate date) {
            return date == null || (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    private final Phrases<Surface> surfaces = new Phrases<>(Word::folded, Word::bare);
    /** The language's script has capitals; without them no name can ask for one. */
    private final boolean cased;
    private final Map<String, String> codeOfSurface = new HashMap<>();
    /**
     * Kind {@code short}: a one-word form that names a country only beside another country's one-word
     * form, "中俄" (China and Russia), "印巴", "以巴": alone, 中 is "middle", 以 "with", 日 "day". Keyed by
     * the folded form; the value maps a partner form (or "" for any partner) to the code.
     */
    private final Map<String, Map<String, String>> shortForms = new HashMap<>();
    /**
     * Code "-" with kind {@code short}: the one-character words that may stand beside a run ("两国",
     * "与", "的"). Any other one-character neighbour makes the run part of a name the segmenter cut
     * into characters ("埃/尔/多/安"), not a pair of countries.
     */
    private final java.util.Set<String> shortNeighbours = new java.util.HashSet<>();
    /**
     * Code "-" with kind {@code piece}: characters foreign names are transliterated with (尔, 斯, 玛,
     * …). A segmenter that does not know a name cuts it into them, and a country's one-character
     * name among them is a piece of that name: 菲 in 菲舍尔 (Fischer) or 科菲·安南 (Kofi Annan), 乌 in
     * 乌玛; a longer name only with pieces on both sides (利马, Lima, in 哈比亚利马纳, Habyarimana).
     */
    private final java.util.Set<Integer> namePieces = new java.util.HashSet<>();
    private int size;

    /**
     * @param shared Brink's own tables: office holders ({@code leader}, with their terms), national
     *               armed groups ({@code group}) and cities and fronts ({@code place}), read for
     *               the names every Latin-script language writes alike
     */
    CountryNames(Analysis analysis, String language, List<DataFile.Line> own, List<DataFile.Line> shared) {
        this(analysis, language, own, shared, Declension.NONE);
    }

    /** @param declension the cases of a one-word name, added after every name as written */
    CountryNames(Analysis analysis, String language, List<DataFile.Line> own, List<DataFile.Line> shared,
                 Declension declension) {
        this.cased = analysis.chain().cased();
        for (DataFile.Line line : own) {
            if (line.columns().size() > 1 && line.column(1).equals(SHORT)) {
                addShort(analysis, line);
                continue;
            }
            if (line.columns().size() == 3 && line.column(0).equals("-") && line.column(1).equals(PIECE)) {
                line.column(2).codePoints().forEach(namePieces::add);
                continue;
            }
            if (line.columns().size() != 3 && line.columns().size() != 5) {
                throw line.error("expected CODE<TAB>KIND<TAB>SURFACE[<TAB>FROM<TAB>TO], got " + line.columns().size()
                        + " columns");
            }
            Gazetteer.Kind kind = LanguageLexicon.parseEnum(Gazetteer.Kind.class, line, line.column(1));
            if ((kind == Gazetteer.Kind.LEADER) != (line.columns().size() == 5)) {
                throw line.error("an office holder (kind leader) and only one has FROM and TO dates");
            }
            if (kind == Gazetteer.Kind.LEADER) {
                // A name the language spells its own way ("Poutine", "Zelenski"); the others come
                // from Brink's office-holder table.
                if (!COUNTRY_CODE.matcher(line.column(0)).matches() || line.column(3).isEmpty()) {
                    throw line.error("a leader needs a country code and a FROM date (YYYY-MM-DD)");
                }
                add(analysis, line.column(2), line.column(0), kind, date(line, line.column(3)),
                        date(line, line.column(4)));
                continue;
            }
            Pattern pattern = kind == Gazetteer.Kind.IGO ? ORGANISATION_CODE : kind == Gazetteer.Kind.BLOCK
                    ? Pattern.compile("-") : COUNTRY_CODE;
            if (!pattern.matcher(line.column(0)).matches()) {
                throw line.error("code '" + line.column(0) + "' is not of the form " + pattern.pattern());
            }
            String previous = add(analysis, line.column(2), line.column(0), kind, null, null);
            if (previous != null) {
                throw line.error("'" + line.column(2) + "' already names " + previous + ", cannot also name "
                        + line.column(0));
            }
        }
        Locale in = Locale.forLanguageTag(language);
        List<String> countries = new ArrayList<>(List.of(Locale.getISOCountries()));
        // Kosovo has a user-assigned code (XK) that ISO's list leaves out, and a name in CLDR; Brink
        // codes it XKX, as the English gazetteer does.
        countries.add(KOSOVO_ISO2);
        for (String iso2 : countries) {
            Locale country = new Locale("", iso2);
            String code;
            try {
                code = iso2.equals(KOSOVO_ISO2) ? KOSOVO : country.getISO3Country();
            } catch (MissingResourceException e) {
                continue;
            }
            String name = country.getDisplayCountry(in);
            int paren = name.indexOf('(');
            // "Myanmar (Birmania)": the name before the bracket; other names belong in gazetteer.tsv.
            name = (paren > 0 ? name.substring(0, paren) : name).strip();
            if (!code.isEmpty() && !name.isEmpty() && !name.equals(iso2)) {
                add(analysis, name, code, Gazetteer.Kind.NAME, null, null);
                String declined = declension.adjectivesDeclined(name);
                if (declined != null) {
                    add(analysis, declined, code, Gazetteer.Kind.NAME, null, null);
                }
            }
        }
        for (DataFile.Line line : shared) {
            String kind = line.columns().size() > 1 ? line.column(1) : "";
            if (kind.equals("leader") && line.columns().size() == 5) {
                add(analysis, line.column(2), line.column(0), Gazetteer.Kind.LEADER, date(line, line.column(3)),
                        date(line, line.column(4)));
            } else if (kind.equals("group") && line.columns().size() == 3) {
                add(analysis, line.column(2), line.column(0), Gazetteer.Kind.GROUP, null, null);
            } else if (kind.equals("place") && line.columns().size() == 3) {
                add(analysis, line.column(2), line.column(0), Gazetteer.Kind.PLACE, null, null);
            }
        }
        // A form that already names something (another country, or a name written in the file)
        // is left to it: the written word wins.
        for (Declinable d : List.copyOf(declinable)) {
            for (String form : declension.forms(d.surface())) {
                add(analysis, form, d.code(), d.kind(), d.from(), d.to());
            }
            if (d.kind() == Gazetteer.Kind.NAME) {
                for (String region : declension.regions(d.surface())) {
                    add(analysis, region, d.code(), d.kind(), null, null);
                }
            }
        }
        declinable.clear();
    }

    /** A one-word name, capital or office holder, whose cases {@link Declension} may make. */
    private record Declinable(String surface, String code, Gazetteer.Kind kind, LocalDate from, LocalDate to) {
    }

    private final List<Declinable> declinable = new ArrayList<>();

    /** {@code CODE <TAB> short <TAB> FORM [<TAB> PARTNER]}: see {@link #shortForms}. */
    private void addShort(Analysis analysis, DataFile.Line line) {
        if (line.columns().size() != 3 && line.columns().size() != 4) {
            throw line.error("expected CODE<TAB>short<TAB>FORM[<TAB>PARTNER], got " + line.columns().size()
                    + " columns");
        }
        if (line.column(0).equals("-") && line.columns().size() == 3) {
            shortNeighbours.add(oneWord(analysis, line, line.column(2)));
            return;
        }
        if (!COUNTRY_CODE.matcher(line.column(0)).matches()) {
            throw line.error("code '" + line.column(0) + "' is not of the form " + COUNTRY_CODE.pattern() + " or '-'");
        }
        String form = oneWord(analysis, line, line.column(2));
        String partner = line.columns().size() == 4 ? oneWord(analysis, line, line.column(3)) : "";
        String previous = shortForms.computeIfAbsent(form, f -> new HashMap<>()).putIfAbsent(partner, line.column(0));
        if (previous != null) {
            throw line.error("short form '" + line.column(2) + "' already names " + previous
                    + (partner.isEmpty() ? "" : " beside '" + line.column(3) + "'"));
        }
        size++;
    }

    private static String oneWord(Analysis analysis, DataFile.Line line, String text) {
        List<Word> words = analysis.words(text);
        if (words.size() != 1) {
            throw line.error("a short form is one word, '" + text + "' is " + words.size());
        }
        return words.get(0).folded();
    }

    /** Adds a surface; returns the other code it already names (and does not add it), or null. */
    private String add(Analysis analysis, String surface, String code, Gazetteer.Kind kind, LocalDate from,
                       LocalDate to) {
        List<String> keys = new ArrayList<>();
        for (Word w : analysis.words(surface)) {
            if (w.isWord()) {
                keys.add(w.folded());
            }
        }
        if (keys.isEmpty()) {
            return null;
        }
        String joined = String.join(" ", keys);
        if (kind != Gazetteer.Kind.LEADER) {
            String previous = codeOfSurface.putIfAbsent(joined, code);
            if (previous != null) {
                return previous.equals(code) ? null : previous;
            }
        }
        if ((kind == Gazetteer.Kind.NAME || kind == Gazetteer.Kind.CAPITAL || kind == Gazetteer.Kind.LEADER)
                && !surface.contains(" ")) {
            declinable.add(new Declinable(surface, code, kind, from, to));
        }
        Surface named = new Surface(code, kind, from, to, Character.isUpperCase(surface.charAt(0)));
        surfaces.add(keys, named);
        String whole = String.join("", keys);
        if (keys.size() > 1 && whole.equals(surface)) {
            // A segmenter cuts a name differently alone and in a sentence: 也门 alone is 也|门 (也,
            // "also"), but 美国对也门实施制裁 keeps 也门 whole. Both cuts name it.
            surfaces.add(List.of(whole), named);
        }
        size++;
        return null;
    }

    private static LocalDate date(DataFile.Line line, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw line.error("'" + text + "' is not a date YYYY-MM-DD");
        }
    }

    int size() {
        return size;
    }

    /** The actors of a sentence, left to right; {@code date} (may be null) picks the office holders. */
    List<Gazetteer.Mention> find(List<Word> words, LocalDate date) {
        List<Gazetteer.Mention> mentions = new ArrayList<>();
        boolean[] covered = shortForms.isEmpty() ? null : new boolean[words.size()];
        for (Phrases.Match<Surface> m : surfaces.find(words, s -> s.validOn(date))) {
            Surface s = m.payload();
            if (covered != null && (m.end() - m.start() > 1 || s.kind() == Gazetteer.Kind.BLOCK)) {
                java.util.Arrays.fill(covered, m.start(), m.end(), true);
            }
            if (cased && s.capital() && !words.get(m.start()).capitalised() || s.kind() == Gazetteer.Kind.BLOCK) {
                // A blocked phrase ("mar de Japón") covers the name inside it and names no one.
                continue;
            }
            if (!namePieces.isEmpty() && inCutUpName(words, m.start(), m.end())) {
                continue;
            }
            mentions.add(new Gazetteer.Mention(s.code(), s.kind(), m.start(), m.end()));
        }
        return covered == null ? mentions : withShortForms(words, mentions, covered);
    }

    /**
     * Adds the short forms that stand in a run of two or more one-word country forms ("中俄两国",
     * "中日韩三国", "以巴冲突"): each names its country there. A run is only such forms side by side, so
     * "中" in "在中东" or "日" in "3日" stays a word; a form with a partner ("巴" beside "以" is Palestine,
     * elsewhere Pakistan) takes the code its neighbour in the run asks for.
     */
    private List<Gazetteer.Mention> withShortForms(List<Word> words, List<Gazetteer.Mention> mentions,
                                                   boolean[] covered) {
        Map<Integer, Gazetteer.Mention> single = new HashMap<>();
        for (Gazetteer.Mention m : mentions) {
            if (m.end() - m.start() == 1) {
                single.put(m.start(), m);
            }
        }
        List<Gazetteer.Mention> added = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int end = i;
            int forms = 0;
            while (end < words.size() && !covered[end] && (shortOrSingle(words, single, end)
                    && !(end == i && afterNumber(words, end))
                    || end > i && words.get(end).enumerates() && end + 1 < words.size() && !covered[end + 1]
                    && shortOrSingle(words, single, end + 1))) {
                forms += words.get(end).enumerates() ? 0 : 1;
                end++;
            }
            if (forms >= 2 && quietNeighbour(words, i - 1) && quietNeighbour(words, end)) {
                for (int k = i; k < end; k++) {
                    if (single.containsKey(k) || words.get(k).enumerates()) {
                        continue;
                    }
                    String code = shortCode(words, i, end, k);
                    if (code != null) {
                        added.add(new Gazetteer.Mention(code, Gazetteer.Kind.NAME, k, k + 1));
                    }
                }
            }
            i = Math.max(end, i + 1);
        }
        if (added.isEmpty()) {
            return mentions;
        }
        added.addAll(mentions);
        added.sort(java.util.Comparator.comparingInt(Gazetteer.Mention::start));
        return added;
    }

    /** A one-character country name or a short form at {@code k}: a member of a run. */
    private boolean shortOrSingle(List<Word> words, Map<Integer, Gazetteer.Mention> single, int k) {
        return single.containsKey(k) && words.get(k).oneCharacter() || shortForms.containsKey(words.get(k).folded());
    }

    /** The name at words {@code [start, end)} is a piece of a foreign name cut into characters (see {@link #namePieces}). */
    private boolean inCutUpName(List<Word> words, int start, int end) {
        if (end - start == 1 && words.get(start).oneCharacter()) {
            // Beside another country's short name (美以, 中美, 美墨) it is a run of names, not a piece.
            return namePiece(words, start - 1, false) || namePiece(words, end, false);
        }
        return namePiece(words, start - 1, true) && namePiece(words, end, true);
    }

    private boolean namePiece(List<Word> words, int k, boolean shortNames) {
        if (k < 0 || k >= words.size()) {
            return false;
        }
        Word w = words.get(k);
        String text = w.text();
        return text.equals("·") || text.equals("•") || text.equals("‧")
                || w.oneCharacter() && namePieces.contains(text.codePointAt(0))
                && (shortNames || !shortForms.containsKey(w.folded()));
    }

    /** The word at {@code k} (may be outside the sentence) is no stray character of a cut-up name. */
    private boolean quietNeighbour(List<Word> words, int k) {
        if (k < 0 || k >= words.size()) {
            return true;
        }
        Word w = words.get(k);
        return !w.isWord() || !w.oneCharacter() || shortNeighbours.contains(w.folded())
                || w.text().chars().allMatch(Character::isDigit);
    }

    /** "12日俄外长": a day after its number is a date, not Japan. */
    private static boolean afterNumber(List<Word> words, int k) {
        if (k == 0) {
            return false;
        }
        String before = words.get(k - 1).text();
        return before.chars().allMatch(c -> Character.isDigit(c) || "〇零一二三四五六七八九十百千两".indexOf(c) >= 0);
    }

    /** The code of the short form at {@code k} in the run {@code [from, to)}: a partner's, else its own. */
    private String shortCode(List<Word> words, int from, int to, int k) {
        Map<String, String> codes = shortForms.get(words.get(k).folded());
        for (int j = from; j < to; j++) {
            String code = j == k ? null : codes.get(words.get(j).folded());
            if (code != null) {
                return code;
            }
        }
        return codes.get("");
    }
}
