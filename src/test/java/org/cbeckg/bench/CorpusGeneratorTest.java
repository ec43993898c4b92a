package org.cbeckg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.cbeckg.article.ArticleReader;
import org.cbeckg.extract.StandardPipeline;
import org.cbeckg.graph.Iris;
import org.cbeckg.ingest.CorpusIngester;
import org.cbeckg.ingest.IngestListener;
import org.cbeckg.ingest.IngestOptions;
import org.cbeckg.ingest.IngestReport;
import org.cbeckg.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    private static final SeedPool SEEDS = SeedPool.read(TestArticles.SEEDS);

    @TempDir
    Path dir;

    @Test
    void writesTheCountAskedForUnderNumberedNames() {
        List<Path> files = new CorpusGenerator(SEEDS, 1).write(12, dir.resolve("c"));
        assertEquals(12, files.size());
        assertEquals("s0000000.txt", files.get(0).getFileName().toString());
        assertEquals("s0000011.txt", files.get(11).getFileName().toString());
    }

    @Test
    void theSameSeedMakesTheSameFilesAndAnotherSeedOthers() throws IOException {
        List<Path> a = new CorpusGenerator(SEEDS, 7).write(5, dir.resolve("a"));
        List<Path> b = new CorpusGenerator(SEEDS, 7).write(5, dir.resolve("b"));
        List<Path> c = new CorpusGenerator(SEEDS, 8).write(5, dir.resolve("c"));
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)));
        }
        assertNotEquals(Files.readString(a.get(0)), Files.readString(c.get(0)));
    }

    @Test
    void aLargerCorpusStartsWithTheSmallerOne() {
        CorpusGenerator small = new CorpusGenerator(SEEDS, 3);
        CorpusGenerator large = new CorpusGenerator(SEEDS, 3);
        for (int i = 0; i < 4; i++) {
            assertEquals(small.next(), large.next());
        }
    }

    @Test
    void everyArticleHasFrontMatterADateInRangeAndABody() {
        for (Path f : new CorpusGenerator(SEEDS, 1).write(20, dir.resolve("c"))) {
            Article a = ArticleReader.read(f);
            assertFalse(a.title().isEmpty(), f.toString());
            assertNotNull(a.published(), f.toString());
            int year = a.published().getYear();
            assertTrue(year >= 2015 && year <= 2025, f + ": " + year);
            assertTrue(a.body().text().contains("责任编辑"), f.toString());
        }
    }

    @Test
    void citiesAndSpeakersChangeSoTheGraphGrowsButYearsStay() {
        CorpusGenerator generator = new CorpusGenerator(SEEDS, 1);
        String corpus = String.join("\n", java.util.stream.Stream.generate(generator::next).limit(30).toList());
        String seeds = String.join("\n", SEEDS.paragraphs());
        assertTrue(cities(corpus) > cities(seeds) + 10, "more cities than the seeds name");
        assertTrue(CorpusGenerator.SPEAKERS.stream().noneMatch(corpus::contains), "speakers are renamed");
        assertTrue(corpus.contains("2021年"), "years are kept");
    }

    private static long cities(String text) {
        return CorpusGenerator.CITIES.stream().filter(text::contains).count();
    }

    @Test
    void theArticlesIngestWithoutFailures() {
        Path corpus = dir.resolve("c");
        new CorpusGenerator(SEEDS, 1).write(8, corpus);
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        try (KnowledgeStore store = KnowledgeStore.inMemory(Iris.DEFAULT_BASE)) {
            IngestReport report = new CorpusIngester(store, StandardPipeline.create(), IngestListener.SILENT,
                    IngestOptions.defaults(), clock).ingest(List.of(corpus));
            assertEquals(List.of(), report.failures());
            assertEquals(8, report.added());
            assertTrue(report.facts() > 8, "facts are extracted: " + report);
        }
    }
}
