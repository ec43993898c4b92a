package org.cbeckg.store;

import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * One write transaction over the store: graphs put and removed in it become visible together at {@link #commit()},
 * or not at all (close without commit, an exception, or a crash). The database commits first and the full-text index
 * second, each commit stamped with the new store generation; see {@link FullTextIndex} for what happens when a crash
 * falls between the two.
 *
 * <p>The default graph is kept as the merged view of the named graphs ({@link MergedView}), and graphs are removed at
 * TDB2's node-id level, never by decoded value.
 */
public final class StoreBatch implements AutoCloseable {

    private final KnowledgeStore store;
    private final DatasetGraph tdb;
    private final MergedView view;
    private boolean open = true;
    private boolean countOnCommit;

    StoreBatch(KnowledgeStore store) {
        this.store = store;
        this.tdb = store.dataset();
        tdb.begin(TxnType.WRITE);
        this.view = new MergedView(tdb);
    }

    /** The dataset as this transaction sees it, its own changes included. */
    public DatasetGraph dataset() {
        return tdb;
    }

    /** Removes a named graph, every quad of it, from the database, the merged view and the full-text index. */
    public void removeGraph(Node graph) {
        store.text().removeGraph(graph);
        view.remove(graph, Node.ANY);
    }

    /** Removes every triple about {@code subject} from one named graph (database and full-text index). */
    public void removeSubject(Node graph, Node subject) {
        store.text().removeSubject(graph, subject);
        view.remove(graph, subject);
    }

    /** Replaces a named graph by {@code graph}'s triples (no prefixes are stored per graph). */
    public void putGraph(Node name, Graph graph) {
        removeGraph(name);
        Iterator<Triple> it = graph.find();
        while (it.hasNext()) {
            add(Quad.create(name, it.next()));
        }
    }

    /** Adds a quad to its named graph, its triple to the merged default graph, and its text to the index. */
    public void add(Quad quad) {
        MergedView.add(tdb, quad);
        store.text().add(quad);
    }

    /**
     * Asks for the store's statistics to be taken again, at commit, so that they describe the store as this batch
     * leaves it. A run of several batches asks in its last one.
     */
    public void recountOnCommit() {
        countOnCommit = true;
    }

    /** Makes every change of the batch durable and visible, and counts one more store generation. */
    public void commit() {
        long generation = store.generationInTransaction() + 1;
        store.setGenerationInTransaction(generation);
        if (countOnCommit) {
            StatisticsCounter.count(tdb, store.iris()).write(tdb);
        }
        tdb.commit();
        open = false;
        store.text().commit(generation);
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            try {
                tdb.abort();
            } finally {
                store.text().rollback();
            }
        }
        tdb.end();
    }
}
