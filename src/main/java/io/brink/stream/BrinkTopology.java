package io.brink.stream;

import java.time.Duration;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.AutoOffsetReset;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.Stores;

import io.brink.coding.ArticleLanguage;
import io.brink.coding.EventCoder;
import io.brink.coding.LanguageGate;
import io.brink.model.Alert;
import io.brink.model.Article;
import io.brink.model.PairEvents;
import io.brink.model.PairScore;
import io.brink.scoring.ScoringConfig;

/**
 * The one topology of Brink, used alike by {@code run}, {@code demo} and the tests. Two
 * sub-topologies: news → code → {@code events} (one record per article and pair, keyed by pair,
 * which also partitions by pair),
 * and events → score → {@code scores} and {@code alerts}. Every node and store is named.
 */
public final class BrinkTopology {

    public static final String PAIR_STATE_STORE = "pair-state";
    /** The latest message of each recent alert, keyed by alert id (for the HTTP API's {@code /api/alerts}). */
    public static final String RECENT_ALERTS_STORE = "recent-alerts";
    /** Events per hour of the task's pairs, for coverage normalisation (one entry per task). */
    public static final String COVERAGE_STORE = "coverage";

    private BrinkTopology() {
    }

    public static Topology build(BrinkConfig config) {
        return build(config, EventCoder.standard());
    }

    public static Topology build(BrinkConfig config, EventCoder coder) {
        return build(config, coder, CodingAhead.inline(gate(config, coder)));
    }

    /** {@code coder} behind the gate of {@code coder.languages}. */
    public static LanguageGate gate(BrinkConfig config, EventCoder coder) {
        return new LanguageGate(coder, config.codedLanguages(), ArticleLanguage.standard());
    }

    /** The topology whose coding step takes the work {@code ahead} has done, where it has. */
    public static Topology build(BrinkConfig config, EventCoder coder, CodingAhead ahead) {
        Topics topics = config.topics();
        ScoringConfig scoring = config.scoring();
        int topPairs = config.getInt(BrinkConfig.METRICS_TOP_PAIRS);
        BrinkMetrics.register();
        StreamsBuilder builder = new StreamsBuilder();

        Serde<Article> news = Serdes.serdeFrom(topics.news().valueSerde().serializer(),
                ahead.deserializer(topics.news().valueSerde().deserializer()));
        builder.stream(topics.news().name(), Consumed.with(topics.news().keySerde(), news)
                        .withTimestampExtractor(new EventTimeExtractor()).withName("news-source"))
                .peek((key, article) -> BrinkMetrics.articleIn(), Named.as("count-articles"))
                .processValues(() -> new Code(ahead), Named.as("code"))
                .peek((key, record) -> BrinkMetrics.coded(record), Named.as("count-events"))
                .selectKey((key, record) -> record.pair(), Named.as("key-by-pair"))
                .to(topics.events().name(), Produced.with(topics.events().keySerde(), topics.events().valueSerde())
                        .withName("events-sink"));

        Topology topology = builder.build();
        topology.addSource(AutoOffsetReset.earliest(), "events-source", new EventTimeExtractor(), topics.events().keySerde().deserializer(),
                topics.events().valueSerde().deserializer(), topics.events().name());
        Duration emitInterval = config.getDuration(BrinkConfig.SCORE_EMIT_INTERVAL);
        topology.addProcessor("score", () -> new ScoreProcessor(scoring, emitInterval, topPairs, PAIR_STATE_STORE,
                        RECENT_ALERTS_STORE, "scores-sink", "alerts-sink"),
                "events-source");
        // A busy pair's state changes with every event: it is held as an object until the commit
        // and serialised once then (WriteBehindStore), and caching folds what remains into one
        // RocksDB write and one changelog record per pair and commit.
        topology.addStateStore(WriteBehindStore.builder(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(PAIR_STATE_STORE), Serdes.String(), new PairStateSerde())
                .withCachingEnabled()), "score");
        topology.addStateStore(WriteBehindStore.builder(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(COVERAGE_STORE), Serdes.String(), new CoverageSerde())
                .withCachingEnabled()), "score");
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(RECENT_ALERTS_STORE),
                Serdes.String(), JsonSerde.of(Alert.class)), "score");
        topology.addSink("scores-sink", topics.scores().name(), topics.scores().keySerde().serializer(),
                JsonSerde.of(PairScore.class).serializer(), "score");
        topology.addSink("alerts-sink", topics.alerts().name(), topics.alerts().keySerde().serializer(),
                JsonSerde.of(Alert.class).serializer(), "score");
        return topology;
    }

    /**
     * Forwards an article's coded events, one record per pair it names (coded ahead where a
     * worker got to it first), and counts the article by its language; an article in a language
     * Brink does not code forwards nothing.
     */
    private static final class Code implements FixedKeyProcessor<String, Article, PairEvents> {
        private final CodingAhead ahead;
        private FixedKeyProcessorContext<String, PairEvents> context;

        Code(CodingAhead ahead) {
            this.ahead = ahead;
        }

        @Override
        public void init(FixedKeyProcessorContext<String, PairEvents> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, Article> record) {
            RecordMetadata at = context.recordMetadata().orElseThrow();
            LanguageGate.Coded coded = ahead.code(at.partition(), at.offset(), record.value());
            BrinkMetrics.articleLanguage(coded);
            for (PairEvents pair : PairEvents.byPair(coded.events(), coded.language())) {
                context.forward(record.withValue(pair));
            }
        }
    }
}
