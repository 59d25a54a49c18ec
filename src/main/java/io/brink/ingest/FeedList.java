package io.brink.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The feeds to poll, from an OPML file (every {@code outline} with an {@code xmlUrl}) or a text
 * file with one URL a line ({@code #} starts a comment). Duplicates are listed once.
 */
public final class FeedList {

    private FeedList() {
    }

    /** The feeds of {@code file}; an {@link IllegalArgumentException} names the line or entry at fault. */
    public static List<URI> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<URI> feeds = text.startsWith("<") ? opml(bytes, file) : lines(text, file);
        if (feeds.isEmpty()) {
            throw new IllegalArgumentException(file + " lists no feed");
        }
        return feeds;
    }

    private static List<URI> lines(String text, Path file) {
        Set<URI> feeds = new LinkedHashSet<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            feeds.add(httpUri(line, file + " line " + (i + 1)));
        }
        return new ArrayList<>(feeds);
    }

    private static List<URI> opml(byte[] bytes, Path file) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            NodeList outlines = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getElementsByTagName("outline");
            Set<URI> feeds = new LinkedHashSet<>();
            for (int i = 0; i < outlines.getLength(); i++) {
                String url = ((Element) outlines.item(i)).getAttribute("xmlUrl").strip();
                if (!url.isEmpty()) {
                    feeds.add(httpUri(url, file + " outline " + (i + 1)));
                }
            }
            return new ArrayList<>(feeds);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException(file + " is not a list of URLs and not valid OPML: " + e.getMessage(), e);
        }
    }

    private static URI httpUri(String text, String where) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException(where + ": '" + text + "' is not an http or https URL");
    }
}
