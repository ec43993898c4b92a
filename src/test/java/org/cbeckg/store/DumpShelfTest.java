package org.cbeckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cbeckg.graph.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One complete dump per store generation on the shelf; older ones, and ones a stopped server left half-written, go. */
class DumpShelfTest {

    @TempDir
    Path dir;

    private static void commitSomething(KnowledgeStore store, String name) {
        var g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI("urn:x:" + name), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("v"));
        store.replaceGraph(NodeFactory.createURI("urn:graph:" + name), g);
    }

    private Stream<String> names() throws IOException {
        return Files.list(dir).map(p -> p.getFileName().toString()).sorted();
    }

    @Test
    void aNewGenerationReplacesTheOldDumpAndItsLeftovers() throws IOException {
        try (KnowledgeStore store = KnowledgeStore.inMemory(Iris.DEFAULT_BASE)) {
            commitSomething(store, "a");
            DumpShelf.refresh(store, dir);
            Path first = DumpShelf.currentName(store, dir);
            assertTrue(DumpShelf.upToDate(store, dir));
            Files.writeString(dir.resolve("cbec-kg-g0.nq.gz.tmp"), "cut off");
            Files.writeString(dir.resolve("notes.txt"), "someone else's");

            commitSomething(store, "b");
            assertFalse(DumpShelf.upToDate(store, dir));
            DumpShelf.refresh(store, dir);
            Path second = DumpShelf.currentName(store, dir);
            assertEquals(java.util.List.of(second.getFileName().toString(), second.getFileName() + ".sha256",
                    "notes.txt"), names().toList());
            assertFalse(Files.exists(first));
        }
    }
}
