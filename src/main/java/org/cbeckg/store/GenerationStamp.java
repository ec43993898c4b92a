package org.cbeckg.store;

import java.util.Iterator;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The store generation: how many batches have been committed, kept as one triple in the store's own bookkeeping graph
 * ({@link #GRAPH}, never part of the merged default graph, the dumps or the statistics). Read and write it inside a
 * transaction.
 */
final class GenerationStamp {

    /** The store's bookkeeping: its generation and statistics. Not data about zones: kept out of everything else. */
    static final Node GRAPH = NodeFactory.createURI("urn:x-cbec-kg:store");
    static final Node STORE = NodeFactory.createURI("urn:x-cbec-kg:store");
    private static final Node GENERATION = NodeFactory.createURI("urn:x-cbec-kg:generation");

    private GenerationStamp() {
    }

    static long get(DatasetGraph dataset) {
        Iterator<Quad> it = dataset.find(GRAPH, STORE, GENERATION, Node.ANY);
        return it.hasNext() ? Long.parseLong(it.next().getObject().getLiteralLexicalForm()) : 0L;
    }

    static void set(DatasetGraph dataset, long generation) {
        dataset.deleteAny(GRAPH, STORE, GENERATION, Node.ANY);
        dataset.add(GRAPH, STORE, GENERATION,
                NodeFactory.createLiteralString(Long.toString(generation)));
    }
}
