package org.cbeckg.model.body;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cbeckg.model.Organization;
import org.cbeckg.model.OrganizationKind;

/**
 * The curated list of named bodies (central government, Party, media, international, universities and think tanks),
 * indexed by id and by every surface form: name, full name and aliases. Immutable; {@link #standard()} is read once
 * from {@code /bodies/central-bodies.tsv} and {@code /bodies/institutions.tsv}.
 *
 * <pre>{@code
 * BodyList bodies = BodyList.standard();
 * Organization mofcom = bodies.bySurfaceForm("中华人民共和国商务部").orElseThrow();   // 商务部, ministry
 * }</pre>
 *
 * Government bodies whose names do not already say they are Chinese also answer to 中国 + name (中国商务部,
 * 中国央行), the form foreign-facing news uses.
 */
public final class BodyList {

    public static final String STANDARD_RESOURCE = "/bodies/central-bodies.tsv";
    public static final String INSTITUTIONS_RESOURCE = "/bodies/institutions.tsv";

    private static final Set<OrganizationKind> GOVERNMENT = Set.of(OrganizationKind.MINISTRY, OrganizationKind.AGENCY,
            OrganizationKind.CUSTOMS, OrganizationKind.STATE_COUNCIL);
    private static final List<String> NATIONAL_PREFIXES = List.of("中国", "中华", "国家", "中央", "中共", "国务院",
            "全国", "党中央");

    private final Map<String, Organization> byId;
    private final Map<String, Organization> bySurfaceForm;
    private final Map<String, List<String>> blockingContinuations;
    private final int longestForm;

    private BodyList(Map<String, Organization> byId, Map<String, Organization> bySurfaceForm,
                     Map<String, List<String>> blockingContinuations) {
        this.byId = Map.copyOf(byId);
        this.bySurfaceForm = Map.copyOf(bySurfaceForm);
        this.blockingContinuations = Map.copyOf(blockingContinuations);
        this.longestForm = bySurfaceForm.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The project's list, loaded once. */
    public static BodyList standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final BodyList INSTANCE = fromResources(STANDARD_RESOURCE, INSTITUTIONS_RESOURCE);
    }

    public static BodyList fromResource(String resource) {
        return of(ResourceTable.read(resource));
    }

    /** One list from several tables of the same columns; ids, forms and parents are checked across all of them. */
    public static BodyList fromResources(String... resources) {
        List<ResourceTable.Row> rows = new ArrayList<>();
        for (String resource : resources) {
            rows.addAll(ResourceTable.read(resource));
        }
        return of(rows);
    }

    /** Builds the list from table rows; a surface form naming two bodies or a dangling parent is an error. */
    static BodyList of(List<ResourceTable.Row> rows) {
        Map<String, Organization> byId = new LinkedHashMap<>();
        Map<String, Organization> byForm = new HashMap<>();
        Map<String, List<String>> blocking = new HashMap<>();
        for (ResourceTable.Row row : rows) {
            Organization org = organization(row);
            if (byId.put(org.id(), org) != null) {
                throw new IllegalStateException("line " + row.line() + ": duplicate id " + org.id());
            }
            for (String form : surfaceForms(org)) {
                Organization other = byForm.put(form, org);
                if (other != null && !other.id().equals(org.id())) {
                    throw new IllegalStateException("line " + row.line() + ": '" + form + "' names both "
                            + other.id() + " and " + org.id());
                }
            }
            blocking.put(org.id(), row.list("not_followed_by"));
        }
        checkLinks(byId);
        return new BodyList(byId, byForm, blocking);
    }

    private static void checkLinks(Map<String, Organization> byId) {
        for (Organization org : byId.values()) {
            if (org.parentId() != null && !byId.containsKey(org.parentId())) {
                throw new IllegalStateException(org.id() + ": unknown parent " + org.parentId());
            }
            if (org.successorId() != null && !byId.containsKey(org.successorId())) {
                throw new IllegalStateException(org.id() + ": unknown successor " + org.successorId());
            }
        }
    }

    private static Organization organization(ResourceTable.Row row) {
        OrganizationKind kind = OrganizationKinds.byCode(row.get("kind"));
        return new Organization(row.get("id"), row.get("name"), row.get("full_name"), row.list("aliases"),
                row.get("name_en"), kind, emptyToNull(row.get("parent")), null, emptyToNull(row.optional("successor")));
    }

    private static String emptyToNull(String cell) {
        return cell.isEmpty() ? null : cell;
    }

    private static Set<String> surfaceForms(Organization org) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(org.name());
        forms.add(org.fullName());
        forms.addAll(org.aliases());
        if (GOVERNMENT.contains(org.kind())) {
            for (String form : new ArrayList<>(forms)) {
                if (!hasNationalPrefix(form) && !isAscii(form)) {
                    forms.add("中国" + form);
                }
            }
        }
        return forms;
    }

    /** True when a name says by itself that the body is national (国家统计局, 中共中央宣传部, 全国人大). */
    public static boolean hasNationalPrefix(String form) {
        return NATIONAL_PREFIXES.stream().anyMatch(form::startsWith);
    }

    /** True when every char is ASCII, as in a Latin name such as WTO. */
    public static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }

    public Optional<Organization> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Organization> bySurfaceForm(String form) {
        return Optional.ofNullable(bySurfaceForm.get(form));
    }

    public Collection<Organization> all() {
        return byId.values();
    }

    public Set<String> surfaceForms() {
        return bySurfaceForm.keySet();
    }

    /** Length in chars of the longest surface form, the most a matcher needs to look ahead. */
    public int longestForm() {
        return longestForm;
    }

    /** Whether the text following a name makes it something else (全国人大 + 代表, 商务部 + 门). */
    public boolean isBlockedBy(Organization org, String following) {
        return isBlockedBy(org, following, 0);
    }

    /** Whether {@code text} from char {@code at} on goes on in a way that makes the name part of another. */
    public boolean isBlockedBy(Organization org, String text, int at) {
        return blockingContinuations.getOrDefault(org.id(), List.of()).stream().anyMatch(c -> text.startsWith(c, at));
    }
}
