package io.brink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CliTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void every_command_has_help_and_exits_zero() {
        for (String command : new String[] {"run", "demo", "ingest"}) {
            Run r = run(command, "--help");
            assertThat(r.exit()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage: brink " + command);
        }
        assertThat(run("--help").out()).contains("run", "demo", "ingest");
    }

    @Test
    void the_command_list_gives_each_command_one_whole_sentence_on_one_line() {
        String help = run("--help").out();
        List<String> commands = help.substring(help.indexOf("Commands:")).lines().skip(1).toList();
        assertThat(commands).as("no summary wraps onto a second line")
                .allSatisfy(line -> assertThat(line).matches("  [a-z]+ +\\S.*"));
        assertThat(commands).extracting(line -> line.strip().split(" +", 2)[0])
                .contains("run", "demo", "ingest", "eval", "tail", "bench", "replay");
        assertThat(commands).allSatisfy(line -> assertThat(line).endsWith("."));
    }

    @Test
    void an_unknown_flag_is_a_usage_error() {
        Run r = run("run", "--bootstrap", "x");
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("Unknown option").contains("'--bootstrap'").contains("Possible solutions: --bootstrap-servers");
    }

    @Test
    void a_bad_setting_fails_before_connecting_and_names_the_key_and_accepted_values() {
        Run r = run("run", "--set", "processing.guarantee=at_most_once");
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("processing.guarantee").contains("exactly_once_v2, at_least_once");
        Run unknown = run("ingest", "--input", "-", "--set", "alrt.min.index=3");
        assertThat(unknown.exit()).isEqualTo(Main.USAGE);
        assertThat(unknown.err()).contains("unknown configuration key 'alrt.min.index'");
    }

    @Test
    void ingest_of_a_missing_file_is_a_usage_error() {
        Run r = run("ingest", "--input", "/no/such/feed.jsonl");
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("cannot read --input /no/such/feed.jsonl");
    }
}
