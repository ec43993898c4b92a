package org.cbeckg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cbeckg.TestArticles;
import org.cbeckg.audit.StoreValidator;
import org.cbeckg.derive.CellFigureReader;
import org.cbeckg.derive.DerivedGraph;
import org.cbeckg.derive.FigureParser;
import org.cbeckg.extract.StandardPipeline;
import org.cbeckg.graph.Iris;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.vocab.CBEC;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: after any sequence of articles added, changed and removed, the derived graph that the incremental path
 * maintains (recomputing only the touched cells) equals a full rebuild from the article graphs. Articles are variants
 * of the seeds with their figures re-drawn from a few values, so that cells gain and lose agreeing and conflicting
 * statements as the sequence goes.
 */
class IncrementalDerivedGraphTest {

    private static final Pattern FIGURE = Pattern.compile("\\d+(\\.\\d+)?(?=(万亿|亿|万|%|个))");

    @TempDir
    Path dir;

    @Test
    void incrementalUpdatesEqualAFullRebuild() throws IOException {
        Random random = new Random(20261205);
        List<String> seeds = seedTexts();
        Path folder = Files.createDirectories(dir.resolve("articles"));
        try (KnowledgeStore store = KnowledgeStore.inMemory(Iris.DEFAULT_BASE)) {
            for (int step = 0; step < 24; step++) {
                List<Path> present = list(folder);
                int op = present.isEmpty() ? 0 : random.nextInt(3);
                if (op == 0 || present.size() < 3) {
                    Files.writeString(folder.resolve("v" + step + ".txt"), variant(seeds, random));
                } else if (op == 1) {
                    Files.writeString(present.get(random.nextInt(present.size())), variant(seeds, random));
                } else {
                    Files.delete(present.get(random.nextInt(present.size())));
                }
                ingest(store, folder);
                assertRebuildChangesNothing(store, "step " + step);
            }
            for (Path p : list(folder)) {
                Files.delete(p);
            }
            ingest(store, folder);
            assertRebuildChangesNothing(store, "all removed");
        }
    }

    @Test
    void aDerivedGraphOfAnOlderFormatIsRebuiltOnceByTheNextIngest() throws IOException {
        Path folder = seedsFolder();
        try (KnowledgeStore store = KnowledgeStore.inMemory(Iris.DEFAULT_BASE)) {
            ingest(store, folder);
            Node derived = store.iris().derivedGraph().asNode();
            Graph current = StoreSnapshots.graph(store, derived.getURI());
            // A store derived before format 2: no format stamp, no dates on the cells.
            store.write(batch -> {
                batch.removeSubject(derived, derived);
                List<Node> cells = Iter.toList(Iter.map(batch.dataset().find(derived, Node.ANY, RDF.type.asNode(),
                        CBEC.FigureCell.asNode()), Quad::getSubject));
                for (Node cell : cells) {
                    List<Quad> kept = Iter.toList(batch.dataset().find(derived, cell, Node.ANY, Node.ANY)).stream()
                            .filter(q -> !q.getPredicate().equals(CBEC.earliestPublicationDate.asNode())
                                    && !q.getPredicate().equals(CBEC.latestPublicationDate.asNode())).toList();
                    batch.removeSubject(derived, cell);
                    kept.forEach(batch::add);
                }
            });
            DerivedGraph graph = new DerivedGraph(store.iris(), FigureParser.standard());
            assertFalse(store.read(() -> graph.isCurrent(store.dataset())));

            ingest(store, folder);  // every file unchanged: only the derived graph is rebuilt
            assertTrue(store.read(() -> graph.isCurrent(store.dataset())));
            assertTrue(StoreSnapshots.graph(store, derived.getURI()).isIsomorphicWith(current));
            assertFalse(graph.rebuildIfOutdated(store, DerivedGraph.Progress.SILENT), "rebuilt once, not again");
        }
    }

