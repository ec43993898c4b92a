package org.cbeckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.cbeckg.model.BatchFact;
import org.cbeckg.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * What the text implies about batches is read, what it does not state is not: the batches before the one an article
 * reports give its ordinal (继前三批之后, 此前分三批), an ordinal may leave its zone word understood (属第四批), a series
 * that started at one zone dates the first batch, and the approval's signing date may stand in a sentence of its
 * own. A city's batch is never taken from memory. Sentences written for these tests.
 */
class BatchInferenceTest {

    private static final LocalDate DEC_2019 = LocalDate.of(2019, 12, 25);

    /** ordinal/count/cumulative/approved, as the gold files write them. */
    private static List<String> batches(LocalDate published, String... paragraphs) {
        return ExtractorFixture.run(published, paragraphs).batches().stream()
                .map(b -> b.ordinal() + "/" + b.count() + "/" + b.cumulative() + "/" + b.approved()).toList();
    }

    private static List<String> zones(Extraction x) {
        return x.zones().stream().map(z -> z.city().name() + "/" + z.batch() + "/" + z.approved()).toList();
    }

    @Test
    void theBatchesBeforeGiveTheReportedBatchItsOrdinal() {
        assertEquals(List.of("3/null/35/null", "4/24/59/2019-12-15"), batches(DEC_2019,
                "国务院于12月15日同意在石家庄等24个城市设立跨境电子商务综合试验区。",
                "加上此前分三批设立的35个综试区，我国跨境电商综试区总数增至59个。"));
        assertEquals(List.of("3/null/35/null", "4/24/null/2019-12-15"), batches(DEC_2019,
                "國務院已於12月15日同意在石家莊等24個城市設立跨境電子商務綜合試驗區，這是繼前三批35個綜試區之後的又一次擴容。"));
    }

    @Test
    void earlierBatchesWithoutAReportedOneGiveNoNewBatch() {
        assertEquals(List.of("3/null/35/null"), batches(DEC_2019, "此前分三批设立的35个综试区发展势头良好。"));
    }

    @Test
    void anOrdinalClosingItsClauseLeavesTheZoneWordUnderstood() {
        Extraction x = ExtractorFixture.run(DEC_2019, "其中，绍兴于2019年获批设立综试区，属全国第四批。");
        assertEquals(List.of("绍兴市/4/2019"), zones(x));
        Extraction t = ExtractorFixture.run(DEC_2019, "溫州、紹興綜試區於2019年獲批，屬第四批。");
        assertEquals(List.of("温州市/4/2019", "绍兴市/4/2019"), zones(t));
    }

    @Test
    void anOrdinalTakesTheLastDateBeforeItInItsSentence() {
        Extraction x = ExtractorFixture.run(DEC_2019, "2016年1月，继杭州之后，广州、深圳获批成为第二批跨境电商综试区。");
        assertEquals(List.of("杭州市/1/null", "广州市/2/2016-01", "深圳市/2/2016-01"), zones(x));
    }

    @Test
    void aNationalSeriesThatStartedAtOneZoneDatesTheFirstBatch() {
        assertEquals(List.of("1/1/1/2015"), batches(DEC_2019, "综试区数量从2015年的1个增至如今的59个，基本覆盖全国。"));
        assertEquals(List.of(), batches(DEC_2019, "浙江综试区数量从2015年的1个增至如今的10个。"));
    }

    @Test
    void aSigningDateInASentenceOfItsOwnDatesTheReportedBatch() {
        assertEquals(List.of("null/24/null/2019-12-15"), batches(DEC_2019,
                "中国政府网24日公布国务院批复，同意在石家庄等24个城市设立跨境电子商务综合试验区。", "批复落款日期为12月15日。"));
    }

    @Test
    void aCityIsNeverGivenABatchFromMemory() {
        Extraction x = ExtractorFixture.run(DEC_2019, "宁波综试区、天津综试区发展较快。");
        assertEquals(List.of("宁波市/null/null", "天津市/null/null"), zones(x));
    }
}
