package org.cbeckg.derive;

import java.util.Objects;

import org.cbeckg.graph.Iris;

/**
 * One cell of the indicator cube: a measure, a period, an area and a unit (IRIs). Figures are compared only within a
 * cell: two figures about different periods, places or units never conflict and never corroborate each other.
 *
 * @param area  the area's IRI, or the empty string when the figure names none (compared only with others naming none)
 */
public record Cell(String measure, String period, String area, String unit) {
    public Cell {
        Objects.requireNonNull(measure);
        Objects.requireNonNull(period);
        Objects.requireNonNull(unit);
        area = area == null ? "" : area;
    }

    /** A stable key, from which the derived graph's IRIs for this cell are minted. */
    public String key() {
        return Iris.cellKey(measure, period, area, unit);
    }
}
