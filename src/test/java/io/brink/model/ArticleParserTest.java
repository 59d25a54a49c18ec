package io.brink.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser(1000);

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static BadInputException.Reason reasonOf(Runnable r) {
        try {
            r.run();
        } catch (BadInputException e) {
            return e.reason();
        }
        throw new AssertionError("expected the input to be rejected");
    }

    @Test
    void a_complete_article_is_read_with_snake_case_fields_and_unknown_fields_ignored() {
        Article a = parser.parse(utf8("{\"id\":\"a1\",\"url\":\"https://www.news.example/x\",\"published\":"
                + "\"2026-11-02T08:15:00Z\",\"title\":\"T\",\"text\":\"Iran threatened Israel.\",\"language\":\"en\","
                + "\"extra\":{\"ignored\":true}}"));
        assertThat(a.id()).isEqualTo("a1");
        assertThat(a.published()).isEqualTo(Instant.parse("2026-11-02T08:15:00Z"));
        assertThat(a.outlet()).as("outlet falls back to the url's host").isEqualTo("news.example");
    }

    @Test
    void each_kind_of_bad_input_is_rejected_with_its_own_reason() {
        assertThat(reasonOf(() -> parser.parse(null))).isEqualTo(BadInputException.Reason.NULL_VALUE);
        assertThat(reasonOf(() -> parser.parse(utf8("{not json")))).isEqualTo(BadInputException.Reason.MALFORMED_JSON);
        assertThat(reasonOf(() -> parser.parse(utf8("[1,2]")))).isEqualTo(BadInputException.Reason.NOT_AN_OBJECT);
        assertThat(reasonOf(() -> parser.parse(utf8("{\"title\":\"no text\"}")))).isEqualTo(BadInputException.Reason.MISSING_TEXT);
        assertThat(reasonOf(() -> parser.parse(utf8("{\"text\":\"  \"}")))).isEqualTo(BadInputException.Reason.MISSING_TEXT);
        assertThat(reasonOf(() -> parser.parse(utf8("{\"text\":42}")))).isEqualTo(BadInputException.Reason.MISSING_TEXT);
        assertThat(reasonOf(() -> parser.parse(utf8("{\"text\":\"" + "x".repeat(1001) + "\"}"))))
                .isEqualTo(BadInputException.Reason.TEXT_TOO_LARGE);
        assertThat(reasonOf(() -> parser.parse(utf8("{\"text\":\"ok\",\"published\":\"yesterday\"}"))))
                .isEqualTo(BadInputException.Reason.INVALID_FIELD);
    }

    @Test
    void hostile_json_is_refused_by_read_limits_not_by_running_out_of_memory() {
        String deep = "{\"text\":\"t\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThat(reasonOf(() -> new ArticleParser(100_000).parse(utf8(deep))))
                .isEqualTo(BadInputException.Reason.MALFORMED_JSON);
        String hugeNumber = "{\"text\":\"t\",\"n\":" + "9".repeat(10_000) + "}";
        assertThat(reasonOf(() -> new ArticleParser(100_000).parse(utf8(hugeNumber))))
                .isEqualTo(BadInputException.Reason.MALFORMED_JSON);
    }

    @Test
    void invalid_utf8_is_malformed_input() {
        byte[] bytes = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThat(reasonOf(() -> parser.parse(bytes))).isEqualTo(BadInputException.Reason.MALFORMED_JSON);
    }

    @Test
    void the_size_limit_is_named_in_the_message() {
        assertThatThrownBy(() -> parser.parse(utf8("{\"text\":\"" + "é".repeat(600) + "\"}")))
                .hasMessageContaining("1200 bytes").hasMessageContaining("input.max.text.bytes");
    }
}
