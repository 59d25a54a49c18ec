package io.brink.stream;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import io.brink.model.Article;
import io.brink.model.ArticleParser;

/**
 * Articles on {@code brink.news}: written as JSON, read through {@link ArticleParser} so that a
 * malformed, empty or oversize article fails deserialisation and goes to the DLQ with its reason.
 */
public final class ArticleSerde implements Serde<Article> {

    private final ArticleParser parser;
    private final JsonSerde<Article> json = JsonSerde.of(Article.class);

    public ArticleSerde(int maxTextBytes) {
        this.parser = new ArticleParser(maxTextBytes);
    }

    @Override
    public Serializer<Article> serializer() {
        return json.serializer();
    }

    @Override
    public Deserializer<Article> deserializer() {
        return (topic, bytes) -> parser.parse(bytes);
    }
}
