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

/**
 * The incremental path: stores prepared articles in write transactions of a few hundred articles each (one durable
 * commit per batch, not per article), and in the same transaction recomputes the derived graph for just the cells
 * those articles touch, before and after. A batch is the unit of atomicity: after a crash every article of a batch is
 * stored or none is; a batch that fails (a full disk) is rolled back whole, its files reported, and the run goes on.
 */
final class BatchWriter {

    private record Put(PreparedArticle article, boolean replacing) {
    }

    private final KnowledgeStore store;
    private final DerivedGraph derived;
    private final int batchArticles;
    private final Tally tally;
    private final IngestListener listener;
    private final List<Put> puts = new ArrayList<>();
    private final List<Node> removals = new ArrayList<>();

    BatchWriter(KnowledgeStore store, DerivedGraph derived, int batchArticles, Tally tally, IngestListener listener) {
        this.store = Objects.requireNonNull(store);
        this.derived = Objects.requireNonNull(derived);
        this.batchArticles = batchArticles;
        this.tally = tally;
        this.listener = listener;
    }

    void put(PreparedArticle article, boolean replacing) {
        puts.add(new Put(article, replacing));
        if (puts.size() >= batchArticles) {
            flush(false);
        }
    }

    void remove(Node graph) {
        removals.add(graph);
    }

    /** Stores what is left and takes the store's statistics in that last transaction. */
    void finish() {
        flush(true);
    }

    private void flush(boolean last) {
        if (puts.isEmpty() && removals.isEmpty() && !last) {
            return;
        }
        try (StoreBatch batch = store.beginBatch()) {
            Set<Node> touched = new LinkedHashSet<>();
            for (Node graph : removals) {
                touched.addAll(DerivedGraph.cellsOf(batch.dataset(), graph));
                batch.removeGraph(graph);
            }
            for (Put p : puts) {
                touched.addAll(DerivedGraph.cellsOf(batch.dataset(), p.article().graphName()));
                batch.putGraph(p.article().graphName(), p.article().graph());
                touched.addAll(p.article().cells());
            }
            if (!touched.isEmpty()) {
                derived.update(batch, touched, (done, total) -> progress(done, total));
            }
            if (last) {
                batch.recountOnCommit();
            }
            batch.commit();
            store.compactIfGrown(CorpusIngester.COMPACT_WHEN_GROWN);
            removals.forEach(g -> tally.removed(g.getURI()));
            puts.forEach(p -> tally.stored(p.article(), p.replacing()));
        } catch (RuntimeException | InternalError e) {
            String reason = "not stored: " + StoreFailure.describe(e) + " (its batch of "
                    + (puts.size() + removals.size()) + " change(s) was rolled back; the store is as before it)";
            puts.forEach(p -> tally.failed(p.article().file(), reason));
        } finally {
            puts.clear();
            removals.clear();
        }
    }

    private void progress(int done, int total) {
        if (done == total || done % 1000 == 0) {
            listener.phase("deriving", done, total, "cells");
        }
    }
}
