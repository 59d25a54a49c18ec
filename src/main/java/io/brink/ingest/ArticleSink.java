package io.brink.ingest;

import java.io.IOException;
import java.util.concurrent.CompletionStage;

import io.brink.model.Article;

/** Where ingested articles go: Kafka's news topic, or a JSON Lines file for backtests. */
public interface ArticleSink extends AutoCloseable {

    /** Completes when the article is stored for good (acknowledged by Kafka, written and flushed). */
    CompletionStage<Void> send(Article article);

    /** A short description for the terminal, e.g. "brink.news" or "out.jsonl". */
    String describe();

    @Override
    void close() throws IOException;
}
