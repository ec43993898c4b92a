package org.cbeckg.extract.bodies;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cbeckg.model.body.ResourceTable;

/**
 * The department suffixes of local bodies, matched longest first at a position of the text. Immutable;
 * {@link #standard()} is read once from {@code /bodies/department-suffixes.tsv}.
 *
 * <pre>{@code
 * DepartmentSuffixes.standard().longestAt("浙江省商务厅发布", 3);   // 商务厅
 * }</pre>
 */
public final class DepartmentSuffixes {

    public static final String STANDARD_RESOURCE = "/bodies/department-suffixes.tsv";

    private final Map<String, DepartmentSuffix> byWritten;
    private final int longest;

    private DepartmentSuffixes(Map<String, DepartmentSuffix> byWritten) {
        this.byWritten = Map.copyOf(byWritten);
        this.longest = byWritten.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    public static DepartmentSuffixes standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final DepartmentSuffixes INSTANCE = fromResource(STANDARD_RESOURCE);
    }

    public static DepartmentSuffixes fromResource(String resource) {
        return of(ResourceTable.read(resource));
    }

    static DepartmentSuffixes of(List<ResourceTable.Row> rows) {
        Map<String, DepartmentSuffix> byWritten = new HashMap<>();
        for (ResourceTable.Row row : rows) {
            DepartmentSuffix s = new DepartmentSuffix(row.get("suffix"), row.get("id"), row.get("canonical"),
                    DepartmentSuffix.Category.valueOf(row.get("category").toUpperCase(Locale.ROOT)),
                    "written".equals(row.get("place_form")), row.get("name_en"), row.list("not_followed_by"));
            if (byWritten.put(s.written(), s) != null) {
                throw new IllegalStateException("line " + row.line() + ": duplicate suffix " + s.written());
            }
        }
        return new DepartmentSuffixes(byWritten);
    }

    /** The longest suffix starting at char {@code index} of {@code text}, if any. */
    public Optional<DepartmentSuffix> longestAt(String text, int index) {
        for (int end = Math.min(text.length(), index + longest); end > index; end--) {
            DepartmentSuffix s = byWritten.get(text.substring(index, end));
            if (s != null) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
