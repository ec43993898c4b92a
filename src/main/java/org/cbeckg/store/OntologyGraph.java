package org.cbeckg.store;

import org.cbeckg.vocab.OntologyFiles;

/**
 * Keeps the ontology (with its code lists) in its own named graph, so queries over the merged default graph see the
 * labels and notations of the concepts that facts point to. Reloaded only when the shipped ontology changed.
 */
public final class OntologyGraph {

    private OntologyGraph() {
    }

    /** Returns true when the graph was (re)loaded. */
    public static boolean ensure(KnowledgeStore store) {
        return StampedGraphs.ensure(store, store.iris().ontologyGraph().asNode(), OntologyFiles.ontology());
    }
}
