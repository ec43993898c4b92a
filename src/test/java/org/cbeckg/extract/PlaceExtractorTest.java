package org.cbeckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.cbeckg.model.Extraction;
import org.cbeckg.model.PlaceLevel;
import org.cbeckg.model.PlaceMention;
import org.cbeckg.model.place.Gazetteer;
import org.junit.jupiter.api.Test;

class PlaceExtractorTest {

    private static final PlaceExtractor PLACES = new PlaceExtractor(Gazetteer.standard());
    private static final LocalDate DAY = LocalDate.of(2023, 3, 15);

    private static List<PlaceMention> mentions(Article a) {
        return PLACES.extract(a, Extraction.empty(a));
    }

    private static List<PlaceMention> mentions(String... paragraphs) {
        return mentions(TestArticles.of(DAY, paragraphs));
    }

    private static Set<String> names(List<PlaceMention> found) {
        return found.stream().map(m -> m.place().name()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> names(String... paragraphs) {
        return names(mentions(paragraphs));
    }

    @Test
    void shortFormsResolveToFullNames() {
        assertEquals(Set.of("河南省", "郑州市", "洛阳市"), names("河南郑州、洛阳两地外贸增长较快。"));
    }

    @Test
    void fullNameIsOneMention() {
        List<PlaceMention> found = mentions("温州市获批设立综试区。");
        assertEquals(1, found.size());
        assertEquals("温州市", found.get(0).evidence().exact());
        assertEquals(0, found.get(0).evidence().start());
    }

    @Test
    void deicticWordsMeanChina() {
        List<PlaceMention> found = mentions("我国外贸规模创新高，全国各地和国内企业积极参与，中国品牌走向世界。");
        assertEquals(List.of("我国", "全国", "国内", "中国"), found.stream().map(m -> m.evidence().exact()).toList());
        assertTrue(found.stream().allMatch(m -> m.place().id().equals("CN")));
    }

    @Test
    void aNewAreaAtPrefectureLevelIsOneMention() {
        List<PlaceMention> found = mentions("河北雄安新区与保定市安新县的企业共同参展。");
        assertEquals(List.of("河北", "雄安新区", "保定市", "安新县"), found.stream().map(m -> m.evidence().exact()).toList());
        PlaceMention xiongan = found.get(1);
        assertEquals(PlaceLevel.PREFECTURE, xiongan.place().level());
        assertEquals("130000", xiongan.place().provinceId());
    }

    @Test
    void noMatchStartsInsideALongerName() {
        assertEquals(Set.of("雄安新区"), names("雄安新区的跨境电商产业园开园。"));
        assertEquals(Set.of("雄安新区"), names("雄安积极发展数字经济。"));
    }

    @Test
    void datelineCityIsAPlace() {
        List<PlaceMention> found = mentions("新华社南宁3月15日电（记者张某）广西跨境电商进出口增长。");
        assertEquals(Set.of("南宁市", "广西壮族自治区"), names(found));
        assertEquals("南宁", found.get(0).evidence().exact());
    }

    @Test
    void coordinatedAndContractedMacroRegions() {
        List<PlaceMention> found = mentions("东部地区领先，东中部地区协同，西部和东北地区亮点纷呈。");
        assertEquals(List.of("东部地区", "东部地区", "中部地区", "西部地区", "东北地区"),
                found.stream().map(m -> m.place().name()).toList());
        assertEquals(List.of("东部地区", "东", "中部地区", "西部", "东北地区"),
                found.stream().map(m -> m.evidence().exact()).toList());
    }

    @Test
    void centralAndWesternChinaIsOneRegion() {
        List<PlaceMention> found = mentions("产业加快向中西部地区转移，西部和东北地区也在追赶。");
        assertEquals(List.of("中西部地区", "西部地区", "东北地区"), found.stream().map(m -> m.place().name()).toList());
        assertEquals(PlaceLevel.REGION, found.get(0).place().level());
        assertEquals(List.of("中西部地区", "东北地区"),
                mentions("政策向中西部和东北地区倾斜，一些中西部城市增速较快。").stream().map(m -> m.place().name())
                        .distinct().toList());
    }

    @Test
    void namedDomesticAndWorldRegions() {
        assertEquals(Set.of("苏北地区", "长江三角洲", "东南亚", "中亚"),
                names("苏北企业借力长三角一体化，把小家电卖到东南亚和中亚。"));
    }

    @Test
    void deltaRegionsGoByTheirFullNamesAndLatinAmericaIsAWorldRegion() {
        assertEquals(Set.of("珠江三角洲", "拉丁美洲"), names("珠三角地区的卖家把家电卖到拉美。"));
    }

    @Test
    void theMiddleEastIsARegionButNotInsideCentralAndEasternEurope() {
        assertEquals(Set.of("中东"), names("卖家开拓中东市场。"));
        assertTrue(names("卖家开拓中东欧市场。").isEmpty());
    }

    @Test
    void regionStemAloneIsNoPlace() {
        assertTrue(names("形成东部引领、中部崛起、西部开发的格局，东北振兴取得进展。").isEmpty());
    }

    @Test
    void personNamedLikeAWordIsNoPlace() {
        assertTrue(names("商务部新闻发言人高峰表示，将加强合作，延长政策期限，促进资源共享。").isEmpty());
    }

    @Test
    void cityAsCommonNounIsNotAPlace() {
        assertFalse(names("既有沿边沿海城市，又有内陆枢纽城市和新兴城市。").contains("海城市"));
        assertEquals(Set.of("辽宁省", "海城市"), names("辽宁省海城市外贸企业众多。"));
    }

    @Test
    void peopleStreetsAndOceansAreNotPlaces() {
        assertEquals(Set.of("上海市"), names("蒙古族群众来到上海南京路，参观印度洋主题展。"));
    }

    @Test
    void schoolNamedAfterAPersonIsNotItsCity() {
        assertEquals(Set.of("广州市"), names("广州的中山大学专家表示，公安机关将加强监管。"));
    }

    @Test
    void countriesAreFound() {
        assertEquals(Set.of("中国", "越南", "马来西亚", "德国"), names("中国与越南、马来西亚和德国签署电子商务合作备忘录。"));
    }

    @Test
    void aCountrysLongNameWinsOverTheShorterOneInsideIt() {
        assertEquals(Set.of("印度尼西亚", "印度"), names("企业在印度尼西亚设立海外仓，又把货物卖到印度。"));
        assertEquals(Set.of("印度尼西亚", "沙特阿拉伯", "阿联酋"), names("出口印尼、沙特和阿拉伯联合酋长国的订单增多。"));
    }

    @Test
    void aShortFormTwoCountiesShareIsResolvedByItsParagraph() {
        List<PlaceMention> found = mentions("广西边贸企业在东兴口岸开展互市贸易。");
        assertEquals(List.of("广西壮族自治区", "东兴市"), found.stream().map(m -> m.place().name()).toList());
        assertEquals("东兴", found.get(1).evidence().exact());
        assertEquals(Set.of("四川省", "东兴区"), names("四川东兴区外贸企业增多。"));
    }

    @Test
    void aSharedShortFormIsNotReadFromAnotherParagraph() {
        assertEquals(Set.of("广西壮族自治区"), names("广西外贸稳步增长。", "东兴的互市商品种类丰富。"));
    }

    @Test
    void aShortFormInsideACommonWordIsNoPlace() {
        assertTrue(names("海关推行便利通关措施，企业申报更加便捷。").isEmpty());
    }

    @Test
    void duplicateNameResolvedByTheNameBeforeIt() {
        List<PlaceMention> found = mentions("福州市鼓楼区跨境电商产业园开园。");
        assertEquals("350102", found.get(1).place().id());
    }

    @Test
    void duplicateNameResolvedByTheParagraph() {
        List<PlaceMention> found = mentions("南京市外贸发展迅速。", "鼓楼区新增一批企业。");
        assertEquals("320106", found.get(1).place().id());
    }

    @Test
    void duplicateNameWithoutContextIsLeftOut() {
        assertTrue(names("鼓楼区新增一批企业。").isEmpty());
    }

    @Test
    void placesInsideOrganisationNamesCount() {
        assertEquals(Set.of("浙江省", "中国"), names("材料综合自中国政府网、浙江省商务厅"));
    }

    @Test
    void mentionsNeverOverlap() {
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            List<PlaceMention> found = mentions(TestArticles.seed(seed));
            for (int i = 1; i < found.size(); i++) {
                assertTrue(found.get(i - 1).evidence().end() <= found.get(i).evidence().start(), seed);
            }
        }
    }

    @Test
    void seed000FindsChinaAndTheFourRegions() {
        assertEquals(Set.of("中国", "东部地区", "中部地区", "西部地区", "东北地区"), names(mentions(TestArticles.seed("000"))));
    }

    @Test
    void seed001FindsCitiesProvincesAndMunicipalities() {
        assertEquals(Set.of("中国", "鄂尔多斯市", "扬州市", "镇江市", "广东省", "江苏省", "浙江省", "北京市", "天津市", "上海市",
                "重庆市"), names(mentions(TestArticles.seed("001"))));
    }

    @Test
    void seed002FindsZhejiangCitiesAndYiwu() {
        Set<String> found = names(mentions(TestArticles.seed("002")));
        assertEquals(Set.of("中国", "浙江省", "鄂尔多斯市", "金华市", "舟山市", "杭州市", "宁波市", "义乌市"), found);
    }

    @Test
    void seed003FindsDatelineAndAlashankou() {
        assertEquals(Set.of("中国", "北京市", "鄂尔多斯市", "扬州市", "阿拉山口市"), names(mentions(TestArticles.seed("003"))));
    }

    @Test
    void seed004FindsForeignCountries() {
        assertEquals(Set.of("中国", "巴基斯坦", "保加利亚", "北京市"), names(mentions(TestArticles.seed("004"))));
    }
}
