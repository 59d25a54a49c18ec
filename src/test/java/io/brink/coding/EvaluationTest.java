package io.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.brink.model.Polarity;

class EvaluationTest {

    private static List<Evaluation.GoldLine> gold(String... lines) throws Exception {
        return Evaluation.read(new BufferedReader(new StringReader(String.join("\n", lines))));
    }

    @Test
    void counts_hits_misses_and_false_alarms_per_event_pair_and_polarity() throws Exception {
        Evaluation.Report r = Evaluation.evaluate(EventCoder.standard(), gold(
                // hit: IRN>ISR escalation
                "{\"id\":\"a\",\"text\":\"Iran threatened Israel.\",\"events\":[{\"src\":\"IRN\",\"tgt\":\"ISR\",\"polarity\":\"ESCALATION\"}],\"label\":\"ESCALATION\"}",
                // direction wrong: a miss and a false alarm for events, a hit for pairs
                "{\"id\":\"b\",\"text\":\"Iran threatened Israel.\",\"events\":[{\"src\":\"ISR\",\"tgt\":\"IRN\",\"polarity\":\"ESCALATION\"}]}",
                // gold events that do not count: domestic, non-country, neutral
                "{\"id\":\"c\",\"text\":\"The weather was fine.\",\"events\":[{\"src\":\"IRN\",\"tgt\":\"IRN\",\"polarity\":\"ESCALATION\"},"
                        + "{\"src\":null,\"tgt\":\"ISR\",\"polarity\":\"ESCALATION\"},{\"src\":\"USA\",\"tgt\":\"CHN\",\"polarity\":\"NEUTRAL\"}],\"label\":\"NEUTRAL\"}",
                // a missed de-escalation
                "{\"id\":\"d\",\"text\":\"Nothing coded here.\",\"events\":[{\"src\":\"ETH\",\"tgt\":\"ERI\",\"polarity\":\"DEESCALATION\"}]}"));
        assertThat(r.lines()).isEqualTo(4);
        assertThat(r.events()).isEqualTo(new Evaluation.Counts(1, 1, 2));
        assertThat(r.pairs()).isEqualTo(new Evaluation.Counts(2, 0, 1));
        assertThat(r.byPolarity().get(Polarity.ESCALATION)).isEqualTo(new Evaluation.Counts(1, 1, 1));
        assertThat(r.byPolarity().get(Polarity.DEESCALATION)).isEqualTo(new Evaluation.Counts(0, 0, 1));
        assertThat(r.events().precision()).isEqualTo(0.5);
        assertThat(r.events().recall()).isEqualTo(1.0 / 3);
        assertThat(r.labels().n()).isEqualTo(2);
        assertThat(r.labels().accuracy()).isEqualTo(1.0);
        Map<String, Object> json = Evaluation.toJson(r);
        assertThat(json).containsKeys("lines", "events", "pairs", "by_polarity", "labels", "by_language");
    }

    @Test
    void each_language_of_the_gold_gets_the_events_block_and_a_line_without_one_is_english() throws Exception {
        Evaluation.Report r = Evaluation.evaluate(EventCoder.standard(), gold(
                "{\"id\":\"en1\",\"text\":\"Iran threatened Israel.\",\"events\":[{\"src\":\"IRN\",\"tgt\":\"ISR\",\"polarity\":\"ESCALATION\"}]}",
                "{\"id\":\"en2\",\"language\":\"en-GB\",\"text\":\"Iran threatened Israel.\",\"events\":[{\"src\":\"ISR\",\"tgt\":\"IRN\",\"polarity\":\"ESCALATION\"}]}",
                // A Spanish line is coded by the Spanish coder.
                "{\"id\":\"es1\",\"language\":\"es\",\"text\":\"Irán amenazó a Israel.\",\"events\":[{\"src\":\"IRN\",\"tgt\":\"ISR\",\"polarity\":\"ESCALATION\"}]}"));
        assertThat(r.byLanguage()).containsOnlyKeys("en", "es");
        assertThat(r.byLanguage().get("en")).isEqualTo(new Evaluation.Counts(1, 1, 1));
        assertThat(r.byLanguage().get("es")).isEqualTo(new Evaluation.Counts(1, 0, 0));
        assertThat(r.events()).isEqualTo(new Evaluation.Counts(2, 1, 1));

        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> byLanguage = (Map<String, Map<String, Object>>) Evaluation.toJson(r).get("by_language");
        @SuppressWarnings("unchecked")
        Map<String, Object> events = (Map<String, Object>) Evaluation.toJson(r).get("events");
        assertThat(byLanguage).containsOnlyKeys("en", "es");
        assertThat(byLanguage.get("es").keySet()).isEqualTo(events.keySet());
        assertThat(byLanguage.get("es")).containsEntry("tp", 1).containsEntry("recall", 1.0);
        assertThat(byLanguage.get("en")).containsEntry("tp", 1).containsEntry("precision", 0.5);
    }

    @Test
    void an_accusation_is_neutral_under_the_guideline_so_it_is_neither_a_hit_nor_a_false_alarm() throws Exception {
        String text = "Iran accused Israel on Saturday of sabotaging its nuclear site.";
        assertThat(EventCoder.standard().code(new io.brink.model.Article("x", null, "t", null, null, text, "en")))
                .extracting(e -> e.signal()).containsExactly(io.brink.model.Signal.ACCUSE);
        Evaluation.Report r = Evaluation.evaluate(EventCoder.standard(), gold(
                // CAMEO 112 (accuse) is NEUTRAL by the polarity rule: the gold has nothing to count.
                "{\"id\":\"a\",\"text\":\"" + text + "\",\"events\":[{\"src\":\"IRN\",\"tgt\":\"ISR\",\"cameo\":\"112\",\"polarity\":\"NEUTRAL\"}]}",
                // Beside it, a threat still counts.
                "{\"id\":\"b\",\"text\":\"Iran threatened Israel.\",\"events\":[{\"src\":\"IRN\",\"tgt\":\"ISR\",\"polarity\":\"ESCALATION\"}]}"));
        assertThat(r.events()).isEqualTo(new Evaluation.Counts(1, 0, 0));
    }

    @Test
    void a_gold_line_whose_language_is_no_iso_code_names_its_number() {
        assertThatThrownBy(() -> gold("{\"text\":\"ok\"}", "{\"text\":\"ok\",\"language\":\"spanish\"}"))
                .hasMessageStartingWith("gold line 2:").hasMessageContaining("spanish");
    }

    @Test
    void a_malformed_gold_line_names_its_number() {
        assertThatThrownBy(() -> gold("{\"text\":\"ok\"}", "{oops")).hasMessageStartingWith("gold line 2:");
    }
}
