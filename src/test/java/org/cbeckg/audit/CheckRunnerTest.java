package org.cbeckg.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.cbeckg.article.Article;
import org.cbeckg.model.Outlook;
import org.cbeckg.model.Period;
import org.cbeckg.model.Qualifier;
import org.cbeckg.model.Unit;
import org.cbeckg.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckRunnerTest {

    @TempDir
    Path dir;

    static CheckResult result(KnowledgeStore store, String check) {
        ConsistencyCheck c = ConsistencyChecks.shipped().stream().filter(x -> x.name().equals(check)).findFirst()
                .orElseThrow();
        return new CheckRunner(store).run(c);
    }

    static Finding only(CheckResult r, Finding.Status status) {
        List<Finding> found = r.findings().stream().filter(f -> f.status() == status).toList();
        assertEquals(1, found.size(), r.findings().toString());
        return found.get(0);
    }

    @Test
    void theCorpusHasNoContradiction() {
        KnowledgeStore store = AuditFixtures.corpus(dir);
        List<CheckResult> results = new CheckRunner(store).run(ConsistencyChecks.shipped());
        assertFalse(results.stream().anyMatch(CheckResult::fails), results.toString());
    }

    @Test
    void consecutiveBatchesAddUp() {
        Finding f = only(result(AuditFixtures.corpus(dir), "batches-add-up"), Finding.Status.HOLDS);
        assertEquals("batch 3 cumulative 40 + batch 4 new 20 = 60 = batch 4 cumulative 60", f.text());
        assertEquals(List.of("a_2022-03-01.txt", "b_2022-03-05.txt"), f.articles());
    }

    @Test
    void anInjectedWrongTotalIsCaught() {
        KnowledgeStore store = AuditFixtures.corpus(dir);
        Article d = AuditFixtures.write(dir, "d_2022-07-01.txt", "2022-07-01", "第四批综试区设立后，全国综试区总数为61个。");
        new AuditFixtures.Facts(d).batch(4, null, 61, "第四批综试区设立后，全国综试区总数为61个").store(store);
        Finding f = only(result(store, "batches-add-up"), Finding.Status.FAILS);
        assertEquals("batch 4 cumulative 61 is no stated batch 3 cumulative plus a stated batch 4 new count", f.text());
        assertTrue(f.articles().contains("d_2022-07-01.txt"), f.articles().toString());
    }

    @Test
    void aBatchLargerThanItsTotalIsKeptAndFlagged() {
        KnowledgeStore store = AuditFixtures.corpus(dir);
        Article d = AuditFixtures.write(dir, "d_2022-07-01.txt", "2022-07-01", "第四批新设70个综试区，总数达到60个。");
        new AuditFixtures.Facts(d).batch(4, 70, 60, "第四批新设70个综试区，总数达到60个").store(store);
        Finding f = only(result(store, "batch-within-total"), Finding.Status.FAILS);
        assertEquals("batch 4 is said to set up 70 zone(s), more than its cumulative total of 60", f.text());
        assertEquals(List.of("d_2022-07-01.txt"), f.articles());
        assertEquals("1 statement(s) of a batch's new zones are within its cumulative total",
                only(result(store, "batch-within-total"), Finding.Status.HOLDS).text());
    }

    @Test
    void theSameSumFromAnotherArticleIsOneFindingNamingBoth() {
        KnowledgeStore store = AuditFixtures.corpus(dir);
        Article d = AuditFixtures.write(dir, "d_2022-07-01.txt", "2022-07-01", "第四批设立后共有60个综试区。");
        new AuditFixtures.Facts(d).batch(4, null, 60, "第四批设立后共有60个综试区").store(store);
        Finding f = only(result(store, "batches-add-up"), Finding.Status.HOLDS);
        assertEquals(List.of("a_2022-03-01.txt", "b_2022-03-05.txt", "d_2022-07-01.txt"), f.articles());
    }

    @Test
    void aBatchWithoutOrdinalAddsUpWithTheBatchBeforeIt() {
        KnowledgeStore store = AuditFixtures.corpus(dir);
        Article d = AuditFixtures.write(dir, "d_2022-07-01.txt", "2022-07-01", "新设20个综试区后，综试区达到60个。");
        new AuditFixtures.Facts(d).batch(null, 20, 60, "新设20个综试区后，综试区达到60个").store(store);
        List<Finding> holds = result(store, "batches-add-up").findings().stream()
                .filter(f -> f.status() == Finding.Status.HOLDS).toList();
        assertTrue(holds.stream().anyMatch(f -> f.text().equals("batch 3 cumulative 40 + a later batch's 20 new = 60"
                + " = that batch's cumulative count") && f.articles().contains("d_2022-07-01.txt")), holds.toString());
    }

    @Test
    void growthRatesMatchTheirValues() {
        CheckResult r = result(AuditFixtures.corpus(dir), "growth-matches-values");
        assertEquals(2, r.count(Finding.Status.HOLDS), r.findings().toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.text().endsWith("stated growth 12%; 2350000000000 / "
                + "2100000000000 (2020) gives 11.9%") && f.articles().equals(List.of("a_2022-03-01.txt",
                "b_2022-03-05.txt"))), r.findings().toString());
    }

    @Test
    void anInjectedGrowthRateThatDoesNotFitIsCaught() {
        KnowledgeStore store = AuditFixtures.corpus(dir);
        Article d = AuditFixtures.write(dir, "d_2022-07-01.txt", "2022-07-01",
                "2021年全国跨境电商进出口2.35万亿元，同比增长25%。");
        new AuditFixtures.Facts(d).figure(AuditFixtures.MEASURE, "2.35万亿元", Unit.CNY, Qualifier.EXACT,
                        Period.year(2021), AuditFixtures.CHINA, "2021年全国跨境电商进出口2.35万亿元")
                .figure(AuditFixtures.GROWTH, "25%", Unit.PERCENT, Qualifier.EXACT, Period.year(2021),
                        AuditFixtures.CHINA, "同比增长25%").store(store);
        Finding f = only(result(store, "growth-matches-values"), Finding.Status.FAILS);
        assertTrue(f.text().contains("stated growth 25%"), f.text());
        assertEquals(List.of("b_2022-03-05.txt", "d_2022-07-01.txt"), f.articles());
    }

    @Test
    void aRateExactlyOnePointFromItsValuesHolds() {
        // 3 / 2.5 - 1 = 20% against a stated 21%: a gap of one point, which doubles compute as 1.0000000000000036
        KnowledgeStore store = AuditFixtures.corpus(dir);
        Article e = AuditFixtures.write(dir, "e_2021-02-01.txt", "2021-02-01",
                "2019年全国跨境电商进出口2.5万亿元。2020年进出口3万亿元，同比增长21%。");
        new AuditFixtures.Facts(e).figure(AuditFixtures.MEASURE, "2.5万亿元", Unit.CNY, Qualifier.EXACT,
                        Period.year(2019), AuditFixtures.CHINA, "2019年全国跨境电商进出口2.5万亿元")
                .figure(AuditFixtures.MEASURE, "3万亿元", Unit.CNY, Qualifier.EXACT, Period.year(2020),
                        AuditFixtures.CHINA, "2020年进出口3万亿元")
                .figure(AuditFixtures.GROWTH, "21%", Unit.PERCENT, Qualifier.EXACT, Period.year(2020),
                        AuditFixtures.CHINA, "同比增长21%").store(store);
        Finding f = result(store, "growth-matches-values").findings().stream()
                .filter(x -> x.text().contains("stated growth 21%")).findFirst().orElseThrow();
        assertEquals(Finding.Status.HOLDS, f.status(), f.text());
        assertTrue(f.text().endsWith("3000000000000 / 2500000000000 (2019) gives 20%"), f.text());
    }

    @Test
    void aRateOfExportsIsComparedWithExportsNotWithTheWholeTrade() {
        KnowledgeStore store = AuditFixtures.corpus(dir);
        Article d = AuditFixtures.write(dir, "d_2022-07-01.txt", "2022-07-01",
                "2021年全国跨境电商出口1.44万亿元，同比增长24.5%。2020年出口1.12万亿元。");
        new AuditFixtures.Facts(d).figure("跨境电商出口额", "1.44万亿元", Unit.CNY, Qualifier.EXACT, Period.year(2021),
                        AuditFixtures.CHINA, "2021年全国跨境电商出口1.44万亿元")
                .figure("跨境电商出口额增速", "24.5%", Unit.PERCENT, Qualifier.EXACT, Period.year(2021),
                        AuditFixtures.CHINA, "同比增长24.5%")
                .figure("跨境电商出口额", "1.12万亿元", Unit.CNY, Qualifier.EXACT, Period.year(2020),
                        AuditFixtures.CHINA, "2020年出口1.12万亿元").store(store);
        CheckResult r = result(store, "growth-matches-values");
        // 1.44 / 1.12 - 1 = 28.6%: more than a point from 24.5%, so the rate is checked against exports alone; paired
        // with the whole trade (2.35 / 2.1 → 11.9%) it would fail differently, and no finding may say so
        List<Finding> exports = r.findings().stream().filter(f -> f.text().startsWith("跨境电商出口额")).toList();
        assertEquals(1, exports.size(), r.findings().toString());
        assertTrue(exports.get(0).text().endsWith("gives 28.6%"), exports.get(0).text());
        assertTrue(r.findings().stream().noneMatch(f -> f.text().contains("stated growth 24.5%")
                && f.text().startsWith("跨境电商进出口额")), r.findings().toString());
    }

    @Test
    void theZonesOfSomeBatchesAreNoPlacesZoneCount() {
        KnowledgeStore store = AuditFixtures.corpus(dir);
        Article d = AuditFixtures.write(dir, "d_2022-07-01.txt", "2022-07-01", "安徽省前五批有1个综试区。");
        new AuditFixtures.Facts(d).figure("前五批跨境电商综试区数量", "1个", Unit.COUNT, Qualifier.EXACT,
                Period.asOf(LocalDate.of(2022, 7, 1)), AuditFixtures.ANHUI, "安徽省前五批有1个综试区").store(store);
        CheckResult r = result(store, "area-zone-count");
        assertEquals(0, r.count(Finding.Status.FAILS), r.findings().toString());
    }

    @Test
    void aFigureAboutTheFutureIsCaught() {
        KnowledgeStore store = AuditFixtures.corpus(dir);
        Article d = AuditFixtures.write(dir, "d_2022-07-01.txt", "2022-07-01", "2023年跨境电商进出口3万亿元。");
        new AuditFixtures.Facts(d).figure(AuditFixtures.MEASURE, "3万亿元", Unit.CNY, Qualifier.EXACT,
                Period.year(2023), AuditFixtures.CHINA, "2023年跨境电商进出口3万亿元").store(store);
        Finding f = only(result(store, "period-not-after-article"), Finding.Status.FAILS);
        assertEquals(List.of("d_2022-07-01.txt"), f.articles());
    }

    @Test
    void aFigureOfNoKnownMeasureAboutTheFutureIsCaughtToo() {
        // The unclassified measure has no cell in the derived graph: its figures are read one by one.
        KnowledgeStore store = AuditFixtures.corpus(dir);
        Article d = AuditFixtures.write(dir, "d_2022-07-01.txt", "2022-07-01", "2023年某新业态交易额5亿元。");
        new AuditFixtures.Facts(d).figure("某新业态交易额", "5亿元", Unit.CNY, Qualifier.EXACT, Period.year(2023),
                AuditFixtures.CHINA, "2023年某新业态交易额5亿元").store(store);
        Finding f = only(result(store, "period-not-after-article"), Finding.Status.FAILS);
        assertEquals(List.of("d_2022-07-01.txt"), f.articles());
        assertTrue(f.text().startsWith("figure \"5亿元\" is about 2023, which begins 2023-01-01"), f.text());
    }

    @Test
    void onlyTheArticlesPublishedBeforeThePeriodFailWhenOthersStateTheSameFigureLater() {
        KnowledgeStore store = AuditFixtures.corpus(dir);
        Article early = AuditFixtures.write(dir, "e_2022-07-01.txt", "2022-07-01", "2023年跨境电商进出口3万亿元。");
        Article late = AuditFixtures.write(dir, "l_2024-01-20.txt", "2024-01-20", "2023年跨境电商进出口3万亿元。");
        for (Article a : List.of(early, late)) {
            new AuditFixtures.Facts(a).figure(AuditFixtures.MEASURE, "3万亿元", Unit.CNY, Qualifier.EXACT,
                    Period.year(2023), AuditFixtures.CHINA, "2023年跨境电商进出口3万亿元").store(store);
        }
        CheckResult r = result(store, "period-not-after-article");
        assertEquals(List.of("e_2022-07-01.txt"), only(r, Finding.Status.FAILS).articles());
        assertTrue(only(r, Finding.Status.HOLDS).text().startsWith("10 dated figure(s) checked"),
                only(r, Finding.Status.HOLDS).text());
    }

    @Test
    void aForecastAboutTheFutureIsNoFinding() {
        KnowledgeStore store = AuditFixtures.corpus(dir);
        Article d = AuditFixtures.write(dir, "d_2022-07-01.txt", "2022-07-01", "预计2023年跨境电商进出口3万亿元。");
        new AuditFixtures.Facts(d).figure(AuditFixtures.MEASURE + "（预测）", "3万亿元", Unit.CNY, Qualifier.EXACT,
                Outlook.FORECAST, Period.year(2023), AuditFixtures.CHINA, "预计2023年跨境电商进出口3万亿元").store(store);
        assertTrue(result(store, "period-not-after-article").findings().stream()
                .noneMatch(f -> f.articles().contains("d_2022-07-01.txt")));
    }

    @Test
    void aPlaceWithMoreZonesListedThanStatedIsCaught() {
        KnowledgeStore store = AuditFixtures.corpus(dir);
        Article d = AuditFixtures.write(dir, "d_2022-07-01.txt", "2022-07-01", "安徽省共有1个综试区。");
        new AuditFixtures.Facts(d).figure("跨境电商综试区数量", "1个", Unit.COUNT, Qualifier.EXACT,
                Period.asOf(LocalDate.of(2022, 7, 1)), AuditFixtures.ANHUI, "安徽省共有1个综试区").store(store);
        Finding f = only(result(store, "area-zone-count"), Finding.Status.FAILS);
        assertEquals("安徽省 is said to have 1 zone(s); 2 are listed in it", f.text());
    }

    @Test
    void fewerZonesListedThanStatedIsIncompleteNotWrong() {
        Finding f = only(result(AuditFixtures.corpus(dir), "area-zone-count"), Finding.Status.INCOMPLETE);
        assertEquals("安徽省 is said to have 3 zone(s); 2 are listed in it", f.text());
    }

    @Test
    void everyShippedCheckFileIsListed() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries/checks"))) {
            assertEquals(ConsistencyChecks.SHIPPED.stream().sorted().toList(), files
                    .map(f -> f.getFileName().toString().replaceFirst("\\.rq$", "")).sorted().toList());
        }
    }

    @Test
    void everyCheckSaysWhatItChecks() {
        ConsistencyChecks.shipped().forEach(c -> {
            assertFalse(c.title().equals(c.name()), c.name() + " has no '# name: title' line");
            assertTrue(c.description().length() > 40, c.name());
        });
    }
}
