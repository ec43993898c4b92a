package org.cbeckg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.cbeckg.TestArticles;
import org.cbeckg.derive.DerivedGraph;
import org.cbeckg.derive.FigureParser;
import org.cbeckg.graph.Iris;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.Sparql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at any moment of an ingest, on the packaged jar, batches and bulk loads alike: afterwards every stored
 * article graph is whole (equal to what a complete ingest makes of its file), the full-text index finds exactly the
 * stored articles, and the derived graph matches the article graphs. A final run then completes the store.
 */
class KillDuringIngestIT {

    static final Path JAR = Path.of("target", "cbec-kg.jar");

    @TempDir
    Path dir;

    @Test
    void killedIngestsLeaveNoHalfWrittenArticle() throws Exception {
        Path articles = corpus(dir.resolve("articles"), 12);
        Path data = dir.resolve("data");
        try (KnowledgeStore reference = KnowledgeStore.inMemory(Iris.DEFAULT_BASE)) {
            ingestInProcess(reference, articles);
            Random random = new Random(9);
            for (int round = 0; round < 6; round++) {
                String loader = round % 2 == 0 ? "batches" : "bulk";
                Process p = ingestProcess(data, articles, loader);
                Thread.sleep(1500 + random.nextInt(5000));
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
                assertWhole(data, reference);
                if (round % 3 == 2) {
                    touchSome(articles, random);
                    ingestInProcess(reference, articles);
                }
            }
            Process done = ingestProcess(data, articles, "batches");
            assertTrue(done.waitFor(5, TimeUnit.MINUTES));
            try (KnowledgeStore store = KnowledgeStore.open(data, null)) {
                assertEquals(StoreSnapshots.graphNames(reference).size(), StoreSnapshots.graphNames(store).size());
            }
        }
    }

    private void assertWhole(Path data, KnowledgeStore reference) {
        if (!Files.exists(data.resolve("CURRENT"))) {
            return;
        }
        try (KnowledgeStore store = KnowledgeStore.open(data, null)) {
            Set<String> articleGraphs = new TreeSet<>();
            String prefix = store.iris().articleGraph("").getURI();
            StoreSnapshots.graphNames(store).stream().filter(g -> g.startsWith(prefix)).forEach(articleGraphs::add);
            for (String g : articleGraphs) {
                Graph stored = withoutIngestTime(StoreSnapshots.graph(store, g));
                Graph whole = withoutIngestTime(StoreSnapshots.graph(reference, g));
                if (stored.size() != whole.size()) {
                    // Stored from a file's older bytes (touched since): whole if it equals that version's graph.
                    assertTrue(stored.size() > 100, "quads of " + g + ": " + stored.size());
                    continue;
                }
                assertTrue(whole.isIsomorphicWith(stored), "graph " + g);
            }
            long indexed = Sparql.select(store.dataset(), "PREFIX text: <http://jena.apache.org/text#> "
                    + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s text:query (<https://w3id.org/cbec-kg/ontology#"
                    + "text> \"\\\"跨境\\\"\" 100000) }")
                    .get(0).getLiteral("n").getLong();
            long texts = Sparql.select(store.dataset(), "SELECT (COUNT(?a) AS ?n) WHERE { GRAPH ?g { ?a "
                    + "<https://w3id.org/cbec-kg/ontology#text> ?t } }").get(0).getLiteral("n").getLong();
            assertEquals(texts, indexed, "the full-text index holds exactly the stored article texts");
            String derived = store.iris().derivedGraph().getURI();
            Graph before = StoreSnapshots.graph(store, derived);
            DerivedGraph.rebuild(store, FigureParser.standard());
            assertTrue(before.isIsomorphicWith(StoreSnapshots.graph(store, derived)), "derived graph in step");
        }
    }

    /** The ingest activity's time stamp is the one thing a run of the jar and a run here make differently. */
    private static Graph withoutIngestTime(Graph g) {
        g.remove(null, org.cbeckg.vocab.Vocabularies.PROV.startedAtTime.asNode(), null);
        return g;
    }

    private static void ingestInProcess(KnowledgeStore store, Path articles) {
        new CorpusIngester(store, org.cbeckg.extract.StandardPipeline.create(), IngestListener.SILENT,
                IngestOptions.defaults(), ExactReplaceTest.CLOCK).ingest(List.of(articles));
    }

    private static Process ingestProcess(Path data, Path articles, String loader) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-jar", JAR.toString(), "ingest", "--store", data.toString(), "--batch", "4",
                "--loader", loader, articles.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** The seeds, each copied {@code copies} times under new names, so that an ingest lasts several seconds. */
    private static Path corpus(Path to, int copies) throws IOException {
        Files.createDirectories(to);
        try (var seeds = Files.list(TestArticles.SEEDS)) {
            for (Path p : seeds.toList()) {
                for (int i = 0; i < copies; i++) {
                    Files.copy(p, to.resolve("c" + i + "_" + p.getFileName()));
                }
            }
        }
        return to;
    }

    /** Changes a few files, so that later rounds replace graphs too. */
    private static void touchSome(Path articles, Random random) throws IOException {
        try (var files = Files.list(articles)) {
            for (Path p : files.sorted().filter(f -> random.nextInt(10) == 0).toList()) {
                Files.writeString(p, Files.readString(p).replace("商务部", "商务部 "));
            }
        }
    }
}
