package org.cbeckg.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cbeckg.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.cbeckg.derive.FigureParser;

class TraceAuditTest {

    @TempDir
    Path dir;

    TraceReport trace(KnowledgeStore store, String figure, String period) {
        TraceAudit audit = new TraceAudit(new FigureTracer(store),
                new SourceRechecker(ArticleLocator.in(List.of(dir))));
        return audit.trace(TraceRequest.of(figure, FigureParser.simple(), null, period, null));
    }

    @Test
    void listsEveryArticleStatingTheFigureWithItsExactQuote() {
        TraceReport report = trace(AuditFixtures.corpus(dir), "2.35万亿", null);
        List<String> files = report.figures().stream().flatMap(f -> f.sources().stream())
                .map(Source::fileName).sorted().toList();
        assertEquals(List.of("a_2022-03-01.txt", "b_2022-03-05.txt"), files);
        assertEquals("2021年全国跨境电商进出口2.35万亿元", report.figures().stream()
                .flatMap(f -> f.sources().stream()).filter(s -> s.fileName().startsWith("a_")).findFirst()
                .orElseThrow().exact());
    }

    @Test
    void recheckPassesOnUntouchedFiles() {
        assertTrue(trace(AuditFixtures.corpus(dir), "2.35万亿", null).verified());
    }

    @Test
    void namesTheSpeakerAndEvent() {
        TracedFigure f = trace(AuditFixtures.corpus(dir), "2.35万亿", null).figures().stream()
                .filter(x -> x.speaker() != null).findFirst().orElseThrow();
        assertEquals("王涛, 新闻发言人, 商务部", f.speaker().describe());
        assertEquals("例行新闻发布会", f.event());
    }

    @Test
    void aChangedDigitInTheFileIsCaught() throws IOException {
        KnowledgeStore store = AuditFixtures.corpus(dir);
        Path a = dir.resolve("a_2022-03-01.txt");
        Files.writeString(a, Files.readString(a, StandardCharsets.UTF_8).replace("2.35万亿", "2.36万亿"),
                StandardCharsets.UTF_8);
        TraceReport report = trace(store, "2.35万亿", null);
        assertFalse(report.verified());
        assertEquals(1, report.failures());
        Recheck bad = report.rechecks().values().stream().filter(r -> !r.ok()).findFirst().orElseThrow();
        assertTrue(bad.problems().stream().anyMatch(p -> p.startsWith("SHA-256")), bad.problems().toString());
        assertTrue(bad.problems().stream().anyMatch(p -> p.contains("2.36万亿")), bad.problems().toString());
    }

    @Test
    void aMissingFileFailsTheRecheck() throws IOException {
        KnowledgeStore store = AuditFixtures.corpus(dir);
        Files.delete(dir.resolve("c_2022-06-10.txt"));
        TraceReport report = trace(store, "2.31万亿", null);
        assertEquals(1, report.figures().size());
        assertFalse(report.verified());
    }

    @Test
    void filtersByPeriod() {
        assertEquals(0, trace(AuditFixtures.corpus(dir), "2.35万亿", "2020").figures().size());
    }
}
