package org.cbeckg.derive;

import java.math.BigDecimal;

/**
 * The values a statement allows, given its qualifier and the precision it was printed with. A null bound is open.
 * <ul>
 * <li>exact: the rounding interval of the printed form, {@code 1.98万亿} → [1.975, 1.985]万亿;</li>
 * <li>approx (约/近): ±10% of the value, or the rounding interval if wider — news rounds "about" figures freely;</li>
 * <li>more than / at least: from the rounding interval's low end upwards; less than / at most: the reverse. Bounds
 *     are read inclusively, so 超过2000 and 2000 are compatible: news uses 超过 for a figure it also rounds to.</li>
 * </ul>
 */
public record ValueRange(BigDecimal lower, BigDecimal upper) {

    static final BigDecimal APPROX = new BigDecimal("0.1");

    /** The range of {@code value} stated with {@code qualifier}, {@code halfUnit} being its rounding. */
    public static ValueRange of(BigDecimal value, String qualifier, BigDecimal halfUnit) {
        BigDecimal h = halfUnit.abs();
        return switch (qualifier) {
            case "approx" -> around(value, h.max(value.abs().multiply(APPROX)));
            case "more_than", "at_least" -> new ValueRange(value.subtract(h), null);
            case "less_than", "at_most" -> new ValueRange(null, value.add(h));
            default -> around(value, h);
        };
    }

    private static ValueRange around(BigDecimal value, BigDecimal width) {
        return new ValueRange(value.subtract(width), value.add(width));
    }

    /**
     * Whether some value lies strictly inside both ranges. Strictly, so 1.98 and 1.99 (whose rounding intervals
     * only touch at 1.985) still disagree; equal values are compared before ranges and never disagree.
     */
    public boolean overlaps(ValueRange other) {
        BigDecimal low = max(lower, other.lower);
        BigDecimal high = min(upper, other.upper);
        return low == null || high == null || low.compareTo(high) < 0;
    }

    private static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.max(b);
    }

    private static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.min(b);
    }
}
