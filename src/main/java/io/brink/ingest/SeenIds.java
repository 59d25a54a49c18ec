package io.brink.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ids of the articles already sent, kept in a file (one id a line, appended and flushed as each
 * article is acknowledged) so a restart sends no story twice. An id is claimed before its page is
 * fetched, so two feeds carrying one story in the same poll fetch and send it once; a claim whose
 * send fails is released and the story is tried again at the next poll. The file keeps the newest
 * {@link #MAX_IDS} ids: it is rewritten without the oldest when it opens larger than that.
 */
public final class SeenIds implements AutoCloseable {

    /** About 33 MB of file and a few hundred MB of heap at most; years of a few thousand stories a day. */
    public static final int MAX_IDS = 1_000_000;

    private final Path file;
    private final Set<String> seen;
    private final Set<String> claimed = new HashSet<>();
    private final BufferedWriter out;

    private SeenIds(Path file, Set<String> seen, BufferedWriter out) {
        this.file = file;
        this.seen = seen;
        this.out = out;
    }

    /** Opens (or creates) the file and reads the ids in it. */
    public static SeenIds open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Set<String> ids = new LinkedHashSet<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String id = line.strip();
                if (!id.isEmpty()) {
                    ids.add(id);
                }
            }
            if (ids.size() > MAX_IDS) {
                List<String> keep = new ArrayList<>(ids).subList(ids.size() - MAX_IDS, ids.size());
                Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                Files.write(tmp, keep, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                ids = new LinkedHashSet<>(keep);
            }
        }
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return new SeenIds(file, new HashSet<>(ids), out);
    }

    /** True when the id is neither sent nor being handled; it is then being handled by the caller. */
    public synchronized boolean claim(String id) {
        if (seen.contains(id) || claimed.contains(id)) {
            return false;
        }
        claimed.add(id);
        return true;
    }

    /** True when the id was sent (not merely claimed). */
    public synchronized boolean contains(String id) {
        return seen.contains(id);
    }

    /** Records ids as sent, for good. */
    public synchronized void commit(String... ids) throws IOException {
        for (String id : ids) {
            claimed.remove(id);
            if (seen.add(id)) {
                out.write(id);
                out.newLine();
            }
        }
        out.flush();
    }

    /** Gives up a claim: the story was not sent and may be tried again. */
    public synchronized void release(String... ids) {
        for (String id : ids) {
            claimed.remove(id);
        }
    }

    public synchronized int size() {
        return seen.size();
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
