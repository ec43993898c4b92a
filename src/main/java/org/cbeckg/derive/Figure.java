package org.cbeckg.derive;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.cbeckg.model.Unit;

/**
 * A figure as an auditor types it or an article prints it, read as a number.
 *
 * @param value     the plain number in the unit's base (1.98万亿 = 1980000000000; 15% = 15)
 * @param unit      the unit the text names (元 → CNY, % → percent), or empty when it names none
 * @param halfUnit  half a unit of the last printed digit, in the same base (1.98万亿 → 5000000000): the rounding the
 *                  printed form allows, so 1.98万亿 and 1.983万亿 are not read as a disagreement
 */
public record Figure(BigDecimal value, Optional<Unit> unit, BigDecimal halfUnit) {
    public Figure {
        Objects.requireNonNull(value);
        Objects.requireNonNull(unit);
        Objects.requireNonNull(halfUnit);
    }
}
