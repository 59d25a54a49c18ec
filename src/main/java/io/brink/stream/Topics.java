package io.brink.stream;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

import io.brink.model.Alert;
import io.brink.model.Article;
import io.brink.model.PairEvents;
import io.brink.model.PairEventsJson;
import io.brink.model.PairScore;

/** The five topics of Brink, named from a prefix, each with its serdes. Immutable. */
public record Topics(Topic<String, Article> news, Topic<String, PairEvents> events, Topic<String, PairScore> scores,
                     Topic<String, Alert> alerts, String dlq) {

    public static Topics withPrefix(String prefix, int maxTextBytes) {
        Serde<String> keys = Serdes.String();
        return new Topics(
                new Topic<>(prefix + "news", keys, new ArticleSerde(maxTextBytes)),
                new Topic<>(prefix + "events", keys, JsonSerde.of(PairEvents.class, PairEventsJson::read, PairEventsJson::write)),
                new Topic<>(prefix + "scores", keys, JsonSerde.of(PairScore.class)),
                new Topic<>(prefix + "alerts", keys, JsonSerde.of(Alert.class)),
                prefix + "dlq");
    }

    public List<String> names() {
        return List.of(news.name(), events.name(), scores.name(), alerts.name(), dlq);
    }

    /** Topic definitions for creation: scores compacted (latest per pair), the rest deleted by age. */
    public List<NewTopic> newTopics(int partitions, short replicationFactor) {
        Optional<Short> rf = replicationFactor < 1 ? Optional.empty() : Optional.of(replicationFactor);
        return names().stream().map(name -> {
            NewTopic t = new NewTopic(name, Optional.of(partitions), rf);
            if (name.equals(scores.name())) {
                t.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            }
            return t;
        }).toList();
    }
}
