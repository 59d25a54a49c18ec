package io.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.brink.model.Alert;
import io.brink.model.Article;
import io.brink.model.Json;
import io.brink.model.PairScore;

/**
 * Backtests through {@code brink replay} on a feed written here: ten calm days between many
 * pairs, then a six-hour burst of threats and strikes between Kenya and Somalia (re-published by
 * three more outlets), a ceasefire-and-talks sequence between Peru and Ecuador, and traps
 * (sport, business, labour, a domestic ceasefire) that must never alert.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayIT {

    static final Instant BURST_START = Instant.parse("2026-10-11T06:00:00Z");
    static final Instant BURST_END = Instant.parse("2026-10-11T12:00:00Z");
    static final Instant TALKS_START = Instant.parse("2026-10-12T08:00:00Z");
    static final Instant TALKS_END = Instant.parse("2026-10-12T14:00:00Z");

    @TempDir
    static Path dir;
    List<Alert> alerts;
    List<PairScore> scores;
    CliTest.Run run;

    @BeforeAll
    void replay() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        List<String> lines = new ArrayList<>();
        for (Article a : feed()) {
            lines.add(Json.MAPPER.writeValueAsString(a));
        }
        lines.add(5, "{\"id\": \"broken\", ");
        Files.write(feed, lines, StandardCharsets.UTF_8);
        Path alertsFile = dir.resolve("alerts.jsonl");
        Path scoresFile = dir.resolve("scores.jsonl");
        run = CliTest.run("replay", "--input", feed.toString(), "--alerts", alertsFile.toString(), "--scores",
                scoresFile.toString());
        alerts = new ArrayList<>();
        for (String l : Files.readAllLines(alertsFile)) {
            alerts.add(Json.MAPPER.readValue(l, Alert.class));
        }
        scores = new ArrayList<>();
        for (String l : Files.readAllLines(scoresFile)) {
            scores.add(Json.MAPPER.readValue(l, PairScore.class));
        }
    }

    @Test
    void a_malformed_line_is_reported_by_number_and_skipped() {
        assertThat(run.exit()).as(run.err()).isEqualTo(Main.PARTIAL);
        assertThat(run.err()).contains("line 6: MALFORMED_JSON");
        assertThat(run.out()).containsPattern("replayed \\d+ articles \\(1 lines rejected\\)");
    }

    @Test
    void the_burst_raises_exactly_one_escalation_alert_within_it_despite_syndicated_copies() {
        Set<String> ids = opened("KEN-SOM", Alert.Kind.ESCALATION).stream().map(Alert::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(1);
        Alert first = opened("KEN-SOM", Alert.Kind.ESCALATION).get(0);
        assertThat(first.firstSeen()).isBetween(BURST_START, BURST_END);
        assertThat(alerts).filteredOn(a -> a.pair().equals("KEN-SOM")).extracting(Alert::id).containsOnly(first.id());
    }

    @Test
    void the_ceasefire_and_talks_raise_one_deescalation_alert() {
        List<Alert> opened = opened("ECU-PER", Alert.Kind.DEESCALATION);
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).firstSeen()).isBetween(TALKS_START, TALKS_END);
        assertThat(opened("ECU-PER", Alert.Kind.ESCALATION)).isEmpty();
    }

    @Test
    void calm_pairs_and_traps_raise_nothing() {
        assertThat(alerts).extracting(Alert::pair).containsOnly("KEN-SOM", "ECU-PER");
        assertThat(alerts.stream().filter(a -> a.status() == Alert.Status.OPEN)).hasSize(2);
    }

    @Test
    void the_final_scores_name_every_pair_once_and_a_day_after_the_burst_its_pair_is_quiet() {
        assertThat(scores).extracting(PairScore::pair).doesNotHaveDuplicates().contains("KEN-SOM", "ECU-PER");
        PairScore burst = scores.stream().filter(s -> s.pair().equals("KEN-SOM")).findFirst().orElseThrow();
        assertThat(burst.windowStart()).isAfter(BURST_END);
        assertThat(burst.escalation()).isZero();
    }

    @Test
    void a_replay_ending_with_the_burst_counts_its_syndicated_copies_as_sources() throws Exception {
        Path feed = dir.resolve("feed-to-burst-end.jsonl");
        List<String> lines = new ArrayList<>();
        for (Article a : feed()) {
            if (!a.published().isAfter(BURST_END.plusSeconds(3_600))) {
                lines.add(Json.MAPPER.writeValueAsString(a));
            }
        }
        Files.write(feed, lines, StandardCharsets.UTF_8);
        Path scoresFile = dir.resolve("scores-to-burst-end.jsonl");
        CliTest.Run cut = CliTest.run("replay", "--input", feed.toString(), "--alerts",
                dir.resolve("alerts-to-burst-end.jsonl").toString(), "--scores", scoresFile.toString());
        assertThat(cut.exit()).as(cut.err()).isZero();
        PairScore burst = Files.readAllLines(scoresFile).stream().map(ReplayIT::score)
                .filter(s -> s.pair().equals("KEN-SOM")).findFirst().orElseThrow();
        assertThat(burst.copies()).isGreaterThanOrEqualTo(12);
        assertThat(burst.sources()).isGreaterThanOrEqualTo(4);
    }

    private static PairScore score(String line) {
        try {
            return Json.MAPPER.readValue(line, PairScore.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<Alert> opened(String pair, Alert.Kind kind) {
        return alerts.stream().filter(a -> a.pair().equals(pair) && a.kind() == kind && a.status() == Alert.Status.OPEN)
                .toList();
    }

    static List<Article> feed() {
        List<Article> feed = new ArrayList<>();
        String[][] calm = {{"Germany", "Poland"}, {"Japan", "Australia"}, {"Brazil", "Chile"}, {"Canada", "Mexico"},
                {"India", "Nepal"}, {"France", "Italy"}, {"Egypt", "Jordan"}, {"Ghana", "Togo"}, {"Spain", "Portugal"},
                {"Norway", "Sweden"}, {"Vietnam", "Laos"}, {"Kenya", "Uganda"}};
        String[] calmTemplates = {"%s's foreign minister visited %s to discuss trade and tourism.",
                "Officials from %s met counterparts from %s to review a rail project.",
                "%s and %s held talks on fisheries quotas.",
                "A delegation from %s toured farms in %s this week."};
        Instant day0 = Instant.parse("2026-10-01T09:00:00Z");
        for (int day = 0; day < 10; day++) {
            for (int p = 0; p < calm.length; p++) {
                String text = String.format(calmTemplates[(day + p) % calmTemplates.length], calm[p][0], calm[p][1]);
                feed.add(article("calm-" + day + "-" + p, "outlet" + (p % 5) + ".example",
                        day0.plusSeconds(day * 86_400L + p * 1_800L), text));
            }
        }
        String[] burst = {
                "Kenyan jets carried out air strikes on Somali border towns overnight.",
                "Somalia accused Kenya of killing civilians in the raids near Mandera.",
                "Kenya threatened Somalia with further strikes unless the militants are handed over.",
                "Somali troops shelled Kenyan positions along the border, Kenyan officials said.",
                "Kenya deployed troops to the border with Somalia after the clashes.",
                "Somalia expelled Kenyan diplomats and recalled its ambassador from Nairobi.",
                "Kenyan forces launched missile strikes on Somali army depots.",
                "Somalia warned Kenya of consequences if the incursion continues."};
        for (int i = 0; i < 12; i++) {
            Instant at = BURST_START.plusSeconds(i * 1_800L);
            String text = burst[i % burst.length] + " Residents reported heavy damage in the area of report " + i + ".";
            feed.add(article("burst-" + i, "wire" + (i % 2) + ".example", at, text));
            for (int copy = 0; copy < 3; copy++) {
                feed.add(article("burst-" + i + "-copy-" + copy, "syndicate" + copy + ".example",
                        at.plusSeconds(300L * (copy + 1)), text));
            }
        }
        String[] talks = {
                "Peru and Ecuador agreed a ceasefire along their disputed border.",
                "Peru held talks with Ecuador in Lima on withdrawing troops.",
                "Ecuador signed an agreement with Peru on a joint border commission.",
                "Peru released prisoners to Ecuador as part of the truce.",
                "Ecuador withdrew troops from the border with Peru on Tuesday.",
                "Peru and Ecuador restored diplomatic relations after the talks.",
                "Ecuador and Peru set up a hotline between their armies.",
                "Peru resumed negotiations with Ecuador on river access."};
        for (int i = 0; i < talks.length; i++) {
            feed.add(article("talks-" + i, "paper" + (i % 3) + ".example", TALKS_START.plusSeconds(i * 2_400L), talks[i]));
        }
        String[] traps = {
                "Brazil's striker fired a late strike past Argentina's goalkeeper in the World Cup qualifier.",
                "Argentina's attack overwhelmed Brazil's defence in the friendly match at the stadium.",
                "Chinese and American carmakers launched a price war with deep discounts.",
                "French rail workers went on strike against the pension reform.",
                "Colombia's government and ELN rebels agreed a ceasefire in Havana.",
                "Japan beat South Korea in the final of the baseball championship."};
        for (int i = 0; i < 12; i++) {
            feed.add(article("trap-" + i, "sport" + (i % 3) + ".example",
                    Instant.parse("2026-10-13T08:00:00Z").plusSeconds(i * 1_200L), traps[i % traps.length]));
        }
        feed.sort(java.util.Comparator.comparing(Article::published));
        return feed;
    }

    private static Article article(String id, String outlet, Instant published, String text) {
        return new Article(id, "https://" + outlet + "/" + id, outlet, published, null, text, "en");
    }
}
