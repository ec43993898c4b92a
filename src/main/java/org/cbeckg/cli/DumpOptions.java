package org.cbeckg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

import org.cbeckg.store.DumpShelf;
import org.cbeckg.store.KnowledgeStore;
import picocli.CommandLine.Option;

/**
 * Where the store's dump goes, and whether a command that changed the store writes it: {@code ingest} and {@code load}
 * write it when they are done, so that a server started later offers it at once and never spends its start-up
 * copying the store.
 */
final class DumpOptions {

    @Option(names = "--dumps", paramLabel = "DIR", description = "Folder of the store's dump (N-Quads, gzip), written "
            + "after a change and offered by serve at /dumps/. Default: the store folder's dumps/.")
    Path dumps;

    @Option(names = "--no-dump", description = "Write no dump after a change (export writes one when wanted).")
    boolean noDump;

    Path folder(Path store) {
        return dumps != null ? dumps : store.resolve("dumps");
    }

    /** Writes the dump of the store as it now is, unless told not to or it is on the shelf already. */
    void writeIfStale(KnowledgeStore store, Path storeDir, PrintWriter err) {
        if (!noDump) {
            writeStale(store, folder(storeDir), err);
        }
    }

    /**
     * Writes the store's current dump into {@code dir} unless it is there, saying how far it has got. Shared by the
     * commands (in the foreground) and the server (in the background).
     */
    static void writeStale(KnowledgeStore store, Path dir, PrintWriter err) {
        if (DumpShelf.upToDate(store, dir)) {
            return;
        }
        long start = System.nanoTime();
        err.println("dump: writing " + DumpShelf.currentName(store, dir) + " …");
        err.flush();
        String sha = DumpShelf.refresh(store, dir, written -> {
            err.printf(Locale.ROOT, "dump: %,d statements…%n", written);
            err.flush();
        });
        err.printf(Locale.ROOT, "dump %s written in %.1f s (sha256 %s)%n", DumpShelf.currentName(store, dir),
                (System.nanoTime() - start) / 1e9, sha);
        err.flush();
    }
}
