package org.cbeckg.derive;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A value stated for a series' cell, as a candidate for the earlier end of a growth rate: one number, with every
 * reported value (one per qualifier) stating it.
 *
 * @param value           the number, never zero
 * @param reportedValues  the {@code cbec:ReportedValue}s stating it (IRIs), at least one
 */
public record EarlierValue(BigDecimal value, List<String> reportedValues) {
    public EarlierValue {
        Objects.requireNonNull(value);
        reportedValues = List.copyOf(reportedValues);
        if (value.signum() == 0 || reportedValues.isEmpty()) {
            throw new IllegalArgumentException("an earlier value is a non-zero number some reported value states");
        }
    }
}
