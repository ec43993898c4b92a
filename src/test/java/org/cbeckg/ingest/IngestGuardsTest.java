package org.cbeckg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.cbeckg.TestArticles;
import org.cbeckg.extract.ExtractionPipeline;
import org.cbeckg.extract.Extractor;
import org.cbeckg.graph.Iris;
import org.cbeckg.model.Extraction;
import org.cbeckg.model.FactKind;
import org.cbeckg.model.PlaceMention;
import org.cbeckg.article.Article;
import org.cbeckg.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an ingest run refuses or gives up on, each said in one line naming the file: the rest still goes in. */
class IngestGuardsTest {

    @TempDir
    Path dir;

    @Test
    void twoFilesWithOneNameInTwoFoldersAreAClashNotASilentReplace() throws IOException {
        Path a = ExactReplaceTest.copySeeds(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Path seed = a.resolve("000_b9f07a632cdddd63.txt");
        Files.writeString(b.resolve(seed.getFileName()), Files.readString(seed).replace("1.98万亿元", "1.97万亿元"));
        try (KnowledgeStore store = KnowledgeStore.inMemory(Iris.DEFAULT_BASE)) {
            IngestReport r = new CorpusIngester(store, org.cbeckg.extract.StandardPipeline.create(),
                    IngestListener.SILENT, IngestOptions.defaults(), ExactReplaceTest.CLOCK).ingest(List.of(a, b));
            assertEquals(5, r.added());
            assertEquals(1, r.failures().size());
            assertTrue(r.failures().get(0).file().startsWith(b.toString()), r.failures().toString());
            assertTrue(r.failures().get(0).reason().contains("same name"), r.failures().get(0).reason());
        }
    }

    @Test
    void aFileOverItsTimeBudgetIsReportedAndTheOthersGoIn() throws IOException {
        Path folder = ExactReplaceTest.copySeeds(dir.resolve("articles"));
        Files.writeString(folder.resolve("slow.txt"), Files.readString(folder.resolve("000_b9f07a632cdddd63.txt"))
                .replace("商务部", "商务部STALL"));
        ExtractionPipeline stalling = ExtractionPipeline.builder().add(new StallingExtractor()).build();
        try (KnowledgeStore store = KnowledgeStore.inMemory(Iris.DEFAULT_BASE)) {
            IngestReport r = new CorpusIngester(store, stalling, IngestListener.SILENT,
                    IngestOptions.defaults().withTimeBudget(Duration.ofSeconds(8)), ExactReplaceTest.CLOCK)
                    .ingest(List.of(folder));
            assertEquals(5, r.added(), r.failures().toString());
            assertEquals(1, r.failures().size());
            assertTrue(r.failures().get(0).reason().contains("budget"), r.failures().get(0).reason());
        }
    }

    @Test
    void readCommandsRefuseAFolderThatIsNotAStore() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = org.cbeckg.cli.Main.run("query", "--store", dir.resolve("typo").toString(), "--query", "ASK {}");
        } finally {
            System.setErr(old);
        }
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such store folder"), err.toString());
        assertTrue(Files.notExists(dir.resolve("typo")), "no empty store was created");
    }

    /** Spins, ignoring interruption, on an article that says STALL: the worst an extractor could do. */
    private static final class StallingExtractor implements Extractor<PlaceMention> {
        @Override
        public String name() {
            return "stalling";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public FactKind produces() {
            return FactKind.PLACE;
        }

        @Override
        public List<PlaceMention> extract(Article article, Extraction upstream) {
            long spins = 0;
            while (article.text().contains("STALL")) {
                spins++;
                if (spins < 0) {
                    break;
                }
            }
            return List.of();
        }
    }
}
