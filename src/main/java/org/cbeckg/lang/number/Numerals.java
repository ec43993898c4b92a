package org.cbeckg.lang.number;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads one numeral token as news writes it: Arabic with decimals and thousands separators ({@code 3,302.9}),
 * full-width digits ({@code １２３．５}), or Chinese ({@code 一千六百万}); and the value of a multiplier suffix
 * ({@code 万}, {@code 亿}, {@code 万亿}, {@code 千万}).
 *
 * <pre>{@code
 * Numerals.parse("１,２３４.５");          // 1234.5
 * Numerals.multiplier("万亿");            // 1000000000000
 * }</pre>
 */
public final class Numerals {

    private Numerals() {
    }

    /** The value of an Arabic or Chinese numeral; throws IllegalArgumentException when it is neither. */
    public static BigDecimal parse(String token) {
        String ascii = toAscii(token);
        if (!ascii.isEmpty() && Character.isDigit(ascii.charAt(0)) && ascii.chars().allMatch(c -> c < 128)) {
            return new BigDecimal(ascii.replace(",", ""));
        }
        return ChineseNumerals.parse(token);
    }

    /**
     * The value of a whole number that counts things (27, 六, 二十七, 一百零五, 两), when it is one and fits an int;
     * empty for anything else (几, 1.5, a numeral too long to be a count).
     */
    public static Optional<Integer> wholeNumber(String token) {
        try {
            BigDecimal value = parse(token);
            return value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0
                    && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                    ? Optional.of(value.intValue()) : Optional.empty();
        } catch (IllegalArgumentException e) {   // NumberFormatException too: not a numeral
            return Optional.empty();
        }
    }

    /** The product of the place characters: 万亿 = 10^12, 千万 = 10^7; an empty string is 1. */
    public static BigDecimal multiplier(String places) {
        BigDecimal m = BigDecimal.ONE;
        for (char c : places.toCharArray()) {
            long p = ChineseNumerals.place(c);
            if (p == 0) {
                throw new IllegalArgumentException("not a multiplier: " + places);
            }
            m = m.multiply(BigDecimal.valueOf(p));
        }
        return m;
    }

    /** Maps full-width digits and point to ASCII; leaves other characters alone. */
    static String toAscii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                sb.append('.');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
