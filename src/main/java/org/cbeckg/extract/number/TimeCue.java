package org.cbeckg.extract.number;

import java.util.Objects;

import org.cbeckg.model.Period;

/**
 * A phrase that says when figures are about, at chars {@code [start, end)} of the text scanned.
 *
 * @param kind    what the phrase does
 * @param period  the period it names (null for {@link Kind#SAME_PERIOD} and {@link Kind#YEARS_BACK}); for
 *                {@link Kind#COMPARISON} the base it names (2020 in 较2020年), or null (比去年同期)
 * @param count   the N of {@code N年} for {@link Kind#YEARS_BACK}, the first year for {@link Kind#SINCE}, else 0
 */
public record TimeCue(int start, int end, Kind kind, Period period, int count) {

    public enum Kind {
        /** 2021年, 今年一季度, 1—5月, 近日: the period the following figures are about. */
        PERIOD,
        /** 自2017年以来: a span from a year to now. */
        SINCE,
        /** 5年, 近十年 without a base year: a span ending at the latest full year in context. */
        YEARS_BACK,
        /** 同期: the period just stated. */
        SAME_PERIOD,
        /** 目前, 截至目前, 至今, 逐步, 截至3月底: a stock at a date, even after a year stated earlier. */
        AS_OF,
        /** 已, 累计, 共有, 陆续, 仍: a stock at the publication date, unless the sentence states a period. */
        AS_OF_WEAK,
        /** 比去年同期, 较上月: a comparison base, not the figure's period. */
        COMPARISON
    }

    public TimeCue {
        Objects.requireNonNull(kind);
        if (end < start) {
            throw new IllegalArgumentException("bad cue [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(TimeCue o) {
        return start < o.end && o.start < end;
    }
}
