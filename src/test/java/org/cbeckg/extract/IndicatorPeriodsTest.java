package org.cbeckg.extract;

import static org.cbeckg.extract.IndicatorFixture.extract;
import static org.cbeckg.extract.IndicatorFixture.find;
import static org.cbeckg.extract.IndicatorFixture.period;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.cbeckg.model.IndicatorFact;
import org.cbeckg.model.Qualifier;
import org.cbeckg.model.Unit;
import org.junit.jupiter.api.Test;

/** The period of a figure, on sentences written for these tests: spans, stocks, comparisons, frames, plans. */
class IndicatorPeriodsTest {

    @Test
    void newZonesAreCountedInTheApprovalsYear() {
        IndicatorFact decided = find(extract(LocalDate.of(2021, 4, 2), new String[] {},
                "3月12日召开的国务院常务会议决定，再新设20个跨境电商综试区。"), "20", Unit.COUNT);
        assertEquals("新设跨境电商综试区数量", decided.measureLabel());
        assertEquals("2021", period(decided));
        IndicatorFact lastYear = find(extract(LocalDate.of(2021, 1, 5), new String[] {},
                "国务院于11月28日同意在扬州等15个城市设立跨境电子商务综合试验区。"), "15", Unit.COUNT);
        assertEquals("2020", period(lastYear));
    }

    @Test
    void growthOverAStatedYearSpansFromIt() {
        List<IndicatorFact> facts = extract(LocalDate.of(2024, 1, 20), new String[] {},
                "2023年，浙江省跨境电商进出口980亿元，增长8.2%，较2019年增长61.5%。");
        assertEquals("2019/2023", period(find(facts, "61.5", Unit.PERCENT)));
        assertEquals("2023", period(find(facts, "8.2", Unit.PERCENT)));
    }

    @Test
    void growthOverThePreviousYearIsOfTheFiguresYear() {
        List<IndicatorFact> facts = extract(LocalDate.of(2022, 1, 18), new String[] {},
                "2021年，江苏省外贸进出口5.21万亿元，比2020年增长17.1%。其中，出口3.2万亿元，增长18.6%。");
        assertEquals("2021", period(find(facts, "17.1", Unit.PERCENT)));
        assertEquals("2021", period(find(facts, "3200000000000", Unit.CNY)));
        assertEquals("2021", period(find(facts, "18.6", Unit.PERCENT)));
    }

    @Test
    void aChangeToldFromAYearSpansFromIt() {
        List<IndicatorFact> facts = extract(LocalDate.of(2024, 6, 1), new String[] {},
                "苏州跨境电商进出口额从2019年的210亿元增长到2023年的530亿元，增长了1.5倍。");
        assertEquals("2019/2023", period(find(facts, "1.5", Unit.TIMES)));
        assertEquals("2019", period(find(facts, "21000000000", Unit.CNY)));
        assertEquals("2023", period(find(facts, "53000000000", Unit.CNY)));
    }

    @Test
    void spanSinceABaseYear() {
        List<IndicatorFact> facts = extract(LocalDate.of(2024, 3, 5), new String[] {},
                "自2019年以来，浙江跨境电商规模5年增长了3倍。近五年，全国跨境电商进出口增长超过10倍。");
        IndicatorFact zhejiang = find(facts, "3", Unit.TIMES);
        assertEquals("2019/2023", period(zhejiang));
        assertEquals("浙江省", zhejiang.area().name());
        assertEquals("跨境电商进出口额增长倍数", zhejiang.measureLabel());
        IndicatorFact china = find(facts, "10", Unit.TIMES);
        assertEquals("2019/2023", period(china));
        assertEquals(Qualifier.MORE_THAN, china.qualifier());
        assertEquals("中国", china.area().name());
    }

    @Test
    void aSpanOfYearsUpToNowEndsAtThePublicationYear() {
        List<IndicatorFact> facts = extract(LocalDate.of(2024, 5, 10), new String[] {},
                "六年来，全省累计培训跨境电商人才超过8万人次。据测算，全省跨境电商进出口额3年增长2.5倍。",
                "2023年，全省跨境电商进出口额420亿元。");
        assertEquals("2018/2024", period(find(facts, "80000", Unit.COUNT)));
    }

