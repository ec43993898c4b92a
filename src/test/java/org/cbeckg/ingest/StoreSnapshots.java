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
            store.dataset().listGraphNodes().forEachRemaining(n -> {
                if (!KnowledgeStore.isBookkeeping(n)) {
                    names.add(n.getURI());
                }
            });
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

    static Graph defaultGraph(KnowledgeStore store) {
        return store.read(() -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.dataset().getDefaultGraph().find().forEachRemaining(copy::add);
            return copy;
        });
    }

    /**
     * Every named graph of one store is isomorphic to the same graph of the other, they hold the same graphs (the
     * store's bookkeeping aside), and their merged default graphs are isomorphic too.
     */
    static void assertSameGraphs(KnowledgeStore expected, KnowledgeStore actual) {
        assertEquals(graphNames(expected), graphNames(actual));
        Graph e0 = defaultGraph(expected);
        Graph a0 = defaultGraph(actual);
        assertEquals(e0.size(), a0.size(), "triples in the default graph");
        assertTrue(e0.isIsomorphicWith(a0), "the merged default graph differs");
        for (String name : graphNames(expected)) {
            Graph e = graph(expected, name);
            Graph a = graph(actual, name);
            assertEquals(e.size(), a.size(), "quads in " + name);
            assertTrue(e.isIsomorphicWith(a), "graph " + name + " differs");
        }
    }
}
