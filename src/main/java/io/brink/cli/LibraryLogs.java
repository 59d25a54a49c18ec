package io.brink.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Where the log lines of Kafka and the other libraries go. {@code demo}, {@code replay} and
 * {@code bench} are run by a person at a terminal, and there the broker's and clients' retriable
 * warnings (a transactional producer's first out-of-order batches, concurrent-transaction retries)
 * read as failures between Brink's own lines. Those commands send them to a file and say where;
 * {@code run} is a service and keeps them on standard error for its log collector.
 */
final class LibraryLogs {

    /** slf4j-simple's setting for its target, read once when the first logger is made. */
    static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";
    static final Set<String> TO_FILE = Set.of("demo", "replay", "bench");

    private LibraryLogs() {
    }

    /**
     * Before any logger exists: for a command in {@link #TO_FILE}, the library log goes to
     * {@code brink-<command>-<pid>.log} in the temporary directory, unless the user set a target.
     */
    static void route(String[] args) {
        String command = args.length == 0 ? "" : args[0];
        if (TO_FILE.contains(command) && System.getProperty(LOG_FILE) == null) {
            Path file = Path.of(System.getProperty("java.io.tmpdir"),
                    "brink-" + command + "-" + ProcessHandle.current().pid() + ".log");
            System.setProperty(LOG_FILE, file.toString());
        }
    }

    /** The file the library log goes to, when it goes to one. */
    static Optional<String> file() {
        String target = System.getProperty(LOG_FILE);
        return target == null || target.equals("System.err") || target.equals("System.out")
                ? Optional.empty() : Optional.of(target);
    }

    /** One line saying where the library log is, when it is not on the terminal. */
    static void announce(PrintStream out) {
        file().ifPresent(f -> out.println("Kafka's and other libraries' log lines: " + f));
    }
}
