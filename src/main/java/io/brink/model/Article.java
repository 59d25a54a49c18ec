package io.brink.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One news article as it arrives on {@code brink.news}. Only {@code text} is required; the rest
 * improves attribution (source, url), timing (published) and evidence (title).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Article(String id, String url, String source, Instant published, String title, String text,
                      String language) {

    /** The outlet the article is attributed to: its source, else the host of its url, else "unknown". */
    public String outlet() {
        if (source != null && !source.isBlank()) {
            return source.trim().toLowerCase(java.util.Locale.ROOT);
        }
        if (url != null) {
            try {
                String host = java.net.URI.create(url.trim()).getHost();
                if (host != null) {
                    return host.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
                }
            } catch (IllegalArgumentException ignored) {
                // A url that does not parse attributes the article to no outlet.
            }
        }
        return "unknown";
    }
}