    @Test
    void aGrowthComparisonFollowsTheArticlesOfBothYears() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(folder.resolve("later.txt"), article("2024-01-20",
                "2023年全国跨境电商进出口2.38万亿元，同比增长15.6%。"));
        try (KnowledgeStore store = KnowledgeStore.inMemory(Iris.DEFAULT_BASE)) {
            ingest(store, folder);
            assertEquals(List.of(), earlierValues(store), "no value a year earlier yet");

            Files.writeString(folder.resolve("earlier.txt"), article("2023-01-15", "2022年全国跨境电商进出口2.11万亿元。"));
            ingest(store, folder);
            assertEquals(List.of("2110000000000"), earlierValues(store), "an article of the earlier year added");
            assertRebuildChangesNothing(store, "earlier year added");
            new StoreValidator(store).validate(v -> assertTrue(v.conforms(), v.graph() + ": " + v.report()));
            String label = store.read(() -> Iter.toList(store.dataset().find(store.iris().derivedGraph().asNode(),
                    Node.ANY, RDFS.label.asNode(), Node.ANY)).stream().map(q -> q.getObject().getLiteralLexicalForm())
                    .filter(l -> l.contains("增长")).findFirst().orElseThrow());
            assertTrue(label.endsWith("：增长 15.6%；2380000000000 / 2110000000000 → 12.8%"), label);

            Files.writeString(folder.resolve("earlier.txt"), article("2023-01-15", "2022年全国跨境电商进出口2.06万亿元。"));
            ingest(store, folder);
            assertEquals(List.of("2060000000000"), earlierValues(store), "its value changed, the comparison with it");
            assertRebuildChangesNothing(store, "earlier year changed");

            Files.delete(folder.resolve("earlier.txt"));
            ingest(store, folder);
            assertEquals(List.of(), earlierValues(store), "the earlier year's only article removed");
            assertRebuildChangesNothing(store, "earlier year removed");
        }
    }

    @Test
    void derivingShowsItsProgressThroughTheCellsThenTheSeries() throws IOException {
        Path folder = seedsFolder();
        List<String> phases = new ArrayList<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void fileDone(int done, int total, Path file, Outcome outcome, String detail) {
            }

            @Override
            public void phase(String phase, long done, long total, String unit) {
                if (phase.equals("deriving") && done == total) {
                    phases.add(unit);
                }
            }
        };
        try (KnowledgeStore store = KnowledgeStore.inMemory(Iris.DEFAULT_BASE)) {
            new CorpusIngester(store, StandardPipeline.create(), listener, IngestOptions.defaults(),
                    ExactReplaceTest.CLOCK).ingest(List.of(folder));
        }
        assertEquals(List.of("cells", "series"), phases);
    }

    /** The earlier values of the derived graph's growth comparisons, as plain numbers. */
    private static List<String> earlierValues(KnowledgeStore store) {
        Node derived = store.iris().derivedGraph().asNode();
        return store.read(() -> Iter.toList(Iter.map(store.dataset().find(derived, Node.ANY,
                CBEC.earlierValue.asNode(), Node.ANY), q -> CellFigureReader.decimal(
                q.getObject().getLiteralLexicalForm()).toPlainString())));
    }

    private static String article(String date, String sentence) {
        return "---\ntitle: '跨境电商数据'\ndate: " + date + "\n---\n\n<div><p>" + sentence + "</p></div>\n";
    }

    private static void ingest(KnowledgeStore store, Path folder) {
        new CorpusIngester(store, StandardPipeline.create(), IngestListener.SILENT,
                IngestOptions.defaults().withMirror(true), ExactReplaceTest.CLOCK).ingest(List.of(folder));
    }

    private static void assertRebuildChangesNothing(KnowledgeStore store, String when) {
        String derivedName = store.iris().derivedGraph().getURI();
        Graph incremental = StoreSnapshots.graph(store, derivedName);
        DerivedGraph.rebuild(store, FigureParser.standard());
        Graph rebuilt = StoreSnapshots.graph(store, derivedName);
        assertTrue(rebuilt.isIsomorphicWith(incremental), when + ": incremental " + incremental.size()
                + " quads, rebuilt " + rebuilt.size());
    }

    /** A folder holding the seeds' texts under other names. */
    private Path seedsFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        List<String> seeds = seedTexts();
        for (int i = 0; i < seeds.size(); i++) {
            Files.writeString(folder.resolve("s" + i + ".txt"), seeds.get(i));
        }
        return folder;
    }

    private static String variant(List<String> seeds, Random random) {
        String text = seeds.get(random.nextInt(seeds.size()));
        Matcher m = FIGURE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            BigDecimal v = new BigDecimal(m.group());
            BigDecimal drawn = switch (random.nextInt(3)) {
                case 0 -> v;
                case 1 -> v.add(BigDecimal.ONE);
                default -> v.multiply(BigDecimal.valueOf(2));
            };
            m.appendReplacement(sb, drawn.toPlainString());
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static List<String> seedTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path p : list(TestArticles.SEEDS)) {
            texts.add(Files.readString(p));
        }
        return texts;
    }

    private static List<Path> list(Path folder) throws IOException {
        try (var s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
