package org.cbeckg.extract;

import static org.cbeckg.extract.IndicatorFixture.EXTRACTOR;
import static org.cbeckg.extract.IndicatorFixture.extract;
import static org.cbeckg.extract.IndicatorFixture.find;
import static org.cbeckg.extract.IndicatorFixture.period;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.cbeckg.model.FactKind;
import org.cbeckg.model.IndicatorFact;
import org.cbeckg.model.MeasureKey;
import org.cbeckg.model.Outlook;
import org.cbeckg.model.Qualifier;
import org.cbeckg.model.Unit;
import org.junit.jupiter.api.Test;

/** The extractor on sentences written for these tests: other provinces, years, ministries and figures. */
class IndicatorExtractorTest {

    @Test
    void provincialQuarterlyFiguresWithBreakdownAndShare() {
        List<IndicatorFact> facts = extract(LocalDate.of(2023, 10, 25), new String[] {"张明远"},
                "广东省商务厅副厅长张明远表示，今年前三季度，全省跨境电商进出口6500.2亿元，同比增长12.3%，占全国的比重超过三成。"
                        + "其中，出口4800亿元，增长15.1%；进口1700.2亿元，下降3.2%。");
        IndicatorFact total = find(facts, "650020000000", Unit.CNY);
        assertEquals("跨境电商进出口额", total.measureLabel());
        assertEquals("2023-01/2023-09", period(total));
        assertEquals("广东省", total.area().name());
        assertEquals("张明远", total.speaker().name());
        IndicatorFact growth = find(facts, "12.3", Unit.PERCENT);
        assertEquals("跨境电商进出口额增速", growth.measureLabel());
        assertEquals("同比", growth.growthBase());
        IndicatorFact share = find(facts, "0.3", Unit.RATIO);
        assertEquals("跨境电商进出口占全国比重", share.measureLabel());
        assertEquals(Qualifier.MORE_THAN, share.qualifier());
        IndicatorFact exports = find(facts, "480000000000", Unit.CNY);
        assertEquals("跨境电商出口额", exports.measureLabel());
        assertEquals("2023-01/2023-09", period(exports));
        IndicatorFact importFall = find(facts, "-3.2", Unit.PERCENT);
        assertEquals("跨境电商进口额增速", importFall.measureLabel());
        assertEquals("广东省", importFall.area().name());
        assertEquals(7, facts.size(), facts::toString);
    }

    @Test
    void monthOnMonthGrowthCityStocksAndSquareMetres() {
        List<IndicatorFact> facts = extract(LocalDate.of(2024, 4, 15), new String[] {},
                "3月份，深圳市跨境电商出口额环比增长8.5%。截至3月底，全市共建成海外仓120个，面积超过300万平方米。");
        IndicatorFact rate = find(facts, "8.5", Unit.PERCENT);
        assertEquals("跨境电商出口额环比增速", rate.measureLabel());
        assertEquals("cbec-trade-value/export/growth-mom", rate.measure().path());
        assertEquals("环比", rate.growthBase());
        assertEquals("2024-03", period(rate));
        assertEquals("深圳市", rate.area().name());
        IndicatorFact area = find(facts, "3000000", Unit.SQUARE_METRE);
        assertEquals("海外仓面积", area.measureLabel());
        assertEquals("as_of_2024-03-31", period(area));
        assertEquals("深圳市", area.area().name());
        assertEquals("海外仓数量", find(facts, "120", Unit.COUNT).measureLabel());
    }

    @Test
    void aCountOfTheCitiesOfABatchIsTheBatchCountAgain() {
        List<IndicatorFact> facts = extract(LocalDate.of(2021, 6, 10), new String[] {},
                "国务院日前批复同意在太原等18个城市设立跨境电子商务综合试验区。",
                "业内人士认为，此次获批的18个城市既有中部省会，也有沿边口岸城市；18个城市中，江苏7个。");
        List<IndicatorFact> eighteen = facts.stream().filter(f -> f.value().intValue() == 18).toList();
        assertEquals(1, eighteen.size(), facts::toString);
        assertEquals("新设跨境电商综试区数量", eighteen.get(0).measureLabel());
        assertEquals("2021", period(eighteen.get(0)));
        IndicatorFact jiangsu = find(facts, "7", Unit.COUNT);
        assertTrue(jiangsu.measure().isUnclassified(), jiangsu::toString);
        assertEquals("城市数量", jiangsu.measureNote());
    }

    @Test
    void aBareAmountOfPeopleIsACount() {
        IndicatorFact f = find(extract(LocalDate.of(2023, 3, 1), new String[] {},
                "参与跨境电商进口的消费者人数稳步增长，2022年达到1.4亿。"), "140000000", Unit.COUNT);
        assertEquals("消费者人数", f.measureLabel());
        assertEquals("2022", period(f));
    }

