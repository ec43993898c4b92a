package org.cbeckg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cbeckg.ClasspathText;
import org.junit.jupiter.api.Test;

class MeasureVocabularyTest {

    private static final MeasureVocabulary STANDARD = MeasureVocabulary.standard();

    private static String best(String clause, String figure, Unit unit, boolean cbec) {
        int at = clause.indexOf(figure);
        return STANDARD.best(new MeasureVocabulary.Query(clause, 0, at, at + figure.length(), at + figure.length(),
                m -> m.accepts(unit), cbec)).map(c -> c.measure().path()).orElse("none");
    }

    @Test
    void standardVocabularyLoadsWithUniqueLabels() {
        List<String> labels = STANDARD.measures().stream().map(Measure::labelZh).toList();
        assertTrue(labels.size() > 30, "base measures: " + labels.size());
        assertEquals(labels.size(), labels.stream().distinct().count());
        assertEquals(labels.size(), STANDARD.measures().stream().map(Measure::labelEn).distinct().count());
    }

    @Test
    void everyBaseMeasureHasACue() {
        Set<Measure> cued = STANDARD.cues().stream().map(MeasureCue::base).collect(Collectors.toSet());
        assertEquals(Set.copyOf(STANDARD.measures()), cued);
    }

    @Test
    void scopeAndDerivationCodesNeverCoincide() {
        // a path is read segment by segment: a scope slug that is also a derivation code would make it ambiguous
        for (Scope s : STANDARD.scopes()) {
            for (Derivation d : Derivation.values()) {
                assertTrue(!s.slug().equals(d.code()) && !s.slug().startsWith(d.code() + "-of-"), s.slug());
            }
        }
    }

    @Test
    void exportCueDoesNotFireInsideImportAndExport() {
        assertEquals("cbec-trade-value", best("全市跨境电商进出口800亿元", "800亿元", Unit.CNY, true));
        assertEquals("cbec-trade-value/export", best("其中出口600亿元", "600亿元", Unit.CNY, true));
    }

    @Test
    void channelCuesNarrowTheTradeValue() {
        assertEquals("cbec-trade-value/b2b/export", best("跨境电商B2B出口120亿元", "120亿元", Unit.CNY, true));
        assertEquals("cbec-trade-value/retail", best("跨境电商零售进出口41亿元", "41亿元", Unit.CNY, true));
        assertEquals("cbec-transaction-value", best("全市跨境电商交易额583亿元", "583亿元", Unit.CNY, true));
        assertEquals("cbec-sellers/export", best("全市跨境电商出口卖家超过10万家", "10万家", Unit.COUNT, true));
    }

    @Test
    void crossBorderMeasuresNeedTheTopic() {
        assertEquals("goods-trade-value", best("全市进出口800亿元", "800亿元", Unit.CNY, false));
    }

    @Test
    void countedNounBeatsTheActor() {
        String clause = "各综试区已累计制定41项国家、行业等标准";
        int at = clause.indexOf("41项");
        var q = new MeasureVocabulary.Query(clause, 0, at, at + 3, clause.length(), m -> m.accepts(Unit.COUNT), true);
        assertEquals("standards", STANDARD.best(q).orElseThrow().measure().path());
    }

    @Test
    void unitMustFit() {
        assertEquals("overseas-warehouse-area", best("海外仓面积超过300万平方米", "300万平方米", Unit.SQUARE_METRE, true));
        assertEquals("overseas-warehouses", best("海外仓超过300个", "300个", Unit.COUNT, true));
    }

    @Test
    void growthWordsPickTheKindOfGrowth() {
        assertEquals(Derivation.GROWTH_MOM, STANDARD.growthKind("环比增长"));
        assertEquals(Derivation.AVERAGE_GROWTH, STANDARD.growthKind("“十三五”期间年均增长"));
        assertEquals(Derivation.GROWTH, STANDARD.growthKind("同比增长"));
    }

    @Test
    void pathsReadBackIntoTheirKeys() {
        for (String path : List.of("cbec-trade-value", "cbec-trade-value/b2b/export/growth",
                "cbec-trade-value/export/share-of-cbec-trade-value", "cbec-pilot-zones/batches-1-5",
                "standards/pilot-zones", "cbec-trade-value/share-of-country/forecast", "overseas-warehouses/target",
                "cbec-pilot-zones/rated-marked-results",
                "cbec-trade-value/b2b/export/share-of-cbec-trade-value-export", "unclassified")) {
            assertEquals(path, STANDARD.key(path).path());
        }
        assertThrows(IllegalArgumentException.class, () -> STANDARD.key("cbec-trade-value/sideways"));
    }

    @Test
    void rejectsMalformedLines() {
        Map<String, List<String>> files = Map.of("measures.tsv", List.of("only\ttwo"));
        assertThrows(IllegalArgumentException.class, () -> MeasureVocabulary.read(
                name -> files.getOrDefault(name, ClasspathText.lines("/measures/" + name))));
    }

    @Test
    void rejectsACueForAMeasureNotListed() {
        Map<String, List<String>> files = Map.of("cues.tsv", List.of("no-such-measure\t-\t某物"));
        assertThrows(IllegalArgumentException.class, () -> MeasureVocabulary.read(
                name -> files.getOrDefault(name, ClasspathText.lines("/measures/" + name))));
    }

    @Test
    void rejectsAFlowScopeOnAMeasureWithoutASlot() {
        Map<String, List<String>> files = Map.of("cues.tsv", List.of("overseas-warehouses/export\t-\t出口海外仓"));
        assertThrows(IllegalArgumentException.class, () -> MeasureVocabulary.read(
                name -> files.getOrDefault(name, ClasspathText.lines("/measures/" + name))));
    }
}
