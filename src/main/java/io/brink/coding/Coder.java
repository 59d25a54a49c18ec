package io.brink.coding;

import java.util.List;

import io.brink.model.Article;
import io.brink.model.CodedEvent;

/**
 * Codes the articles of one language into directed country-pair events: {@link EventCoder} for
 * English, {@link io.brink.coding.lang.LanguageCoder} for the languages coded from data files.
 * Implementations are pure and thread-safe.
 */
public interface Coder {

    /** The events an article reports, and apart from them those it only recalls as background. */
    EventCoder.Coding coding(Article article);

    /** The events an article reports, without its background. */
    default List<CodedEvent> code(Article article) {
        return coding(article).events();
    }
}
