package org.cbeckg.lang.number;

import java.math.BigDecimal;
import java.util.Objects;

import org.cbeckg.model.Unit;

/**
 * A word that names the unit of a figure, with the factor to the unit's base: {@code 平方公里} is
 * {@link Unit#SQUARE_METRE} × 10^6, {@code 成} is {@link Unit#RATIO} × 0.1.
 *
 * @param word    the word as written after the number ({@code 元人民币}, {@code 家}, {@code ％})
 * @param unit    the unit it denotes, or null for a unit outside the project's scheme (欧元, 公里)
 * @param factor  multiply the stated number by this to get the value in {@code unit}
 */
public record UnitWord(String word, Unit unit, BigDecimal factor) {
    public UnitWord {
        Objects.requireNonNull(word);
        Objects.requireNonNull(factor);
    }

    public static UnitWord of(String word, Unit unit) {
        return new UnitWord(word, unit, BigDecimal.ONE);
    }

    /** True for units the project has no code for: figures in them are not read at all. */
    public boolean isForeign() {
        return unit == null;
    }
}
