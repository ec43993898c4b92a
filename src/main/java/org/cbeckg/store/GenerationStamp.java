package org.cbeckg.store;

import java.util.Iterator;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The store generation: how many batches have been committed, kept as one triple in the database's stored default
 * graph (which queries over the union default graph never see). Read and write it inside a transaction.
 */
final class GenerationStamp {

    private static final Node STORE = NodeFactory.createURI("urn:cbec-kg:store");
    private static final Node GENERATION = NodeFactory.createURI("urn:cbec-kg:generation");

    private GenerationStamp() {
    }

    static long get(DatasetGraph dataset) {
        Iterator<Quad> it = dataset.find(Quad.defaultGraphIRI, STORE, GENERATION, Node.ANY);
        return it.hasNext() ? Long.parseLong(it.next().getObject().getLiteralLexicalForm()) : 0L;
    }

    static void set(DatasetGraph dataset, long generation) {
        dataset.deleteAny(Quad.defaultGraphIRI, STORE, GENERATION, Node.ANY);
        dataset.add(Quad.defaultGraphIRI, STORE, GENERATION,
                NodeFactory.createLiteralString(Long.toString(generation)));
    }
}
