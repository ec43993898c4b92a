package org.cbeckg.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.cbeckg.derive.DerivedGraph;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.StoreBatch;
import org.cbeckg.store.StoreFailure;

/**
 * The incremental path: stores prepared articles in write transactions of many articles each (one durable commit per
 * batch, not per article), and in the same transaction recomputes the derived graph for just the cells those
 * articles touch, before and after. A batch is the unit of atomicity: after a crash every article of a batch is
 * stored or none is; a batch that fails (a full disk) is rolled back whole, its files reported, and the run goes on.
 *
 * <p>Each article goes into the open transaction as it arrives, and only what the report needs of it is held until
 * the commit: a batch costs the heap a few bytes per article, whatever its size. That matters because a batch's cost
 * is mostly its commit: TDB2 copies every B+tree block a transaction touches, and a few hundred articles touch
 * most blocks of every index, so commits, not articles, are what grow the files (see {@link IngestOptions#batchFor}).
 */
final class BatchWriter {

    private record Put(PreparedArticle article, boolean replacing) {
    }

    private static final int PROGRESS_EVERY = 500;

    private final KnowledgeStore store;
    private final DerivedGraph derived;
    private final int batchArticles;
    private final Tally tally;
    private final IngestListener listener;
    private final List<Node> pendingRemovals = new ArrayList<>();
    /** The write transaction being filled, with what it holds so far; null between batches. */
    private StoreBatch open;
    private final List<Put> puts = new ArrayList<>();
    private final List<Node> removals = new ArrayList<>();
    private final Set<Node> touched = new LinkedHashSet<>();

    BatchWriter(KnowledgeStore store, DerivedGraph derived, int batchArticles, Tally tally, IngestListener listener) {
        this.store = Objects.requireNonNull(store);
        this.derived = Objects.requireNonNull(derived);
        this.batchArticles = batchArticles;
        this.tally = tally;
        this.listener = listener;
    }

    /** Removes a stored article's graph in the first batch. Call before any {@link #put}. */
    void remove(Node graph) {
        pendingRemovals.add(graph);
    }

    void put(PreparedArticle article, boolean replacing) {
        puts.add(new Put(article.withoutGraph(), replacing));
        try {
            StoreBatch batch = begin();
            touched.addAll(DerivedGraph.cellsOf(batch.dataset(), article.graphName()));
            batch.putGraph(article.graphName(), article.graph());
            touched.addAll(article.cells());
        } catch (RuntimeException | InternalError e) {
            abandon(e);
            return;
        }
        if (puts.size() >= batchArticles) {
            flush(false);
        } else if (puts.size() % PROGRESS_EVERY == 0) {
            // A large batch reports its files only once committed; until then, say how far it has got.
            listener.phase("batch", puts.size(), batchArticles, "articles written, to be committed");
        }
    }

    /** Stores what is left and takes the store's statistics in that last transaction. */
    void finish() {
        flush(true);
    }

    private StoreBatch begin() {
        if (open == null) {
            open = store.beginBatch();
            for (Node graph : pendingRemovals) {
                touched.addAll(DerivedGraph.cellsOf(open.dataset(), graph));
                open.removeGraph(graph);
                removals.add(graph);
            }
            pendingRemovals.clear();
        }
        return open;
    }

    private void flush(boolean last) {
        if (open == null && pendingRemovals.isEmpty() && !last) {
            return;
        }
        try {
            StoreBatch batch = begin();
            if (!touched.isEmpty()) {
                derived.update(batch, touched, DerivedGraph.Progress.throttled((done, total, unit) ->
                        listener.phase("deriving", done, total, unit)));
            }
            if (last) {
                batch.recountOnCommit();
            }
            batch.commit();
            close();
            store.compactIfGrown(CorpusIngester.COMPACT_WHEN_GROWN);
            removals.forEach(g -> tally.removed(g.getURI()));
            puts.forEach(p -> tally.stored(p.article(), p.replacing()));
            forget();
        } catch (RuntimeException | InternalError e) {
            abandon(e);
        }
    }

    /** Rolls the open batch back whole and reports each of its files. */
    private void abandon(Throwable e) {
        String reason = "not stored: " + StoreFailure.describe(e) + " (its batch of "
                + (puts.size() + removals.size()) + " change(s) was rolled back; the store is as before it)";
        try {
            close();
        } finally {
            puts.forEach(p -> tally.failed(p.article().file(), reason));
            forget();
        }
    }

    private void close() {
        StoreBatch batch = open;
        open = null;
        if (batch != null) {
            batch.close();
        }
    }

    private void forget() {
        puts.clear();
        removals.clear();
        touched.clear();
    }
}
