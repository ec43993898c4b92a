package org.cbeckg.model;

import java.math.BigDecimal;
import java.util.Objects;

import org.cbeckg.article.Span;

/**
 * A statistical figure: what is measured, where, when, how much, and how the article hedges it.
 *
 * @param measure      what is measured, as a label ({@code 跨境电商进出口额}, {@code 海外仓数量})
 * @param value        the plain number in the unit's base (1.98万亿元 = 1980000000000; 15% = 15; a fall is negative)
 * @param unit         the unit
 * @param qualifier    超过 → MORE_THAN, 近/约 → APPROX, …
 * @param outlook      a record of what happened, or a forecast (预计) or target (力争) stated as a figure
 * @param period       the time the figure is about, or null when the article gives none
 * @param area         the place it is about (中国 for 全国/我国), or null
 * @param surfaceForm  the figure as written, e.g. {@code 1.98万亿元}
 * @param growthBase   for rates of change: 同比, 环比, or null
 * @param speaker      the person the article attributes it to, or null
 * @param evidence     the clause that carries the figure
 */
public record IndicatorFact(String measure, BigDecimal value, Unit unit, Qualifier qualifier, Outlook outlook,
                            Period period, Place area, String surfaceForm, String growthBase, PersonMention speaker,
                            Span evidence)
        implements Fact {
    public IndicatorFact {
        Objects.requireNonNull(measure);
        Objects.requireNonNull(value);
        Objects.requireNonNull(unit);
        Objects.requireNonNull(qualifier);
        Objects.requireNonNull(outlook);
        Objects.requireNonNull(surfaceForm);
        Objects.requireNonNull(evidence);
    }
}
