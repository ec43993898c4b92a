package org.cbeckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.cbeckg.model.IndicatorFact;
import org.cbeckg.model.MeasureKey;
import org.cbeckg.model.Outlook;
import org.cbeckg.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * The measure keys the indicator extractor gives figures, on sentences written for these tests: a key is the path of
 * its parts (base/scopes/derivation/outlook), never a phrase made up from the clause.
 */
class MeasureKeysTest {

    private static final IndicatorExtractor EXTRACTOR = new IndicatorExtractor();

    private static List<IndicatorFact> extract(String... paragraphs) {
        Article a = TestArticles.of(LocalDate.of(2024, 3, 15), paragraphs);
        return EXTRACTOR.extract(a, HandUpstream.empty(a));
    }

    private static IndicatorFact find(List<IndicatorFact> facts, String value, Unit unit) {
        return facts.stream().filter(f -> f.unit() == unit && f.value().compareTo(new BigDecimal(value)) == 0)
                .findFirst().orElseThrow(() -> new AssertionError("no " + value + " " + unit + " in " + facts));
    }

    private static String path(List<IndicatorFact> facts, String value, Unit unit) {
        return find(facts, value, unit).measure().path();
    }

    @Test
    void theGrowthOfExportsIsDerivedFromTheExportsJustStated() {
        List<IndicatorFact> facts = extract("2023年，湖南省跨境电商出口386.5亿元，同比增长21.4%。");
        MeasureKey exports = find(facts, "38650000000", Unit.CNY).measure();
        MeasureKey growth = find(facts, "21.4", Unit.PERCENT).measure();
        assertEquals("cbec-trade-value/export", exports.path());
        assertEquals("cbec-trade-value/export/growth", growth.path());
        assertEquals("跨境电商出口额增速", growth.labelZh());
        assertEquals(Optional.of(exports), growth.broader());
    }

    @Test
    void theShareOfB2bExportsNamesItsWhole() {
        List<IndicatorFact> facts = extract("2023年，全市跨境电商B2B出口占跨境电商出口的比重达到63%。");
        IndicatorFact share = find(facts, "63", Unit.PERCENT);
        assertEquals("cbec-trade-value/b2b/export/share-of-cbec-trade-value-export", share.measure().path());
        assertEquals("跨境电商B2B出口占跨境电商出口比重", share.measureLabel());
    }

    @Test
    void aShareOfTheNationalTotalIsOfTheSameMeasure() {
        List<IndicatorFact> facts = extract("2023年，江西省跨境电商进出口412亿元，约占全国的2%。");
        assertEquals("cbec-trade-value/share-of-country", path(facts, "2", Unit.PERCENT));
    }

    @Test
    void aShareOfForeignTradeChangesInPercentagePoints() {
        List<IndicatorFact> facts = extract("2023年，全省跨境电商进出口占外贸的比重较上年提高1.8个百分点。");
        assertEquals("cbec-trade-value/share-change-of-goods-trade-value",
                path(facts, "1.8", Unit.PERCENTAGE_POINT));
    }

    @Test
    void aChangeInTheGrowthRateIsAMeasureOfItsOwn() {
        List<IndicatorFact> facts = extract("2023年，全省跨境电商增速比上年回落3.2个百分点。");
        assertEquals("cbec-trade-value/growth-change", path(facts, "-3.2", Unit.PERCENTAGE_POINT));
    }

    @Test
    void aMultipleIsOfTheLevelItsClauseNames() {
        List<IndicatorFact> facts = extract("五年来，全市跨境电商交易额增长了4.2倍。");
        IndicatorFact multiple = find(facts, "4.2", Unit.TIMES);
        assertEquals("cbec-transaction-value/multiple", multiple.measure().path());
        assertEquals("跨境电商交易额增长倍数", multiple.measureLabel());
    }

    @Test
    void monthOnMonthAndAverageGrowthAreMeasuresOfTheirOwn() {
        List<IndicatorFact> facts = extract("2月份，全省跨境电商进出口52亿元，环比增长6.3%。",
                "“十四五”以来，全省跨境电商进出口年均增长27%。");
        assertEquals("cbec-trade-value/growth-mom", path(facts, "6.3", Unit.PERCENT));
        assertEquals("cbec-trade-value/average-growth", path(facts, "27", Unit.PERCENT));
    }

    @Test
    void aForecastIsAMeasureOfItsOwnAndStillCarriesItsOutlook() {
        List<IndicatorFact> facts = extract("预计到2026年，全省跨境电商交易额将突破2000亿元。");
        IndicatorFact forecast = find(facts, "200000000000", Unit.CNY);
        assertEquals("cbec-transaction-value/forecast", forecast.measure().path());
        assertEquals("跨境电商交易额（预测）", forecast.measureLabel());
        assertEquals(Outlook.FORECAST, forecast.outlook());
        assertEquals(Optional.of("cbec-transaction-value"), forecast.measure().broader().map(MeasureKey::path));
    }

    @Test
    void theZonesOfTheFirstBatchesAreAScopeOfTheZoneCount() {
        List<IndicatorFact> facts = extract("截至目前，前六批132个综试区已覆盖全国30个省份。");
        assertEquals("cbec-pilot-zones/batches-1-6", path(facts, "132", Unit.COUNT));
    }

    @Test
    void zonesAnEvaluationRatedAreAScopeOfTheZoneCountNotTheTotal() {
        List<IndicatorFact> facts = extract("在年度评估中，全国共有12个综试区评估为“成效明显”。");
        IndicatorFact rated = find(facts, "12", Unit.COUNT);
        assertEquals("cbec-pilot-zones/rated-marked-results", rated.measure().path());
        assertEquals("评估为成效明显的跨境电商综试区数量", rated.measureLabel());
    }

    @Test
    void whatTheVocabularyLacksIsUnclassifiedWithTheClausesWordsAsNote() {
        List<IndicatorFact> facts = extract("2023年，全县新增直播电商主播3200名，带动农产品网络销售额增长35%。");
        IndicatorFact hosts = find(facts, "3200", Unit.COUNT);
        assertEquals(MeasureKey.UNCLASSIFIED, hosts.measure());
        assertEquals("未分类指标", hosts.measureLabel());
        assertTrue(hosts.measureNote().contains("主播"), hosts::measureNote);
    }

    @Test
    void aClassifiedFigureHasNoNote() {
        List<IndicatorFact> facts = extract("截至2023年底，全省共有海外仓86个。");
        IndicatorFact warehouses = find(facts, "86", Unit.COUNT);
        assertEquals("overseas-warehouses", warehouses.measure().path());
        assertNull(warehouses.measureNote());
    }
}
