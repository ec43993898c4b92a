package org.cbeckg.extract.indicator;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.model.Outlook;
import org.cbeckg.model.Period;

/**
 * Reads a figure's {@link Outlook} from the sentence up to it: a goal word (力争, 确保, 目标是) makes a target, an
 * expectation word (预计, 有望, 将达) or a period after publication a forecast; anything else is a record.
 *
 * <pre>{@code
 * Outlook o = OutlookReader.of(sentenceHead, period, published);
 * MeasureKey forecast = level.withOutlook(o);   // cbec-trade-value/forecast, 跨境电商进出口额（预测）
 * }</pre>
 */
public final class OutlookReader {

    private static final Lexicon LEXICON = Lexicon.of("outlook-reader");

    /** Words that make what follows in the sentence a goal. */
    private static final Pattern TARGET_WORD = LEXICON.pattern("target-word");
    /** Words that make what follows in the sentence an expectation (将 with a verb of reaching or keeping only). */
    private static final Pattern FORECAST_WORD = LEXICON.pattern("forecast-word");

    /** 加上此次获批的12个城市，…将达到…: a total that counts what was just announced is no forecast but a sum. */
    private static final Pattern TALLY = LEXICON.pattern("tally");

    private OutlookReader() {
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
            return Outlook.RECORD;
        }
        if (TARGET_WORD.matcher(sentenceHead).find()) {
            return Outlook.TARGET;
        }
        boolean future = period != null && published != null && period.start().isAfter(published);
        return future || FORECAST_WORD.matcher(sentenceHead).find() ? Outlook.FORECAST : Outlook.RECORD;
    }
}
