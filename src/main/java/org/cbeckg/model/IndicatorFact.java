package org.cbeckg.model;

import java.math.BigDecimal;
import java.util.Objects;

import org.cbeckg.article.Span;

/**
 * A statistical figure: what is measured, where, when, how much, and how the article hedges it.
 *
 * @param measure      what is measured ({@code cbec-trade-value/growth}), or {@link MeasureKey#UNCLASSIFIED}
 * @param measureNote  for an unclassified measure, the words of the clause that name what is measured (陶瓷企业数量),
 *                     for whoever extends the vocabulary; null otherwise
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
public record IndicatorFact(MeasureKey measure, String measureNote, BigDecimal value, Unit unit, Qualifier qualifier,
                            Outlook outlook, Period period, Place area, String surfaceForm, String growthBase,
                            PersonMention speaker, Span evidence)
        implements Fact {
    public IndicatorFact {
        Objects.requireNonNull(measure);
        Objects.requireNonNull(value);
        Objects.requireNonNull(unit);
        Objects.requireNonNull(qualifier);
        Objects.requireNonNull(outlook);
        Objects.requireNonNull(surfaceForm);
        Objects.requireNonNull(evidence);
        if (measure.isUnclassified() != (measureNote != null)) {
            throw new IllegalArgumentException("a note names an unclassified measure, and only that: " + measure);
        }
    }

    /**
     * Whether this figure, a recorded rate of change, states the growth of {@code level}: a figure of its measure's
     * level (a growth of exports grows the export value, not the import value), for the same period and area, not
     * itself a percentage. Both come from one article, so the rate is read as the growth of the article's own value.
     */
    public boolean isGrowthOf(IndicatorFact level) {
        return measure.derivation() == Derivation.GROWTH && measure.outlook().isRecord() && !measure.isUnclassified()
                && level.measure.equals(measure.level()) && period != null && period.equals(level.period)
                && Objects.equals(area, level.area) && level.unit != Unit.PERCENT;
    }

    /** The measure's Chinese label: 跨境电商进出口额增速, or 未分类指标. */
    public String measureLabel() {
        return measure.labelZh();
    }
}