    @Test
    void comparedPeriodIsNotTheFiguresPeriod() {
        List<IndicatorFact> facts = extract(LocalDate.of(2024, 7, 25), new String[] {},
                "据测算，上半年全省跨境电商进出口额为560亿元，同比下降2.1%，降幅较一季度收窄3个百分点。");
        assertEquals("2024-H1", period(find(facts, "3", Unit.PERCENTAGE_POINT)));
        assertEquals("跨境电商进出口额增速变动", find(facts, "3", Unit.PERCENTAGE_POINT).measureLabel());
    }

    @Test
    void aSentenceWithoutTimeTakesThePeriodThatLedItsParagraph() {
        List<IndicatorFact> facts = extract(LocalDate.of(2024, 9, 20), new String[] {},
                "据海关统计，今年1—8月，江苏跨境电商进出口830亿元，同比增长9.4%。以美元计，出口52亿美元，增长7.1%。",
                "近日，浙江省商务厅召开发布会。全省培育跨境电商品牌80个。");
        assertEquals("2024-01/2024-08", period(find(facts, "5200000000", Unit.USD)));
        assertEquals("2024-01/2024-08", period(find(facts, "7.1", Unit.PERCENT)));
        assertNull(find(facts, "80", Unit.COUNT).period());
    }

    @Test
    void aCountThatGrewToItsLevelOverTheYearsIsAStockNow() {
        List<IndicatorFact> facts = extract(LocalDate.of(2024, 5, 10), new String[] {},
                "五年来，全省跨境电商产业园先后建成，数量增至48个，覆盖全省11个设区市。",
                "五年来，全省累计培训跨境电商人才超过3万人次，本土品牌占跨境电商出口额的比重超过40%。",
                "营收过亿元的跨境电商企业仍不足80家。");
        IndicatorFact parks = find(facts, "48", Unit.COUNT);
        assertEquals("as_of_2024-05-10", period(parks));
        assertEquals("跨境电商产业园区数量", parks.measureLabel());
        assertEquals("as_of_2024-05-10", period(find(facts, "11", Unit.COUNT)));
        assertEquals("2019/2024", period(find(facts, "30000", Unit.COUNT)));   // added up to now
        assertEquals("as_of_2024-05-10", period(find(facts, "40", Unit.PERCENT)));
        assertEquals("as_of_2024-05-10", period(find(facts, "80", Unit.COUNT)));
    }

    @Test
    void aCountReachedAfterADatedEventIsAStockNow() {
        List<IndicatorFact> facts = extract(LocalDate.of(2023, 6, 15), new String[] {},
                "2022年11月，随着湖州等3个城市获批，浙江省综试区增至12个，实现设区市全覆盖。全省共制定地方标准15项。");
        assertEquals("as_of_2023-06-15", period(find(facts, "12", Unit.COUNT)));
        assertEquals("2022-11", period(find(facts, "3", Unit.COUNT)));
        assertNull(find(facts, "15", Unit.COUNT).period());      // the event's month frames no later sentence
    }

    @Test
    void fiveYearPlansAreSpansOfYears() {
        List<IndicatorFact> facts = extract(LocalDate.of(2021, 2, 3), new String[] {},
                "“十三五”期间，全省跨境电商交易额年均增长25%。“十四五”时期，全省力争跨境电商交易额年均增长15%左右。");
        assertEquals("2016/2020", period(find(facts, "25", Unit.PERCENT)));
        assertEquals("2021/2025", period(find(facts, "15", Unit.PERCENT)));
    }

    @Test
    void aMultipleOfAStatedYearSpansFromIt() {
        List<IndicatorFact> facts = extract(LocalDate.of(2023, 2, 3), new String[] {},
                "2022年，全市跨境电商交易额达到36.5亿元，是2018年的4倍。");
        assertEquals("2018/2022", period(find(facts, "4", Unit.TIMES)));
        assertEquals("2022", period(find(facts, "3650000000", Unit.CNY)));
    }

    @Test
    void aForecastOrTargetForTheFullYearIsOfThePublicationYear() {
        List<IndicatorFact> facts = extract(LocalDate.of(2022, 10, 28), new String[] {},
                "前三季度，全省跨境电商交易额120亿元。预计全年全省跨境电商交易额将超过160亿元。",
                "1—9月，全市出口增长8%，力争全年出口增长10%以上。");
        assertEquals("2022-01/2022-09", period(find(facts, "12000000000", Unit.CNY)));
        assertEquals("2022", period(find(facts, "16000000000", Unit.CNY)));
        assertEquals("2022", period(find(facts, "10", Unit.PERCENT)));
    }
}
