package org.cbeckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.cbeckg.model.Extraction;
import org.cbeckg.model.ZoneFact;
import org.junit.jupiter.api.Test;

class ZoneExtractorTest {

    private static final LocalDate NOV_2022 = LocalDate.of(2022, 11, 28);

    /** city/batch/approved, as the gold files write them. */
    private static List<String> zones(Extraction x) {
        return x.zones().stream().map(z -> z.city().name() + "/" + z.batch() + "/" + z.approved()).toList();
    }

    private static List<String> zones(String... paragraphs) {
        return zones(ExtractorFixture.run(NOV_2022, paragraphs));
    }

    @Test
    void citiesBeforeEtcAndAZoneWordWithoutACount() {
        assertEquals(List.of("苏州市/null/null", "无锡市/null/null", "南通市/null/null"),
                zones("苏州、无锡、南通等综试区发展各有侧重。"));
    }

    @Test
    void theRowsOfATableHeadedZoneAreZones() {
        assertEquals(List.of("苏州市/null/null", "无锡市/null/null"),
                zones("部分综试区上半年进出口如下：", "综试区", "进出口额", "苏州", "120.5亿元", "无锡市", "80.2亿元",
                        "南京海关", "两地增速均超过两成，南京表现平稳。"));
    }

    @Test
    void citiesApprovedInAClauseBeforeTheZoneWord() {
        assertEquals(List.of("宿迁市/null/2021-06", "淮安市/null/2021-06"),
                zones("2021年6月，随着宿迁、淮安等5市获批，全省实现跨境电商综试区全覆盖。"));
    }

    @Test
    void aDateBetweenTheZoneAndItsApprovalOrBeforeItsQualifyingVerb() {
        assertEquals(List.of("连云港市/null/2020"), zones("连云港综试区于2020年获批，发展势头良好。"));
        assertEquals(List.of("盐城市/null/2021"), zones("去年获批的盐城综试区加快建设。"));
    }

    @Test
    void theFirstZoneIsHangzhousWithTheDateOfItsApproval() {
        assertEquals(List.of("杭州市/1/2015-03-07"), zones(ExtractorFixture.run(LocalDate.of(2015, 3, 10),
                "国务院已于3月7日批复同意设立中国（杭州）跨境电子商务综合试验区。这是全国第一个跨境电商综试区。")));
        assertEquals(List.of("杭州市/1/2015-03"), zones(ExtractorFixture.run(LocalDate.of(2015, 6, 20),
                "今年3月，国务院批复设立全国首个跨境电商综试区。", "杭州综试区已上线线上综合服务平台。")));
    }

    @Test
    void anExecutiveMeetingThatDecidesNewZonesApprovesABatchItsListJoins() {
        assertEquals(List.of("温州市/3/2018-07", "济南市/3/2018-07", "洛阳市/3/2018-07"),
                zones("2018年7月，国务院常务会议决定，在温州等3个城市新设第三批跨境电子商务综合试验区。",
                        "这3个城市分别为：温州市、济南市、洛阳市。"));
    }

    @Test
    void aProvinceWrittenBeforeAListedCityOnlySaysWhereItIs() {
        assertEquals(List.of("威海市/7/2022", "湘潭市/7/2022", "钦州市/7/2022"),
                zones("11月，国务院批复同意在威海等3个城市设立第七批跨境电子商务综合试验区。",
                        "本批综试区中，有山东威海、湖南湘潭、广西钦州等沿海和内陆城市。"));
    }

    @Test
    void aHangzhouZoneWithoutTheFirstBatchHasNoBatch() {
        assertEquals(List.of("杭州市/null/null"), zones("杭州综试区进出口增长较快。"));
    }

    @Test
    void citiesOfAnApprovedBatch() {
        assertEquals(List.of("廊坊市/7/2022", "沧州市/7/2022"),
                zones("国务院同意在廊坊市、沧州市等33个城市和地区设立第七批跨境电子商务综合试验区。"));
    }

    @Test
    void zoneNamesGiveZonesWithoutBatch() {
        assertEquals(List.of("义乌市/null/null", "温州市/null/null", "宁波市/null/null"),
                zones("中国（义乌）跨境电子商务综合试验区和温州综试区、宁波跨境电商综试区联合举办推介会。"));
    }

    @Test
    void listOfCitiesBeforeAZoneName() {
        assertEquals(List.of("广州市/null/null", "深圳市/null/null"), zones("其中，广州、深圳综试区规模领先。"));
    }

    @Test
    void existingZonesNamedInPassing() {
        assertEquals(List.of("广州市/null/null", "深圳市/null/null"), zones("此前，广州、深圳等地已设立综试区。"));
    }

    @Test
    void citiesListedAfterACountOfZones() {
        assertEquals(List.of("温州市/null/null", "绍兴市/null/null", "金华市/null/null", "舟山市/null/null"),
                zones("截至目前，浙江省跨境电商综试区已有4个，分别为温州、绍兴、金华、舟山。"));
    }

    @Test
    void citiesListedBeforeACountOfZones() {
        assertEquals(List.of("温州市/null/null", "绍兴市/null/null", "金华市/null/null"),
                zones("温州、绍兴、金华等5个综试区进出口增速超过30%。"));
    }

