package org.cbeckg.derive;

import java.util.List;
import java.util.Map;

/**
 * The values stated for one cell, which of them disagree, and the value each selection rule picks.
 *
 * @param values       every value stated for the cell, most sources first
 * @param conflicting  the values incompatible with at least one other; empty when the sources agree
 * @param best         the value each rule picks
 */
public record CellComparison(Cell cell, List<StatedValue> values, List<StatedValue> conflicting,
                             Map<SelectionRule, StatedValue> best) {
    public CellComparison {
        values = List.copyOf(values);
        conflicting = List.copyOf(conflicting);
        best = Map.copyOf(best);
    }

    public boolean inConflict() {
        return !conflicting.isEmpty();
    }
}
