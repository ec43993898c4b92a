package org.cbeckg.audit;

import java.util.List;

/**
 * The values of one cell, as listed for an auditor: the values in a conflict, or a value several articles corroborate.
 *
 * @param conflict  the {@code cbec:FigureConflict} node, or null when the listing is not about a conflict
 * @param area      the area's Chinese name, or null
 */
public record ListedCell(String conflict, String measure, String period, String area, List<ListedValue> values) {
    public ListedCell {
        values = List.copyOf(values);
    }

    /** 跨境电商进出口额 · 2021 · 中国 */
    public String title() {
        return measure + " · " + period + (area == null ? "" : " · " + area);
    }
}
