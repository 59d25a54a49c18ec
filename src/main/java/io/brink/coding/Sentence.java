package io.brink.coding;

/** A sentence of an article and where it starts in the article's text. */
public record Sentence(String text, int start) {
}
