package io.brink.coding.lang;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.brink.coding.DataFile;

/**
 * The knowledge files of one language, {@code io/brink/lang/<code>/<name>.tsv}: Brink's data-file
 * format ({@link DataFile}), and a header line {@code # language: <code>} so that a file copied
 * into another language's folder, or edited for the wrong one, fails at start-up by name.
 */
final class LanguageFiles {

    static final String ROOT = "io/brink/lang/";
    /** The languages coded from data files: code, Lucene Snowball stemmer name. */
    static final String LANGUAGES = ROOT + "languages.tsv";

    private final String language;

    LanguageFiles(String language) {
        this.language = language;
    }

    String language() {
        return language;
    }

    /** The entry lines of the language's file {@code name} ("signals" for signals.tsv). */
    List<DataFile.Line> read(String name) {
        String resource = ROOT + language + "/" + name + ".tsv";
        byte[] bytes;
        try (InputStream in = LanguageFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new DataFile.DataFileException(resource + ": not found on the classpath");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
        checkHeader(resource, new String(bytes, StandardCharsets.UTF_8), language);
        return DataFile.read(resource, new ByteArrayInputStream(bytes));
    }

    /** The file's header names {@code language}: a line {@code # language: xx} before its first entry. */
    static void checkHeader(String resource, String text, String language) {
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("#")) {
                break;
            }
            String comment = line.substring(1).strip().toLowerCase(Locale.ROOT);
            if (comment.startsWith("language:")) {
                String named = comment.substring("language:".length()).strip();
                if (!named.equals(language)) {
                    throw new DataFile.DataFileException(resource + ": the header names language '" + named
                            + "' but the file is read for '" + language + "'");
                }
                return;
            }
        }
        throw new DataFile.DataFileException(resource + ": no header line '# language: " + language
                + "' before the first entry");
    }
}
