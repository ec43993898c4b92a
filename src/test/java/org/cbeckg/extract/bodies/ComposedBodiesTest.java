package org.cbeckg.extract.bodies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cbeckg.model.Organization;
import org.cbeckg.model.OrganizationKind;
import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceLevel;
import org.junit.jupiter.api.Test;

class ComposedBodiesTest {

    private static final Place HUNAN = new Place("430000", "湖南省", List.of("湖南"), PlaceLevel.PROVINCE, "CN",
            "430000", "Hunan");
    private static final Place CHANGSHA = new Place("430100", "长沙市", List.of("长沙"), PlaceLevel.PREFECTURE,
            "430000", "430000", null);
    private static final Place TIANJIN = new Place("120000", "天津市", List.of("天津"), PlaceLevel.MUNICIPALITY, null,
            "120000", "Tianjin");

    private final DepartmentSuffixes suffixes = DepartmentSuffixes.standard();

    private DepartmentSuffix suffix(String written) {
        return suffixes.longestAt(written, 0).orElseThrow();
    }

    @Test
    void aProvincialDepartmentTakesTheProvincesFullName() {
        Organization dept = ComposedBodies.compose(HUNAN, "湖南", suffix("商务厅"));
        assertEquals("湖南省商务厅", dept.name());
        assertEquals(OrganizationKind.PROVINCIAL_DEPT, dept.kind());
        assertEquals("430000-commerce", dept.id());
        assertEquals("430000-government", dept.parentId());
        assertEquals(List.of("湖南商务厅"), dept.aliases());
    }

    @Test
    void aMunicipalitysBureauIsProvincialButACitysIsOther() {
        assertEquals(OrganizationKind.PROVINCIAL_DEPT, ComposedBodies.compose(TIANJIN, "天津市", suffix("商务局")).kind());
        assertEquals(OrganizationKind.OTHER, ComposedBodies.compose(CHANGSHA, "长沙市", suffix("商务局")).kind());
    }

    @Test
    void everyWordingOfOneBodyGetsOneIdAndOneName() {
        Organization short1 = ComposedBodies.compose(HUNAN, "湖南", suffix("发改委"));
        Organization full = ComposedBodies.compose(HUNAN, "湖南省", suffix("发展和改革委员会"));
        assertEquals(short1.id(), full.id());
        assertEquals("湖南省发展和改革委员会", short1.name());
        assertEquals(full.name(), short1.name());
    }

    @Test
    void aCustomsDistrictKeepsTheCityAsWrittenAndBelongsToTheGeneralAdministration() {
        Organization customs = ComposedBodies.compose(CHANGSHA, "长沙市", suffix("海关"));
        assertEquals("长沙海关", customs.name());
        assertEquals(OrganizationKind.CUSTOMS, customs.kind());
        assertEquals("gacc", customs.parentId());
    }

    @Test
    void aGovernmentIsLocalGovernment() {
        Organization gov = ComposedBodies.compose(CHANGSHA, "长沙", suffix("政府"));
        assertEquals("长沙市人民政府", gov.name());
        assertEquals(OrganizationKind.LOCAL_GOVERNMENT, gov.kind());
        assertEquals(gov.id(), ComposedBodies.government(CHANGSHA).id());
        assertTrue(gov.id().matches("[a-z0-9-]+"));
    }

    @Test
    void aLocalMediumAndAUniversityKeepThePlaceAsWritten() {
        Organization daily = ComposedBodies.compose(CHANGSHA, "长沙", suffix("晚报"));
        assertEquals("长沙晚报", daily.name());
        assertEquals(OrganizationKind.MEDIA, daily.kind());
        Organization university = ComposedBodies.compose(HUNAN, "湖南", suffix("大学"));
        assertEquals("湖南大学", university.name());
        assertEquals(OrganizationKind.OTHER, university.kind());
        assertEquals(null, university.parentId());
        assertTrue(suffix("大学").isBlockedBy("大学生", 2));
    }

    @Test
    void aComposedBodyKnowsThePlaceItBelongsTo() {
        assertEquals("430000", ComposedBodies.compose(HUNAN, "湖南省", suffix("人民政府")).placeId());
        assertEquals("430100", ComposedBodies.compose(CHANGSHA, "长沙", suffix("商务局")).placeId());
        assertEquals("430100", ComposedBodies.government(CHANGSHA).placeId());
    }

    @Test
    void longestSuffixWins() {
        assertEquals("人民政府办公厅", suffixes.longestAt("人民政府办公厅印发", 0).orElseThrow().written());
        assertTrue(suffixes.longestAt("有关部门", 0).isEmpty());
    }
}
