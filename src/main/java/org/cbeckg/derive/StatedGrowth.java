package org.cbeckg.derive;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * A year-on-year growth rate stated together with the value it is the growth of: in 进出口1.98万亿元，增长15%, the
 * rate 15 and the value 1.98万亿 of the value's cell. Every article stating the same pair in the same cell is one
 * stated growth, with all their observations.
 *
 * @param cell               the value's cell (IRI)
 * @param periodCode         the value's period, e.g. {@code 2022} or {@code 2022-Q1}
 * @param unit               the value's unit (IRI)
 * @param value              the value
 * @param rate               the growth rate, in percent
 * @param rateObservations   the rate observations stating it (IRIs)
 * @param valueObservations  the observations of the value they are the growth of (IRIs)
 */
public record StatedGrowth(String cell, String periodCode, String unit, BigDecimal value, BigDecimal rate,
                           Set<String> rateObservations, Set<String> valueObservations) {
    public StatedGrowth {
        Objects.requireNonNull(cell);
        Objects.requireNonNull(periodCode);
        Objects.requireNonNull(unit);
        Objects.requireNonNull(value);
        Objects.requireNonNull(rate);
        rateObservations = Set.copyOf(rateObservations);
        valueObservations = Set.copyOf(valueObservations);
    }

    /** What identifies the stated pair within its cell. */
    public String key() {
        return rate.toPlainString() + "|" + value.toPlainString();
    }
}
