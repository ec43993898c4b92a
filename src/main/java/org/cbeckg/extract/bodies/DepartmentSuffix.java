package org.cbeckg.extract.bodies;

import java.util.List;
import java.util.Objects;

/**
 * A department name that follows a place name to form a local body: 商务厅 in 浙江省商务厅.
 *
 * @param written    the suffix as the text writes it ({@code 发改委})
 * @param id         the department's id, the second part of a composed body's id ({@code development-reform})
 * @param canonical  the standard form used in the composed body's name ({@code 发展和改革委员会})
 * @param category   what kind of body the suffix makes
 * @param keepsWrittenPlace  true when the body's name keeps the place as written (宁波海关), false when it takes the
 *                   place's full name (浙江省商务厅 for 浙江商务厅)
 * @param notFollowedBy  continuations that make the match something else (云南 + 大学 + 生 are students)
 */
public record DepartmentSuffix(String written, String id, String canonical, Category category,
                               boolean keepsWrittenPlace, String nameEn, List<String> notFollowedBy) {

    /**
     * What a suffix makes of a place: a department, a local medium (廊坊日报), a university (云南大学), the local
     * Party committee (宁波市委)…
     */
    public enum Category { GOVERNMENT, DEPARTMENT, CUSTOMS, ASSOCIATION, MEDIA, INSTITUTION, PARTY }

    public DepartmentSuffix {
        Objects.requireNonNull(written);
        Objects.requireNonNull(id);
        Objects.requireNonNull(canonical);
        Objects.requireNonNull(category);
        notFollowedBy = List.copyOf(notFollowedBy);
    }

    /** Whether the text after the suffix makes the match something else (大学 + 生). */
    public boolean isBlockedBy(String text, int end) {
        return notFollowedBy.stream().anyMatch(w -> text.startsWith(w, end));
    }
}
