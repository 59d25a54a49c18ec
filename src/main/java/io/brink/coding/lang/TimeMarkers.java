package io.brink.coding.lang;

import java.text.DateFormatSymbols;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.brink.coding.DataFile;

/**
 * Tells a language's news from its background by the English coder's rule (see
 * {@code io.brink.coding.Background}): each time expression of a sentence is read as past or
 * present relative to the article's date, and a trigger takes the reading of the nearest one in
 * its clause. A year before the article's ("en 1998", "lors de la guerre de 1967"), a month of its
 * year that ended more than a week before ("en marzo de 2026"), and the language's phrases of the
 * past in {@code time.tsv} ("el año pasado", "il y a deux ans") are past; weekdays and the phrases
 * of the present ("hoy", "ce matin") are present. After "desde"/"depuis" a past date dates a state
 * that lasts, not an act that follows it. Month and weekday names come from CLDR via the JDK.
 */
final class TimeMarkers {

    /** How long before the article an explicit date still counts as the story's own time. */
    static final int RECENT_DAYS = 7;
    /** How far from a trigger a time expression governs it. */
    static final int REACH = 12;
    /** "desde el año 1998": how many words may stand between "since" and its year. */
    private static final int SINCE_REACH = 3;
    /** "marzo de 2020", "mars 2020": how many words may stand between a month and its year. */
    private static final int MONTH_REACH = 2;

    enum Kind { PRESENT, PAST, SINCE }

    record Marker(int at, boolean past, boolean since) {
    }

    private final Phrases<Kind> phrases = new Phrases<>(Word::folded, Word::bare);
    private final Map<String, Integer> months = new HashMap<>();
    private final Set<String> weekdays = new HashSet<>();

    TimeMarkers(Analysis analysis, Locale locale, List<DataFile.Line> lines) {
        for (DataFile.Line line : lines) {
            if (line.columns().size() != 2) {
                throw line.error("expected KIND<TAB>PHRASE (KIND: present, past, since), got "
                        + line.columns().size() + " columns");
            }
            Kind kind = LanguageLexicon.parseEnum(Kind.class, line, line.column(0));
            List<String> keys = new ArrayList<>();
            String[] parts = line.column(1).split("~", -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    keys.add(Phrases.GAP);
                }
                analysis.words(parts[p]).stream().filter(Word::isWord).forEach(w -> keys.add(w.folded()));
            }
            if (!phrases.add(keys, kind)) {
                throw line.error("phrase '" + line.column(1) + "' must start and end with a word");
            }
        }
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        String[] monthNames = symbols.getMonths();
        for (int m = 0; m < 12; m++) {
            months.put(read(analysis, monthNames[m], locale), m + 1);
        }
        for (String day : symbols.getWeekdays()) {
            if (!day.isEmpty()) {
                weekdays.add(read(analysis, day, locale));
            }
        }
    }

    /**
     * A month's or weekday's name as the language's analysis reads it (Arabic "أكتوبر" is read
     * "اكتوبر"); a name of several words is kept whole (and matches no single word).
     */
    private static String read(Analysis analysis, String name, Locale locale) {
        List<Word> ws = analysis.words(name).stream().filter(Word::isWord).toList();
        return ws.size() == 1 ? ws.get(0).folded() : Analysis.fold(name.toLowerCase(locale));
    }

    /**
     * The word is a weekday's or month's name: it dates an act and is none ("يوم الاثنين", Monday,
     * has the stem of "أثنى", praised).
     */
    boolean isCalendarWord(Word w) {
        return weekdays.contains(w.folded()) || weekdays.contains(w.bare()) || months.containsKey(w.folded());
    }

    /**
     * A sentence's time expressions, and where a phrase of "since" ends ({@code sinceEnds[i]}: one
     * ends right before word {@code i}; a single letter, as Russian "с", which is also "with", is
     * left out), found in one pass.
     */
    record Reading(List<Marker> markers, boolean[] sinceEnds) {
    }

    /** The time expressions of a sentence; without an article date, only phrases of the past and present. */
    List<Marker> markers(List<Word> words, LocalDate published) {
        return read(words, published).markers();
    }

    Reading read(List<Word> words, LocalDate published) {
        List<Marker> markers = new ArrayList<>();
        boolean[] since = new boolean[words.size()];
        boolean[] sinceEnds = new boolean[words.size() + 1];
        for (Phrases.Match<Kind> m : phrases.find(words)) {
            if (m.payload() == Kind.SINCE) {
                for (int i = m.end(); i < Math.min(words.size(), m.end() + SINCE_REACH); i++) {
                    since[i] = true;
                }
                sinceEnds[m.end()] |= m.end() - m.start() > 1 || words.get(m.start()).text().length() > 1;
            } else {
                markers.add(new Marker(m.start(), m.payload() == Kind.PAST, false));
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).folded();
            if (weekdays.contains(w) || weekdays.contains(words.get(i).bare())) {
                markers.add(new Marker(i, false, false));
            } else if (published != null && isYear(w)) {
                markers.add(new Marker(i, yearIsPast(words, i, Integer.parseInt(w), published), since[i]));
            }
        }
        markers.sort(java.util.Comparator.comparingInt(Marker::at));
        return new Reading(markers, sinceEnds);
    }

    private boolean yearIsPast(List<Word> words, int i, int year, LocalDate published) {
        if (year != published.getYear()) {
            return year < published.getYear();
        }
        for (int j = i - 1; j >= Math.max(0, i - 1 - MONTH_REACH); j--) {
            Integer month = months.get(words.get(j).folded());
            if (month != null) {
                LocalDate endOfMonth = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
                return ChronoUnit.DAYS.between(endOfMonth, published) > RECENT_DAYS;
            }
        }
        return false;
    }

    /**
     * The trigger at {@code trigger} is background: the nearest time expression in its clause is
     * past. A time expression dates the nearest act: with another trigger of {@code triggers}
     * between them it is that one's ("anunció la liberación de dos periodistas detenidos el mes
     * pasado": last month dates the arrest, not the release).
     */
    static boolean isBackground(List<Marker> markers, int[] clause, int trigger, int[] triggers) {
        Marker nearest = null;
        for (Marker m : markers) {
            boolean governs = Math.abs(m.at() - trigger) <= REACH && clause[m.at()] == clause[trigger]
                    && !(m.since() && m.at() > trigger) && !triggerBetween(triggers, trigger, m.at());
            if (governs && (nearest == null || Math.abs(m.at() - trigger) < Math.abs(nearest.at() - trigger))) {
                nearest = m;
            }
        }
        return nearest != null && nearest.past();
    }

    private static boolean triggerBetween(int[] triggers, int trigger, int marker) {
        for (int t : triggers) {
            if (t != trigger && (t > trigger && t < marker || t < trigger && t > marker)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isYear(String t) {
        if (t.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        int y = Integer.parseInt(t);
        return y >= 1900 && y <= 2099;
    }

    /** The month names the JDK gives for {@code locale}, folded (for tests and the README). */
    Set<String> monthNames() {
        return Set.copyOf(months.keySet());
    }

    static Locale localeOf(String language) {
        return Locale.forLanguageTag(language.toLowerCase(Locale.ROOT));
    }
}
