package org.cbeckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.cbeckg.model.BatchFact;
import org.cbeckg.model.Place;
import org.junit.jupiter.api.Test;

class BatchExtractorTest {

    private static final LocalDate NOV_2022 = LocalDate.of(2022, 11, 28);

    private static List<BatchFact> batches(LocalDate published, String... paragraphs) {
        return ExtractorFixture.run(published, paragraphs).batches();
    }

    private static BatchFact only(List<BatchFact> found) {
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    /** ordinal/count/cumulative/approved, as the gold files write them. */
    private static String key(BatchFact b) {
        return b.ordinal() + "/" + b.count() + "/" + b.cumulative() + "/" + b.approved();
    }

    @Test
    void aProvincesFirstZoneIsNoFirstBatch() {
        assertTrue(batches(NOV_2022, "苏州综试区于2016年获批，是全省首个跨境电商综试区。").isEmpty());
    }

    @Test
    void aFirstZoneOfANamedProvinceOrCityIsNoFirstBatch() {
        assertTrue(batches(NOV_2022, "作为广东首个综试区，广州综试区发展领先。").isEmpty());
        assertTrue(batches(NOV_2022, "深圳市的第一个跨境电商综试区建设提速。").isEmpty());
        assertEquals(List.of("1/1/1/2015"), batches(NOV_2022, "2015年，国家在杭州设立全国首个跨境电商综试区。").stream()
                .map(BatchExtractorTest::key).toList());
    }

    @Test
    void anApprovalOfHangzhousZoneAloneIsTheFirstBatch() {
        BatchFact b = only(batches(LocalDate.of(2025, 3, 1), "2015年3月7日，国务院批复同意设立中国（杭州）跨境电子商务综合试验区。"));
        assertEquals("1/1/1/2015-03-07", key(b));
        assertEquals(List.of("杭州市"), b.cities().stream().map(Place::name).toList());
    }

    @Test
    void theFirstZoneTakesARelativeDate() {
        assertEquals("1/1/1/2015-03", key(only(batches(LocalDate.of(2015, 6, 20), "今年3月，国务院批复设立全国首个跨境电商综试区。"))));
    }

    @Test
    void aSeriesTakesItsTotalFromTheNextClause() {
        assertEquals("7/null/165/null", key(only(batches(LocalDate.of(2025, 3, 1), "十年来，综试区先后分七批设立，总数增至165个。"))));
    }

    @Test
    void recentApprovalIsTheArticlesBatch() {
        BatchFact b = only(batches(NOV_2022, "国务院近日批复同意在廊坊市、沧州市、运城市等33个城市和地区设立跨境电子商务综合试验区。"));
        assertEquals("null/33/null/2022", key(b));
        assertEquals(List.of("廊坊市", "沧州市", "运城市"), b.cities().stream().map(Place::name).toList());
    }

    @Test
    void statedOrdinalAndNationalTotalJoinTheArticlesBatch() {
        BatchFact b = only(batches(NOV_2022,
                "日前，国务院同意在廊坊市等33个城市和地区设立跨境电子商务综合试验区。这是第七批跨境电商综试区。",
                "截至目前，全国跨境电商综试区总数达到165个。"));
        assertEquals("7/33/165/2022", key(b));
    }

    @Test
    void ordinalInsideTheApprovalSentence() {
        BatchFact b = only(batches(NOV_2022, "国务院同意在廊坊市等三十三个城市和地区设立第七批跨境电子商务综合试验区。"));
        assertEquals("7/33/null/2022", key(b));
    }

    @Test
    void copyingTheEarlierBatchesImpliesTheOrdinal() {
        BatchFact b = only(batches(NOV_2022, "国务院近日批复同意在廊坊市等33个城市和地区设立跨境电子商务综合试验区。",
                "本批33个城市和地区将复制推广前六批综合试验区成熟经验做法。"));
        assertEquals(7, b.ordinal());
    }

    @Test
    void explicitDateWinsOverThePublicationYear() {
        BatchFact b = only(batches(LocalDate.of(2022, 2, 10),
                "2022年1月22日，国务院印发《国务院关于同意在鄂尔多斯等27个城市和地区设立跨境电子商务综合试验区的批复》。"));
        assertEquals("null/27/null/2022-01-22", key(b));
        assertEquals("国务院关于同意在鄂尔多斯等27个城市和地区设立跨境电子商务综合试验区的批复", b.document());
    }

    @Test
    void theApprovalsOwnDateBeatsTheDayItsReplyWasPublished() {
        BatchFact b = only(batches(LocalDate.of(2021, 3, 20),
                "3月18日，中国政府网刊发《国务院关于同意在宜昌等10个城市设立跨境电子商务综合试验区的批复》。"
                        + "根据批复，国务院于3月9日同意在宜昌市、襄阳市等10个城市设立跨境电子商务综合试验区。"));
        assertEquals("null/10/null/2021-03-09", key(b));
    }

    @Test
    void thePublicationDayDatesABatchWhenNothingElseDoes() {
        BatchFact b = only(batches(LocalDate.of(2021, 3, 20),
                "3月18日，中国政府网公布《国务院关于同意在宜昌等10个城市设立跨境电子商务综合试验区的批复》。"));
        assertEquals("null/10/null/2021-03-18", key(b));
    }

    @Test
    void lastYearWithAMonthIsAnEarlierBatchOfThatMonth() {
        BatchFact b = only(batches(LocalDate.of(2023, 3, 1),
                "去年12月，国务院批复同意在宜昌市等10个城市设立第八批跨境电商综试区。"));
        assertEquals("8/10/null/2022-12", key(b));
        assertEquals("宜昌市", b.cities().get(0).name());
    }

    @Test
    void theCityAfterWhichABatchComesIsOfTheBatchBefore() {
        List<BatchFact> found = batches(LocalDate.of(2016, 1, 20),
                "继杭州先行先试之后，天津、上海等地入选第二批跨境电商综试区。早在2015年3月，杭州便获批设立跨境电子商务综合试验区。");
        assertEquals(2, found.size(), found.toString());
        assertEquals("1/1/1/2015-03", key(found.get(0)));
        assertEquals(List.of("杭州市"), found.get(0).cities().stream().map(Place::name).toList());
        assertEquals(List.of("天津市", "上海市"), found.get(1).cities().stream().map(Place::name).toList());
    }

    @Test
    void aSeriesToldBatchByBatch() {
        List<BatchFact> found = batches(LocalDate.of(2020, 6, 1),
                "2015年杭州设立全国第一个跨境电商综试区后，国务院又分别于2016年1月和2018年7月分两批在合肥等12个城市、"
                        + "南京等22个城市设立了综试区。");
        assertEquals(List.of("1/1/1/2015", "2/12/null/2016-01", "3/22/null/2018-07"),
                found.stream().map(BatchExtractorTest::key).toList());
        assertEquals("南京市", found.get(2).cities().get(0).name());
        assertEquals(List.of("1/12/null/null", "2/22/null/null"), batches(NOV_2022,
                "此前，国务院已分两批在合肥等12个城市、南京等22个城市设立综试区。").stream().map(BatchExtractorTest::key).toList());
        assertEquals("2/null/13/null", key(only(batches(NOV_2022, "此前，国务院已分两批在杭州、天津等13个城市设立了综试区。"))));
    }

    @Test
    void theTotalANewBatchAddsToIsTheBatchBefore() {
        List<BatchFact> found = batches(LocalDate.of(2019, 12, 30),
                "会议决定，在已设立35个跨境电商综试区的基础上，再新设24个综试区。这是我国第四批综试区。");
        assertEquals("3/null/35/null", key(found.get(0)));
        assertEquals(4, found.get(1).ordinal());
    }

    @Test
    void theFirstBatchesWithAVerbBeforeTheirTotal() {
        assertEquals("4/null/59/null", key(only(batches(NOV_2022, "国务院前四批共设立59个综试区。"))));
    }

    @Test
    void pastApprovalIsANumberedBatchWithItsOwnDate() {
        BatchFact b = only(batches(NOV_2022, "2020年4月，国务院同意在雄安新区、大同市等46个城市和地区设立第五批跨境电子商务综合试验区。"));
        assertEquals("5/46/null/2020-04", key(b));
    }

    @Test
    void firstBatchByOrdinal() {
        BatchFact b = only(batches(NOV_2022, "2015年，杭州成为第一批跨境电子商务综合试验区。"));
        assertEquals("1/null/null/2015", key(b));
        assertEquals("杭州市", b.cities().get(0).name());
    }

    @Test
    void firstZoneIsBatchOneWithOneZone() {
        BatchFact b = only(batches(NOV_2022, "自2015年在杭州设立首个跨境电商综试区以来，综试区建设不断推进。"));
        assertEquals("1/1/1/2015", key(b));
    }

    @Test
    void firstNBatchesWithTheirTotal() {
        BatchFact b = only(batches(NOV_2022, "商务部对前六批132个跨境电商综试区开展评估。"));
        assertEquals("6/null/132/null", key(b));
    }

    @Test
    void seriesOfBatchesWithTheirTotal() {
        BatchFact b = only(batches(NOV_2022, "从2015年至今，国务院先后七批设立了165个跨境电商综试区，覆盖31个省份。"));
        assertEquals("7/null/165/null", key(b));
    }

    @Test
    void pastApprovalTakesItsOrdinalAndTheTotalSoFar() {
        BatchFact b = only(batches(LocalDate.of(2023, 6, 10),
                "2022年11月，国务院同意在廊坊市、包头市等33个城市和地区设立跨境电子商务综合试验区，这是第七批综试区。"
                        + "至此，我国综试区数量增至165个。"));
        assertEquals("7/33/165/2022-11", key(b));
    }

    @Test
    void undatedArticleLeavesRelativeDatesUnknown() {
        Article dated = TestArticles.of(NOV_2022, "国务院近日批复同意在廊坊市等33个城市和地区设立跨境电子商务综合试验区。");
        Article undated = new Article("undated.txt", dated.sha256(), "", List.of(), "", null, List.of(), dated.body(),
                List.of());
        BatchFact b = only(ExtractorFixture.PIPELINE.run(undated).batches());
        assertEquals("null/33/null/null", key(b));
    }

    @Test
    void nationalTotalAloneIsNoBatch() {
        assertTrue(batches(NOV_2022, "商务部表示，全国跨境电商综试区已达165个，基本覆盖全国。").isEmpty());
    }

    @Test
    void provincialTotalIsNotTheCumulative() {
        BatchFact b = only(batches(NOV_2022, "国务院近日批复同意在廊坊市等33个城市和地区设立跨境电子商务综合试验区。",
                "至此，河北省共有跨境电商综试区12个。"));
        assertNull(b.cumulative());
    }

    @Test
    void passiveApprovalNamesTheCities() {
        BatchFact b = only(batches(NOV_2022, "近日，国务院印发《关于同意在廊坊市等33个城市和地区设立跨境电子商务综合试验区的批复》，"
                + "泉州市、漳州市获批设立跨境电子商务综合试验区。"));
        assertEquals(List.of("廊坊市", "泉州市", "漳州市"), b.cities().stream().map(Place::name).toList());
    }

    @Test
    void citiesApprovedInPassingDoNotJoinTheArticlesBatch() {
        BatchFact b = only(batches(NOV_2022, "国务院近日批复同意在廊坊市等33个城市和地区设立跨境电子商务综合试验区。",
                "此前，长沙市、岳阳市已获批建设综试区。"));
        assertEquals(List.of("廊坊市"), b.cities().stream().map(Place::name).toList());
    }

    @Test
    void batchOfSomethingElseIsIgnored() {
        assertTrue(batches(NOV_2022, "第二批跨境电商零售进口试点城市名单公布，首个进口博览会开幕。").isEmpty());
    }

    @Test
    void seed000() {
        assertEquals(List.of("5/null/105/null"), ExtractorFixture.seed("000").batches().stream()
                .map(BatchExtractorTest::key).toList());
    }

    @Test
    void seed001() {
        assertEquals(List.of("null/27/132/2022"), ExtractorFixture.seed("001").batches().stream()
                .map(BatchExtractorTest::key).toList());
    }

    @Test
    void seed002() {
        assertEquals(List.of("1/1/1/2015", "6/27/null/2022"), ExtractorFixture.seed("002").batches().stream()
                .map(BatchExtractorTest::key).toList());
    }

    @Test
    void seed003() {
        assertEquals(List.of("1/1/1/2015", "6/27/132/2022"), ExtractorFixture.seed("003").batches().stream()
                .map(BatchExtractorTest::key).toList());
    }

    @Test
    void seed004() {
        assertEquals(List.of("6/null/132/null"), ExtractorFixture.seed("004").batches().stream()
                .map(BatchExtractorTest::key).toList());
    }
}
