package org.cbeckg.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The default graph as the merged view of the named graphs: every triple that some named graph holds, once. Queries
 * without {@code GRAPH} read it from TDB2's triple table, so a shared entity (中国, a measure, a period), which
 * thousands of article graphs each describe, is one triple to look up, not thousands of copies to skip over as TDB2's
 * union default graph must. Kept in step at the node-id level inside the caller's write transaction: a triple leaves
 * the view when the last named graph holding it does.
 *
 * <p>Removal works on node ids, never decoded values: TDB2 stores an integral decimal such as 1980000000000 inline and
 * decodes it as "1980000000000.0", which encodes to another id, so deleting a decoded quad by value (what the generic
 * {@code deleteAny} does) silently removed nothing and left old values behind.
 */
final class MergedView {

    private final NodeTupleTable quads;
    private final TupleTable quadTuples;
    private final TupleTable tripleTuples;

    MergedView(DatasetGraph dataset) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
        this.quads = tdb.getQuadTable().getNodeTupleTable();
        this.quadTuples = quads.getTupleTable();
        this.tripleTuples = tdb.getTripleTable().getNodeTupleTable().getTupleTable();
    }

    /** Adds the quad to its named graph and its triple to the merged view (a no-op where already there). */
    static void add(DatasetGraph dataset, Quad quad) {
        dataset.add(quad);
        dataset.add(Quad.defaultGraphIRI, quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    /** Removes the quads of {@code graph} matching subject {@code s} (or all, for ANY); returns how many. */
    int remove(Node graph, Node s) {
        List<Tuple<NodeId>> found = new ArrayList<>();
        Iterator<Tuple<NodeId>> it = quads.findAsNodeIds(graph, s, Node.ANY, Node.ANY);
        it.forEachRemaining(found::add);
        for (Tuple<NodeId> q : found) {
            quadTuples.delete(q);
        }
        for (Tuple<NodeId> q : found) {
            Tuple<NodeId> anyGraph = TupleFactory.tuple(NodeId.NodeIdAny, q.get(1), q.get(2), q.get(3));
            if (!quadTuples.find(anyGraph).hasNext()) {
                tripleTuples.delete(TupleFactory.tuple(q.get(1), q.get(2), q.get(3)));
            }
        }
        return found.size();
    }
}
