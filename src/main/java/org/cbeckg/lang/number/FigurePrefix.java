package org.cbeckg.lang.number;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.model.Qualifier;

/**
 * What the words just before a number say about it: a hedge (超过, 近, 至少有, 约占全国, 约占同期货物贸易总值的), a
 * change (增长, 下降了), a completed
 * result (设立了), an explicit minus sign, or that it is no figure at all (第五, G20, 〔2022〕, 数十).
 *
 * <pre>{@code
 * FigurePrefix.before("海外仓数量超过了2000个", 9);  // qualifier MORE_THAN, perfective
 * }</pre>
 *
 * @param skip        the number is an ordinal, part of a code or a vague amount
 * @param qualifier   the hedge word's qualifier, EXACT when there is none
 * @param trend       the change word before the number
 * @param perfective  了 directly before the number or its hedge
 * @param negative    an explicit minus sign (增长-3.2%)
 */
public record FigurePrefix(boolean skip, Qualifier qualifier, Trend trend, boolean perfective, boolean negative) {

    private static final Lexicon LEXICON = Lexicon.of("figure-prefix");

    private static final int WINDOW = 24;
    private static final String STOPS = LEXICON.text("stops");
    /** Anchored at the end: [change][了][hedge [了] [有|为|达] [占 + the whole, as in 约占全国六分之一]]. */
    private static final Pattern TAIL = LEXICON.pattern("tail");

    /** Reads the text before {@code start}, back to the clause's start. */
    public static FigurePrefix before(CharSequence text, int start) {
        int from = start;
        while (from > 0 && start - from < WINDOW && STOPS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        String window = text.subSequence(from, start).toString();
        boolean minus = window.endsWith("-") || window.endsWith("−");
        if (minus) {
            window = window.substring(0, window.length() - 1);
        }
        return read(window, minus && !endsWithDigitOrUnit(window), isChinese(text, start));
    }

    private static FigurePrefix read(String window, boolean negative, boolean chineseNumeral) {
        if (isNotAFigure(window, chineseNumeral)) {
            return new FigurePrefix(true, Qualifier.EXACT, Trend.NONE, false, false);
        }
        Matcher m = TAIL.matcher(window);
        if (!m.find()) {
            return new FigurePrefix(false, Qualifier.EXACT, Trend.NONE, false, negative);
        }
        Trend trend = m.group("up") != null ? Trend.UP : m.group("down") != null ? Trend.DOWN : Trend.NONE;
        boolean perfective = m.group("le1") != null || m.group("le2") != null;
        return new FigurePrefix(false, qualifier(m.group("q")), trend, perfective, negative);
    }

    /** 第五 is an ordinal, G20/B2B/SF031 are names, 〔2022〕 a document number, 数十/几百 are vague. */
    private static boolean isNotAFigure(String window, boolean chineseNumeral) {
        if (window.isEmpty()) {
            return false;
        }
        char prev = window.charAt(window.length() - 1);
        boolean asciiLetter = (prev >= 'A' && prev <= 'Z') || (prev >= 'a' && prev <= 'z');
        return asciiLetter || "第〔[【".indexOf(prev) >= 0 || (chineseNumeral && "数几".indexOf(prev) >= 0);
    }

    static Qualifier qualifier(String word) {
        if (word == null) {
            return Qualifier.EXACT;
        }
        return switch (word) {
            case "不少于", "不低于", "至少" -> Qualifier.AT_LEAST;
            case "超过", "突破", "多于", "高于", "逾", "超" -> Qualifier.MORE_THAN;
            case "接近", "将近", "大约", "约", "近" -> Qualifier.APPROX;
            case "不到", "不足", "少于", "低于" -> Qualifier.LESS_THAN;
            default -> Qualifier.EXACT;
        };
    }

    private static boolean endsWithDigitOrUnit(String window) {
        if (window.isEmpty()) {
            return false;
        }
        char c = window.charAt(window.length() - 1);
        return Character.isDigit(c) || c == '%' || c == '％' || ChineseNumerals.digit(c) >= 0
                || UnitWords.at(window, window.length() - 1).isPresent();
    }

    private static boolean isChinese(CharSequence text, int at) {
        return at < text.length() && !Character.isDigit(text.charAt(at));
    }
}
