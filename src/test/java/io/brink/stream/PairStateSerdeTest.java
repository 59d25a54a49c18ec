package io.brink.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import io.brink.coding.EventCoder;
import io.brink.model.Article;
import io.brink.model.CodedEvent;
import io.brink.model.Json;
import io.brink.scoring.AlertRule;
import io.brink.scoring.PairScorer;
import io.brink.scoring.PairState;
import io.brink.scoring.ScoringConfig;

class PairStateSerdeTest {

    @Test
    void every_state_the_demo_feed_builds_reads_back_equal() throws Exception {
        PairScorer scorer = new PairScorer(ScoringConfig.defaults());
        AlertRule rule = new AlertRule(scorer);
        Map<String, PairState> states = new HashMap<>();
        PairStateSerde serde = new PairStateSerde();
        int checked = 0;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("io/brink/demo/sample-feed.jsonl");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                for (CodedEvent e : EventCoder.standard().code(Json.MAPPER.readValue(line, Article.class))) {
                    PairState s = scorer.update(states.get(e.pair().key()), e);
                    s = rule.evaluate(s, scorer.score(s)).state();
                    states.put(s.pair(), s);
                    byte[] bytes = serde.serializer().serialize("t", s);
                    assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(s);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(states.values()).anySatisfy(s -> assertThat(s.escalationAlert()).isNotNull());
    }

    @Test
    void bytes_of_another_format_fail_with_a_clear_message() {
        assertThatThrownBy(() -> PairStateSerde.read("{\"pair\":\"IRN-ISR\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("format");
        assertThat(new PairStateSerde().deserializer().deserialize("t", null)).isNull();
    }
}
