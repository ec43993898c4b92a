package org.cbeckg.lang.number;

import java.math.BigDecimal;

import org.cbeckg.lang.lexicon.Lexicon;

/**
 * Reads numerals written in Chinese characters: {@code 十二}, {@code 一百三十二}, {@code 三十万}, {@code 一千六百万},
 * {@code 两}, {@code 一千零五}, {@code 三点五}, and digit strings such as {@code 二〇二三}.
 *
 * <pre>{@code
 * ChineseNumerals.parse("一千六百万");   // 16000000
 * ChineseNumerals.parse("二〇二三");     // 2023
 * }</pre>
 *
 * Values are BigDecimal throughout: int-based parsers overflow silently on 四千三百四十五亿.
 */
public final class ChineseNumerals {

    private static final Lexicon LEXICON = Lexicon.of("chinese-numerals");

    private static final String DIGITS = LEXICON.text("digits");
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    private ChineseNumerals() {
    }

    /** The value of a Chinese numeral; throws IllegalArgumentException when {@code s} is not one. */
    public static BigDecimal parse(String s) {
        if (s == null || s.isEmpty()) {
            throw new IllegalArgumentException("empty numeral");
        }
        int point = s.indexOf('点');
        if (point >= 0) {
            return integer(s.substring(0, point)).add(fraction(s.substring(point + 1)));
        }
        return isDigitString(s) ? digitString(s) : integer(s);
    }

    /** The value of a single digit character (〇 and 两 included), or -1. */
    public static int digit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '两' -> 2;
            default -> DIGITS.indexOf(c);
        };
    }

    /** The value of a place character 十, 百, 千, 万, 亿, or 0 when {@code c} is none. */
    public static long place(char c) {
        return switch (c) {
            case '十' -> 10L;
            case '百' -> 100L;
            case '千' -> 1_000L;
            case '万' -> 10_000L;
            case '亿' -> 100_000_000L;
            default -> 0L;
        };
    }

    /** Years and codes are written digit by digit (二〇二三): two or more digits and no place character. */
    private static boolean isDigitString(String s) {
        return s.length() > 1 && s.chars().allMatch(c -> c != '两' && digit((char) c) >= 0);
    }

    private static BigDecimal digitString(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(digit(c));
        }
        return new BigDecimal(sb.toString());
    }

    /** Splits at the last 亿, then the last 万, so 一万九千八百亿 is (一万九千八百) × 亿. */
    private static BigDecimal integer(String s) {
        if (s.isEmpty()) {
            return BigDecimal.ZERO;
        }
        int yi = s.lastIndexOf('亿');
        if (yi >= 0) {
            return highPart(s.substring(0, yi)).multiply(YI).add(integer(s.substring(yi + 1)));
        }
        int wan = s.lastIndexOf('万');
        if (wan >= 0) {
            return highPart(s.substring(0, wan)).multiply(WAN).add(integer(s.substring(wan + 1)));
        }
        return BigDecimal.valueOf(section(s));
    }

    /** A bare 万 or 亿 means one of them. */
    private static BigDecimal highPart(String s) {
        return s.isEmpty() ? BigDecimal.ONE : integer(s);
    }

    /** A value below 10000 written with 千, 百, 十; a leading 十 means 一十. */
    private static long section(String s) {
        long total = 0;
        int pending = -1;
        for (char c : s.toCharArray()) {
            long place = place(c);
            if (place > 0) {
                total += (pending < 0 ? 1 : pending) * place;
                pending = -1;
            } else {
                pending = requireDigit(c, s);
            }
        }
        return total + Math.max(pending, 0);
    }

    private static BigDecimal fraction(String s) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("no digits after 点");
        }
        StringBuilder sb = new StringBuilder("0.");
        for (char c : s.toCharArray()) {
            sb.append(requireDigit(c, s));
        }
        return new BigDecimal(sb.toString());
    }

    private static int requireDigit(char c, String s) {
        int d = digit(c);
        if (d < 0) {
            throw new IllegalArgumentException("not a Chinese numeral: " + s);
        }
        return d;
    }
}
