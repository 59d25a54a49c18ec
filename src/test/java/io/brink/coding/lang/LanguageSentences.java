package io.brink.coding.lang;

import java.time.Instant;
import java.util.List;

import io.brink.coding.EventCoder;
import io.brink.model.Article;
import io.brink.model.CodedEvent;

/** A sentence coded by a language's coder as a news article of one fixed day, for the tests. */
final class LanguageSentences {

    private static final Instant PUBLISHED = Instant.parse("2026-09-15T08:00:00Z");

    private LanguageSentences() {
    }

    static EventCoder.Coding coding(String language, String text) {
        return LanguageCoder.standard(language).coding(new Article(language + "1",
                "https://news.example/" + language + "1", "news.example", PUBLISHED, null, text, language));
    }

    /** Each event as "SRC>TGT:SIGNAL", in order. */
    static List<String> dyads(List<CodedEvent> events) {
        return events.stream().map(e -> e.src() + ">" + e.tgt() + ":" + e.signal()).toList();
    }
}
