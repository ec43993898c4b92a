package org.cbeckg.model.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.logging.Logger;

import org.cbeckg.extract.gazetteer.NameMatch;
import org.cbeckg.extract.gazetteer.PlaceScanner;
import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final Logger LOG = Logger.getLogger(GazetteerTest.class.getName());
    private static Gazetteer g;

    @BeforeAll
    static void load() {
        long t0 = System.nanoTime();
        g = Gazetteer.load();
        LOG.info(() -> String.format("gazetteer: %d places loaded in %d ms", g.all().size(),
                (System.nanoTime() - t0) / 1_000_000));
    }

    private static Place only(String name) {
        List<Place> found = g.byName(name);
        assertEquals(1, found.size(), name + " -> " + found);
        return found.get(0);
    }

    @Test
    void hasThirtyOneMainlandProvinceLevelDivisions() {
        long mainland = g.all().stream()
                .filter(p -> p.level() == PlaceLevel.PROVINCE || p.level() == PlaceLevel.MUNICIPALITY)
                .filter(p -> !p.id().equals("710000")).count();
        assertEquals(31, mainland);
        assertEquals(4, g.atLevel(PlaceLevel.MUNICIPALITY).size());
    }

    @Test
    void countsPrefecturesAndCountiesWithoutPlaceholdersOrFunctionalZones() {
        assertEquals(333 + 1, g.atLevel(PlaceLevel.PREFECTURE).size(), "NBS 2023 prefectures and 雄安新区");
        assertTrue(g.byName("市辖区").isEmpty());
        assertTrue(g.byName("省直辖县级行政区划").isEmpty());
        assertTrue(g.byId("130171").isEmpty(), "石家庄高新技术产业开发区 is a functional zone");
        assertTrue(g.atLevel(PlaceLevel.COUNTY).size() > 2800);
    }

    @Test
    void ordosIsAPrefectureOfInnerMongolia() {
        Place ordos = only("鄂尔多斯市");
        assertEquals("150600", ordos.id());
        assertEquals(PlaceLevel.PREFECTURE, ordos.level());
        assertEquals("内蒙古自治区", g.province(ordos).orElseThrow().name());
        assertEquals(ordos, only("鄂尔多斯"));
    }

    @Test
    void alashankouIsACountyLevelCityOfXinjiang() {
        Place alashankou = only("阿拉山口市");
        assertEquals("652702", alashankou.id());
        assertEquals(PlaceLevel.COUNTY, alashankou.level());
        assertEquals("新疆维吾尔自治区", g.province(alashankou).orElseThrow().name());
        assertEquals("博尔塔拉蒙古自治州", g.parent(alashankou).orElseThrow().name());
    }

    @Test
    void directlyAdministeredCountyCityHangsUnderItsProvince() {
        Place xiantao = only("仙桃市");
        assertEquals("429004", xiantao.id());
        assertEquals(PlaceLevel.COUNTY, xiantao.level());
        assertEquals("湖北省", g.parent(xiantao).orElseThrow().name());
    }

    @Test
    void yiwuIsACountyOfJinhua() {
        Place yiwu = only("义乌");
        assertEquals("330782", yiwu.id());
        assertEquals("金华市", g.parent(yiwu).orElseThrow().name());
        assertTrue(g.isWithin(yiwu, only("浙江")));
    }

    @Test
    void normalisesCodesToSixDigits() {
        assertEquals("330000", only("浙江省").id());
        assertEquals("330700", only("金华市").id());
        assertTrue(g.all().stream().filter(Place::isChineseDivision).allMatch(p -> p.id().length() == 6));
    }

    @Test
    void prefectureWithoutCountiesIsNotRepeatedAsACounty() {
        assertEquals(PlaceLevel.PREFECTURE, only("东莞市").level());
        assertEquals(PlaceLevel.PREFECTURE, only("嘉峪关市").level());
    }

    @Test
    void municipalityDistrictsHangUnderTheMunicipality() {
        Place haidian = only("海淀区");
        assertEquals("110000", haidian.parentId());
        assertEquals(PlaceLevel.MUNICIPALITY, g.parent(haidian).orElseThrow().level());
        Place wanzhou = only("万州区");
        assertEquals("500000", wanzhou.parentId(), "Chongqing's 县 placeholder is dropped too");
    }

    @Test
    void chinaAndForeignCountries() {
        assertEquals("CN", g.china().id());
        assertEquals(PlaceLevel.COUNTRY, g.china().level());
        assertEquals(g.china(), only("中华人民共和国"));
        Place pakistan = only("巴基斯坦");
        assertEquals("PK", pakistan.id());
        assertEquals("Pakistan", pakistan.nameEn());
        assertEquals("BG", only("保加利亚").id());
        assertTrue(g.byName("中非").isEmpty(), "中非 nearly always means China–Africa");
    }

    @Test
    void xionganNewAreaIsAPrefectureOfHebei() {
        Place xiongan = only("雄安新区");
        assertEquals("133100", xiongan.id());
        assertEquals(PlaceLevel.PREFECTURE, xiongan.level());
        assertEquals("130000", xiongan.parentId());
        assertEquals("河北省", g.province(xiongan).orElseThrow().name());
        assertEquals(xiongan, only("雄安"));
        assertEquals(List.of("雄安新区"), PlaceScanner.of(g).scan("雄安新区").stream().map(NameMatch::surface).toList());
    }

    @Test
    void hongKongMacaoAndTaiwanAreDivisionsOfChina() {
        Place hk = only("香港");
        assertEquals("810000", hk.id());
        assertEquals(PlaceLevel.SAR, hk.level());
        assertEquals("CN", hk.parentId());
        assertEquals(PlaceLevel.SAR, only("澳门特别行政区").level());
        assertEquals(PlaceLevel.PROVINCE, only("台湾").level());
        assertTrue(g.byId("HK").isEmpty());
    }

    @Test
    void macroRegionsFollowTheNbsDefinition() {
        Place east = only("东部地区");
        assertEquals("region-east", east.id());
        assertEquals(PlaceLevel.REGION, east.level());
        assertEquals(10, g.members(east).size());
        assertEquals(6, g.members(only("中部地区")).size());
        assertEquals(12, g.members(only("西部地区")).size());
        assertEquals(3, g.members(only("东北地区")).size());
        assertEquals("region-west", g.macroRegion(only("鄂尔多斯市")).orElseThrow().id());
        assertEquals("region-northeast", g.regionByStem("东北").orElseThrow().id());
        assertTrue(g.byName("东部").isEmpty(), "a region's stem alone is a common word");
    }

    @Test
    void childrenOfAPrefecture() {
        List<String> names = g.children(only("金华市")).stream().map(Place::name).toList();
        assertTrue(names.containsAll(List.of("婺城区", "义乌市", "东阳市", "永康市")), names.toString());
        assertEquals(9, names.size());
    }

    @Test
    void duplicateCountyNamesStayAmbiguous() {
        assertEquals(4, g.byName("鼓楼区").size());
        assertEquals(2, g.byName("朝阳区").size());
        assertTrue(g.byName("鼓楼").isEmpty(), "a drum tower stands in many cities: a common word");
    }

    @Test
    void countiesShareAShortFormForTheContextToDecide() {
        assertEquals(List.of("东兴区", "东兴市"), g.byName("东兴").stream().map(Place::name).sorted().toList());
    }

    @Test
    void countriesHaveTheirLongAndShortNames() {
        Place indonesia = only("印度尼西亚");
        assertEquals("ID", indonesia.id());
        assertEquals(indonesia, only("印尼"));
        assertEquals("SA", only("沙特").id());
        assertEquals("AE", only("阿拉伯联合酋长国").id());
        assertEquals("IN", only("印度").id());
    }
}
