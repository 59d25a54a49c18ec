package io.brink.stream;

import static io.brink.stream.TopologyFixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.model.Alert;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * Brink started on a news stream meets its pairs cold (alert.cold.windows, two score windows by
 * default): a war already under way when it started is the pair's level, learned, not news; a
 * quiet pair that flares up after those windows is news at once, and so is an offensive once the
 * war's level is learned. Through the real topology, the scorer counting from its task's first event.
 */
class ColdStartTopologyTest {

    static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
    static final String[] TOWNS = {"Kharkiv", "Sumy", "Kherson", "Zaporizhzhia", "Dnipro", "Odesa", "Mykolaiv",
        "Chernihiv", "Poltava", "Kramatorsk", "Sloviansk", "Nikopol", "Izium", "Kupiansk", "Pokrovsk", "Bakhmut"};
    static final String[] REPORTS = {
        "Russian artillery shelled %s overnight, killing %d civilians, regional officials said.",
        "Russian drones struck an energy facility near %s, leaving %d thousand homes without power.",
        "A Russian missile hit a residential block in %s on %s, the governor said, and %d people were hurt.",
        "Russia launched a glide bomb attack on %s, wounding %d, the emergency service reported."};
    static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    @TempDir
    Path coldState;
    @TempDir
    Path warmState;

    /** A war report on {@code day}, number {@code n} of the day: varied so no two are copies of one story. */
    private static String warReport(int day, int n) {
        String town = TOWNS[(day * 5 + n) % TOWNS.length];
        String form = REPORTS[(day + n) % REPORTS.length];
        int hurt = 2 + (day * 7 + n * 3) % 11;
        return form.contains("%s on %s") ? String.format(form, town, DAYS[day % DAYS.length], hurt)
                : String.format(form, town, hurt);
    }

    /**
     * Five days: a war between Russia and Ukraine reported four times a day from the first hour
     * (sixteen times on the fifth day: an offensive), routine visits between calm pairs, and on
     * the third day strikes between India and Pakistan, a pair not reported before. The alerts opened.
     */
    private static List<Alert> fiveDays(Path state, Map<String, String> settings) {
        try (TopologyFixture t = new TopologyFixture(state, settings)) {
            String[][] calm = {{"Germany", "Poland"}, {"Japan", "Australia"}, {"Brazil", "Chile"}, {"Norway", "Sweden"}};
            int n = 0;
            for (int day = 0; day < 5; day++) {
                Instant midnight = START.plusSeconds(day * 86_400L);
                for (int hour = 0; hour < 24; hour += 3) {
                    String[] p = calm[(day + hour / 3) % calm.length];
                    t.send("calm" + n, article("calm" + n, "wire" + (hour % 3) + ".example",
                            midnight.plusSeconds(hour * 3600L).toString(),
                            p[0] + "'s foreign minister visited " + p[1] + " for talks on trade, item " + n + "."));
                    n++;
                }
                int reports = day == 4 ? 16 : 4;
                for (int i = 0; i < reports; i++) {
                    t.send("war" + n, article("war" + n, "desk" + (i % 3) + ".example",
                            midnight.plusSeconds(3_600L + i * (82_800L / reports)).toString(), warReport(day, i)));
                    n++;
                }
                if (day == 2) {
                    t.send("ip1", article("ip1", "one.example", midnight.plusSeconds(40_000).toString(),
                            "India launched missile strikes on Pakistan."));
                    t.send("ip2", article("ip2", "two.example", midnight.plusSeconds(40_600).toString(),
                            "Indian jets bombed targets in Pakistan, the army said."));
                    t.send("ip3", article("ip3", "three.example", midnight.plusSeconds(41_200).toString(),
                            "Pakistani artillery shelled Indian positions along the Line of Control."));
                }
            }
            t.driver.advanceWallClockTime(Duration.ofSeconds(1));
            return t.alerts.readValuesToList().stream().filter(a -> a.status() == Alert.Status.OPEN).toList();
        }
    }

    private static boolean onDay(Alert a, int day) {
        Instant from = START.plusSeconds(day * 86_400L);
        return !a.firstSeen().isBefore(from) && a.firstSeen().isBefore(from.plusSeconds(86_400));
    }

    @Test
    void a_war_under_way_when_brink_starts_is_learned_while_a_new_flare_up_and_an_offensive_alert() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Metrics.addRegistry(registry);
        List<Alert> opened;
        try {
            opened = fiveDays(coldState, Map.of("alert.cold.windows", "2"));
            assertThat(registry.get("brink.pairs.met.cold").counter().count())
                    .as("the war and the four calm pairs of the first two days; not India and Pakistan").isEqualTo(5);
        } finally {
            Metrics.removeRegistry(registry);
            registry.close();
        }
        assertThat(opened).filteredOn(a -> a.pair().equals("RUS-UKR")).as("the war's steady days stay quiet")
                .noneMatch(a -> !onDay(a, 4));
        assertThat(opened).filteredOn(a -> a.pair().equals("IND-PAK"))
                .as("a pair first reported after two windows is news at once")
                .anyMatch(a -> a.kind() == Alert.Kind.ESCALATION && onDay(a, 2));
        assertThat(opened).filteredOn(a -> a.pair().equals("RUS-UKR"))
                .as("a day of four times the war's reports, once its level is learned, is an offensive")
                .anyMatch(a -> a.kind() == Alert.Kind.ESCALATION && onDay(a, 4));
    }

    @Test
    void with_no_pair_met_cold_the_war_alerts_on_the_day_brink_starts() {
        List<Alert> opened = fiveDays(warmState, Map.of("alert.cold.windows", "0"));
        assertThat(opened).as("a Brink told it has watched these pairs before reads the war as new")
                .anyMatch(a -> a.pair().equals("RUS-UKR") && onDay(a, 0));
    }
}
