package org.cbeckg.model.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceLevel;
import org.junit.jupiter.api.Test;

class ShortNamesTest {

    private static final Gazetteer G = Gazetteer.standard();
    private static final ShortNameRule RULE = new ShortNameRule(Resources.lines("ethnic-groups.txt"));

    private static List<String> shortNames(String fullName) {
        return G.byName(fullName).get(0).shortNames();
    }

    private static List<String> candidates(String name, PlaceLevel level) {
        return RULE.candidates(new Place("x", name, List.of(), level, null, null, null));
    }

    @Test
    void provincesLoseTheirTypeAndEthnicNames() {
        assertEquals(List.of("广东"), shortNames("广东省"));
        assertEquals(List.of("北京"), shortNames("北京市"));
        assertEquals(List.of("新疆"), shortNames("新疆维吾尔自治区"));
        assertEquals(List.of("广西"), shortNames("广西壮族自治区"));
        assertEquals(List.of("宁夏"), shortNames("宁夏回族自治区"));
        assertEquals(List.of("内蒙古"), shortNames("内蒙古自治区"), "蒙古 is not stripped: 内 alone is no name");
        assertEquals(List.of("西藏"), shortNames("西藏自治区"));
        assertEquals(List.of("澳门"), shortNames("澳门特别行政区"));
    }

    @Test
    void autonomousPrefecturesGiveBareNameAndZhou() {
        assertEquals(List.of("红河", "红河州"), shortNames("红河哈尼族彝族自治州"));
        assertEquals(List.of("博尔塔拉", "博尔塔拉州"), shortNames("博尔塔拉蒙古自治州"));
        assertEquals(List.of("海南州"), shortNames("海南藏族自治州"), "海南 belongs to the province");
    }

    @Test
    void leaguesAndPrefectureAreas() {
        assertEquals(List.of("喀什"), shortNames("喀什地区"));
        assertEquals(List.of("锡林郭勒"), shortNames("锡林郭勒盟"));
    }

    @Test
    void countiesOnlyWhenTwoCharactersRemain() {
        assertEquals(List.of("萧山"), shortNames("萧山区"));
        assertEquals(List.of("浦东"), shortNames("浦东新区"));
        assertEquals(List.of("神农架"), shortNames("神农架林区"));
        assertEquals(List.of("管城"), shortNames("管城回族区"));
        assertEquals(List.of("龙胜"), shortNames("龙胜各族自治县"));
        assertTrue(candidates("东区", PlaceLevel.COUNTY).isEmpty());
        assertTrue(candidates("鄂伦春自治旗", PlaceLevel.COUNTY).isEmpty(), "a people's name is no place name");
        assertTrue(candidates("东乡族自治县", PlaceLevel.COUNTY).isEmpty());
    }

    @Test
    void higherLevelWinsASharedShortForm() {
        assertEquals(List.of("吉林"), shortNames("吉林省"));
        assertTrue(shortNames("吉林市").isEmpty());
        assertEquals("220000", G.byName("吉林").get(0).id());
    }

    @Test
    void countyShortFormThatIsAnotherPlacesNameIsDropped() {
        assertTrue(shortNames("黑山县").isEmpty(), "黑山 is Montenegro's full name");
        assertEquals("ME", G.byName("黑山").get(0).id());
    }

    @Test
    void commonWordsAreNeverShortForms() {
        for (String word : List.of("合作", "资源", "延长", "太平", "光明", "新建", "中方", "会同", "港口", "比如")) {
            assertTrue(G.byName(word).isEmpty(), word);
        }
        assertEquals("合作市", G.byName("合作市").get(0).name(), "the full name still counts");
    }
}
