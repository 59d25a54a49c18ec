package io.brink.cli;

import java.io.PrintStream;

/** A one-line progress bar on a terminal, redrawn at most ten times a second. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final long total;
    private long lastDraw;

    ProgressBar(PrintStream out, long total) {
        this.out = out;
        this.total = total;
    }

    void update(long done) {
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L && done < total) {
            return;
        }
        lastDraw = now;
        int filled = (int) Math.min(WIDTH, WIDTH * done / Math.max(1, total));
        out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                + Math.min(100, 100 * done / Math.max(1, total)) + "%");
        out.flush();
    }

    void clear() {
        out.print("\r" + " ".repeat(WIDTH + 8) + "\r");
    }

    void finish() {
        update(total);
        out.println();
    }
}
