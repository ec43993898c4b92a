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

import org.cbeckg.TestArticles;
import org.cbeckg.extract.StandardPipeline;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.Sparql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A changed article's graph afterwards equals, quad for quad, what a fresh ingest of the new file makes: nothing of the
 * old version survives, integral decimals included (TDB2 decodes "1980000000000" as "1980000000000.0", which once
 * made deleting by value miss it), nor dates or language-tagged titles.
 */
class ExactReplaceTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aReplacedArticleEqualsAFreshIngestOfItsNewFile() throws IOException {
        Path folder = copySeeds(dir.resolve("articles"));
        Path seed = folder.resolve("000_b9f07a632cdddd63.txt");
        try (KnowledgeStore replaced = KnowledgeStore.open(dir.resolve("a"), null)) {
            ingest(replaced, folder, IngestOptions.Loader.BATCHES);
            String text = Files.readString(seed);
            assertTrue(text.contains("1.98万亿元") && text.contains("2021年各综试区"), "the seed still says it");
            Files.writeString(seed, text.replace("1.98万亿元", "1.97万亿元").replace("15%", "16.5%")
                    .replace("title: '", "title: '改版：").replace("2021年各综试区", "2020年各综试区"));
            IngestReport r = ingest(replaced, folder, IngestOptions.Loader.BATCHES);
            assertEquals(1, r.replaced());
            try (KnowledgeStore fresh = KnowledgeStore.open(dir.resolve("b"), null)) {
                ingest(fresh, folder, IngestOptions.Loader.BATCHES);
                StoreSnapshots.assertSameGraphs(fresh, replaced);
            }
            assertFalse(Sparql.ask(replaced.dataset(), "ASK { GRAPH ?g { ?s <http://purl.org/linked-data/sdmx/2009/"
                    + "measure#obsValue> ?v FILTER NOT EXISTS { ?s a ?t } } }"), "no value without its observation");
            String graph = replaced.iris().articleGraph("000_b9f07a632cdddd63").getURI();
            assertFalse(Sparql.ask(replaced.dataset(), "ASK { GRAPH <" + graph + "> { ?s ?p ?v "
                    + "FILTER(?v = 1980000000000) } }"), "the old 1.98万亿 is gone from the article's graph");
        }
    }

    @Test
    void anUnchangedRunWritesNothing() throws IOException {
        Path folder = copySeeds(dir.resolve("articles"));
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("a"), null)) {
            ingest(store, folder, IngestOptions.Loader.AUTO);
            long generation = store.generation();
            IngestReport again = ingest(store, folder, IngestOptions.Loader.AUTO);
            assertEquals(5, again.unchanged());
            assertFalse(again.changed());
            assertEquals(generation, store.generation(), "no transaction was committed");
        }
    }

    @Test
    void theBulkLoaderAndBatchesStoreTheSameQuads() throws IOException {
        Path folder = copySeeds(dir.resolve("articles"));
        try (KnowledgeStore bulk = KnowledgeStore.open(dir.resolve("bulk"), null);
             KnowledgeStore batches = KnowledgeStore.open(dir.resolve("batches"), null)) {
            assertTrue(ingest(bulk, folder, IngestOptions.Loader.BULK).bulk());
            assertFalse(ingest(batches, folder, IngestOptions.Loader.BATCHES).bulk());
            StoreSnapshots.assertSameGraphs(batches, bulk);
            assertEquals(batches.read(() -> org.cbeckg.store.StoreStatistics.read(batches.dataset())).classes(),
                    bulk.read(() -> org.cbeckg.store.StoreStatistics.read(bulk.dataset())).classes());
        }
    }

    @Test
    void aBulkReloadOfAChangedArticleEqualsAFreshIngest() throws IOException {
        Path folder = copySeeds(dir.resolve("articles"));
        Path seed = folder.resolve("001_c397c42166a738cc.txt");
        try (KnowledgeStore reloaded = KnowledgeStore.open(dir.resolve("a"), null)) {
            ingest(reloaded, folder, IngestOptions.Loader.BATCHES);
            Files.writeString(seed, Files.readString(seed).replace("1.98万亿元", "1.99万亿元"));
            assertTrue(ingest(reloaded, folder, IngestOptions.Loader.BULK).bulk());
            try (KnowledgeStore fresh = KnowledgeStore.open(dir.resolve("b"), null)) {
                ingest(fresh, folder, IngestOptions.Loader.BATCHES);
                StoreSnapshots.assertSameGraphs(fresh, reloaded);
            }
        }
    }

    static IngestReport ingest(KnowledgeStore store, Path folder, IngestOptions.Loader loader) {
        return new CorpusIngester(store, StandardPipeline.create(), IngestListener.SILENT,
                IngestOptions.defaults().withLoader(loader), CLOCK).ingest(List.of(folder));
    }

    static Path copySeeds(Path to) throws IOException {
        Files.createDirectories(to);
        try (var seeds = Files.list(TestArticles.SEEDS)) {
            for (Path p : seeds.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
        return to;
    }
}
