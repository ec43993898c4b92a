package org.cbeckg.extract;

import static org.cbeckg.extract.IndicatorFixture.extract;
import static org.cbeckg.extract.IndicatorFixture.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.cbeckg.model.IndicatorFact;
import org.cbeckg.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * Counts of measures issued, durations that are no counts, reductions as declines, and caps and marks that are no
 * figures. Sentences are made up.
 */
class IndicatorCountsTest {

    private static final LocalDate DAY = LocalDate.of(2023, 9, 1);

    private static void assertNoFigureIn(String sentence, Unit unit) {
        assertTrue(extract(DAY, new String[] {}, sentence).stream().noneMatch(f -> f.unit() == unit), sentence);
    }

    @Test
    void measuresIssuedAreACountButAListAnnouncedIsNone() {
        List<IndicatorFact> facts = extract(DAY, new String[] {},
                "今年以来，杭州市出台《关于加快跨境电商发展的若干意见》，从人才、物流、金融等方面推出16条措施。");
        assertEquals(Unit.COUNT, find(facts, "16", Unit.COUNT).unit());
        assertNoFigureIn("杭州的做法主要有16条措施：一是培育主体，二是建设平台。", Unit.COUNT);
    }

    @Test
    void monthsOfPreparationAreADurationNotACount() {
        assertNoFigureIn("经过7个多月的筹备，宁波市跨境电商促进会正式成立。", Unit.COUNT);
    }

    @Test
    void aTimeCutByAShareIsADecline() {
        List<IndicatorFact> facts = extract(DAY, new String[] {}, "新模式运行以来，杭州海关跨境电商货物通关时间平均压缩约35%。");
        assertEquals(-35, find(facts, "-35", Unit.PERCENT).value().intValue());
    }

    @Test
    void theMostASchemeGrantsIsACapNotAFigure() {
        assertNoFigureIn("杭州市对企业建设海外仓给予最高300万元补贴。", Unit.CNY);
    }

    @Test
    void aRoundMarkPassedIsNoFigureButTheAmountIs() {
        List<IndicatorFact> facts = extract(DAY, new String[] {},
                "2022年，杭州市跨境电商进出口额达到1126.3亿元，首次突破千亿元大关。");
        assertTrue(facts.stream().noneMatch(f -> f.value().compareTo(new java.math.BigDecimal("100000000000")) == 0));
        assertEquals(Unit.CNY, find(facts, "112630000000", Unit.CNY).unit());
    }

    @Test
    void aPairRestatedAsTheSubjectIsNoCountButAPairThatEndsItsClauseIs() {
        assertTrue(extract(DAY, new String[] {}, "温州、台州两座沿海城市同时入选第四批综试区名单。").stream()
                .noneMatch(f -> f.unit() == Unit.COUNT && f.value().intValue() == 2));
        assertEquals(Unit.COUNT, find(extract(DAY, new String[] {}, "浙江共有12个综试区（其中温州市有温州、瑞安两个）。"),
                "2", Unit.COUNT).unit());
    }
}
