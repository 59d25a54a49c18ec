package io.brink.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import io.brink.stream.BrinkConfig;

/**
 * {@code java -jar brink.jar <command>}. Exit codes: 0 done, 1 failed while running, 2 bad usage
 * or configuration, 3 finished but some input was rejected (ingest).
 */
@Command(name = "brink", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Escalation and de-escalation between countries, scored from the news as it streams through Kafka.",
        subcommands = {RunCommand.class, DemoCommand.class, IngestCommand.class, EvalCommand.class, TailCommand.class,
                BenchCommand.class, ReplayCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int PARTIAL = 3;

    public static void main(String[] args) {
        LibraryLogs.route(args);
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof BrinkConfig.ConfigException) {
                cmd.getErr().println("brink: configuration error: " + e.getMessage());
                return USAGE;
            }
            cmd.getErr().println("brink: " + e.getMessage());
            return FAILED;
        });
        return cli.execute(args);
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"brink " + (v == null ? "development" : v)};
        }
    }
}
