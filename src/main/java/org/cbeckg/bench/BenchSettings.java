package org.cbeckg.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a benchmark run does: the corpus, the load, the heaps. Checked when made, before anything starts.
 *
 * @param articles    synthetic articles to make (ignored with {@code corpus})
 * @param corpus      a corpus folder to read instead of making one, or null
 * @param seeds       the seed articles synthetic ones are made from
 * @param seed        the random seed: the same seed and count make the same corpus
 * @param work        scratch folder (new or empty), or null for a temporary one
 * @param keep        keep the scratch folder (store, loader's database, N-Quads, logs) afterwards
 * @param clients     concurrent clients in each load
 * @param seconds     how long each load runs
 * @param timeout     the query timeout both servers apply, in seconds
 * @param skipFuseki  leave out the plain Fuseki load
 * @param heap        {@code -Xmx} of the heavy steps (ingest, export, loader, check)
 * @param serverHeap  {@code -Xmx} of the servers
 * @param stepLimit   longest one step may run before it is stopped and reported as stopped
 * @param report      Markdown file to write the report to as well, or null
 */
public record BenchSettings(int articles, Path corpus, Path seeds, long seed, Path work, boolean keep, int clients,
                            int seconds, double timeout, boolean skipFuseki, String heap, String serverHeap,
                            Duration stepLimit, Path report) {

    public BenchSettings {
        if (corpus == null && articles < 1) {
            throw new IllegalArgumentException("--articles must be at least 1");
        }
        if (clients < 1 || seconds < 1 || seconds > QueryLoad.MAX_SECONDS || timeout <= 0 || stepLimit.isNegative()
                || stepLimit.isZero()) {
            throw new IllegalArgumentException("need at least 1 client, 1 to " + QueryLoad.MAX_SECONDS
                    + " seconds, a positive timeout and a positive step limit");
        }
        if (!heap.matches("\\d+[kmgKMG]?") || !serverHeap.matches("\\d+[kmgKMG]?")) {
            throw new IllegalArgumentException("a heap is a size such as 4g or 512m, not " + heap + "/" + serverHeap);
        }
    }

    /** How long a client waits for one answer: well past the server's own timeout, so that is what shows. */
    Duration requestTimeout() {
        return Duration.ofMillis(Math.max(60_000, Math.round(timeout * 4_000)));
    }
}