    @Test
    void yearsOfApprovalWrittenBeforeTheCities() {
        assertEquals(List.of("温州市/null/2019", "绍兴市/null/2020-06", "金华市/null/2022", "舟山市/null/2022"),
                zones("2019年温州市获批设立跨境电商综试区，2020年6月绍兴市、2022年金华市和舟山市先后获批。"));
    }

    @Test
    void aYearNotOfTheApprovalDatesNoZone() {
        assertEquals(List.of("温州市/null/null"), zones("2021年，温州综试区跨境电商进出口增长20%。"));
    }

    @Test
    void theDatelineCityIsNotAZone() {
        assertEquals(List.of("宁波市/null/2022"), zones("新华社杭州3月2日电（记者王某）国务院日前印发《国务院关于同意在宁波等10个城市"
                + "设立跨境电子商务综合试验区的批复》，宁波等10个城市获批。"));
    }

    @Test
    void aCityNearTheWordIsNotAZone() {
        assertTrue(zones("商务部在北京召开综试区工作会议。").isEmpty());
    }

    @Test
    void provincesAndRegionsAreNotZones() {
        assertTrue(zones("浙江省共有12个综试区，东部地区综试区成效明显。").isEmpty());
    }

    @Test
    void oneZonePerCity() {
        assertEquals(List.of("廊坊市/null/2022"), zones("国务院近日批复同意在廊坊市等33个城市和地区设立跨境电子商务综合试验区。",
                "廊坊综试区将加快建设。"));
    }

    @Test
    void evidenceIsTheClauseThatNamesTheZone() {
        ZoneFact z = ExtractorFixture.run(NOV_2022, "此前，广州等地已设立综试区。").zones().get(0);
        assertEquals("广州等地已设立综试区", z.evidence().exact());
    }

    @Test
    void seed001HasNoBatchOrdinal() {
        assertEquals(List.of("鄂尔多斯市/null/2022", "扬州市/null/2022", "镇江市/null/2022"), zones(ExtractorFixture.seed("001")));
    }

    @Test
    void seed002MixesNewAndExistingZones() {
        assertEquals(List.of("杭州市/1/2015", "鄂尔多斯市/6/2022", "金华市/6/2022", "舟山市/6/2022", "宁波市/null/null",
                "义乌市/null/null"), zones(ExtractorFixture.seed("002")));
    }

    @Test
    void seed003() {
        assertEquals(List.of("鄂尔多斯市/6/2022", "扬州市/6/2022", "阿拉山口市/6/2022"), zones(ExtractorFixture.seed("003")));
    }

    @Test
    void seedsWithoutZones() {
        assertTrue(ExtractorFixture.seed("000").zones().isEmpty());
        assertTrue(ExtractorFixture.seed("004").zones().isEmpty());
    }

    @Test
    void citiesSaidToJoinAnApprovalInTheNextClauseAreOfItsBatch() {
        assertEquals(List.of("廊坊市/7/2022", "九江市/7/2022", "赣州市/7/2022"),
                zones("本次获批的第七批综试区中，国务院同意在廊坊市等33个城市和地区设立跨境电子商务综合试验区，"
                        + "江西九江市、赣州市同时入列。"));
        assertEquals(List.of("廊坊市/7/2022", "九江市/7/2022"),
                zones("国务院近日批复同意在廊坊市等33个城市和地区设立第七批跨境电子商务综合试验区，我省九江市榜上有名。"));
    }

    @Test
    void aLaterClauseDatesAZoneNamedBefore() {
        assertEquals(List.of("芜湖市/null/null", "安庆市/null/2020"),
                zones("全省已有芜湖、安庆两个综试区。其中，安庆综试区于2020年获批，发展较快。"));
    }

    @Test
    void aListOfZonesSharesTheDateBeforeItsVerb() {
        assertEquals(List.of("宜昌市/null/2020", "襄阳市/null/2020"), zones("宜昌、襄阳综试区2020年获批后加快建设。"));
    }

    @Test
    void oneDatePerCityOfTheListBefore() {
        assertEquals(List.of("贵阳市/null/2016", "遵义市/null/2020", "铜仁市/null/2022"),
                zones("目前，全省共有贵阳、遵义、铜仁3个综试区，分别于2016年、2020年和2022年获批。"));
        assertEquals(List.of("贵阳市/null/null", "遵义市/null/null"),
                zones("全省共有贵阳、遵义两个综试区，分别于2016年获批。"));
    }

    @Test
    void aCityTheApprovalVerbQualifiesNextToTheZoneWord() {
        assertEquals(List.of("宁波市/null/2016"), zones("算上2016年获批的宁波，全省综试区数量达到12个。"));
    }

    @Test
    void theCitiesANewZoneFollowsHaveZones() {
        assertEquals(List.of("银川市/null/null"), zones("这是继银川之后，自治区获批的第二个跨境电商综试区。"));
        assertTrue(zones("继北京之后，上海也发布了相关政策。").isEmpty());
        assertTrue(zones("这是继温州金融综合改革试验区之后，全省获批的又一个国家级综合试验区。").isEmpty());
    }

    @Test
    void aSubjectlessOrdinalClauseGivesItsBatchToTheZoneBefore() {
        assertEquals(List.of("泉州市/4/2019-12"),
                zones("泉州综试区于2019年12月经国务院批准设立，属于全国第四批综试区。"));
    }
}
