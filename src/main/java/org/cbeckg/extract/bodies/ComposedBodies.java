package org.cbeckg.extract.bodies;

import java.util.List;

import org.cbeckg.model.Organization;
import org.cbeckg.model.OrganizationKind;
import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceLevel;

/**
 * Makes the local body a place and a department suffix denote: 浙江省 + 商务厅 → 浙江省商务厅 (provincial_dept),
 * 杭州市 + 商务局 → 杭州市商务局 (other), 杭州市 + 人民政府 → local_government, 宁波 + 海关 → 宁波海关 (customs),
 * 宁波市 + 委 → 宁波市委 (party_dept, at any level),
 * 廊坊 + 日报 → 廊坊日报 (media), 云南 + 大学 → 云南大学 (other). Every composed body knows its place.
 * The id is the place's division code and the department's id ({@code 330000-commerce}), so every wording of the
 * same body (浙江商务厅, 浙江省商务厅) gets the same id.
 *
 * <pre>{@code
 * Organization dept = ComposedBodies.compose(zhejiang, "浙江", suffix);   // 浙江省商务厅, id 330000-commerce
 * }</pre>
 */
public final class ComposedBodies {

    private static final String CUSTOMS_PARENT = "gacc";
    private static final String GOVERNMENT_ID = "government";

    private ComposedBodies() {
    }

    /** The body formed by {@code place} (written as {@code writtenPlace}) followed by {@code suffix}. */
    public static Organization compose(Place place, String writtenPlace, DepartmentSuffix suffix) {
        String name = (suffix.keepsWrittenPlace() ? withoutTrailingShi(writtenPlace) : place.name())
                + suffix.canonical();
        String written = writtenPlace + suffix.written();
        List<String> aliases = written.equals(name) ? List.of() : List.of(written);
        return new Organization(place.id() + "-" + suffix.id(), name, name, aliases, english(place, suffix.nameEn()),
                kind(place, suffix.category()), parent(place, suffix.category()), place.id());
    }

    /** The people's government of a place (浙江省人民政府), the body of a 省长 or 市长. */
    public static Organization government(Place place) {
        return new Organization(place.id() + "-" + GOVERNMENT_ID, place.name() + "人民政府", place.name() + "人民政府",
                List.of(), english(place, "People's Government"), OrganizationKind.LOCAL_GOVERNMENT, null,
                place.id());
    }

    /** Whether a place is a Chinese division that can have departments of its own. */
    public static boolean canHaveDepartments(Place place) {
        return place.isChineseDivision() && place.level() != PlaceLevel.COUNTRY && place.level() != PlaceLevel.REGION;
    }

    private static OrganizationKind kind(Place place, DepartmentSuffix.Category category) {
        return switch (category) {
            case GOVERNMENT -> OrganizationKind.LOCAL_GOVERNMENT;
            case CUSTOMS -> OrganizationKind.CUSTOMS;
            case ASSOCIATION, INSTITUTION -> OrganizationKind.OTHER;
            case MEDIA -> OrganizationKind.MEDIA;
            case PARTY -> OrganizationKind.PARTY_DEPT;
            case DEPARTMENT -> isProvinceLevel(place) ? OrganizationKind.PROVINCIAL_DEPT : OrganizationKind.OTHER;
        };
    }

    private static String parent(Place place, DepartmentSuffix.Category category) {
        return switch (category) {
            case DEPARTMENT -> place.id() + "-" + GOVERNMENT_ID;
            case CUSTOMS -> CUSTOMS_PARENT;
            case GOVERNMENT, ASSOCIATION, MEDIA, INSTITUTION, PARTY -> null;
        };
    }

    private static boolean isProvinceLevel(Place place) {
        return place.level() == PlaceLevel.PROVINCE || place.level() == PlaceLevel.MUNICIPALITY
                || place.level() == PlaceLevel.SAR;
    }

    /** Customs districts are named after the city without 市: 宁波海关, not 宁波市海关. */
    private static String withoutTrailingShi(String place) {
        return place.length() > 2 && place.endsWith("市") ? place.substring(0, place.length() - 1) : place;
    }

    private static String english(Place place, String department) {
        return place.nameEn() == null ? department : place.nameEn() + " " + department;
    }
}
