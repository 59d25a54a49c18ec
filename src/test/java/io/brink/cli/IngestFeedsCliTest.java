package io.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.ingest.FixtureWeb;

/** {@code brink ingest --feeds} from the command line, against the fixture site, without a broker. */
class IngestFeedsCliTest {

    @TempDir
    Path dir;

    @Test
    void input_and_feeds_are_mutually_exclusive_and_the_error_names_both() {
        CliTest.Run r = CliTest.run("ingest", "--input", "a.jsonl", "--feeds", "feeds.txt");
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("--input").contains("--feeds").contains("mutually exclusive");
    }

    @Test
    void one_of_them_is_required() {
        CliTest.Run r = CliTest.run("ingest");
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("--input").contains("--feeds");
    }

    @Test
    void the_feed_options_do_not_go_with_input() {
        CliTest.Run r = CliTest.run("ingest", "--input", "-", "--once");
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("go with --feeds");
    }

    @Test
    void a_bad_ingest_setting_names_the_key_and_what_it_accepts() throws Exception {
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), "http://127.0.0.1:1/rss\n");
        CliTest.Run r = CliTest.run("ingest", "--feeds", feeds.toString(), "--once", "--set", "ingest.host.delay.ms=-5");
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("ingest.host.delay.ms").contains("0 (off) to 3600000");
        CliTest.Run interval = CliTest.run("ingest", "--feeds", feeds.toString(), "--interval", "often");
        assertThat(interval.exit()).isEqualTo(Main.USAGE);
        assertThat(interval.err()).contains("--interval");
    }

    @Test
    void a_feed_list_with_a_bad_line_is_a_usage_error_naming_the_line() throws Exception {
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), "http://127.0.0.1:1/rss\nnot a url\n");
        CliTest.Run r = CliTest.run("ingest", "--feeds", feeds.toString(), "--once");
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("line 2");
    }

    @Test
    void once_to_a_file_shows_progress_a_summary_and_exits_3_when_a_feed_failed() throws Exception {
        try (FixtureWeb web = FixtureWeb.start()) {
            Path feeds = Files.writeString(dir.resolve("feeds.opml"), web.text("/feeds.opml"));
            Path out = dir.resolve("articles.jsonl");
            CliTest.Run r = CliTest.run("ingest", "--feeds", feeds.toString(), "--once", "--output", out.toString(),
                    "--set", "ingest.host.delay.ms=0", "--set", "ingest.timeout=1s", "--set", "ingest.retries=0",
                    "--set", "ingest.contact=ingest-owner@brink.example");
            assertThat(r.exit()).as(r.err()).isEqualTo(Main.PARTIAL);
            assertThat(r.err()).contains("[7/7]").contains("/feeds/missing.xml: FAILED after 1 attempt: HTTP 404")
                    .contains("Brink/").contains("ingest-owner@brink.example");
            assertThat(r.out()).contains("polled 7 feeds").contains("3 ok").contains("4 failed")
                    .contains("10 sent to " + out).contains("3 seen before").contains("1 disallowed by robots.txt")
                    .containsPattern("remembered \\d+ addresses of stories handled .* in " + java.util.regex.Pattern.quote(out + ".seen"));
            assertThat(Files.readAllLines(out)).hasSize(10);
            System.out.println(r.err() + r.out());

            CliTest.Run again = CliTest.run("ingest", "--feeds", feeds.toString(), "--once", "--output", out.toString(),
                    "--set", "ingest.host.delay.ms=0", "--set", "ingest.timeout=1s", "--set", "ingest.retries=0");
            assertThat(again.out()).contains("0 sent to");
            assertThat(Files.readAllLines(out)).hasSize(10);
        }
    }
}
