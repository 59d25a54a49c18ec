package io.brink.stream;

import static io.brink.stream.TopologyFixture.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.model.PairScore;

/** Coverage normalisation through the real topology: a news-heavy day does not look like a war. */
class CoverageTopologyTest {

    static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
    static final String[][] PAIRS = {{"Germany", "Poland"}, {"Japan", "Australia"}, {"Brazil", "Chile"},
            {"Canada", "Mexico"}, {"France", "Italy"}, {"Spain", "Portugal"}, {"Norway", "Sweden"}, {"Egypt", "Jordan"}};

    @TempDir
    Path ordinaryState;
    @TempDir
    Path heavyState;

    /** The India–Pakistan escalation index after the same two strike reports, with {@code others} other events that hour. */
    private static double strikesAfter(Path state, int others) {
        try (TopologyFixture t = new TopologyFixture(state)) {
            int n = 0;
            for (int hour = 0; hour < 72; hour++) {
                for (int i = 0; i < 4; i++) {
                    String[] p = PAIRS[(hour + i) % PAIRS.length];
                    t.send("bg" + n, article("bg" + n, "wire" + (i % 3) + ".example",
                            START.plusSeconds(hour * 3600L + i * 600L).toString(),
                            p[0] + "'s foreign minister visited " + p[1] + " for talks on trade, report " + n + "."));
                    n++;
                }
            }
            Instant busy = START.plusSeconds(72 * 3600L);
            for (int i = 0; i < others; i++) {
                String[] p = PAIRS[i % PAIRS.length];
                t.send("busy" + i, article("busy" + i, "wire" + (i % 3) + ".example", busy.plusSeconds(i).toString(),
                        p[0] + " held talks with " + p[1] + " on fisheries, item " + i + "."));
            }
            t.send("s1", article("s1", "one.example", busy.plusSeconds(1_800).toString(),
                    "India launched missile strikes on Pakistan."));
            t.send("s2", article("s2", "two.example", busy.plusSeconds(1_900).toString(),
                    "Indian jets bombed targets in Pakistan."));
            t.driver.advanceWallClockTime(Duration.ofSeconds(1));
            List<PairScore> scores = t.scores.readValuesToList();
            return scores.stream().filter(s -> s.pair().equals("IND-PAK")).reduce((a, b) -> b).orElseThrow().escalation();
        }
    }

    @Test
    void the_same_strikes_weigh_less_when_all_the_news_is_much_louder_than_usual() {
        double ordinary = strikesAfter(ordinaryState, 4);
        double heavy = strikesAfter(heavyState, 40);
        assertThat(ordinary).isEqualTo(18.0);
        assertThat(heavy).isLessThan(ordinary * 0.6).isPositive();
    }
}
