package org.cbeckg.store;

import org.cbeckg.graph.ReferenceGraphBuilder;
import org.cbeckg.model.body.BodyList;
import org.cbeckg.model.place.Gazetteer;

/** Keeps the reference graph (gazetteer places, listed bodies) in the store, reloading it only when it changed. */
public final class ReferenceGraph {

    private ReferenceGraph() {
    }

    /** Returns true when the graph was (re)loaded. */
    public static boolean ensure(KnowledgeStore store) {
        return StampedGraphs.ensure(store, store.iris().referenceGraph().asNode(),
                new ReferenceGraphBuilder(store.iris(), Gazetteer.standard(), BodyList.standard()).build());
    }
}
