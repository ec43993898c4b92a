package org.cbeckg.lang.number;

import java.math.BigDecimal;
import java.util.Objects;

import org.cbeckg.article.Span;
import org.cbeckg.model.Qualifier;
import org.cbeckg.model.Unit;

/**
 * A figure read from text: {@code 超过了1600万平方米} is 16000000 {@link Unit#SQUARE_METRE}, more than.
 *
 * @param value        the value in the unit's base (1.98万亿元 = 1980000000000, 15% = 15, 六分之一 = 0.1667); negative
 *                     for a stated fall (下降3% = -3); for a range, its lower end
 * @param upper        the upper end of a range (10%—15%), else null
 * @param unit         the unit, or null for a bare number with a multiplier (1.92万亿) whose unit the context gives
 * @param unitWord     the unit as written ({@code 元人民币}, {@code 家}, {@code 分之}), or empty
 * @param qualifier    how the text hedges it (超过 → MORE_THAN, 近 → APPROX); EXACT when it does not
 * @param trend        the change word before it (增长 → UP, 下降 → DOWN)
 * @param perfective   stated as a completed result (超过了, 设立了), which news uses for stocks counted at the date
 * @param chineseDigits written in Chinese numerals (两个, 一批), where small values are often not statistics
 * @param surfaceForm  the number and unit as written, without hedge words ({@code 1.98万亿元人民币})
 * @param span         where {@code surfaceForm} is, in code points of the text scanned
 * @param at           where {@code surfaceForm} starts, in chars of the text scanned
 */
public record Quantity(BigDecimal value, BigDecimal upper, Unit unit, String unitWord, Qualifier qualifier, Trend trend,
                       boolean perfective, boolean chineseDigits, String surfaceForm, Span span, int at) {
    public Quantity {
        Objects.requireNonNull(value);
        Objects.requireNonNull(unitWord);
        Objects.requireNonNull(qualifier);
        Objects.requireNonNull(trend);
        Objects.requireNonNull(surfaceForm);
        Objects.requireNonNull(span);
    }

    /** Where {@code surfaceForm} ends, in chars of the text scanned. */
    public int end() {
        return at + surfaceForm.length();
    }

    public boolean isRange() {
        return upper != null;
    }

    /** This figure with the unit its context gives it (1.92万亿 in a sentence about trade → CNY). */
    public Quantity withUnit(Unit u) {
        return new Quantity(value, upper, u, unitWord, qualifier, trend, perfective, chineseDigits, surfaceForm, span,
                at);
    }
}
