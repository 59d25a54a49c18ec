package io.brink.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A news page reduced to its story: jsoup parses the HTML (charset from the header, else the
 * page's BOM or meta), and a readability-style scorer finds the story's text. Markup that is never
 * a story (scripts, forms, navigation, asides, figures, elements hidden or named for comments,
 * cookies, sharing, related links, newsletters) goes first; every paragraph then votes for its
 * parent (fully) and grandparent (half) with its length and commas, a container's votes are
 * discounted by the share of its text that is links, and the best container is kept with those of
 * its siblings that scored nearly as well. From it come the paragraphs, subheadings, list items
 * and quotes that are mostly not links. Metadata come from the page's own tags: {@code link
 * rel=canonical}, {@code article:published_time} and its kin, {@code html lang} (else the
 * language a script names unambiguously, see {@link Scripts}).
 */
public final class PageExtractor {

    /** A page's story and what the page says about it; any field but {@code text} may be null. */
    public record Page(String title, String text, URI canonical, Instant published, String language) {
    }

    /** Class or id words of containers that hold no story. */
    private static final Set<String> UNLIKELY = Set.of("comment", "comments", "cookie", "cookies", "consent", "gdpr",
            "banner", "related", "recommended", "recirc", "share", "sharing", "social", "promo", "newsletter",
            "subscribe", "signup", "sidebar", "footer", "nav", "navbar", "navigation", "menu", "breadcrumb",
            "breadcrumbs", "ad", "ads", "advert", "advertisement", "sponsor", "sponsored", "popup", "modal", "outbrain",
            "taboola", "tags", "byline", "author", "bio", "disqus", "trending", "popular", "masthead", "skip",
            "toolbar", "paywall", "widget", "more", "teaser", "teasers", "caption", "credit", "copyright", "meta",
            "discussion", "replies", "reply");
    /** Class or id words of containers that usually hold the story. */
    private static final Set<String> LIKELY = Set.of("article", "body", "content", "entry", "main", "post", "story",
            "text", "articlebody", "story-body");
    private static final Set<String> NEVER_STORY = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "form", "button", "input", "select", "textarea", "nav", "header", "footer", "aside", "figure",
            "figcaption", "menu", "dialog", "object", "embed", "video", "audio", "picture", "img");
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "dialog",
            "alertdialog", "search", "menu", "menubar", "toolbar");
    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote",
            "dd", "td");
    private static final Set<String> BLOCK_CHILDREN = Set.of("p", "div", "section", "article", "ul", "ol", "table",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dl", "main", "header", "footer", "aside", "nav",
            "figure", "form");
    /** How paragraphs that address the reader, not the story, begin. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "(?i)^(follow us|sign up|subscribe|read more|related:|see also|advertisement|share this|click here|"
                    + "listen to this|download our app|get our newsletter).*");
    private static final Pattern SPLIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern JSON_LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final int MIN_PARAGRAPH = 25;

    private PageExtractor() {
    }

    /** Parses and extracts a fetched page; {@code headerCharset} wins over the page's own declaration. */
    public static Page extract(byte[] body, Charset headerCharset, URI uri) {
        try {
            Document doc = Jsoup.parse(new ByteArrayInputStream(body), headerCharset == null ? null : headerCharset.name(),
                    uri.toString());
            return extract(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extracts the story and metadata of a parsed page. */
    public static Page extract(Document doc) {
        URI canonical = canonical(doc);
        Instant published = published(doc);
        String language = language(doc);
        String title = title(doc);
        String text = text(doc.body() == null ? doc : doc.body().clone());
        return new Page(title, text, canonical, published, language != null ? language : Scripts.language(text));
    }

    /** The story's text: paragraphs separated by a blank line; empty when the page has none. */
    static String text(Element root) {
        clean(root);
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element block : paragraphs(root)) {
            String t = block.text();
            if (t.length() < MIN_PARAGRAPH || linkDensity(block) > 0.5) {
                continue;
            }
            double score = 1 + count(t, ',') + Math.min(3, t.length() / 100.0);
            Element parent = block.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, score + weight(parent), (a, b) -> a + b - weight(parent));
            Element grand = parent.parent();
            if (grand != null) {
                scores.merge(grand, score / 2 + weight(grand), (a, b) -> a + b - weight(grand));
            }
        }
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            e.setValue(s);
            if (s > best) {
                best = s;
                top = e.getKey();
            }
        }
        if (top == null) {
            return "";
        }
        List<Element> keep = new ArrayList<>();
        Element parent = top.parent();
        if (parent == null) {
            keep.add(top);
        } else {
            double bar = Math.max(10, best * 0.2);
            for (Element sibling : parent.children()) {
                if (sibling == top || scores.getOrDefault(sibling, 0.0) >= bar || sibling.tagName().equals("p")
                        && sibling.text().length() > 80 && linkDensity(sibling) < 0.25) {
                    keep.add(sibling);
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (Element container : keep) {
            for (Element block : paragraphs(container)) {
                String t = block.text().strip();
                if (!t.isEmpty() && linkDensity(block) <= 0.5 && !CALL_TO_ACTION.matcher(t).matches()
                        && !(block.tagName().equals("li") && t.length() < MIN_PARAGRAPH)) {
                    out.add(t);
                }
            }
        }
        return String.join("\n\n", out);
    }

    /** Removes what is never a story. */
    private static void clean(Element root) {
        for (Element e : root.getAllElements()) {
            if (e == root) {
                continue;
            }
            String tag = e.tagName();
            boolean drop = NEVER_STORY.contains(tag)
                    || e.hasAttr("hidden")
                    || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                    || ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))
                    || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")
                    || !tag.equals("body") && !tag.equals("article") && !tag.equals("main") && unlikely(e);
            if (drop) {
                e.remove();
            }
        }
    }

    /** The blocks of text under {@code root}, outermost only: a paragraph inside a quote counts once. */
    private static List<Element> paragraphs(Element root) {
        List<Element> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Element e, List<Element> out) {
        for (Element child : e.children()) {
            String tag = child.tagName();
            if (BLOCKS.contains(tag) && !hasBlockChildren(child) || tag.equals("div") && !hasBlockChildren(child)
                    && !child.ownText().isBlank()) {
                out.add(child);
            } else {
                collect(child, out);
            }
        }
    }

    private static boolean hasBlockChildren(Element e) {
        for (Element c : e.children()) {
            if (BLOCK_CHILDREN.contains(c.tagName()) || BLOCKS.contains(c.tagName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean unlikely(Element e) {
        for (String word : words(e)) {
            if (UNLIKELY.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static double weight(Element e) {
        double w = 0;
        for (String word : words(e)) {
            if (LIKELY.contains(word)) {
                w = 25;
            }
        }
        String tag = e.tagName();
        if (tag.equals("article") || tag.equals("main") || "articleBody".equals(e.attr("itemprop"))) {
            w += 25;
        }
        return w;
    }

    private static List<String> words(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).strip();
        if (names.isEmpty()) {
            return List.of();
        }
        return List.of(SPLIT.split(names));
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, links / (double) total);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static URI canonical(Document doc) {
        for (String query : List.of("link[rel=canonical][href]", "meta[property=og:url][content]")) {
            Element e = doc.selectFirst(query);
            if (e != null) {
                String href = e.hasAttr("href") ? e.absUrl("href") : e.absUrl("content");
                try {
                    URI uri = URI.create(href.strip());
                    if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                        return uri;
                    }
                } catch (IllegalArgumentException ignored) {
                    // a canonical that does not parse is no canonical
                }
            }
        }
        return null;
    }

    private static Instant published(Document doc) {
        List<String> candidates = new ArrayList<>();
        for (String query : List.of("meta[property=article:published_time]", "meta[name=article:published_time]",
                "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]",
                "meta[name=dc.date.issued]", "meta[name=DC.date.issued]", "meta[name=dcterms.created]",
                "meta[name=dc.date]")) {
            Element e = doc.selectFirst(query);
            if (e != null) {
                candidates.add(e.attr("content"));
            }
        }
        Elements times = doc.select("time[itemprop=datePublished][datetime], article time[datetime], time[pubdate][datetime]");
        for (Element t : times) {
            candidates.add(t.attr("datetime"));
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_PUBLISHED.matcher(script.data());
            if (m.find()) {
                candidates.add(m.group(1));
            }
        }
        for (String c : candidates) {
            Instant i = instant(c);
            if (i != null) {
                return i;
            }
        }
        return null;
    }

    /** ISO-8601 with or without offset (UTC assumed), a date alone, or RFC 1123. */
    static Instant instant(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    private static String language(Document doc) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank() && html != null) {
            lang = html.attr("xml:lang");
        }
        if (lang.isBlank()) {
            Element meta = doc.selectFirst("meta[http-equiv~=(?i)content-language][content]");
            lang = meta == null ? "" : meta.attr("content");
        }
        if (lang.isBlank()) {
            Element meta = doc.selectFirst("meta[property=og:locale][content]");
            lang = meta == null ? "" : meta.attr("content");
        }
        return primaryLanguage(lang);
    }

    /** "en-GB", "ru_RU", "ja" → "en", "ru", "ja"; null for nothing usable. */
    static String primaryLanguage(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int cut = t.indexOf(',');
        t = cut < 0 ? t : t.substring(0, cut).strip();
        String primary = t.split("[-_]")[0];
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    private static String title(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title][content]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String t = doc.title().strip();
        return t.isEmpty() ? null : t;
    }
}
