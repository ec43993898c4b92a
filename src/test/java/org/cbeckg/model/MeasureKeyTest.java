package org.cbeckg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MeasureKeyTest {

    private static final MeasureVocabulary V = MeasureVocabulary.standard();

    private static MeasureKey key(String path) {
        return V.key(path);
    }

    @Test
    void labelsAreBuiltFromTheParts() {
        assertEquals("跨境电商进出口额", key("cbec-trade-value").labelZh());
        assertEquals("跨境电商B2B出口额增速", key("cbec-trade-value/b2b/export/growth").labelZh());
        assertEquals("growth rate of cross-border e-commerce B2B export value",
                key("cbec-trade-value/b2b/export/growth").labelEn());
        assertEquals("跨境电商零售进出口额", key("cbec-trade-value/retail").labelZh());
        assertEquals("cross-border e-commerce retail import and export value",
                key("cbec-trade-value/retail").labelEn());
        assertEquals("跨境电商出口包裹数量", key("cbec-parcels/export").labelZh());
        assertEquals("cross-border e-commerce export parcels and orders", key("cbec-parcels/export").labelEn());
    }

    @Test
    void sharesNameTheirWhole() {
        assertEquals("跨境电商进出口占全国比重", key("cbec-trade-value/share-of-country").labelZh());
        assertEquals("跨境电商B2B出口占跨境电商出口比重",
                key("cbec-trade-value/b2b/export/share-of-cbec-trade-value-export").labelZh());
        assertEquals("cross-border e-commerce import and export value as a share of goods trade import and export "
                + "value", key("cbec-trade-value/share-of-goods-trade-value").labelEn());
        assertEquals("跨境电商出口占比", key("cbec-trade-value/export/share").labelZh());
    }

    @Test
    void batchesActorsAndOutlooksFrameTheLabel() {
        assertEquals("前五批跨境电商综试区数量", key("cbec-pilot-zones/batches-1-5").labelZh());
        assertEquals("综试区制定标准数量", key("standards/pilot-zones").labelZh());
        assertEquals("跨境电商进出口额增速（预测）", key("cbec-trade-value/growth/forecast").labelZh());
        assertEquals("overseas warehouses (target)", key("overseas-warehouses/target").labelEn());
    }

    @Test
    void broaderDropsTheLastSegmentDownToTheBase() {
        List<String> chain = new ArrayList<>();
        Optional<MeasureKey> k = Optional.of(key("cbec-trade-value/b2b/export/growth/forecast"));
        while (k.isPresent()) {
            chain.add(k.get().path());
            k = k.get().broader();
        }
        assertEquals(List.of("cbec-trade-value/b2b/export/growth/forecast", "cbec-trade-value/b2b/export/growth",
                "cbec-trade-value/b2b/export", "cbec-trade-value/b2b", "cbec-trade-value"), chain);
    }

    @Test
    void aBaseMeasureLeadsToItsWiderBase() {
        assertEquals(Optional.of(key("cbec-pilot-zones")), key("cbec-pilot-zones-approved").broader());
        assertTrue(key("cbec-pilot-zones").broader().isEmpty());
    }

    @Test
    void theUnclassifiedMeasureStaysUnclassified() {
        MeasureKey u = MeasureKey.UNCLASSIFIED;
        assertEquals(u, u.derive(Derivation.GROWTH, null));
        assertEquals(u, u.withOutlook(Outlook.FORECAST));
        assertEquals("未分类指标", u.labelZh());
        assertEquals("unclassified", u.path());
        assertTrue(u.broader().isEmpty());
    }

    @Test
    void aKeyIsCanonicalWhateverOrderItsScopesCameIn() {
        Measure trade = V.measure("cbec-trade-value").orElseThrow();
        Scope b2b = V.scope("b2b").orElseThrow();
        Scope export = V.scope("export").orElseThrow();
        assertEquals(MeasureKey.of(trade, List.of(b2b, export)), MeasureKey.of(trade, List.of(export, b2b)));
        assertThrows(IllegalArgumentException.class,
                () -> MeasureKey.of(trade, List.of(export, V.scope("import").orElseThrow())));
    }
}
