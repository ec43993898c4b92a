package org.cbeckg.extract.indicator;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.cbeckg.extract.Period;

/**
 * Whether a figure records what happened, forecasts what is expected ({@code 预计全年增长8%左右}, {@code 有望突破千亿元})
 * or sets a goal ({@code 力争到2027年培育50家}). Forecasts and targets are figures too; their measure label ends in
 * {@link #suffix()} so that a reader can keep records only.
 *
 * <pre>{@code
 * Outlook o = Outlook.of(sentenceHead, period, published);
 * String label = measureLabel + o.suffix();   // 跨境电商进出口额（预测）
 * }</pre>
 */
public enum Outlook {
    RECORD(""), FORECAST("（预测）"), TARGET("（目标）");

    /** Words that make what follows in the sentence a goal. */
    private static final Pattern TARGET_WORD = Pattern.compile("力争|争取|确保|目标[是为到]|[计规]划到|奋斗目标");
    /** Words that make what follows in the sentence an expectation (将 with a verb of reaching or keeping only). */
    private static final Pattern FORECAST_WORD = Pattern.compile("预计|预期|预测|有望|可望|将[达超突保增升提接]");

    /** 加上此次获批的12个城市，…将达到…: a total that counts what was just announced is no forecast but a sum. */
    private static final Pattern TALLY = Pattern.compile("(?:加上|算上|连同)(?:此次|本次|这次|这批|新)[^，。；]*[，；]");

    private final String suffix;

    Outlook(String suffix) {
        this.suffix = suffix;
    }

    /** What a measure label ends with: （预测）, （目标） or nothing for a record. */
    public String suffix() {
        return suffix;
    }

    public boolean isRecord() {
        return this == RECORD;
    }

    /** A clause before the figure adds what was just announced (加上此次获批的…，): the total is a stock now. */
    public static boolean isTally(String sentenceHead) {
        return TALLY.matcher(sentenceHead).find();
    }

    /**
     * The sentence up to the figure decides, a goal word before an expectation word; with neither, a period starting
     * after publication ({@code 到2030年…}) is a forecast. A tally of what was just announced is a record.
     */
    public static Outlook of(String sentenceHead, Period period, LocalDate published) {
        if (isTally(sentenceHead)) {
            return RECORD;
        }
        if (TARGET_WORD.matcher(sentenceHead).find()) {
            return TARGET;
        }
        boolean future = period != null && published != null && period.start().isAfter(published);
        return future || FORECAST_WORD.matcher(sentenceHead).find() ? FORECAST : RECORD;
    }
}
