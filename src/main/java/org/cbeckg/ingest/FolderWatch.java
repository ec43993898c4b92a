package org.cbeckg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Keeps the store in step with a folder while a server reads it: every few seconds the folder's {@code *.txt} files
 * are listed (name, size, modification time); when anything differs from the last look, new and changed files are
 * ingested and the articles of deleted files removed, in write transactions beside the server's readers (TDB2 lets
 * one writer work while many read, and a reader sees a batch whole or not at all). Polling rather than a
 * {@code WatchService}: it works the same on every file system, network and container mounts included.
 */
public final class FolderWatch implements AutoCloseable {

    private record Seen(long size, long modified) {
    }

    private final Path folder;
    private final CorpusIngester ingester;
    private final Duration every;
    private final Consumer<IngestReport> afterChange;
    private final Thread thread;
    private Map<Path, Seen> last;
    private volatile boolean running = true;

    /**
     * @param afterChange told about every run that changed the store (e.g. to write a fresh dump)
     */
    public FolderWatch(Path folder, CorpusIngester ingester, Duration every, Consumer<IngestReport> afterChange) {
        this.folder = Objects.requireNonNull(folder);
        this.ingester = Objects.requireNonNull(ingester);
        this.every = Objects.requireNonNull(every);
        this.afterChange = Objects.requireNonNull(afterChange);
        this.last = look();
        this.thread = new Thread(this::loop, "cbec-kg-watch");
        thread.setDaemon(true);
    }

    public FolderWatch start() {
        thread.start();
        return this;
    }

    private void loop() {
        while (running) {
            try {
                Thread.sleep(every.toMillis());
                pollOnce();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The next look tries again; a failing run must not end the watch.
                org.slf4j.LoggerFactory.getLogger(FolderWatch.class).warn("watch {}: {}", folder, e.toString());
            }
        }
    }

    /** Looks once and ingests what changed since the last look; returns the report, or null if nothing changed. */
    public IngestReport pollOnce() {
        Map<Path, Seen> now = look();
        if (now.equals(last)) {
            return null;
        }
        List<Path> gone = last.keySet().stream().filter(p -> !now.containsKey(p)).sorted().toList();
        IngestReport report = ingester.ingest(List.of(folder), gone);
        last = now;
        if (report.changed()) {
            afterChange.accept(report);
        }
        return report;
    }

    private Map<Path, Seen> look() {
        Map<Path, Seen> seen = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            return seen;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
                try {
                    seen.put(p, new Seen(Files.size(p), Files.getLastModifiedTime(p).toMillis()));
                } catch (IOException vanished) {
                    // deleted between the listing and the look: counts as gone
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return seen;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
