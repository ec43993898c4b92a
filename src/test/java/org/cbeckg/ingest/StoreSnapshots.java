package org.cbeckg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cbeckg.store.KnowledgeStore;

/** Compares what two stores hold, graph by graph (blank nodes make it isomorphism, not equality). */
final class StoreSnapshots {

    private StoreSnapshots() {
    }

    static Set<String> graphNames(KnowledgeStore store) {
        return store.read(() -> {
            Set<String> names = new TreeSet<>();
            store.dataset().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            return names;
        });
    }

    static Graph graph(KnowledgeStore store, String name) {
        return store.read(() -> {
            Graph copy = GraphFactory.createDefaultGraph();
            Node g = KnowledgeStore.node(name);
            store.dataset().find(g, Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> copy.add(q.getSubject(), q.getPredicate(), q.getObject()));
            return copy;
        });
    }

    /** Every named graph of one store is isomorphic to the same graph of the other, and they hold the same graphs. */
    static void assertSameGraphs(KnowledgeStore expected, KnowledgeStore actual) {
        assertEquals(graphNames(expected), graphNames(actual));
        for (String name : graphNames(expected)) {
            Graph e = graph(expected, name);
            Graph a = graph(actual, name);
            assertEquals(e.size(), a.size(), "quads in " + name);
            assertTrue(e.isIsomorphicWith(a), "graph " + name + " differs");
        }
    }
}
