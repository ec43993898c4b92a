package org.cbeckg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cbeckg.CbecKgException;
import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.cbeckg.article.ArticleReader;
import org.cbeckg.extract.StandardPipeline;
import org.cbeckg.graph.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing the way in: 1,200 mutants of the seed articles ({@link Mutations}: flipped bits, cuts, control characters,
 * broken front matter, huge lines, deep markup, other encodings), from a fixed seed so a failure reproduces. Each is
 * read as ingest reads it: it is an article, with no control character left in its text, or it is refused with one
 * line that names the file. One readable mutant in six also goes through extraction, mapping and the SHACL gate,
 * where a broken fact is dropped and the rest kept. Zero crashes.
 */
class ArticleFuzzTest {

    static final int CASES = 1200;
    static final long SEED = 20261206L;
    /** Readable cases that also run the whole preparation (it costs 50 times the reading). */
    static final int FULL_PIPELINE_EVERY = 6;
    /** Below the default, so that some mutants are refused for their size. */
    static final long MAX_BYTES = 512 * 1024;
    /** Long texts are kept out of the whole preparation: extraction time is another test's subject. */
    static final int FULL_PIPELINE_MAX_BYTES = 64 * 1024;

    @TempDir
    Path dir;

    @Test
    void everyMutantIsReadOrRefusedInOneLineNamingTheFile() throws IOException {
        List<byte[]> seeds = seeds();
        Mutations mutations = new Mutations(SEED);
        ArticlePreparer preparer = new ArticlePreparer(StandardPipeline.create(), new Iris(Iris.DEFAULT_BASE),
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), MAX_BYTES);
        List<String> problems = new ArrayList<>();
        int read = 0;
        int refused = 0;
        int prepared = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] bytes = mutations.mutate(seeds.get(i % seeds.size()));
            String name = String.format("fuzz%04d.txt", i);
            Path file = dir.resolve(name);
            Files.write(file, bytes);
            try {
                Article a = ArticleReader.read(file, MAX_BYTES);
                read++;
                problems.addAll(textProblems(name, a));
                if (read % FULL_PIPELINE_EVERY == 0 && bytes.length <= FULL_PIPELINE_MAX_BYTES) {
                    PreparedArticle p = preparer.prepare(file);
                    prepared++;
                    p.warnings().stream().filter(w -> w.contains("\n")).forEach(w -> problems.add(name + ": " + w));
                }
            } catch (CbecKgException e) {
                refused++;
                if (!e.getMessage().startsWith(name + ": ") || e.getMessage().contains("\n")) {
                    problems.add(name + ": not one line naming the file: " + e.getMessage());
                }
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(name + ": crashed: " + e);
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(read > CASES / 5 && refused > CASES / 5 && prepared > 40,
                read + " read, " + refused + " refused, " + prepared + " prepared: the mutations lost their mix");
    }

    private static List<String> textProblems(String name, Article a) {
        List<String> problems = new ArrayList<>();
        String text = a.text() + a.title() + a.author();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F || c == '\uFFFE' || c == '\uFFFF') {
                problems.add(name + ": control character U+" + Integer.toHexString(c) + " kept");
                break;
            }
        }
        return problems;
    }

    private static List<byte[]> seeds() throws IOException {
        try (Stream<Path> files = Files.list(TestArticles.SEEDS)) {
            List<byte[]> seeds = new ArrayList<>();
            for (Path f : files.sorted().toList()) {
                seeds.add(Files.readAllBytes(f));
            }
            return seeds;
        }
    }
}
