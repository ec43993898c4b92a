package org.cbeckg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.cbeckg.TestArticles;
import org.cbeckg.extract.StandardPipeline;
import org.cbeckg.graph.Iris;
import org.cbeckg.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A watched folder is ingested while readers query the same store: every read sees an article whole or not at all,
 * new files come in, deleted ones go out, and a look at an unchanged folder does nothing.
 */
class LiveIngestTest {

    @TempDir
    Path dir;

    @Test
    void readersSeeArticlesWholeOrNotAtAllWhileAFolderIsIngested() throws Exception {
        Map<Node, Integer> whole = new HashMap<>();
        try (KnowledgeStore reference = KnowledgeStore.inMemory(Iris.DEFAULT_BASE)) {
            ExactReplaceTest.ingest(reference, TestArticles.SEEDS, IngestOptions.Loader.BATCHES);
            String articles = reference.iris().articleGraph("").getURI();
            for (String g : StoreSnapshots.graphNames(reference)) {
                if (g.startsWith(articles)) {
                    whole.put(KnowledgeStore.node(g), StoreSnapshots.graph(reference, g).size());
                }
            }
        }
        Path folder = Files.createDirectories(dir.resolve("watched"));
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("data"), null)) {
            CorpusIngester ingester = new CorpusIngester(store, StandardPipeline.create(), IngestListener.SILENT,
                    IngestOptions.defaults().withLoader(IngestOptions.Loader.BATCHES).withBatchArticles(1),
                    ExactReplaceTest.CLOCK);
            AtomicInteger changes = new AtomicInteger();
            FolderWatch watch = new FolderWatch(folder, ingester, Duration.ofHours(1), r -> changes.incrementAndGet());
            AtomicBoolean reading = new AtomicBoolean(true);
            List<String> torn = new CopyOnWriteArrayList<>();
            AtomicInteger reads = new AtomicInteger();
            Thread reader = new Thread(() -> {
                while (reading.get()) {
                    Txn.executeRead(store.dataset(), () -> whole.forEach((g, n) -> {
                        long seen = count(store, g);
                        if (seen != 0 && seen != n) {
                            torn.add(g + ": " + seen + " of " + n);
                        }
                    }));
                    reads.incrementAndGet();
                }
            });
            reader.start();
            copySeeds(folder);
            IngestReport added = watch.pollOnce();
            assertNotNull(added);
            assertEquals(5, added.added());
            Files.delete(folder.resolve("003_fbd3fd96d0d3e8d4.txt"));
            IngestReport removed = watch.pollOnce();
            assertEquals(1, removed.removed());
            assertEquals(null, watch.pollOnce(), "an unchanged folder is not even read");
            reading.set(false);
            reader.join();
            assertTrue(torn.isEmpty(), "a reader saw part of an article: " + torn);
            assertTrue(reads.get() > 1, "the reader read while the writer wrote");
            assertEquals(2, changes.get());
            Node gone = store.iris().articleGraph("003_fbd3fd96d0d3e8d4").asNode();
            assertEquals(0, store.read(() -> count(store, gone)));
        }
    }

    private static long count(KnowledgeStore store, Node graph) {
        long n = 0;
        var it = store.dataset().find(graph, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    private static void copySeeds(Path to) throws IOException {
        try (var seeds = Files.list(TestArticles.SEEDS)) {
            for (Path p : seeds.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
    }
}
