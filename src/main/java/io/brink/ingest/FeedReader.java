package io.brink.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

/** A feed's items, read by ROME from RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom; DOCTYPEs refused. */
public final class FeedReader {

    /** One item: where its story is, and what the feed says of it. */
    public record Item(URI link, String title, Instant published) {
    }

    /** What a feed holds; {@code skipped} counts items without a usable http(s) link. */
    public record Feed(String title, String language, List<Item> items, int skipped) {
    }

    private FeedReader() {
    }

    /** Reads a feed body fetched from {@code base}; relative links resolve against it. */
    public static Feed read(byte[] body, String contentType, URI base) throws FetchException {
        SyndFeed feed;
        try (XmlReader xml = contentType == null ? new XmlReader(new ByteArrayInputStream(body), true)
                : new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(xml);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FetchException(FetchException.Kind.MALFORMED, "not a feed at " + base + ": " + firstLine(e), e);
        }
        List<Item> items = new ArrayList<>();
        int skipped = 0;
        for (SyndEntry e : feed.getEntries()) {
            URI link = link(e, base);
            if (link == null) {
                skipped++;
                continue;
            }
            Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            String title = e.getTitle() == null || e.getTitle().isBlank() ? null : e.getTitle().strip();
            items.add(new Item(link, title, when == null ? null : when.toInstant()));
        }
        return new Feed(feed.getTitle(), feed.getLanguage(), items, skipped);
    }

    /** The item's story: its link, else an Atom alternate link, else an id that is an http(s) URL. */
    private static URI link(SyndEntry e, URI base) {
        List<String> candidates = new ArrayList<>();
        candidates.add(e.getLink());
        for (SyndLink l : e.getLinks()) {
            if (l.getRel() == null || l.getRel().equals("alternate")) {
                candidates.add(l.getHref());
            }
        }
        candidates.add(e.getUri());
        for (String c : candidates) {
            if (c == null || c.isBlank()) {
                continue;
            }
            try {
                URI uri = base.resolve(c.strip());
                if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                        && uri.getHost() != null) {
                    return uri;
                }
            } catch (IllegalArgumentException ignored) {
                // try the next candidate
            }
        }
        return null;
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
