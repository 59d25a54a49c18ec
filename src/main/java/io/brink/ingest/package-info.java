/**
 * {@code brink ingest --feeds}: news from RSS, RSS 1.0 (RDF) and Atom feeds, their pages fetched
 * politely and reduced to the story's text. Plain Java that knows nothing of Kafka: articles leave
 * through an {@link io.brink.ingest.ArticleSink}.
 */
package io.brink.ingest;
