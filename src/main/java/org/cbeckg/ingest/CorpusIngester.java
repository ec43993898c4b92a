package org.cbeckg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.cbeckg.article.ArticleReader;
import org.cbeckg.derive.DerivedGraph;
import org.cbeckg.derive.FigureParser;
import org.cbeckg.extract.ExtractionPipeline;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.OntologyGraph;
import org.cbeckg.store.ReferenceGraph;
import org.cbeckg.store.StoreFailure;

/**
 * Ingests article files into the store: the use case behind {@code ingest} and {@code serve}.
 *
 * <ol>
 *   <li>plan: each file is hashed and compared with what the store holds (one index pass, not a query per file);
 *       an unchanged file (same SHA-256, same extractors) is skipped without being parsed;</li>
 *   <li>prepare: new and changed files are read, extracted, mapped and validated on every core;</li>
 *   <li>store: in batches of write transactions, each also recomputing the derived graph's touched cells, or for a
 *       large change as a new generation built with Jena's bulk loader ({@link IngestOptions#bulk});</li>
 *   <li>count: the store's statistics are taken in the last transaction, so a server never counts at start.</li>
 * </ol>
 * A bad file is reported with its name and reason and the rest still go in. A run with nothing to change writes
 * nothing.
 *
 * <pre>{@code
 * IngestReport r = new CorpusIngester(store, StandardPipeline.create(), listener, IngestOptions.defaults(),
 *         Clock.systemUTC()).ingest(List.of(Path.of("seeds")));
 * }</pre>
 */
public final class CorpusIngester {

    /** Batches leave old copies of B+tree blocks behind; past this growth the database is compacted. */
    static final double COMPACT_WHEN_GROWN = 2.0;

    private final KnowledgeStore store;
    private final ArticlePreparer preparer;
    private final IngestListener listener;
    private final IngestOptions options;
    private final DerivedGraph derived;

    public CorpusIngester(KnowledgeStore store, ExtractionPipeline pipeline, IngestListener listener,
                          IngestOptions options, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.preparer = new ArticlePreparer(pipeline, store.iris(), clock, options.maxArticleBytes());
        this.listener = Objects.requireNonNull(listener);
        this.options = Objects.requireNonNull(options);
        this.derived = new DerivedGraph(store.iris(), FigureParser.standard());
    }

    /** What a run found to do before doing it. */
    private record Plan(List<Path> toPrepare, Set<Node> replacing, Set<Node> removals) {
        boolean nothingToDo() {
            return toPrepare.isEmpty() && removals.isEmpty();
        }
    }

    public IngestReport ingest(List<Path> paths) {
        return ingest(paths, List.of());
    }

    /**
     * Ingests {@code paths} and removes the stored articles of {@code goneFiles} (files known to have been deleted,
     * e.g. by a folder watch), in the same run.
     */
    public IngestReport ingest(List<Path> paths, List<Path> goneFiles) {
        OntologyGraph.ensure(store);
        ReferenceGraph.ensure(store);
        ArticleFiles files = ArticleFiles.expand(paths);
        Tally tally = new Tally(listener, files.files().size() + files.clashes().size());
        files.clashes().forEach(c -> tally.failed(Path.of(c.file()), c.reason()));
        StoredArticles stored = StoredArticles.read(store);
        Plan plan = plan(files.files(), goneFiles, stored, tally);
        boolean bulk = !plan.nothingToDo() && options.bulk(plan.toPrepare().size() + plan.removals().size(),
                stored.size(), store.location().isPresent());
        if (!bulk) {
            // A bulk load derives its new generation whole; batches recompute only the cells they touch.
            derived.rebuildIfOutdated(store, DerivedGraph.Progress.throttled((done, total, unit) ->
                    listener.phase("re-deriving (new derived-graph format)", done, total, unit)));
        }
        if (plan.nothingToDo()) {
            return tally.report(false);
        }
        if (bulk) {
            loadInBulk(plan, tally);
        } else {
            writeInBatches(plan, tally, stored.size());
        }
        return tally.report(bulk);
    }

    private Plan plan(List<Path> files, List<Path> goneFiles, StoredArticles stored, Tally tally) {
        String version = preparer.pipelineVersion();
        List<Path> toPrepare = new ArrayList<>();
        Set<Node> replacing = new HashSet<>();
        Set<Node> seen = new HashSet<>();
        for (Path file : files) {
            Node graph = store.iris().articleGraph(ArticleFiles.key(file)).asNode();
            seen.add(graph);
            String sha;
            try {
                if (Files.size(file) > options.maxArticleBytes()) {
                    // Not read into memory to be hashed: the reader refuses it, naming its size.
                    toPrepare.add(file);
                    continue;
                }
                sha = ArticleReader.sha256(Files.readAllBytes(file));
            } catch (IOException e) {
                tally.failed(file, "cannot read: " + e.getMessage());
                continue;
            }
            var old = stored.get(graph);
            if (old.isPresent() && old.get().sha256().equals(sha) && old.get().pipelineVersion().equals(version)) {
                tally.unchanged(file);
            } else {
                toPrepare.add(file);
                old.ifPresent(o -> replacing.add(graph));
            }
        }
        Set<Node> removals = new LinkedHashSet<>();
        for (Path gone : goneFiles) {
            Node graph = store.iris().articleGraph(ArticleFiles.key(gone)).asNode();
            if (stored.get(graph).isPresent() && !seen.contains(graph)) {
                removals.add(graph);
            }
        }
        if (options.mirror()) {
            stored.graphs().stream().filter(g -> !seen.contains(g)).sorted((a, b) -> a.getURI()
                    .compareTo(b.getURI())).forEach(removals::add);
        }
        return new Plan(toPrepare, replacing, removals);
    }

    private void writeInBatches(Plan plan, Tally tally, int storedArticles) {
        BatchWriter writer = new BatchWriter(store, derived, options.batchFor(storedArticles), tally, listener);
        plan.removals().forEach(writer::remove);
        try (ParallelPreparation preparation = new ParallelPreparation(preparer, options.threads(),
                options.timeBudget())) {
            preparation.run(plan.toPrepare(), r -> {
                if (r.ok()) {
                    writer.put(r.article(), plan.replacing().contains(r.article().graphName()));
                } else {
                    tally.failed(r.file(), r.failure());
                }
            });
        }
        writer.finish();
    }

    private void loadInBulk(Plan plan, Tally tally) {
        Set<Node> dropped = new HashSet<>(plan.replacing());
        dropped.addAll(plan.removals());
        BulkLoad load = new BulkLoad(store, derived, listener);
        List<PreparedArticle> loaded = new ArrayList<>();
        try (ParallelPreparation preparation = new ParallelPreparation(preparer, options.threads(),
                options.timeBudget())) {
            load.start(dropped);
            preparation.run(plan.toPrepare(), r -> {
                if (r.ok()) {
                    load.put(r.article());
                    loaded.add(r.article().withoutGraph());
                } else {
                    tally.failed(r.file(), r.failure());
                }
            });
            load.finish();
        } catch (RuntimeException | InternalError e) {
            load.abandon();
            String reason = "not stored: " + StoreFailure.describe(e) + " (the bulk load was abandoned; the store is "
                    + "as before it)";
            loaded.forEach(a -> tally.failed(a.file(), reason));
            return;
        }
        plan.removals().forEach(g -> tally.removed(g.getURI()));
        loaded.forEach(a -> tally.stored(a, plan.replacing().contains(a.graphName())));
    }
}
