package org.cbeckg.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.cbeckg.article.Article;
import org.cbeckg.model.Period;
import org.cbeckg.model.Qualifier;
import org.cbeckg.model.Unit;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.Sparql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks stay bounded when many articles repeat the same figures: each distinct stated value is compared once,
 * with all the articles stating it, so twenty articles repeating the corpus give as many rows as one does. The old
 * checks joined every statement with every other (20 × 20 × 20 rows for one sum; at 823 articles, out of memory).
 */
class BoundedChecksTest {

    static final int REPEATS = 20;

    @TempDir
    static Path dir;
    static KnowledgeStore store;

    @BeforeAll
    static void corpusRepeatedByManyArticles() {
        store = AuditFixtures.corpus(dir);
        for (int i = 0; i < REPEATS; i++) {
            String name = String.format("r%02d_2022-05-01.txt", i);
            Article r = AuditFixtures.write(dir, name, "2022-05-01",
                    "前三批40个综试区。第四批新设20个综试区，总数达到60个。全国共有60个综试区。",
                    "2021年我国跨境电商进出口2.35万亿元，同比增长12%；2020年为2.1万亿元。");
            new AuditFixtures.Facts(r).batch(3, null, 40, "前三批40个")
                    .batch(4, 20, 60, "第四批新设20个综试区，总数达到60个")
                    .figure("跨境电商综试区数量", "60个", Unit.COUNT, Qualifier.EXACT,
                            Period.asOf(LocalDate.of(2022, 5, 1)), AuditFixtures.CHINA, "全国共有60个综试区")
                    .figure(AuditFixtures.MEASURE, "2.35万亿元", Unit.CNY, Qualifier.EXACT, Period.year(2021),
                            AuditFixtures.CHINA, "2021年我国跨境电商进出口2.35万亿元")
                    .figure(AuditFixtures.GROWTH, "12%", Unit.PERCENT, Qualifier.EXACT, Period.year(2021),
                            AuditFixtures.CHINA, "同比增长12%")
                    .figure(AuditFixtures.MEASURE, "2.1万亿元", Unit.CNY, Qualifier.EXACT, Period.year(2020),
                            AuditFixtures.CHINA, "2020年为2.1万亿元")
                    .store(store);
        }
    }

    @Test
    void aSumRepeatedByManyArticlesIsOneRowNamingThemAll() {
        assertEquals(1, rows("batches-add-up"));
        Finding f = CheckRunnerTest.only(CheckRunnerTest.result(store, "batches-add-up"), Finding.Status.HOLDS);
        assertEquals(2 + REPEATS, f.articles().size(), f.articles().toString());
    }

    @Test
    void aGrowthRateRepeatedByManyArticlesIsComparedOnce() {
        // 12% over 2.35万亿 (the corpus and every repeat) and 10% over 2.31万亿 (article c): two distinct pairs.
        assertEquals(2, rows("growth-matches-values"));
    }

    @Test
    void aNationalCountRepeatedByManyArticlesIsOneRow() {
        assertEquals(1, rows("national-zone-count"));
        Finding f = CheckRunnerTest.only(CheckRunnerTest.result(store, "national-zone-count"), Finding.Status.HOLDS);
        assertEquals("60 zones nationally = the cumulative count of batch 4", f.text());
    }

    @Test
    void aBatchCountRepeatedByManyArticlesIsOneRow() {
        assertEquals(1, rows("batch-zones-listed"));
    }

    @Test
    void onlyTheFirstFewFindingsAreKeptButAllAreCounted() {
        FindingTally tally = new FindingTally(2);
        for (String text : List.of("e", "d", "c", "b", "a")) {
            tally.add(new Finding(Finding.Status.FAILS, text, List.of(), List.of(text + ".txt")));
        }
        tally.add(new Finding(Finding.Status.FAILS, "a", List.of(), List.of("z.txt")));
        CheckResult r = tally.result(ConsistencyChecks.shipped().get(0));
        assertEquals(5, r.count(Finding.Status.FAILS));
        assertEquals(List.of("a", "b"), r.findings().stream().map(Finding::text).toList());
        assertEquals(List.of("a.txt", "z.txt"), r.findings().get(0).articles());
        assertEquals(3, r.hidden(Finding.Status.FAILS));
        assertTrue(r.fails());
    }

    private static int rows(String check) {
        ConsistencyCheck c = ConsistencyChecks.shipped().stream().filter(x -> x.name().equals(check)).findFirst()
                .orElseThrow();
        return Sparql.select(store.dataset(), c.query()).size();
    }
}
