package org.cbeckg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MeasureVocabularyTest {

    private static final MeasureVocabulary STANDARD = MeasureVocabulary.standard();

    private static String best(String clause, String figure, Unit unit, boolean cbec) {
        int at = clause.indexOf(figure);
        return STANDARD.best(new MeasureVocabulary.Query(clause, 0, at, at + figure.length(), at + figure.length(),
                m -> m.accepts(unit), cbec)).map(Measure::labelZh).orElse("none");
    }

    @Test
    void standardVocabularyLoadsWithUniqueLabels() {
        List<String> labels = STANDARD.measures().stream().map(Measure::labelZh).toList();
        assertTrue(labels.size() > 20);
        assertEquals(labels.size(), labels.stream().distinct().count());
    }

    @Test
    void exportCueDoesNotFireInsideImportAndExport() {
        assertEquals("跨境电商进出口额", best("全市跨境电商进出口800亿元", "800亿元", Unit.CNY, true));
        assertEquals("跨境电商出口额", best("其中出口600亿元", "600亿元", Unit.CNY, true));
    }

    @Test
    void crossBorderMeasuresNeedTheTopic() {
        assertEquals("进出口总额", best("全市进出口800亿元", "800亿元", Unit.CNY, false));
    }

    @Test
    void countedNounBeatsTheActor() {
        String clause = "各综试区已累计制定41项国家、行业等标准";
        int at = clause.indexOf("41项");
        var q = new MeasureVocabulary.Query(clause, 0, at, at + 3, clause.length(), m -> m.accepts(Unit.COUNT), true);
        assertEquals("制定标准数量", STANDARD.best(q).orElseThrow().labelZh());
    }

    @Test
    void unitMustFit() {
        assertEquals("海外仓面积", best("海外仓面积超过300万平方米", "300万平方米", Unit.SQUARE_METRE, true));
        assertEquals("海外仓数量", best("海外仓超过300个", "300个", Unit.COUNT, true));
    }

    @Test
    void rejectsMalformedLines() {
        assertThrows(IllegalArgumentException.class, () -> MeasureVocabulary.parse(List.of("only\ttwo")));
    }
}
