package org.cbeckg.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.cbeckg.article.Article;
import org.cbeckg.model.Period;
import org.cbeckg.model.Qualifier;
import org.cbeckg.model.Unit;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.Sparql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain-SPARQL versions of the auditor's questions, in queries/, give the answers the commands give. */
class ShippedQueriesTest {

    @TempDir
    static Path dir;

    static KnowledgeStore store;

    @BeforeAll
    static void corpus() {
        store = AuditFixtures.corpus(dir);
    }

    static List<QuerySolution> run(String file, String from, String to) throws IOException {
        String q = Files.readString(Path.of("queries", file), StandardCharsets.UTF_8);
        assertTrue(q.contains(from), file + " lacks " + from);
        return Sparql.select(store.dataset(), q.replace(from, to));
    }

    static BigDecimal value(QuerySolution row) {
        return new BigDecimal(row.getLiteral("value").getLexicalForm());
    }

    @Test
    void traceQueryFindsBothArticlesAndTheirQuotesMatch() throws IOException {
        List<QuerySolution> rows = run("trace.rq", "VALUES ?value { 1980000000000 }",
                "VALUES ?value { 2350000000000 }");
        assertEquals(List.of("a_2022-03-01.txt", "b_2022-03-05.txt"),
                rows.stream().map(r -> r.getLiteral("file").getString()).sorted().toList());
        assertTrue(rows.stream().allMatch(r -> r.getLiteral("quoteMatchesText").getBoolean()));
    }

    @Test
    void bestValuesGiveOneValuePerCellAndNameTheRule() throws IOException {
        List<QuerySolution> rows = run("best-values.rq", "cbec:rule-most_sources", "cbec:rule-most_sources");
        QuerySolution trade = rows.stream().filter(r -> r.getLiteral("measure").getString()
                .equals(AuditFixtures.MEASURE) && r.getLiteral("period").getString().equals("2021"))
                .reduce((a, b) -> {
                    throw new AssertionError("two best values for one cell");
                }).orElseThrow();
        assertEquals(0, new BigDecimal("2350000000000").compareTo(value(trade)));
        assertEquals("most_sources", trade.getLiteral("rule").getString());
        assertEquals(2, trade.getLiteral("sources").getInt());
        assertTrue(trade.contains("conflict"));
    }

    @Test
    void theOtherRulePicksTheLatestFigure() throws IOException {
        List<QuerySolution> rows = run("best-values.rq", "{ cbec:rule-most_sources }", "{ cbec:rule-most_recent }");
        QuerySolution trade = rows.stream().filter(r -> r.getLiteral("measure").getString()
                .equals(AuditFixtures.MEASURE) && r.getLiteral("period").getString().equals("2021")).findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("2310000000000").compareTo(value(trade)));
    }

    @Test
    void measureSeriesCountsTheArticlesStatingEachValueAndTheirLatestDate(@TempDir Path own) throws IOException {
        // 2021: 2.35万亿 by A (03-01) and B (03-05), 2.31万亿 by C (06-10) and twice by D (07-01); 2020: 2.1万亿 by
        // B. Read from the derived graph's reported values, a value's count is of articles, not statements.
        KnowledgeStore withRepeat = AuditFixtures.corpus(own);
        Article d = AuditFixtures.write(own, "d_2022-07-01.txt", "2022-07-01",
                "2021年全国跨境电商进出口2.31万亿元。", "再说一遍：2021年跨境电商进出口2.31万亿元。");
        new AuditFixtures.Facts(d)
                .figure(AuditFixtures.MEASURE, "2.31万亿元", Unit.CNY, Qualifier.EXACT, Period.year(2021),
                        AuditFixtures.CHINA, "2021年全国跨境电商进出口2.31万亿元")
                .figure(AuditFixtures.MEASURE, "2.31万亿元", Unit.CNY, Qualifier.EXACT, Period.year(2021),
                        AuditFixtures.CHINA, "2021年跨境电商进出口2.31万亿元")
                .store(withRepeat);
        String q = Files.readString(Path.of("queries", "measure-series.rq"), StandardCharsets.UTF_8);
        List<QuerySolution> rows = Sparql.select(withRepeat.dataset(), q);
        assertEquals(List.of("2020 2100000000000 1 2022-03-05", "2021 2310000000000 2 2022-07-01",
                        "2021 2350000000000 2 2022-03-05"),
                rows.stream().map(r -> r.getLiteral("period").getString() + " "
                        + value(r).stripTrailingZeros().toPlainString() + " " + r.getLiteral("articles").getInt()
                        + " " + r.getLiteral("latest").getLexicalForm()).sorted().toList());
        assertTrue(rows.stream().allMatch(r -> r.getLiteral("unit").getString().equals("CNY")
                && r.getLiteral("qualifier").getString().equals("exact")));
    }
}
