package org.cbeckg.derive;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stated growth rate set against the value stated a year earlier that comes closest to it: the rate the two values
 * imply, (v(P) / v(P-1) - 1) × 100, and how far the stated rate is from it, in percentage points. Whether that
 * distance is small enough is the check's to say ({@code queries/checks/growth-matches-values.rq}), not this record's.
 *
 * @param gap      |implied - stated|, computed in doubles as the check's SPARQL would
 * @param implied  the implied rate, rounded to a tenth of a percent
 */
public record GrowthComparison(StatedGrowth growth, EarlierValue earlier, double gap, BigDecimal implied) {

    /** Periods a year-earlier period is defined for: a year, a quarter, a half-year or a month. */
    private static final Pattern YEARLY = Pattern.compile("([0-9]{4})(-Q[1-4]|-H[12]|-[0-9]{2})?");

    public GrowthComparison {
        Objects.requireNonNull(growth);
        Objects.requireNonNull(earlier);
        Objects.requireNonNull(implied);
    }

    /** {@code 2022} → {@code 2021}, {@code 2022-Q1} → {@code 2021-Q1}; empty for spans, stocks and other periods. */
    public static Optional<String> yearEarlier(String periodCode) {
        Matcher m = YEARLY.matcher(periodCode);
        if (!m.matches()) {
            return Optional.empty();
        }
        String rest = m.group(2) == null ? "" : m.group(2);
        return Optional.of((Integer.parseInt(m.group(1)) - 1) + rest);
    }

    /**
     * The comparisons of a stated growth with the earlier candidate values closest to it: one, or several when they
     * are exactly as close; none when there is no candidate.
     */
    public static List<GrowthComparison> closest(StatedGrowth growth, List<EarlierValue> candidates) {
        double best = Double.POSITIVE_INFINITY;
        List<GrowthComparison> closest = new ArrayList<>();
        for (EarlierValue e : candidates) {
            double gap = gap(growth, e.value());
            if (gap < best) {
                best = gap;
                closest.clear();
            }
            if (gap == best) {
                closest.add(new GrowthComparison(growth, e, gap, implied(growth.value(), e.value())));
            }
        }
        return closest;
    }

    /** In doubles: printed figures carry three or four significant digits, far fewer than a double holds. */
    private static double gap(StatedGrowth growth, BigDecimal earlier) {
        double implied = (growth.value().doubleValue() / earlier.doubleValue() - 1) * 100;
        return Math.abs(implied - growth.rate().doubleValue());
    }

    private static BigDecimal implied(BigDecimal later, BigDecimal earlier) {
        BigDecimal permille = later.divide(earlier, MathContext.DECIMAL64).subtract(BigDecimal.ONE)
                .movePointRight(3);
        return permille.setScale(0, RoundingMode.HALF_UP).movePointLeft(1);
    }
}
