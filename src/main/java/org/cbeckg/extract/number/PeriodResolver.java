package org.cbeckg.extract.number;

import java.time.LocalDate;
import java.util.List;

import org.cbeckg.extract.number.TimeCue.Kind;
import org.cbeckg.model.Period;

/**
 * Decides the period of a figure from the time cues of its sentence. A period stated earlier in the sentence carries
 * to the figures after it ({@code 据测算，2021年，全省…3302.9亿元，…其中出口2430.2亿元}); a stock cue
 * ({@code 目前}, {@code 逐步}, {@code 截至3月底}) stated after it wins; a weak stock cue ({@code 已}, {@code 累计})
 * or a completed result ({@code 超过了}) only counts when the sentence states no period; {@code 同期} is the period
 * stated before; {@code 5年} with no base year is the five years ending at the latest full year in the sentence
 * ({@code 去年}) or, failing that, the year before publication. A figure with no time at all has none.
 *
 * <pre>{@code
 * PeriodResolver r = new PeriodResolver(LocalDate.of(2022, 4, 21));
 * Period p = r.resolve(cues, figureStart, previousPeriod, quantity.perfective());
 * }</pre>
 */
public final class PeriodResolver {

    private final LocalDate published;

    /** @param published the publication date (for 同期-free defaults and stocks), or null when unknown */
    public PeriodResolver(LocalDate published) {
        this.published = published;
    }

    /**
     * @param sentenceCues the time cues of the figure's sentence
     * @param at           where the figure starts, in the same offsets as the cues
     * @param previous     the period last stated before this sentence (what 同期 refers to), or null
     * @param perfective   the figure is stated as a completed result (超过了2000个)
     * @return the period, or null when the text gives none
     */
    public Period resolve(List<TimeCue> sentenceCues, int at, Period previous, boolean perfective) {
        TimeCue frame = null;
        TimeCue stock = null;
        TimeCue weakStock = null;
        for (TimeCue c : sentenceCues) {
            if (c.end() > at) {
                break;
            }
            switch (c.kind()) {
                case PERIOD, SINCE, YEARS_BACK, SAME_PERIOD -> frame = c;
                case AS_OF -> stock = c;
                case AS_OF_WEAK -> weakStock = c;
                default -> { }
            }
        }
        if (stock != null && (frame == null || stock.start() > frame.start())) {
            return stock.period();
        }
        if (frame != null) {
            return framed(frame, sentenceCues, previous);
        }
        if (weakStock != null) {
            return weakStock.period();
        }
        return perfective && published != null ? Period.asOf(published) : null;
    }

    private Period framed(TimeCue frame, List<TimeCue> cues, Period previous) {
        return switch (frame.kind()) {
            case SAME_PERIOD -> previous;
            case YEARS_BACK -> yearsBack(frame, cues);
            default -> frame.period();
        };
    }

    /** 自2017年以来…5年 is 2017/2021; a bare 5年 ends at the latest full year the sentence names. */
    private Period yearsBack(TimeCue cue, List<TimeCue> cues) {
        int n = cue.count();
        for (TimeCue c : cues) {
            if (c.kind() == Kind.SINCE && c.end() <= cue.start()) {
                return Period.years(c.count(), c.count() + n - 1);
            }
        }
        Integer end = latestFullYear(cues);
        if (end == null && published == null) {
            return null;
        }
        int last = end != null ? end : published.getYear() - 1;
        return Period.years(last - n + 1, last);
    }

    private Integer latestFullYear(List<TimeCue> cues) {
        Integer latest = null;
        for (TimeCue c : cues) {
            if (c.kind() == Kind.PERIOD && c.period().kind() == Period.Kind.YEAR) {
                int y = c.period().start().getYear();
                boolean full = published == null || y < published.getYear();
                latest = full && (latest == null || y > latest) ? Integer.valueOf(y) : latest;
            }
        }
        return latest;
    }
}
