package org.cbeckg.extract.bodies;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.model.Organization;
import org.cbeckg.model.OrganizationKind;

/**
 * Finds the schools, institutes and centres of a university or research institute, written right after it:
 * 中国人民大学 + 经济学院, 浙江大学 + 中国西部发展研究院. Each is a body of its own (kind other) with the institution
 * as parent, named by the institution's canonical name and the unit's name, so every wording of the institution gives
 * the same body (人民大学经济学院 → 中国人民大学经济学院). The unit's name is two to twelve Han characters ending in
 * 学院, 研究院, 研究所 or 研究中心; a name that starts with a conjunction (和, 与 …) or holds a clause break, 的, or a
 * post (教授, 研究员, 院长 …) is not a unit's name but running text (北京大学教授张三所在的研究院).
 *
 * <pre>{@code
 * List<BodyMatch> units = new SubUnitMatcher().find("中国人民大学经济学院教授王五认为", found);
 * // 中国人民大学经济学院 [0, 10), parent ruc
 * }</pre>
 */
public final class SubUnitMatcher {

    private static final Lexicon LEXICON = Lexicon.of("sub-unit-matcher");

    private static final List<String> INSTITUTION_ENDS = LEXICON.words("institution-ends");
    /** A unit's name: no conjunction first; no 的, clause break, verb of saying or post character inside. */
    private static final Pattern UNIT = LEXICON.pattern("unit");
    /** A ministry's department: 电子商务司, 监管司. */
    private static final Pattern DEPARTMENT = LEXICON.pattern("department");
    private static final Set<OrganizationKind> MINISTRIES = Set.of(OrganizationKind.MINISTRY, OrganizationKind.AGENCY,
            OrganizationKind.CUSTOMS);
    private static final int LONGEST_UNIT = 16;

    /** The units written right after an institution, and the departments after a ministry, among {@code bodies}. */
    public List<BodyMatch> find(String text, List<BodyMatch> bodies) {
        List<BodyMatch> found = new ArrayList<>();
        for (BodyMatch b : bodies) {
            if (isInstitution(b.organization())) {
                unitAfter(text, b).ifPresent(found::add);
            } else if (MINISTRIES.contains(b.organization().kind()) && b.organization().placeId() == null) {
                departmentAfter(text, b).ifPresent(found::add);
            }
        }
        return List.copyOf(found);
    }

    /** 商务部电子商务司, 海关总署监管司: a ministry's department, of its ministry's kind. */
    private static Optional<BodyMatch> departmentAfter(String text, BodyMatch ministry) {
        Matcher m = DEPARTMENT.matcher(text).region(ministry.end(),
                Math.min(text.length(), ministry.end() + LONGEST_UNIT));
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        Organization parent = ministry.organization();
        Organization unit = unit(ministry, text.substring(ministry.start(), m.end()), m.group(1));
        return Optional.of(new BodyMatch(new Organization(unit.id(), unit.name(), unit.fullName(), unit.aliases(),
                unit.nameEn(), parent.kind(), parent.id(), null), ministry.start(), m.end()));
    }

    private static boolean isInstitution(Organization org) {
        return org.kind() == OrganizationKind.OTHER && INSTITUTION_ENDS.stream().anyMatch(org.name()::endsWith);
    }

    private static Optional<BodyMatch> unitAfter(String text, BodyMatch institution) {
        Matcher m = UNIT.matcher(text).region(institution.end(),
                Math.min(text.length(), institution.end() + LONGEST_UNIT));
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(new BodyMatch(unit(institution, text.substring(institution.start(), m.end()), m.group()),
                institution.start(), m.end()));
    }

    /** The unit {@code unitName} of the institution, as written in {@code written}. */
    static Organization unit(BodyMatch institution, String written, String unitName) {
        Organization parent = institution.organization();
        String name = parent.name() + unitName;
        List<String> aliases = written.equals(name) ? List.of() : List.of(written);
        String nameEn = parent.nameEn() == null ? null : unitName + ", " + parent.nameEn();
        return new Organization(parent.id() + "-" + shortHash(unitName), name, name, aliases, nameEn,
                OrganizationKind.OTHER, parent.id(), parent.placeId());
    }

    /** 8 hex digits of SHA-256: a stable, IRI-safe id part for a Chinese unit name. */
    static String shortHash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
