package org.cbeckg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.cbeckg.TestArticles;
import org.cbeckg.extract.StandardPipeline;
import org.cbeckg.vocab.CBEC;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.Sparql;

class CorpusIngesterTest {

    @TempDir
    Path dir;

    final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void ingestingTwiceChangesNothing() throws IOException {
        Path articles = copySeeds();
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("data"), null)) {
            IngestReport first = ingester(store).ingest(List.of(articles));
            assertEquals(5, first.added());
            Graph before = snapshot(store);
            IngestReport second = ingester(store).ingest(List.of(articles));
            assertEquals(5, second.unchanged());
            assertTrue(before.isIsomorphicWith(snapshot(store)));
        }
    }

    @Test
    void badFilesAreReportedAndTheRestGoIn() throws IOException {
        Path articles = copySeeds();
        Files.write(articles.resolve("binary.txt"), new byte[] {'-', '-', '-', 0, 1, 2});
        Files.write(articles.resolve("gbk.txt"), "---\ntitle: x\n---\n<p>商务部</p>".getBytes("GBK"));
        Files.writeString(articles.resolve("nofront.txt"), "<p>商务部表示</p>");
        Files.writeString(articles.resolve("nobody.txt"), "---\ntitle: x\n---\n<div><!-- c --></div>");
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("data"), null)) {
            IngestReport r = ingester(store).ingest(List.of(articles));
            assertEquals(5, r.added());
            assertEquals(4, r.failures().size());
            assertFalse(r.ok());
            assertTrue(r.failures().stream().anyMatch(f -> f.file().endsWith("gbk.txt")
                    && f.reason().startsWith("not UTF-8")), r.failures().toString());
            assertTrue(r.failures().stream().anyMatch(f -> f.file().endsWith("nofront.txt")
                    && f.reason().contains("no front matter")));
            assertTrue(r.failures().stream().anyMatch(f -> f.file().endsWith("nobody.txt")
                    && f.reason().contains("no body text")));
            assertTrue(r.failures().stream().anyMatch(f -> f.file().endsWith("binary.txt")
                    && f.reason().contains("binary")));
        }
    }

    @Test
    void aChangedFileReplacesItsGraphAndABrokenChangeKeepsTheOld() throws IOException {
        Path articles = copySeeds();
        Path seed = articles.resolve("003_fbd3fd96d0d3e8d4.txt");
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("data"), null)) {
            ingester(store).ingest(List.of(articles));
            Node graph = store.iris().articleGraph("003_fbd3fd96d0d3e8d4").asNode();
            String original = Files.readString(seed);
            Files.writeString(seed, original.replace("27地获批", "28地获批"));
            IngestReport changed = ingester(store).ingest(List.of(seed));
            assertEquals(1, changed.replaced());
            assertTrue(titleOf(store, graph).startsWith("28地获批"));

            Files.write(seed, new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
            IngestReport broken = ingester(store).ingest(List.of(seed));
            assertEquals(1, broken.failures().size());
            assertTrue(titleOf(store, graph).startsWith("28地获批"), "the stored graph survives a broken update");
        }
    }

    @Test
    void storeReopensWithItsData() throws IOException {
        Path articles = copySeeds();
        Path data = dir.resolve("data");
        try (KnowledgeStore store = KnowledgeStore.open(data, "https://kg.example.org/")) {
            ingester(store).ingest(List.of(articles));
        }
        try (KnowledgeStore store = KnowledgeStore.open(data, null)) {
            assertEquals("https://kg.example.org/", store.iris().base());
            assertEquals(5, ingester(store).ingest(List.of(articles)).unchanged());
        }
    }

    private CorpusIngester ingester(KnowledgeStore store) {
        return new CorpusIngester(store, StandardPipeline.create(), IngestListener.SILENT, IngestOptions.defaults(),
                clock);
    }

    private static String titleOf(KnowledgeStore store, Node graph) {
        String query = "SELECT ?t WHERE { GRAPH <" + graph.getURI() + "> { ?a a <" + CBEC.Article.getURI()
                + "> ; <" + DCTerms.title.getURI() + "> ?t } }";
        return Sparql.select(store.dataset(), query).get(0).getLiteral("t").getString();
    }

    private static Graph snapshot(KnowledgeStore store) {
        return store.read(() -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.dataset().find().forEachRemaining(q -> g.add(q.getSubject(), q.getPredicate(), q.getObject()));
            return g;
        });
    }

    private Path copySeeds() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        try (var seeds = Files.list(TestArticles.SEEDS)) {
            for (Path p : seeds.toList()) {
                Files.copy(p, articles.resolve(p.getFileName()));
            }
        }
        return articles;
    }
}
