package org.cbeckg.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.tdb2.DatabaseMgr;
import org.cbeckg.derive.FigureParser;
import org.cbeckg.graph.Iris;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.Sparql;
import org.cbeckg.vocab.StoredDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A figure is still found by its value after TDB2 compacts the store. Compaction copies quads by value, and TDB2
 * decodes an inlined integral decimal with ".0": a value written as "2350000000000" came back under another node
 * id, and a 40,000-article store, compacted on the way, traced nothing.
 */
class CompactedStoreTraceTest {

    @TempDir
    Path dir;

    @Test
    void decimalsAreWrittenInTheFormThatSurvivesACopy() {
        assertEquals("2350000000000.0", StoredDecimal.lexical(new BigDecimal("2.35E12")));
        assertEquals("1.5", StoredDecimal.lexical(new BigDecimal("1.50")));
        assertEquals("0.0", StoredDecimal.lexical(BigDecimal.ZERO));
        assertEquals("-12.0", StoredDecimal.lexical(new BigDecimal("-12")));
    }

    @Test
    void aFigureIsTracedByValueAfterCompaction() throws IOException {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT_BASE)) {
            AuditFixtures.corpus(store, dir);
            assertEquals(2, traced(store), "before compaction");
            DatabaseMgr.compact(store.dataset(), true);
            assertEquals(2, traced(store), "after compaction");
            String query = Files.readString(Path.of("queries", "trace.rq"), StandardCharsets.UTF_8)
                    .replace("VALUES ?value { 1980000000000 }", "VALUES ?value { 2350000000000 }");
            List<String> files = store.read(() -> Sparql.select(store.dataset(), query)).stream()
                    .map(r -> r.getLiteral("file").getString()).sorted().toList();
            assertEquals(List.of("a_2022-03-01.txt", "b_2022-03-05.txt"), files);
        }
    }

    private static int traced(KnowledgeStore store) {
        return new FigureTracer(store).find(TraceRequest.of("2.35万亿元", FigureParser.simple(), null, "2021", null))
                .size();
    }
}
