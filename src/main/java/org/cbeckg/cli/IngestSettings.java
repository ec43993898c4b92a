package org.cbeckg.cli;

import java.time.Duration;

import org.cbeckg.ingest.IngestOptions;
import picocli.CommandLine.Option;

/** The options of an ingest run, shared by {@code ingest} and {@code serve}. */
final class IngestSettings {

    @Option(names = "--threads", paramLabel = "N", description = "Threads that read and extract articles. "
            + "Default: one per core.")
    Integer threads;

    @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = "60",
            description = "Most time one file's extraction may take; a file over it is reported and skipped. "
                    + "Default: ${DEFAULT-VALUE}.")
    long timeBudget;

    @Option(names = "--batch", paramLabel = "ARTICLES",
            description = "Articles per write transaction, the unit of atomicity: after a crash a batch is stored "
                    + "whole or not at all. Default: 500, or a quarter of the stored articles when that is more "
                    + "(each commit costs about the store's size).")
    Integer batch;

    @Option(names = "--loader", paramLabel = "MODE", defaultValue = "AUTO",
            description = "auto: a new store generation through Jena's bulk loader for a large change (200+ "
                    + "articles and a tenth of the store or more), batches otherwise; bulk or batches to force one. "
                    + "Default: ${DEFAULT-VALUE}.")
    IngestOptions.Loader loader;

    @Option(names = "--max-article-size", paramLabel = "SIZE", defaultValue = "5M", converter = ByteSize.class,
            description = "Largest article file read (bytes, or with K, M or G); a larger one is refused, naming its "
                    + "size. Default: ${DEFAULT-VALUE}.")
    long maxArticleSize;

    @Option(names = "--mirror", description = "Also remove the stored articles whose files are not among the paths.")
    boolean mirror;

    IngestOptions options() {
        IngestOptions o = IngestOptions.defaults().withTimeBudget(Duration.ofSeconds(timeBudget))
                .withBatchArticles(batch == null ? IngestOptions.AUTO_BATCH : batch).withLoader(loader).withMirror(mirror)
                .withMaxArticleBytes(maxArticleSize);
        return threads == null ? o : o.withThreads(threads);
    }
}
