package org.cbeckg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.cbeckg.store.KnowledgeStore;

/**
 * Writes the store's dump in the background, one at a time: asking while one is being written makes one more run
 * afterwards (coalesced), so a burst of changes costs at most two dumps and the server starts without waiting.
 */
final class BackgroundDumps implements AutoCloseable {

    private final KnowledgeStore store;
    private final Path dir;
    private final PrintWriter err;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cbec-kg-dump");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private final boolean enabled;

    /** @param enabled false to write none (serve --no-dump): requests are then ignored */
    BackgroundDumps(KnowledgeStore store, Path dir, PrintWriter err, boolean enabled) {
        this.store = store;
        this.dir = dir;
        this.err = err;
        this.enabled = enabled;
    }

    /** Writes the current generation's dump unless it is already on the shelf (or one is already queued). */
    void request() {
        if (enabled && queued.compareAndSet(false, true)) {
            worker.execute(this::writeIfStale);
        }
    }

    private void writeIfStale() {
        queued.set(false);
        try {
            DumpOptions.writeStale(store, dir, err);
        } catch (RuntimeException e) {
            err.println("dump not written: " + e.getMessage());
        }
        err.flush();
    }

    /** Waits for a dump being written to finish (so the process does not stop half-way through one). */
    @Override
    public void close() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.MINUTES);
    }
}
