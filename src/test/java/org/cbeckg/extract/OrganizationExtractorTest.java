package org.cbeckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.cbeckg.model.FactKind;
import org.cbeckg.model.OrganizationMention;
import org.junit.jupiter.api.Test;

class OrganizationExtractorTest {

    private static final LocalDate DAY = LocalDate.of(2023, 6, 15);

    /** The distinct bodies found, as "name/kind". */
    private static Set<String> bodies(Article article) {
        return mentions(article).stream().map(m -> m.organization().name() + "/" + m.organization().kind().code())
                .collect(Collectors.toSet());
    }

    private static List<OrganizationMention> mentions(Article article) {
        return OrganizationExtractor.standard().extract(article, TestPlaces.withPlaces(article));
    }

    private static Set<String> bodies(String... paragraphs) {
        return bodies(TestArticles.of(DAY, paragraphs));
    }

    @Test
    void seed000() {
        assertEquals(Set.of("商务部/ministry", "国务院/state_council", "澎湃新闻/media"), bodies(TestArticles.seed("000")));
    }

    @Test
    void seed001LeavesOutCustomsStatistics() {
        assertEquals(Set.of("商务部/ministry", "国务院/state_council", "澎湃新闻/media"), bodies(TestArticles.seed("001")));
    }

    @Test
    void seed002FindsTheProvincialDepartmentAndTheParty() {
        assertEquals(Set.of("国务院/state_council", "党中央/party_dept", "商务部/ministry", "中国政府网/media",
                "浙江省商务厅/provincial_dept"), bodies(TestArticles.seed("002")));
    }

    @Test
    void seed003() {
        assertEquals(Set.of("新华社/media", "中国政府网/media", "国务院/state_council", "商务部/ministry"),
                bodies(TestArticles.seed("003")));
    }

    @Test
    void seed004FindsInternationalBodies() {
        assertEquals(Set.of("中共中央宣传部/party_dept", "商务部/ministry", "国务院/state_council", "海关总署/customs",
                "澎湃新闻/media", "世贸组织/international", "G20/international", "APEC/international",
                "国际海关组织/international", "世界海关组织/international"), bodies(TestArticles.seed("004")));
    }

    @Test
    void spansAreExactSlicesOfTheText() {
        Article a = TestArticles.seed("004");
        for (OrganizationMention m : mentions(a)) {
            assertEquals(m.evidence().exact(), a.body().slice(m.evidence().start(), m.evidence().end()));
        }
    }

    @Test
    void otherMinistriesAndAgencies() {
        assertEquals(Set.of("国家发展改革委/ministry", "工业和信息化部/ministry", "国家税务总局/agency",
                "国家外汇管理局/agency", "国家邮政局/agency"),
                bodies("国家发展改革委、工信部、国家税务总局、国家外汇管理局和国家邮政局联合印发通知。"));
    }

    @Test
    void longestNameWins() {
        assertEquals(Set.of("国务院新闻办公室/state_council", "国务院办公厅/state_council"),
                bodies("国务院新闻办公室举行发布会，国务院办公厅日前印发意见。"));
        assertEquals(Set.of("人民日报海外版/media"), bodies("据人民日报海外版报道。"));
    }

    @Test
    void composesProvincialAndCityBodiesFromPlaces() {
        assertEquals(Set.of("四川省商务厅/provincial_dept", "成都市商务局/other", "广东省发展和改革委员会/provincial_dept",
                "广州海关/customs", "杭州市人民政府/local_government", "北京市商务局/provincial_dept"),
                bodies("四川省商务厅与成都市商务局、广东省发改委、广州海关、杭州市政府和北京市商务局共同发布报告。"));
    }

    @Test
    void aShortPlaceNameWithItsLevelWordComposesToo() {
        assertEquals(Set.of("浙江省商务厅/provincial_dept"), bodies("浙江省商务厅表示"));
    }

    @Test
    void mediaAndInternationalBodies() {
        assertEquals(Set.of("第一财经/media", "21世纪经济报道/media", "中新社/media", "东盟/international",
                "世贸组织/international"), bodies("第一财经、21世纪经济报道和中新社报道了东盟与WTO的合作。"));
    }

    @Test
    void universitiesAndThinkTanksAreBodiesUnderTheirFullNamesOrTheirOwnShortOnes() {
        assertEquals(Set.of("中国人民大学/other", "中国社会科学院世界经济与政治研究所/other", "商务部研究院/other"),
                bodies("中国人民大学教授赵立新与中国社科院世界经济与政治研究所研究员钱文、商务部研究院副研究员孙楠参加研讨。"));
    }

    @Test
    void aUniversityNamedAfterAPlaceIsComposedFromThePlace() {
        Article a = TestArticles.of(DAY, "贵州大学与宁夏大学联合举办论坛，大学生踊跃参加。");
        assertEquals(Set.of("贵州大学/other", "宁夏大学/other"), bodies(a));
        assertEquals("520000", mentions(a).get(0).organization().placeId());
    }

