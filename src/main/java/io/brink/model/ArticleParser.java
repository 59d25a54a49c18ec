package io.brink.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Turns raw bytes into a valid {@link Article} or a {@link BadInputException} naming the reason.
 * The same rules apply on {@code brink.news} and in {@code brink ingest}, so a line the CLI accepts
 * is a record the stream accepts.
 */
public final class ArticleParser {

    public static final int DEFAULT_MAX_TEXT_BYTES = 1024 * 1024;
    /** Room for the fields around the text; a record larger than text limit + this is refused unread. */
    private static final int ENVELOPE_BYTES = 64 * 1024;

    private final int maxTextBytes;

    public ArticleParser(int maxTextBytes) {
        if (maxTextBytes < 1) {
            throw new IllegalArgumentException("maxTextBytes must be positive");
        }
        this.maxTextBytes = maxTextBytes;
    }

    public int maxTextBytes() {
        return maxTextBytes;
    }

    public Article parse(byte[] bytes) {
        if (bytes == null) {
            throw new BadInputException(BadInputException.Reason.NULL_VALUE, "the record has no value");
        }
        if (bytes.length > (long) maxTextBytes + ENVELOPE_BYTES) {
            throw new BadInputException(BadInputException.Reason.TEXT_TOO_LARGE,
                    "the record is " + bytes.length + " bytes; articles are limited to " + maxTextBytes
                            + " bytes of text (input.max.text.bytes)");
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new BadInputException(BadInputException.Reason.MALFORMED_JSON, "not valid JSON: " + firstLine(e), e);
        }
        if (node == null || !node.isObject()) {
            throw new BadInputException(BadInputException.Reason.NOT_AN_OBJECT,
                    "expected a JSON object, got " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase()));
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull() || !text.isTextual() || text.asText().isBlank()) {
            throw new BadInputException(BadInputException.Reason.MISSING_TEXT,
                    text == null || text.isNull() ? "the article has no 'text'" : "'text' must be a non-empty string");
        }
        int textBytes = text.asText().getBytes(StandardCharsets.UTF_8).length;
        if (textBytes > maxTextBytes) {
            throw new BadInputException(BadInputException.Reason.TEXT_TOO_LARGE,
                    "'text' is " + textBytes + " bytes; the limit is " + maxTextBytes + " (input.max.text.bytes)");
        }
        try {
            return Json.MAPPER.treeToValue(node, Article.class);
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() ? "?" : e.getPath().get(0).getFieldName();
            throw new BadInputException(BadInputException.Reason.INVALID_FIELD,
                    "field '" + field + "' has the wrong type or format: " + firstLine(e), e);
        } catch (JsonProcessingException e) {
            throw new BadInputException(BadInputException.Reason.INVALID_FIELD, firstLine(e), e);
        }
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
