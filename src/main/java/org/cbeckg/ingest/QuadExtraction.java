package org.cbeckg.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.cbeckg.extract.ExtractionPipeline;
import org.cbeckg.graph.Iris;

/**
 * Extraction without a store: article files in, their named graphs out as a stream of quads. Stateless and
 * deterministic apart from the ingest time stamp, so any engine that can run a command over a share of the files
 * (a shell's {@code xargs -P}, Spark, Beam) can extract a corpus in parallel, and {@code load} puts the pieces in a
 * store with Jena's bulk loader. The derived graph and the statistics, which need every article, are made by
 * {@code load}.
 */
public final class QuadExtraction {

    private final ArticlePreparer preparer;
    private final IngestOptions options;
    private final IngestListener listener;

    public QuadExtraction(ExtractionPipeline pipeline, Iris iris, IngestOptions options, IngestListener listener,
                          Clock clock) {
        this.preparer = new ArticlePreparer(pipeline, iris, clock, options.maxArticleBytes());
        this.options = Objects.requireNonNull(options);
        this.listener = Objects.requireNonNull(listener);
    }

    /** Writes every article's graph to {@code out} (which this does not start or finish); returns the report. */
    public IngestReport extract(List<Path> paths, StreamRDF out) {
        ArticleFiles files = ArticleFiles.expand(paths);
        Tally tally = new Tally(listener, files.files().size() + files.clashes().size());
        files.clashes().forEach(c -> tally.failed(Path.of(c.file()), c.reason()));
        try (ParallelPreparation preparation = new ParallelPreparation(preparer, options.threads(),
                options.timeBudget())) {
            preparation.run(files.files(), r -> {
                if (r.ok()) {
                    r.article().graph().find().forEachRemaining(t -> out.quad(Quad.create(r.article().graphName(),
                            t)));
                    tally.stored(r.article(), false);
                } else {
                    tally.failed(r.file(), r.failure());
                }
            });
        }
        return tally.report(false);
    }
}
