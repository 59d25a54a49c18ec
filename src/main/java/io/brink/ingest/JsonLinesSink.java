package io.brink.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.brink.model.Article;
import io.brink.model.Json;

/** Articles appended to a JSON Lines file, one object a line, each flushed before it counts as sent. */
public final class JsonLinesSink implements ArticleSink {

    private final Path file;
    private final BufferedWriter out;

    public JsonLinesSink(Path file) throws IOException {
        this.file = file;
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    @Override
    public synchronized CompletionStage<Void> send(Article article) {
        try {
            out.write(Json.MAPPER.writeValueAsString(article));
            out.newLine();
            out.flush();
            return CompletableFuture.completedFuture(null);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public String describe() {
        return file.toString();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
