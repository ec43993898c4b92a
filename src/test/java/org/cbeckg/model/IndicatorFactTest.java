package org.cbeckg.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.cbeckg.article.Span;
import org.junit.jupiter.api.Test;

/** Which figure a rate of change is the growth of: 2023年宁波市跨境电商出口820亿元，增长9.6%. */
class IndicatorFactTest {

    private static final MeasureVocabulary V = MeasureVocabulary.standard();
    private static final Place NINGBO = new Place("330200", "宁波市", List.of("宁波"), PlaceLevel.PREFECTURE, "330000",
            "330000", null);
    private static final Place ZHEJIANG = new Place("330000", "浙江省", List.of("浙江"), PlaceLevel.PROVINCE, "CN",
            "330000", null);
    private static final Span SPAN = new Span(0, 6, "增长9.6%");

    private static IndicatorFact figure(String measure, String value, Unit unit, Period period, Place area) {
        return new IndicatorFact(V.key(measure), null, new BigDecimal(value), unit, Qualifier.EXACT, Outlook.RECORD,
                period, area, value, unit == Unit.PERCENT ? "同比" : null, null, SPAN);
    }

    private final IndicatorFact exports = figure("cbec-trade-value/export", "82000000000", Unit.CNY, Period.year(2023),
            NINGBO);
    private final IndicatorFact growth = figure("cbec-trade-value/export/growth", "9.6", Unit.PERCENT,
            Period.year(2023), NINGBO);

    @Test
    void aRateIsTheGrowthOfItsLevelForTheSamePeriodAndArea() {
        assertTrue(growth.isGrowthOf(exports));
        assertFalse(exports.isGrowthOf(growth), "a value is no rate");
        assertFalse(growth.isGrowthOf(growth), "nor a rate the growth of itself");
    }

    @Test
    void notOfAnotherMeasurePeriodOrArea() {
        assertFalse(growth.isGrowthOf(figure("cbec-trade-value/import", "3000000000", Unit.CNY, Period.year(2023),
                NINGBO)), "exports grow, not imports");
        assertFalse(growth.isGrowthOf(figure("cbec-trade-value/export", "75000000000", Unit.CNY, Period.year(2022),
                NINGBO)), "last year's value is what it compares with, not what it grows");
        assertFalse(growth.isGrowthOf(figure("cbec-trade-value/export", "500000000000", Unit.CNY, Period.year(2023),
                ZHEJIANG)));
    }

    @Test
    void aForecastRateIsNoRecordsGrowth() {
        IndicatorFact forecast = new IndicatorFact(V.key("cbec-trade-value/export/growth").withOutlook(
                Outlook.FORECAST), null, new BigDecimal("10"), Unit.PERCENT, Qualifier.APPROX, Outlook.FORECAST,
                Period.year(2023), NINGBO, "10%", null, null, SPAN);
        assertFalse(forecast.isGrowthOf(exports));
    }
}
