package org.cbeckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many small write transactions leave copy-on-write garbage; compaction removes it and keeps every quad. */
class CompactionTest {

    @TempDir
    Path dir;

    @Test
    void compactionShrinksAGrownStoreAndKeepsItsContent() {
        try (KnowledgeStore store = KnowledgeStore.open(dir, null)) {
            assertFalse(store.compactIfGrown(2.0), "a fresh store records its size and has nothing to compact");
            for (int round = 0; round < 400; round++) {
                Node g = NodeFactory.createURI("http://example.org/g" + (round % 40));
                store.replaceGraph(g, graph(round));
            }
            long before = DiskUsage.of(store.generationFolder().orElseThrow().resolve("tdb2"));
            long quads = store.read(() -> Iter.count(store.dataset().find()));
            assertTrue(store.compactIfGrown(1.0), "grown: " + before + " bytes");
            long after = DiskUsage.of(store.generationFolder().orElseThrow().resolve("tdb2"));
            assertTrue(after < before, before + " → " + after);
            assertEquals(quads, store.read(() -> Iter.count(store.dataset().find())));
        }
    }

    private static Graph graph(int round) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 300; i++) {
            g.add(NodeFactory.createURI("http://example.org/s" + i), NodeFactory.createURI("http://example.org/p"),
                    NodeFactory.createLiteralString("value " + round + " " + i));
        }
        return g;
    }
}
