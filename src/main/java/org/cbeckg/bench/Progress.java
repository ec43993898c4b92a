package org.cbeckg.bench;

import java.io.PrintWriter;
import java.util.Locale;

/** Progress lines on stderr, each stamped with the time since the benchmark started. */
final class Progress {

    private final PrintWriter err;
    private final long start = System.nanoTime();

    Progress(PrintWriter err) {
        this.err = err;
    }

    void say(String step, String message) {
        synchronized (err) {
            err.printf(Locale.ROOT, "bench %7.1f s  %-14s %s%n", (System.nanoTime() - start) / 1e9, step, message);
            err.flush();
        }
    }
}
