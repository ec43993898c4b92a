package org.cbeckg.ingest;

import java.time.Duration;

import org.cbeckg.article.ArticleReader;

/**
 * How an ingest run goes about its work.
 *
 * @param threads        threads that read and extract articles (extraction is pure, so one per core pays)
 * @param timeBudget     most time one file's extraction may take; a file over it is reported and skipped
 * @param batchArticles  articles per write transaction on the incremental path, the unit of atomicity; 0 for
 *                       {@link #batchFor its size chosen by the store's}
 * @param loader         when to build a new store generation with Jena's bulk loader instead of batches
 * @param mirror         remove the stored articles whose files are no longer among the paths ingested
 * @param maxArticleBytes largest article file read; a larger one is refused, naming its size
 */
public record IngestOptions(int threads, Duration timeBudget, int batchArticles, Loader loader, boolean mirror,
                            long maxArticleBytes) {

    /** Batches for small changes; a bulk load into a new generation for large ones. */
    public enum Loader {
        /**
         * Bulk when the run stores {@value #BULK_MINIMUM} articles or more and at least a tenth of what the store
         * holds: every commit copies the B+tree blocks it touches, and a large change touches nearly all of them, so
         * rebuilding once is cheaper than many batches plus a compaction.
         */
        AUTO,
        /** Always a new generation through Jena's phased loader (it also leaves no garbage behind). */
        BULK,
        /** Always write transactions on the live generation (what a server that stays up must use). */
        BATCHES
    }

    /** A batch size chosen by the store's size: see {@link #batchFor(int)}. */
    public static final int AUTO_BATCH = 0;
    /** The smallest batch chosen. */
    static final int MIN_BATCH = 500;

    /** Fewest articles a run must store for AUTO to choose a bulk load. */
    static final int BULK_MINIMUM = 200;

    public IngestOptions {
        if (threads < 1 || batchArticles < 0 || timeBudget.isNegative() || timeBudget.isZero()
                || maxArticleBytes < 1) {
            throw new IllegalArgumentException("threads, batch size, time budget and article size must be positive");
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(60), AUTO_BATCH,
                Loader.AUTO, false, ArticleReader.DEFAULT_MAX_BYTES);
    }

    public IngestOptions withLoader(Loader l) {
        return new IngestOptions(threads, timeBudget, batchArticles, l, mirror, maxArticleBytes);
    }

    public IngestOptions withMirror(boolean m) {
        return new IngestOptions(threads, timeBudget, batchArticles, loader, m, maxArticleBytes);
    }

    public IngestOptions withThreads(int t) {
        return new IngestOptions(t, timeBudget, batchArticles, loader, mirror, maxArticleBytes);
    }

    public IngestOptions withTimeBudget(Duration d) {
        return new IngestOptions(threads, d, batchArticles, loader, mirror, maxArticleBytes);
    }

    public IngestOptions withMaxArticleBytes(long bytes) {
        return new IngestOptions(threads, timeBudget, batchArticles, loader, mirror, bytes);
    }

    public IngestOptions withBatchArticles(int n) {
        return new IngestOptions(threads, timeBudget, n, loader, mirror, maxArticleBytes);
    }

    /**
     * Articles per batch in a store of {@code stored} articles: the size asked for, else 500 or a quarter of the
     * store, whichever is more. A commit costs about the store's size, not the batch's: TDB2 copies each B+tree block
     * a transaction touches, and a few hundred articles touch most blocks of every index (measured: 1,000 articles
     * into a 2,000-article store took 263 s and two compactions in batches of 100, 82 s and none in one batch). A
     * batch growing with the store keeps the commits, and the garbage they leave, to a few per doubling. Articles go
     * into the open transaction as they come, so a large batch costs no heap.
     */
    int batchFor(int stored) {
        return batchArticles > 0 ? batchArticles : Math.max(MIN_BATCH, stored / 4);
    }

    /** Whether a run that stores {@code changes} articles into a store of {@code stored} builds a new generation. */
    boolean bulk(int changes, int stored, boolean onDisk) {
        return onDisk && switch (loader) {
            case BULK -> true;
            case BATCHES -> false;
            case AUTO -> changes >= BULK_MINIMUM && changes * 10L >= stored;
        };
    }
}
