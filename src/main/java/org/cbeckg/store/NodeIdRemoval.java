package org.cbeckg.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Removes quads by pattern at TDB2's node-id level, as TDB2's own {@code removeGraph} does. Needed because the
 * generic {@code deleteAny} finds quads, decodes their nodes and deletes them again by value, and a value that TDB2
 * inlines does not always encode back to the id it was stored under (an integral {@code xsd:decimal} such as
 * "1980000000000" decodes as "1980000000000.0"): such quads were silently kept. Call inside a write transaction.
 */
final class NodeIdRemoval {

    private NodeIdRemoval() {
    }

    /** Removes every quad matching the pattern ({@link Node#ANY} for a wildcard); returns how many. */
    static int removeAll(DatasetGraph dataset, Node g, Node s, Node p, Node o) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable();
        List<Tuple<NodeId>> found = new ArrayList<>();
        Iterator<Tuple<NodeId>> it = quads.findAsNodeIds(g, s, p, o);
        it.forEachRemaining(found::add);
        found.forEach(t -> quads.getTupleTable().delete(t));
        return found.size();
    }
}