    @Test
    void aMeasureOutsideTheVocabularyIsUnclassifiedWithItsWholeWordsAsNote() {
        List<IndicatorFact> facts = extract(LocalDate.of(2023, 9, 1), new String[] {},
                "此次入选的12个城市既有东部沿海城市，也有西部内陆城市。随着舟山、湖州等4市获批，全省实现全覆盖。",
                "杭州市出台支持外贸新业态加快发展的具体措施20项。",
                "全市建成跨境电商产业园8个，总面积约20万平方米。");
        assertEquals("城市数量", find(facts, "12", Unit.COUNT).measureNote());
        assertEquals("城市数量", find(facts, "4", Unit.COUNT).measureNote());
        assertEquals("具体措施数量", find(facts, "20", Unit.COUNT).measureNote());
        assertEquals(MeasureKey.UNCLASSIFIED, find(facts, "20", Unit.COUNT).measure());
        // the area of the parks just counted is in the vocabulary
        assertEquals("跨境电商产业园区面积", find(facts, "200000", Unit.SQUARE_METRE).measureLabel());
        assertNull(find(facts, "200000", Unit.SQUARE_METRE).measureNote());
    }

    @Test
    void dollarsAndDecline() {
        List<IndicatorFact> facts = extract(LocalDate.of(2024, 5, 10), new String[] {},
                "今年一季度，四川省跨境电商交易额达12.5亿美元，同比下降4.1%。");
        IndicatorFact value = find(facts, "1250000000", Unit.USD);
        assertEquals("2024-Q1", period(value));
        assertEquals("四川省", value.area().name());
        assertEquals("跨境电商交易额", value.measureLabel());
        assertEquals("cbec-transaction-value/growth", find(facts, "-4.1", Unit.PERCENT).measure().path());
        assertEquals("2024-Q1", period(find(facts, "-4.1", Unit.PERCENT)));
    }

    @Test
    void rangeIsItsLowerEndAtLeast() {
        List<IndicatorFact> facts = extract(LocalDate.of(2024, 7, 20), new String[] {},
                "上半年，江苏跨境电商进出口增长10%—15%。");
        IndicatorFact f = find(facts, "10", Unit.PERCENT);
        assertEquals(Qualifier.AT_LEAST, f.qualifier());
        assertEquals("2024-H1", period(f));
        assertEquals("江苏省", f.area().name());
        assertEquals("跨境电商进出口额增速", f.measureLabel());
    }

    @Test
    void figureRepeatedFromTheQuestionIsStatedOnce() {
        List<IndicatorFact> facts = extract(LocalDate.of(2024, 6, 20), new String[] {"何亚东"},
                "有记者提问：今年前5个月我国跨境电商进出口1.1万亿元，下一步商务部有何举措？",
                "商务部新闻发言人何亚东表示，据海关统计，今年前5个月，我国跨境电商进出口1.1万亿元，增长10.5%。");
        IndicatorFact f = find(facts, "1100000000000", Unit.CNY);
        assertTrue(f.evidence().exact().startsWith("我国跨境电商进出口"));
        assertEquals("2024-01/2024-05", period(f));
        assertEquals("何亚东", f.speaker().name());
        assertEquals(2, facts.size(), facts::toString);
    }

    @Test
    void documentTitleCopyMergesWithTheStatement() {
        List<IndicatorFact> facts = extract(LocalDate.of(2022, 12, 1), new String[] {},
                "日前，国务院印发《关于同意在廊坊等33个城市和地区设立跨境电子商务综合试验区的批复》，同意在廊坊市、沧州市等33个城市和地区"
                        + "设立跨境电子商务综合试验区。至此，我国跨境电商综试区已达165个。");
        IndicatorFact added = find(facts, "33", Unit.COUNT);
        assertEquals("新设跨境电商综试区数量", added.measureLabel());
        assertEquals("2022", period(added));
        IndicatorFact total = find(facts, "165", Unit.COUNT);
        assertEquals("跨境电商综试区数量", total.measureLabel());
        assertEquals("as_of_2022-12-01", period(total));
        assertEquals(2, facts.size(), facts::toString);
    }

    @Test
    void datesOrdinalsBatchesListsAndCodesAreNoIndicators() {
        List<IndicatorFact> facts = extract(LocalDate.of(2023, 3, 1), new String[] {},
                "2015年3月7日，国务院批复设立中国（杭州）跨境电子商务综合试验区，这是全国第一个综试区。",
                "国务院先后分七批设立综试区，依据国函〔2022〕8号文件。主要有三个特点：",
                "一是覆盖面广。二是B2B出口占比高。一批企业成为行业龙头，作为一项重要举措。");
        assertEquals(List.of(), facts);
    }

    @Test
    void figureWithoutTimeHasNoPeriodAndFallbackMeasureNamesTheNoun() {
        List<IndicatorFact> facts = extract(LocalDate.of(2023, 9, 1), new String[] {},
                "苏州市培育跨境电商知名品牌50个。");
        IndicatorFact f = find(facts, "50", Unit.COUNT);
        assertNull(f.period());
        assertEquals("苏州市", f.area().name());
        assertFalse(f.measureLabel().isBlank());
    }

