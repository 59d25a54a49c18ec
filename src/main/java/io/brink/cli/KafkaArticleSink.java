package io.brink.cli;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.brink.ingest.ArticleSink;
import io.brink.model.Article;
import io.brink.model.Json;

/** Ingested articles to the news topic, keyed by article id, with the producer settings of {@code ingest --input}. */
final class KafkaArticleSink implements ArticleSink {

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;

    KafkaArticleSink(Map<String, Object> clientProperties, int maxTextBytes, String topic) {
        this.producer = new KafkaProducer<>(FeedProducer.producerProperties(clientProperties, maxTextBytes),
                new StringSerializer(), new ByteArraySerializer());
        this.topic = topic;
    }

    @Override
    public CompletionStage<Void> send(Article article) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(topic, article.id(), Json.MAPPER.writeValueAsBytes(article)), (md, e) -> {
                if (e == null) {
                    done.complete(null);
                } else {
                    done.completeExceptionally(e);
                }
            });
        } catch (JsonProcessingException | RuntimeException e) {
            done.completeExceptionally(e);
        }
        return done;
    }

    @Override
    public String describe() {
        return topic;
    }

    @Override
    public void close() {
        producer.close();
    }
}
