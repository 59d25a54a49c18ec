package io.brink.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Brink's knowledge files (gazetteers, lexicons): UTF-8, one entry a line, tab-separated
 * columns, {@code #} comments and blank lines ignored. Errors name the file and the line so the
 * analyst who edited it can find the mistake.
 */
public final class DataFile {

    /** One entry: its line number and columns (trimmed). */
    public record Line(String file, int number, List<String> columns) {

        public String column(int i) {
            return columns.get(i);
        }

        public DataFileException error(String message) {
            return new DataFileException(file + ":" + number + ": " + message);
        }
    }

    /** A knowledge file that does not follow its format. */
    public static final class DataFileException extends RuntimeException {
        public DataFileException(String message) {
            super(message);
        }
    }

    private DataFile() {
    }

    /** Reads a classpath resource such as {@code io/brink/lexicon/signals.tsv}. */
    public static List<Line> readResource(String resource) {
        InputStream in = DataFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new DataFileException(resource + ": not found on the classpath");
        }
        return read(resource, in);
    }

    public static List<Line> read(String name, InputStream in) {
        List<Line> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String raw;
            int number = 0;
            while ((raw = reader.readLine()) != null) {
                number++;
                String stripped = raw.strip();
                if (stripped.isEmpty() || stripped.startsWith("#")) {
                    continue;
                }
                List<String> columns = new ArrayList<>();
                for (String c : raw.split("\t", -1)) {
                    columns.add(c.strip());
                }
                lines.add(new Line(name, number, List.copyOf(columns)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name, e);
        }
        return lines;
    }
}
