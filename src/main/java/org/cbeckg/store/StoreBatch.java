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
 * <p>Graphs are removed by TDB2's own node-id level removal ({@code removeGraph}), not by find-and-delete: TDB2
 * stores an integral decimal such as 1980000000000 inline and decodes it as "1980000000000.0", which encodes to
 * another id, so deleting the decoded quad silently removed nothing and left the old value behind.
 */
public final class StoreBatch implements AutoCloseable {

    private final KnowledgeStore store;
    private final DatasetGraph tdb;
    private boolean open = true;
    private boolean countOnCommit;

    StoreBatch(KnowledgeStore store) {
        this.store = store;
        this.tdb = store.dataset();
        tdb.begin(TxnType.WRITE);
    }

    /** The dataset as this transaction sees it, its own changes included. */
    public DatasetGraph dataset() {
        return tdb;
    }

    /** Removes a named graph, every quad of it, from the database and the full-text index. */
    public void removeGraph(Node graph) {
        store.text().removeGraph(graph);
        tdb.removeGraph(graph);
    }

    /** Removes every triple about {@code subject} from one named graph (database and full-text index). */
    public void removeSubject(Node graph, Node subject) {
        store.text().removeSubject(graph, subject);
        NodeIdRemoval.removeAll(tdb, graph, subject, Node.ANY, Node.ANY);
    }

    /** Replaces a named graph by {@code graph}'s triples (no prefixes are stored per graph). */
    public void putGraph(Node name, Graph graph) {
        removeGraph(name);
        Iterator<Triple> it = graph.find();
        while (it.hasNext()) {
            add(Quad.create(name, it.next()));
        }
    }

    public void add(Quad quad) {
        tdb.add(quad);
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
