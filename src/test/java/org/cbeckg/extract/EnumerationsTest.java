package org.cbeckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.cbeckg.model.BatchFact;
import org.cbeckg.model.Extraction;
import org.cbeckg.model.Place;
import org.junit.jupiter.api.Test;

/**
 * A batch's cities enumerated in a sentence of their own, after the approval that announced them, are every one a
 * zone of that batch, with its ordinal and date; a list whose subject is no batch's stays out of it. Sentences
 * written for these tests, in simplified and traditional script and with ASCII punctuation.
 */
class EnumerationsTest {

    private static final LocalDate DEC_2019 = LocalDate.of(2019, 12, 25);

    /** city/batch/approved, as the gold files write them. */
    private static List<String> zones(Extraction x) {
        return x.zones().stream().map(z -> z.city().name() + "/" + z.batch() + "/" + z.approved()).toList();
    }

    private static List<String> cities(BatchFact b) {
        return b.cities().stream().map(Place::name).toList();
    }

    private static BatchFact batch(Extraction x, int count) {
        return x.batches().stream().filter(b -> Integer.valueOf(count).equals(b.count())).findFirst()
                .orElseThrow(() -> new AssertionError("no batch of " + count + " in " + x.batches()));
    }

    @Test
    void aListAfterTheApprovalGivesEveryCityTheBatchAndDate() {
        Extraction x = ExtractorFixture.run(DEC_2019,
                "国务院于12月15日批复同意，在石家庄等24个城市设立跨境电子商务综合试验区，复制推广前三批综合试验区的经验。",
                "这24个城市分别是：石家庄市、太原市、赤峰市、抚顺市、珲春市、绥芬河市、徐州市、南通市。");
        assertEquals(List.of("石家庄市/4/2019-12-15", "太原市/4/2019-12-15", "赤峰市/4/2019-12-15",
                "抚顺市/4/2019-12-15", "珲春市/4/2019-12-15", "绥芬河市/4/2019-12-15", "徐州市/4/2019-12-15",
                "南通市/4/2019-12-15"), zones(x));
    }

    @Test
    void aTraditionalListAfterAColonWord() {
        Extraction x = ExtractorFixture.run(DEC_2019,
                "中國政府網公佈國務院批覆，同意在石家莊市等24個城市設立跨境電子商務綜合試驗區。",
                "本批新設的24個綜試區為：石家莊市、太原市、赤峰市、溫州市、紹興市和蕪湖市。");
        assertEquals(List.of("石家庄市", "太原市", "赤峰市", "温州市", "绍兴市", "芜湖市"), cities(batch(x, 24)));
    }

    @Test
    void anAsciiColonAndAClosingAnd() {
        Extraction x = ExtractorFixture.run(DEC_2019,
                "日前,国务院印发《关于同意在石家庄等24个城市设立跨境电子商务综合试验区的批复》。",
                "本批24个城市和地区包括:福州市、泉州市、赣州市和海东市。");
        assertEquals(List.of("石家庄市", "福州市", "泉州市", "赣州市", "海东市"), cities(batch(x, 24)));
    }

    @Test
    void approvedSubjectWithACountJoinsTheBatchOfThatCount() {
        Extraction x = ExtractorFixture.run(DEC_2019,
                "国务院同意在石家庄等24个城市设立跨境电子商务综合试验区。",
                "获批的24个城市和地区分别为：济南市、烟台市、洛阳市、黄石市、岳阳市。");
        assertEquals(List.of("石家庄市", "济南市", "烟台市", "洛阳市", "黄石市", "岳阳市"), cities(batch(x, 24)));
    }

    @Test
    void aListOfAnotherCountIsNotTheBatchs() {
        Extraction x = ExtractorFixture.run(DEC_2019,
                "国务院同意在石家庄等24个城市设立跨境电子商务综合试验区。",
                "此前获批的3个城市分别是：杭州市、宁波市、天津市。");
        assertEquals(List.of("石家庄市"), cities(batch(x, 24)));
    }

    @Test
    void aProvincesZonesListedWithEtcAreZonesOfNoBatch() {
        Extraction x = ExtractorFixture.run(DEC_2019, "目前，我省已获批的综试区有福州、厦门、泉州等3个。");
        assertTrue(x.batches().isEmpty(), x.batches().toString());
        assertEquals(List.of("福州市/null/null", "厦门市/null/null", "泉州市/null/null"), zones(x));
    }

    @Test
    void aDocumentNameThatSaysRespectivelyIsNoList() {
        Extraction x = ExtractorFixture.run(DEC_2019,
                "国务院同意在石家庄等24个城市设立跨境电子商务综合试验区，名称分别为中国（城市名）跨境电子商务综合试验区。");
        assertEquals(List.of("石家庄市"), cities(batch(x, 24)));
    }
}
