package org.cbeckg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.cbeckg.audit.AuditFixtures;
import org.cbeckg.store.KnowledgeStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The auditor's commands on an on-disk store holding the hand-made corpus. */
class AuditCommandsTest {

    @TempDir
    static Path dir;

    static Path store;
    static Path articles;

    @BeforeAll
    static void ingestCorpus() {
        store = dir.resolve("store");
        articles = dir.resolve("articles");
        try (KnowledgeStore s = KnowledgeStore.open(store, null)) {
            AuditFixtures.corpus(s, articles);
        }
    }

    record Run(int exit, String out) {
    }

    static Run run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.run(args);
            System.out.flush();
            return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(saved);
        }
    }

    @Test
    void traceListsBothSourcesAndPassesTheRecheck() {
        Run r = run("trace", "--store", store.toString(), "--articles", articles.toString(), "2.35万亿");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("2 observations"), r.out());
        assertTrue(r.out().contains("\"2021年全国跨境电商进出口2.35万亿元\" at code points"), r.out());
        assertTrue(r.out().contains("re-check: all 2 source(s) verified"), r.out());
    }

    @Test
    void traceWithoutTheFilesFailsLoudly() {
        Run r = run("trace", "--store", store.toString(), "--articles", dir.resolve("nowhere").toString(),
                "2350000000000");
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("!!! MISMATCH !!!"), r.out());
    }

    @Test
    void traceAsJson() {
        Run r = run("trace", "--store", store.toString(), "--articles", articles.toString(), "--format", "json",
                "--measure", "进出口额", "--period", "2021", "--area", "中国");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("\"verified\" : true"), r.out());
        assertTrue(r.out().contains("2.31万亿元"), r.out());
    }

    @Test
    void conflictsListsBothSides() {
        Run r = run("conflicts", "--store", store.toString());
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("2 conflict(s)"), r.out());
        assertTrue(r.out().contains("2350000000000 CNY exact — 2 sources   ← best value by most_sources"), r.out());
        assertTrue(r.out().contains("c_2022-06-10.txt"), r.out());
    }

    @Test
    void checkReportsWhatHolds() {
        Run r = run("check", "--store", store.toString());
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("✓ holds      batch 3 cumulative 40 + batch 4 new 20 = 60"), r.out());
    }

    @Test
    void validateConforms() {
        Run r = run("validate", "--store", store.toString());
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("SHACL validation of 4 graph(s): 4 conform"), r.out());
    }

    @Test
    void aFigureThatIsNotOneIsABadArgument() {
        assertEquals(2, run("trace", "--store", store.toString(), "许多").exit());
    }
}
