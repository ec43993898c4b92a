package org.cbeckg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.cbeckg.article.ArticleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, query and export through the command line, as the README and the scorer call them. */
class SpineCommandsTest {

    @TempDir
    static Path dir;

    static Path store;

    @BeforeAll
    static void ingestSeeds() {
        store = dir.resolve("store");
        AuditCommandsTest.Run r = AuditCommandsTest.run("ingest", "--store", store.toString(), "seeds");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("5 added"), r.out());
    }

    @Test
    void ingestWritesTheDumpAfterAChangeAndNotOnAnUnchangedRun() throws IOException {
        Path dumps = store.resolve("dumps");
        List<Path> written = dumpFiles(dumps);
        assertEquals(2, written.size(), written.toString());
        assertTrue(written.get(0).getFileName().toString().matches("cbec-kg-g\\d+\\.nq\\.gz"), written.toString());
        FileTime before = Files.getLastModifiedTime(written.get(0));

        AuditCommandsTest.Run again = AuditCommandsTest.run("ingest", "--store", store.toString(), "seeds");
        assertTrue(again.out().contains("5 unchanged"), again.out());
        assertEquals(written, dumpFiles(dumps));
        assertEquals(before, Files.getLastModifiedTime(written.get(0)), "an unchanged run writes no dump");
    }

    @Test
    void noDumpWritesNone() {
        Path other = dir.resolve("no-dump-store");
        AuditCommandsTest.Run r = AuditCommandsTest.run("ingest", "--no-dump", "--store", other.toString(),
                "seeds/000_b9f07a632cdddd63.txt");
        assertEquals(0, r.exit(), r.out());
        assertFalse(Files.exists(other.resolve("dumps")));
    }

    private static List<Path> dumpFiles(Path dumps) throws IOException {
        try (Stream<Path> files = Files.list(dumps)) {
            return files.sorted().toList();
        }
    }

    @Test
    void queryPrintsCsvWithAHeaderRowAsTheScorerReadsIt() {
        AuditCommandsTest.Run r = AuditCommandsTest.run("query", "--store", store.toString(), "--format", "csv",
                "queries/gold/zones.rq");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("article,city,batch,approved\r\n"), r.out());
        assertTrue(r.out().contains("003_fbd3fd96d0d3e8d4.txt,阿拉山口市,6,2022"), r.out());
    }

    @Test
    void inlineQueriesNeedNoPrefixDeclarations() {
        AuditCommandsTest.Run r = AuditCommandsTest.run("query", "--store", store.toString(), "--format", "tsv",
                "--query", "SELECT (COUNT(?a) AS ?n) WHERE { ?a a cbec:Article }");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("5"), r.out());
    }

    @Test
    void aMalformedQueryFailsWithTheParsersMessage() {
        assertEquals(1, AuditCommandsTest.run("query", "--store", store.toString(), "--query", "SELEC *").exit());
    }

    @Test
    void aQueryOverItsTimeoutSaysSoAndExitsWithOne() {
        // Nested stars over the whole text: cubic backtracking, minutes of work, cut by the one-second timeout.
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        AuditCommandsTest.Run r;
        try {
            r = AuditCommandsTest.run("query", "--store", store.toString(), "--timeout", "1", "--query",
                    "SELECT ?a WHERE { ?a cbec:text ?t FILTER(regex(?t, \"^([\\\\s\\\\S]*)*([\\\\s\\\\S]*)*Q$\")) }");
        } finally {
            System.setErr(saved);
        }
        assertEquals(1, r.exit(), r.out());
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("query timed out after 1 s"), message);
        assertFalse(message.contains("null"), message);
    }

    @Test
    void exportWritesEveryGraphAndItsChecksum() throws IOException {
        Path out = dir.resolve("dump/kg.trig");
        AuditCommandsTest.Run r = AuditCommandsTest.run("export", "--store", store.toString(), "--format", "trig",
                out.toString());
        assertEquals(0, r.exit(), r.out());
        Dataset dump = RDFDataMgr.loadDataset(out.toString());
        assertTrue(dump.containsNamedModel("http://localhost:3030/graph/article/000_b9f07a632cdddd63"));
        String checksum = Files.readString(dir.resolve("dump/kg.trig.sha256"), StandardCharsets.UTF_8);
        assertEquals(ArticleReader.sha256(Files.readAllBytes(out)) + "  kg.trig\n", checksum);
    }

    @Test
    void ingestReportsABadFileAndExitsWithOne() throws IOException {
        Path bad = Files.write(dir.resolve("broken.txt"), new byte[] {(byte) 0xc3, 0x28});
        AuditCommandsTest.Run r = AuditCommandsTest.run("ingest", "--store", store.toString(), "seeds",
                bad.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("5 unchanged, 1 failed"), r.out());
    }
}