    @Test
    void studentsAndCampusDistrictsAreNoUniversity() {
        assertEquals(Set.of(), bodies("北京大学生创业大赛开幕，杭州大学城里人头攒动。"));
    }

    @Test
    void aListedUniversityIsNoBodyOfTheCityItIsNamedAfter() {
        OrganizationMention m = mentions(TestArticles.of(DAY, "中山大学教授韩静认为，外贸韧性较强。")).get(0);
        assertEquals("sysu", m.organization().id());
        assertEquals(null, m.organization().placeId());
    }

    @Test
    void localMediaAreComposedFromThePlace() {
        assertEquals(Set.of("宁波日报/media", "杭州电视台/media", "安吉县融媒体中心/media", "广州日报/media"),
                bodies("据宁波日报报道，杭州电视台、安吉县融媒体中心和广州日报也作了报道。"));
        assertEquals("gzdaily", mentions(TestArticles.of(DAY, "广州日报讯")).get(0).organization().id());
    }

    @Test
    void genericMentionsAreNoBodies() {
        assertEquals(Set.of(), bodies("根据海关统计，有关部门和各地商务部门加强协调，所在地省级人民政府负责印发方案。"));
        assertEquals(Set.of(), bodies("通过海关跨境电商管理平台出口大幅增长。高峰期物流压力大。"));
    }

    @Test
    void localAndForeignNamesAreNotTheCentralBody() {
        assertEquals(Set.of(), bodies("美国商务部宣布新规，当地发改委和各地海关积极应对。"));
        assertEquals(Set.of(), bodies("全国人大代表王明建议加快立法。"));
    }

    @Test
    void aFormerBodyIsNamedAsItWas() {
        List<OrganizationMention> found = mentions(TestArticles.of(DAY, "2016年，国家质检总局与海关总署联合发文。"));
        assertEquals("国家质检总局", found.get(0).organization().name());
        assertEquals("samr", found.get(0).organization().successorId());
        assertEquals(Set.of("国家质检总局/agency", "海关总署/customs"), bodies("2016年，国家质检总局与海关总署联合发文。"));
    }

    @Test
    void aSchoolOfAUniversityIsABodyUnderIt() {
        List<OrganizationMention> found = mentions(TestArticles.of(DAY, "清华大学公共管理学院教授李某认为，应加快改革。"));
        assertEquals(1, found.size());
        assertEquals("清华大学公共管理学院", found.get(0).organization().name());
        assertEquals("tsinghua", found.get(0).organization().parentId());
        assertEquals("清华大学公共管理学院", found.get(0).evidence().exact());
    }

    @Test
    void aUnitIsNamedAfterTheInstitutionsCanonicalName() {
        assertEquals(Set.of("对外经济贸易大学国际经济贸易学院/other"), bodies("对外经贸大学国际经济贸易学院举办论坛。"));
    }

    @Test
    void runningTextAfterAUniversityIsNoUnit() {
        assertEquals(Set.of("北京大学/other"), bodies("北京大学教授张某所在的研究院发布报告。"));
        assertEquals(Set.of("北京大学/other", "国务院发展研究中心/agency"), bodies("北京大学和国务院发展研究中心联合发布报告。"));
    }

    @Test
    void aPaperIsFoundByTheShortNameOfItsCredits() {
        assertEquals(Set.of("每日经济新闻/media"), bodies("每经记者 张某"));
        assertTrue(bodies("每经过一道工序，产品都要检验。").isEmpty());
        assertEquals(Set.of("新华日报/media", "湖南日报/media"), bodies("据新华日报、湖南日报报道。"));
    }

    @Test
    void latinNamesStandAsWords() {
        assertEquals(Set.of("G20/international"), bodies("在G20框架下，TWTOX项目与ISO9001认证。"));
    }

    @Test
    void aBareLevelWordNamesTheDepartmentOfThePlaceInContext() {
        assertEquals(Set.of("四川省商务厅/provincial_dept"),
                bodies("成都跨境电商发展提速。", "据省商务厅统计，全省上半年出口增长。"));
        assertEquals(Set.of("内蒙古自治区商务厅/provincial_dept"),
                bodies("鄂尔多斯企业纷纷出海。自治区商务厅有关负责人介绍了情况。"));
        assertEquals(Set.of("金华市商务局/other"), bodies("记者从市商务局了解到，金华新增出口企业120家。"));
    }

    @Test
    void aLevelWordEndingAnUnknownNameOrAGenericPluralIsNoHomeBody() {
        assertTrue(bodies("成都企业出海。各省商务厅要加强指导，某某省商务厅未回复。").stream()
                .noneMatch(b -> b.contains("商务厅")));
        assertTrue(bodies("省商务厅发布了通知。").isEmpty());
    }

    @Test
    void requiresPlaces() {
        assertTrue(OrganizationExtractor.standard().requires().contains(FactKind.PLACE));
    }
}
