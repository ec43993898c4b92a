package org.cbeckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cbeckg.graph.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The version that keys cached answers moves with every commit, survives a reopen unchanged, and nothing else. */
class StoreVersionTest {

    @TempDir
    Path dir;

    private static void commit(KnowledgeStore store, String name) {
        var g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI("urn:x:" + name), NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                NodeFactory.createLiteralLang("综合试验区" + name, "zh"));
        store.replaceGraph(NodeFactory.createURI("urn:graph:" + name), g);
    }

    @Test
    void everyCommitIsANewVersionAndReadingIsNot() {
        String before;
        String after;
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("s"), Iris.DEFAULT_BASE)) {
            commit(store, "a");
            before = store.version();
            assertEquals(before, store.version());
            store.read(() -> store.dataset().find().hasNext());
            assertEquals(before, store.version());
            commit(store, "b");
            after = store.version();
            assertNotEquals(before, after);
        }
        try (KnowledgeStore store = KnowledgeStore.openExisting(dir.resolve("s"))) {
            assertEquals(after, store.version());
        }
    }
}