    @Test
    void targetsAndForecastsAreKeptWithTheirOutlookInTheLabel() {
        List<IndicatorFact> facts = extract(LocalDate.of(2024, 7, 25), new String[] {},
                "下一步，全省将力争到2025年跨境电商交易额突破1500亿元，培育100家以上龙头企业。预计全年出口增长8%左右。");
        IndicatorFact goal = find(facts, "150000000000", Unit.CNY);
        assertTrue(goal.measureLabel().endsWith("（目标）"), goal::measureLabel);
        assertEquals(Outlook.TARGET, goal.outlook());
        assertEquals("2025", period(goal));
        IndicatorFact firms = find(facts, "100", Unit.COUNT);
        assertEquals(Outlook.TARGET, firms.outlook());
        assertTrue(firms.measureNote().endsWith("（目标）"), firms::measureNote);
        IndicatorFact expected = find(facts, "8", Unit.PERCENT);
        assertTrue(expected.measureLabel().endsWith("（预测）"), expected::measureLabel);
        assertEquals(Outlook.FORECAST, expected.outlook());
        assertEquals(Qualifier.APPROX, expected.qualifier());
        assertEquals(3, facts.size(), facts::toString);
    }

    @Test
    void aForecastRangeIsItsLowerBoundAndARecordBeforeTheForecastWordStaysARecord() {
        List<IndicatorFact> facts = extract(LocalDate.of(2021, 3, 2), new String[] {},
                "2020年，全省跨境电商企业达到1200家，业内人士预计，今后三年全省跨境电商进出口额年均增速将保持在15%—25%，"
                        + "到2023年占全省外贸的比重有望提高到四分之一左右，另有数十家企业正在筹备上市。");
        IndicatorFact firms = find(facts, "1200", Unit.COUNT);
        assertFalse(firms.measureLabel().contains("（"), firms::measureLabel);
        assertEquals(Outlook.RECORD, firms.outlook());
        IndicatorFact range = find(facts, "15", Unit.PERCENT);
        assertEquals(Qualifier.AT_LEAST, range.qualifier());
        assertTrue(range.measureLabel().endsWith("（预测）"), range::measureLabel);
        IndicatorFact share = find(facts, "0.25", Unit.RATIO);
        assertEquals("2023", period(share));
        assertTrue(share.measureLabel().endsWith("（预测）"), share::measureLabel);
        assertEquals(3, facts.size(), facts::toString);
    }

    @Test
    void aTallyOfWhatWasJustApprovedIsAStockNotAForecast() {
        List<IndicatorFact> facts = extract(LocalDate.of(2022, 11, 28), new String[] {},
                "加上本次获批的33个城市和地区，全国跨境电商综试区总数将达到165个。");
        IndicatorFact total = find(facts, "165", Unit.COUNT);
        assertFalse(total.measureLabel().contains("（"), total::measureLabel);
        assertEquals(Outlook.RECORD, total.outlook());
        assertEquals("as_of_2022-11-28", period(total));
    }

    @Test
    void shareNamesItsWholeAndCountNamesItsNoun() {
        List<IndicatorFact> facts = extract(LocalDate.of(2024, 3, 20), new String[] {},
                "2023年，我国跨境电商进出口2.38万亿元，占同期货物贸易进出口总值的5.7%。目前，我国跨境电商主体已超10万家，"
                        + "建设独立站超20万个。");
        assertEquals("跨境电商进出口占货物贸易进出口比重", find(facts, "5.7", Unit.PERCENT).measureLabel());
        assertEquals("独立站数量", find(facts, "200000", Unit.COUNT).measureNote());
        assertEquals("跨境电商企业数量", find(facts, "100000", Unit.COUNT).measureLabel());
    }

    @Test
    void thresholdsAndPerItemLimitsAreNoIndicators() {
        List<IndicatorFact> facts = extract(LocalDate.of(2023, 5, 8), new String[] {},
                "目前，全省营业收入超过5亿元的跨境电商企业有45家，员工人数在500人以上的企业不到20家。",
                "每笔货值在2000元（含）以下的包裹可简化申报，单件商品价值超过人民币3000元的须按一般贸易申报。",
                "今年一季度，宁波和金华跨境电商进出口均突破200亿元，全省超过三分之二的企业实现增长。");
        assertEquals(45, find(facts, "45", Unit.COUNT).value().intValue());
        assertEquals(Qualifier.LESS_THAN, find(facts, "20", Unit.COUNT).qualifier());
        assertEquals(Qualifier.MORE_THAN, find(facts, "0.6667", Unit.RATIO).qualifier());
        assertEquals(3, facts.size(), facts::toString);
    }

    @Test
    void declaresItsContract() {
        assertEquals(FactKind.INDICATOR, EXTRACTOR.produces());
        assertEquals(java.util.Set.of(FactKind.PLACE, FactKind.PERSON), EXTRACTOR.requires());
    }
}
