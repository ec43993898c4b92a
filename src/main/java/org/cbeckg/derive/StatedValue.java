package org.cbeckg.derive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One value stated for a cell, with one qualifier, by one or more observations: what the derived graph calls a
 * {@code cbec:ReportedValue}. Its corroboration is the number of distinct articles behind it.
 *
 * @param range       the values the statements allow (the tightest printed precision among them)
 * @param statements  the observations stating it, in a stable order
 */
public record StatedValue(Cell cell, BigDecimal value, String qualifier, ValueRange range,
                          List<StatedFigure> statements) {
    public StatedValue {
        Objects.requireNonNull(cell);
        Objects.requireNonNull(value);
        Objects.requireNonNull(range);
        statements = List.copyOf(statements);
    }

    /** A stable key for the value within its cell. */
    public String key() {
        return value.toPlainString() + "|" + qualifier;
    }

    /** How many distinct articles state it: an article repeating a figure is still one source. */
    public int sourceCount() {
        return (int) statements.stream().map(StatedFigure::article).distinct().count();
    }

    /** The latest publication date among the articles stating it. */
    public Optional<LocalDate> latest() {
        return statements.stream().map(StatedFigure::published).filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
    }

    /** The earliest publication date among the articles stating it. */
    public Optional<LocalDate> earliest() {
        return statements.stream().map(StatedFigure::published).filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
    }

    public boolean exact() {
        return qualifier.equals("exact");
    }

    /** Whether this value and another can both be true. */
    public boolean compatibleWith(StatedValue other) {
        return value.compareTo(other.value) == 0 || range.overlaps(other.range);
    }
}
