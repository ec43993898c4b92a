package org.cbeckg.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.cbeckg.article.ArticleReader;
import org.cbeckg.model.Qualifier;
import org.cbeckg.model.Unit;
import org.cbeckg.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.cbeckg.derive.FigureParser;

/**
 * A real seed, ingested with a figure found in it by pattern (no test knows the seeds' figures), then one digit of
 * that figure changed in the file: the trace re-check must notice both the new hash and the changed quote.
 */
class TamperedSeedTest {

    /** A money figure as news prints it: 1.98万亿元, 4345亿元. */
    static final Pattern MONEY = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(万亿|亿|万)元");

    @TempDir
    Path dir;

    record Found(Path file, Article article, Matcher figure) {
    }

    /** The first seed (in name order) that prints a money figure, copied to the temporary folder. */
    Found seedWithAFigure() throws IOException {
        try (Stream<Path> seeds = Files.list(TestArticles.SEEDS)) {
            for (Path seed : seeds.sorted().toList()) {
                Path copy = Files.copy(seed, dir.resolve(seed.getFileName()));
                Article article = ArticleReader.read(copy);
                Matcher m = MONEY.matcher(article.text());
                if (m.find()) {
                    return new Found(copy, article, m);
                }
                Files.delete(copy);
            }
        }
        throw new AssertionError("no seed prints a money figure");
    }

    TraceReport trace(KnowledgeStore store, String figure) {
        return new TraceAudit(new FigureTracer(store), new SourceRechecker(ArticleLocator.in(List.of(dir))))
                .trace(TraceRequest.of(figure, FigureParser.simple(), null, null, null));
    }

    @Test
    void aDigitChangedAfterIngestIsCaughtByTheRecheck() throws IOException {
        Found seed = seedWithAFigure();
        String quote = seed.figure().group();
        KnowledgeStore store = AuditFixtures.store();
        new AuditFixtures.Facts(seed.article()).figure("测试指标", quote, Unit.CNY, Qualifier.EXACT, null, null, quote)
                .store(store);
        assertTrue(trace(store, quote).verified(), "untouched seed must pass");

        changeOneDigit(seed.file(), seed.figure().group(1));

        TraceReport report = trace(store, quote);
        assertEquals(1, report.failures());
        List<String> problems = report.rechecks().values().iterator().next().problems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("SHA-256")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("not the quote")), problems.toString());
    }

    /** Changes the last digit of the first occurrence of {@code digits} in the file's body (after the front matter). */
    static void changeOneDigit(Path file, String digits) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        int body = raw.indexOf("---", raw.indexOf("---") + 3) + 3;
        int at = raw.indexOf(digits, body);
        assertTrue(at > 0, "figure not found in the raw body");
        int last = at + digits.length() - 1;
        char changed = (char) ('0' + (raw.charAt(last) - '0' + 1) % 10);
        Files.writeString(file, raw.substring(0, last) + changed + raw.substring(last + 1), StandardCharsets.UTF_8);
    }
}
