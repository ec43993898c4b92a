package org.cbeckg.model.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cbeckg.model.Organization;
import org.cbeckg.model.OrganizationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyListTest {

    private final BodyList bodies = BodyList.standard();

    @ParameterizedTest
    @CsvSource({
            "商务部, mofcom, 商务部, ministry",
            "中华人民共和国商务部, mofcom, 商务部, ministry",
            "中国商务部, mofcom, 商务部, ministry",
            "发改委, ndrc, 国家发展改革委, ministry",
            "国家发展和改革委员会, ndrc, 国家发展改革委, ministry",
            "中国人民银行, pboc, 中国人民银行, ministry",
            "审计署, nao, 审计署, ministry",
            "海关总署, gacc, 海关总署, customs",
            "国务院, state-council, 国务院, state_council",
            "国新办, scio, 国务院新闻办公室, state_council",
            "国资委, sasac, 国务院国资委, agency",
            "国家税务总局, sta, 国家税务总局, agency",
            "国家市场监督管理总局, samr, 市场监管总局, agency",
            "国家质检总局, aqsiq, 国家质检总局, agency",
            "银保监会, cbirc, 中国银保监会, agency",
            "每经, nbd, 每日经济新闻, media",
            "新华日报, xhrb, 新华日报, media",
            "国家外汇管理局, safe, 国家外汇管理局, agency",
            "国家数据局, nda, 国家数据局, agency",
            "中宣部, cpc-publicity, 中共中央宣传部, party_dept",
            "中共中央, cpc-central-committee, 党中央, party_dept",
            "国家网信办, cac, 中央网信办, party_dept",
            "新华社, xinhua, 新华社, media",
            "中国政府网, gov-cn, 中国政府网, media",
            "澎湃新闻, thepaper, 澎湃新闻, media",
            "21世纪经济报道, 21jingji, 21世纪经济报道, media",
            "世界贸易组织, wto, 世贸组织, international",
            "WTO, wto, 世贸组织, international",
            "二十国集团, g20, G20, international",
            "亚太经合组织, apec, APEC, international",
            "世界海关组织, wco, 世界海关组织, international",
            "国际海关组织, intl-customs-organization, 国际海关组织, international",
            "商务部研究院, caitec, 商务部研究院, other",
            "商务部国际贸易经济合作研究院, caitec, 商务部研究院, other",
            "中国社科院财经战略研究院, cass-naes, 中国社会科学院财经战略研究院, other",
            "对外经贸大学, uibe, 对外经济贸易大学, other"
    })
    void resolvesSurfaceFormsToCanonicalBodies(String form, String id, String name, String kind) {
        Organization org = bodies.bySurfaceForm(form).orElseThrow();
        assertEquals(id, org.id());
        assertEquals(name, org.name());
        assertEquals(kind, org.kind().code());
    }

    @ParameterizedTest
    @CsvSource({
            "国家质量监督检验检疫总局, samr",
            "国家工商总局, samr",
            "中国银监会, cbirc",
            "中国银保监会, nfra",
            "环保部, mee",
            "国家旅游局, mct"
    })
    void aFormerBodyKnowsItsSuccessor(String form, String successor) {
        Organization former = bodies.bySurfaceForm(form).orElseThrow();
        assertEquals(successor, former.successorId());
        assertTrue(bodies.byId(successor).isPresent());
    }

    @Test
    void aBodyInForceHasNoSuccessor() {
        assertEquals(null, bodies.bySurfaceForm("市场监管总局").orElseThrow().successorId());
    }

    @Test
    void listsTheTwentySixConstituentDepartmentsOfTheStateCouncil() {
        assertEquals(26, bodies.all().stream().filter(o -> o.kind() == OrganizationKind.MINISTRY)
                .filter(o -> o.successorId() == null).count(), "ministries in force; former ones have a successor");
    }

    @Test
    void idsAreIriSafeAndParentsExist() {
        for (Organization org : bodies.all()) {
            assertTrue(org.id().matches("[a-z0-9][a-z0-9-]*"), org.id());
            assertTrue(org.parentId() == null || bodies.byId(org.parentId()).isPresent(), org.id());
            assertTrue(org.nameEn() != null && !org.nameEn().isBlank(), org.id());
            assertEquals(null, org.placeId(), org.id() + " is a listed body, of no one place");
        }
    }

    @Test
    void ministriesBelongToTheStateCouncilAndNationalBureausToTheirMinistry() {
        assertEquals("state-council", bodies.byId("mofcom").orElseThrow().parentId());
        assertEquals("pboc", bodies.byId("safe").orElseThrow().parentId());
        assertEquals("mot", bodies.byId("spb").orElseThrow().parentId());
    }

    @Test
    void subInstitutesBelongToTheirInstitution() {
        assertEquals("cass", bodies.byId("cass-naes").orElseThrow().parentId());
        assertEquals("mofcom", bodies.byId("caitec").orElseThrow().parentId());
        assertTrue(bodies.isBlockedBy(bodies.byId("pku").orElseThrow(), "生创业"));
    }

    @Test
    void genericWordsAreNoSurfaceForms() {
        for (String generic : List.of("海关", "商务部门", "有关部门", "统计局", "人民政府", "求是", "中国网")) {
            assertTrue(bodies.bySurfaceForm(generic).isEmpty(), generic);
        }
    }

    @Test
    void continuationsMakeNamesGeneric() {
        Organization npc = bodies.byId("npc").orElseThrow();
        assertTrue(bodies.isBlockedBy(npc, "代表张三"));
        assertTrue(bodies.isBlockedBy(bodies.byId("mofcom").orElseThrow(), "门要加强"));
    }

    @Test
    void rejectsAFormNamingTwoBodies() {
        List<ResourceTable.Row> rows = ResourceTable.parse(List.of(
                "id\tkind\tname\tfull_name\taliases\tname_en\tparent\tnot_followed_by",
                "a\tministry\t甲部\t\t乙\tA\t\t",
                "b\tministry\t乙部\t\t乙\tB\t\t"));
        assertThrows(IllegalStateException.class, () -> BodyList.of(rows));
    }
}
