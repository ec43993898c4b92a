package org.cbeckg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import org.cbeckg.CbecKgException;

/**
 * The dump a server offers: {@code cbec-kg-g<generation>.nq.gz} with its {@code .sha256}, named after the store
 * generation it was written from. A new one is written aside under its own name and only then are the older ones
 * removed, so {@code /dumps/latest} always finds a complete dump, and an unchanged store is never dumped twice.
 */
public final class DumpShelf {

    private static final String PREFIX = "cbec-kg-g";
    private static final String SUFFIX = ".nq.gz";

    private DumpShelf() {
    }

    /** The dump file for the store's current generation. */
    public static Path currentName(KnowledgeStore store, Path dir) {
        return dir.resolve(PREFIX + store.generation() + SUFFIX);
    }

    /** Whether the current generation's dump, with its checksum, is already on the shelf. */
    public static boolean upToDate(KnowledgeStore store, Path dir) {
        Path file = currentName(store, dir);
        return Files.isRegularFile(file) && Files.isRegularFile(file.resolveSibling(file.getFileName() + ".sha256"));
    }

    /** Writes the current generation's dump unless it is there, then removes older ones; returns its SHA-256. */
    public static String refresh(KnowledgeStore store, Path dir) {
        return refresh(store, dir, written -> { });
    }

    /** As {@link #refresh(KnowledgeStore, Path)}, telling {@code progress} the statements written so far. */
    public static String refresh(KnowledgeStore store, Path dir, LongConsumer progress) {
        Path file = currentName(store, dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CbecKgException(dir.toString(), "cannot create dump folder: " + e.getMessage(), e);
        }
        String sha = Dumps.writeFile(store, Dumps.Format.nq, file, progress);
        removeOlder(dir, file);
        return sha;
    }

    private static void removeOlder(Path dir, Path keep) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                // .tmp: a dump cut off part way by a stopped server, never to be finished under that name
                boolean ours = n.startsWith(PREFIX) && (n.endsWith(SUFFIX) || n.endsWith(SUFFIX + ".sha256")
                        || n.endsWith(".tmp"));
                if (ours && !n.startsWith(keep.getFileName().toString())) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new CbecKgException(dir.toString(), "cannot tidy dump folder: " + e.getMessage(), e);
        }
    }
}
