package io.brink.model;

import java.io.IOException;

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

    private static final com.fasterxml.jackson.databind.ObjectReader READER = Json.MAPPER.readerFor(Article.class);

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
        if (!startsAnObject(bytes)) {
            try {
                Json.MAPPER.readTree(bytes);
            } catch (IOException e) {
                throw new BadInputException(BadInputException.Reason.MALFORMED_JSON, "not valid JSON: " + firstLine(e), e);
            }
            throw new BadInputException(BadInputException.Reason.NOT_AN_OBJECT, "expected a JSON object");
        }
        Article article;
        try {
            // One pass straight into the record: articles are the pipeline's biggest input.
            article = READER.readValue(bytes);
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() ? "?" : e.getPath().get(0).getFieldName();
            if ("text".equals(field)) {
                throw new BadInputException(BadInputException.Reason.MISSING_TEXT, "'text' must be a non-empty string", e);
            }
            throw new BadInputException(BadInputException.Reason.INVALID_FIELD,
                    "field '" + field + "' has the wrong type or format: " + firstLine(e), e);
        } catch (IOException e) {
            throw new BadInputException(BadInputException.Reason.MALFORMED_JSON, "not valid JSON: " + firstLine(e), e);
        }
        String text = article.text();
        if (text == null || text.isBlank()) {
            throw new BadInputException(BadInputException.Reason.MISSING_TEXT,
                    text == null ? "the article has no 'text'" : "'text' must be a non-empty string");
        }
        int textBytes = utf8Length(text);
        if (textBytes > maxTextBytes) {
            throw new BadInputException(BadInputException.Reason.TEXT_TOO_LARGE,
                    "'text' is " + textBytes + " bytes; the limit is " + maxTextBytes + " (input.max.text.bytes)");
        }
        return article;
    }

    private static boolean startsAnObject(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '{') {
                return true;
            }
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return false;
            }
        }
        return false;
    }

    /** UTF-8 length without encoding the string again. */
    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
