package org.cbeckg.server;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.cbeckg.vocab.CBEC;

/**
 * A figure as a person reads it, from its exact base value and unit: 1980000000000 CNY is 1.98万亿元 and
 * "1.98 trillion CNY"; a growth rate of 15 percent is +15%. The exact value stays on the page one click away; this
 * only chooses a magnitude word and drops trailing zeros, keeping up to four significant digits.
 *
 * <pre>{@code ReadableFigures.zh(new BigDecimal("434500000000"), "CNY", false)  // 4345亿元}</pre>
 */
public final class ReadableFigures {

    private static final BigDecimal WAN = BigDecimal.TEN.pow(4);
    private static final BigDecimal YI = BigDecimal.TEN.pow(8);
    private static final BigDecimal WAN_YI = BigDecimal.TEN.pow(12);
    private static final MathContext SHOWN = new MathContext(4, RoundingMode.HALF_UP);
    private static final String UNIT_PREFIX = CBEC.NS + "unit-";

    private ReadableFigures() {
    }

    /** The code of a unit concept IRI ({@code cbec:unit-CNY} → {@code CNY}), or null for another IRI. */
    public static String unitCode(String unitIri) {
        return unitIri != null && unitIri.startsWith(UNIT_PREFIX) ? unitIri.substring(UNIT_PREFIX.length()) : null;
    }

    /** Chinese: 1.98万亿元, 4345亿美元, 2000个, +15%, 3.5个百分点. {@code growth} signs a percentage. */
    public static String zh(BigDecimal value, String unit, boolean growth) {
        String u = unit == null ? "" : unit;
        return switch (u) {
            case "percent" -> signed(value, growth) + "%";
            case "percentage_point" -> signed(value, growth) + "个百分点";
            case "CNY" -> magnitudeZh(value) + "元";
            case "USD" -> magnitudeZh(value) + "美元";
            case "count" -> magnitudeZh(value) + "个";
            case "square_metre" -> magnitudeZh(value) + "平方米";
            case "tonne" -> magnitudeZh(value) + "吨";
            case "person" -> magnitudeZh(value) + "人";
            case "times" -> plain(value) + "倍";
            default -> magnitudeZh(value);
        };
    }

    /** English: 1.98 trillion CNY, 434.5 billion USD, 2,000, +15%, +3.5 percentage points. */
    public static String en(BigDecimal value, String unit, boolean growth) {
        String u = unit == null ? "" : unit;
        return switch (u) {
            case "percent" -> signed(value, growth) + "%";
            case "percentage_point" -> signed(value, growth) + " percentage points";
            case "CNY", "USD" -> magnitudeEn(value) + " " + u;
            case "square_metre" -> magnitudeEn(value) + " m²";
            case "tonne" -> magnitudeEn(value) + " tonnes";
            case "person" -> magnitudeEn(value) + " persons";
            case "times" -> plain(value) + " times";
            default -> magnitudeEn(value);
        };
    }

    static String magnitudeZh(BigDecimal v) {
        BigDecimal a = v.abs();
        if (a.compareTo(WAN_YI) >= 0) {
            return scaled(v, WAN_YI) + "万亿";
        }
        if (a.compareTo(YI) >= 0) {
            return scaled(v, YI) + "亿";
        }
        if (a.compareTo(WAN) >= 0) {
            return scaled(v, WAN) + "万";
        }
        return plain(v);
    }

    static String magnitudeEn(BigDecimal v) {
        BigDecimal a = v.abs();
        String[] words = {"trillion", "billion", "million"};
        int[] powers = {12, 9, 6};
        for (int i = 0; i < words.length; i++) {
            BigDecimal unit = BigDecimal.TEN.pow(powers[i]);
            if (a.compareTo(unit) >= 0) {
                return scaled(v, unit) + " " + words[i];
            }
        }
        return String.format(java.util.Locale.ROOT, "%,d", v.setScale(0, RoundingMode.HALF_UP).longValueExact())
                + fraction(v);
    }

    private static String fraction(BigDecimal v) {
        BigDecimal f = v.abs().remainder(BigDecimal.ONE);
        return f.signum() == 0 ? "" : plain(f.round(SHOWN)).substring(1);
    }

    private static String scaled(BigDecimal v, BigDecimal unit) {
        return plain(v.divide(unit).round(SHOWN));
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String signed(BigDecimal v, boolean growth) {
        String shown = plain(v);
        return growth && v.signum() > 0 ? "+" + shown : v.signum() < 0 ? "−" + shown.substring(1) : shown;
    }
}
