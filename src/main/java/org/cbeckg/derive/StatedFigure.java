package org.cbeckg.derive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One article's observation of a figure, as read back from the store for comparison across articles.
 *
 * @param qualifier     the qualifier's code ({@code exact}, {@code more_than}, …)
 * @param measureLabel  the measure's Chinese label, for people reading the derived graph
 * @param periodCode    the period's code
 * @param areaLabel     the area's Chinese name, or null
 * @param published     the article's publication date, or null when unknown
 */
public record StatedFigure(String observation, Cell cell, BigDecimal value, String qualifier, String surfaceForm,
                           String article, String fileName, LocalDate published, String measureLabel,
                           String periodCode, String areaLabel) {
    public StatedFigure {
        Objects.requireNonNull(observation);
        Objects.requireNonNull(cell);
        Objects.requireNonNull(value);
        Objects.requireNonNull(qualifier);
        Objects.requireNonNull(article);
    }
}
