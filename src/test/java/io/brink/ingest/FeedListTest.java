package io.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedListTest {

    @TempDir
    Path dir;

    @Test
    void a_text_list_has_one_url_a_line_with_comments_and_blank_lines_skipped_and_duplicates_once() throws Exception {
        Path f = Files.writeString(dir.resolve("feeds.txt"), """
                # world news
                https://a.example/rss.xml

                http://b.example/atom
                https://a.example/rss.xml
                """);
        assertThat(FeedList.read(f)).containsExactly(URI.create("https://a.example/rss.xml"), URI.create("http://b.example/atom"));
    }

    @Test
    void an_opml_file_lists_every_nested_outline_with_an_xml_url() throws Exception {
        Path f = Files.writeString(dir.resolve("feeds.opml"), new String(FixtureWeb.resource("/feeds.opml"))
                .replace("{{base}}", "http://127.0.0.1:1"));
        assertThat(FeedList.read(f)).hasSize(7).first().isEqualTo(URI.create("http://127.0.0.1:1/feeds/wire.rss"));
    }

    @Test
    void a_line_that_is_not_an_http_url_is_named_with_its_number() throws Exception {
        Path f = Files.writeString(dir.resolve("feeds.txt"), "https://a.example/rss\nftp://b.example/feed\n");
        assertThatThrownBy(() -> FeedList.read(f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2").hasMessageContaining("ftp://b.example/feed");
    }

    @Test
    void opml_with_a_doctype_is_refused() throws Exception {
        Path f = Files.writeString(dir.resolve("feeds.opml"), """
                <?xml version="1.0"?>
                <!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <opml><body><outline xmlUrl="https://a.example/&x;"/></body></opml>
                """);
        assertThatThrownBy(() -> FeedList.read(f)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OPML");
    }

    @Test
    void an_empty_list_is_an_error() throws Exception {
        Path f = Files.writeString(dir.resolve("feeds.txt"), "# nothing yet\n");
        assertThatThrownBy(() -> FeedList.read(f)).hasMessageContaining("lists no feed");
    }
}
