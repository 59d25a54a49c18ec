package io.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {

    private static String canonical(String url) {
        return CanonicalUrl.of(URI.create(url)).toString();
    }

    @Test
    void tracking_parameters_fragments_default_ports_and_case_go_and_the_rest_stays_in_order() {
        assertThat(canonical("HTTPS://News.Example:443/world/story?utm_source=rss&id=7&fbclid=abc&page=2#comments"))
                .isEqualTo("https://news.example/world/story?id=7&page=2");
        assertThat(canonical("http://news.example:80?gclid=x&UTM_Campaign=y")).isEqualTo("http://news.example/");
        assertThat(canonical("http://news.example:8080/a?b")).isEqualTo("http://news.example:8080/a?b");
    }

    @Test
    void two_spellings_of_one_story_have_one_id_and_two_stories_two() {
        String a = CanonicalUrl.id(CanonicalUrl.of(URI.create("https://news.example/s?utm_medium=email")));
        String b = CanonicalUrl.id(CanonicalUrl.of(URI.create("https://NEWS.example/s#top")));
        String c = CanonicalUrl.id(CanonicalUrl.of(URI.create("https://news.example/t")));
        assertThat(a).isEqualTo(b).hasSize(32).isNotEqualTo(c);
    }

    @Test
    void what_is_not_an_http_address_is_left_alone() {
        assertThat(canonical("urn:uuid:1234")).isEqualTo("urn:uuid:1234");
    }
}
