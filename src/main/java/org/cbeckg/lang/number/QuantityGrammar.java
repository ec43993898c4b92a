package org.cbeckg.lang.number;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.article.Span;
import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.model.Qualifier;
import org.cbeckg.model.Unit;

/**
 * Finds the figures in Chinese text: a number (Arabic, full-width or Chinese) with its multiplier (万, 亿, 万亿), its
 * unit (元, %, 家, 平方米, 倍 …), hedges before and after (超过, 近, 多, 以上, 左右), a change word (增长, 下降),
 * ranges (10%—15%, 三至五个) and round numbers after a hedge (近百项 = 100, approx; 上百倍 = 100, at least). Fractions
 * ({@code 六分之一}) and tenths ({@code 三成} = 0.3) are ratios; {@code 百分之十五} is a percent. A number with
 * neither unit nor multiplier is not a figure (years, dates, codes), nor is one after 第 or inside a name such as G20.
 *
 * <pre>{@code
 * List<Quantity> qs = QuantityGrammar.scan("规模达4345亿元，同比下降3.5%");
 * // 434500000000 CNY exact; -3.5 percent, trend DOWN
 * }</pre>
 */
public final class QuantityGrammar {

    private static final Lexicon LEXICON = Lexicon.of("quantity-grammar");

    private static final Pattern CORE = LEXICON.pattern("core");
    private static final String RANGE_MARKS = LEXICON.text("range-marks");
    private static final int RATIO_SCALE = 4;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private QuantityGrammar() {
    }

    /** The figures in {@code text}, in order, with spans in its code points. */
    public static List<Quantity> scan(String text) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = CORE.matcher(text);
        int from = 0;
        int counted = 0;    // code points are counted on from the last figure: one pass over the text in all
        int codePoints = 0;
        while (from < text.length() && m.find(from)) {
            Optional<Reading> r = read(text, m).flatMap(first -> withRange(text, first));
            FigurePrefix prefix = FigurePrefix.before(text, m.start());
            if (r.isPresent() && !prefix.skip()) {
                codePoints += text.codePointCount(counted, r.get().start);
                counted = r.get().start;
                found.add(toQuantity(text, r.get(), prefix, codePoints));
                from = r.get().end;
            } else {
                from = m.end();
            }
        }
        return List.copyOf(found);
    }

    /**
     * A number and its unit before context is applied: value = number × multiplier × factor; {@code round} for a lone
     * 百/千/万 (近百项), whose 上 (上百倍) means at least.
     */
    private record Reading(int start, int end, BigDecimal number, BigDecimal multiplier, BigDecimal factor,
                           BigDecimal upper, Unit unit, String unitWord, boolean more, boolean round) {
        BigDecimal value() {
            return number.multiply(multiplier).multiply(factor);
        }

        boolean hasMultiplier() {
            return multiplier.compareTo(BigDecimal.ONE) != 0;
        }
    }

    private static Optional<Reading> read(String text, Matcher m) {
        if (m.group("pct") != null) {
            return Optional.of(percentWords(m));
        }
        if (m.group("den") != null) {
            BigDecimal den = Numerals.parse(m.group("den"));
            if (den.signum() == 0) {
                return Optional.empty();
            }
            BigDecimal ratio = Numerals.parse(m.group("nom")).divide(den, RATIO_SCALE, RoundingMode.HALF_UP);
            return Optional.of(new Reading(m.start(), m.end(), ratio, BigDecimal.ONE, BigDecimal.ONE, null,
                    Unit.RATIO, "分之", false, false));
        }
        return plain(text, m);
    }

    private static Reading percentWords(Matcher m) {
        boolean perMille = m.group("pct").startsWith("千");
        BigDecimal factor = perMille ? new BigDecimal("0.001") : BigDecimal.ONE;
        return new Reading(m.start(), m.end(), Numerals.parse(m.group("pnum")), BigDecimal.ONE, factor, null,
                perMille ? Unit.RATIO : Unit.PERCENT, m.group("pct"), false, false);
    }

    /** Number, multiplier and unit word; empty when this is no figure (2021年, a bare 5, 30欧元). */
    private static Optional<Reading> plain(String text, Matcher m) {
        boolean round = m.group("round") != null;
        String mult = round ? m.group("round") + m.group("rmult") : m.group("mult") == null ? "" : m.group("mult");
        BigDecimal number = round ? BigDecimal.ONE : Numerals.parse(m.group("num"));
        BigDecimal multiplier = Numerals.multiplier(mult);
        boolean more = !round && (m.group("more") != null || m.group("more2") != null);
        Optional<UnitWord> unit = UnitWords.at(text, m.end());
        if (unit.isPresent() && (unit.get().isForeign() || !tenthsFit(unit.get(), number, mult))) {
            return Optional.empty();
        }
        if (unit.isEmpty() && mult.isEmpty() && !startsRange(text, m.end())) {
            return Optional.empty();
        }
        if (unit.isEmpty()) {
            return Optional.of(new Reading(m.start(), m.end(), number, multiplier, BigDecimal.ONE, null, null, "",
                    more, round));
        }
        UnitWord u = unit.get();
        int end = m.end() + u.word().length();
        if (u.word().equals("成") && end < text.length() && text.charAt(end) == '半') {
            // 三成半: three and a half tenths
            return Optional.of(new Reading(m.start(), end + 1, number.add(HALF), multiplier, u.factor(), null,
                    u.unit(), u.word() + "半", more, round));
        }
        return Optional.of(new Reading(m.start(), end, number, multiplier, u.factor(), null, u.unit(), u.word(), more,
                round));
    }

    /** 三成 is 0.3, but only for one to ten tenths with no multiplier. */
    private static boolean tenthsFit(UnitWord u, BigDecimal number, String mult) {
        return !u.word().equals("成")
                || (mult.isEmpty() && number.signum() > 0 && number.compareTo(BigDecimal.TEN) <= 0);
    }

    private static boolean startsRange(String text, int at) {
        return at < text.length() - 1 && RANGE_MARKS.indexOf(text.charAt(at)) >= 0;
    }

    /** Joins 10%—15% or 三至五个 into one reading whose value is the lower end; drops a lone 10 of 10—2021年. */
    private static Optional<Reading> withRange(String text, Reading first) {
        boolean lone = first.unit == null && !first.hasMultiplier();
        if (!startsRange(text, first.end)) {
            return lone ? Optional.empty() : Optional.of(first);
        }
        Matcher m = CORE.matcher(text);
        m.region(first.end + 1, text.length());
        Optional<Reading> second = m.lookingAt() && m.group("num") != null ? plain(text, m) : Optional.empty();
        if (second.isEmpty() || second.get().unit == null && !second.get().hasMultiplier()
                || (first.unit != null && first.unit != second.get().unit)) {
            return lone ? Optional.empty() : Optional.of(first);
        }
        return Optional.of(join(first, second.get()));
    }

    /** 3至5万元: a first number written without multiplier or unit takes the second's. */
    private static Reading join(Reading first, Reading second) {
        BigDecimal multiplier = first.hasMultiplier() ? first.multiplier : second.multiplier;
        Reading lower = new Reading(first.start, second.end, first.number, multiplier, second.factor, null,
                second.unit, second.unitWord, first.more || second.more, false);
        return new Reading(lower.start, lower.end, lower.number, lower.multiplier, lower.factor, second.value(),
                lower.unit, lower.unitWord, lower.more, false);
    }

    private static Quantity toQuantity(String text, Reading r, FigurePrefix prefix, int cpStart) {
        Suffix suffix = Suffix.after(text, r.end);
        BigDecimal value = signed(r.value(), r.unit, prefix);
        BigDecimal upper = r.upper == null ? null : signed(r.upper, r.unit, prefix);
        Qualifier q = r.round && text.charAt(r.start - 1) == '上' ? Qualifier.AT_LEAST : qualifier(prefix, suffix, r);
        String surface = text.substring(r.start, r.end);
        Span span = new Span(cpStart, cpStart + surface.codePointCount(0, surface.length()), surface);
        return new Quantity(value, upper, r.unit, r.unitWord, q, prefix.trend(), prefix.perfective(),
                !Character.isDigit(text.charAt(r.start)), surface, span, r.start);
    }

    /** A fall in a rate is negative; a fall in an amount (减少100亿元) is kept as stated. */
    private static BigDecimal signed(BigDecimal v, Unit unit, FigurePrefix prefix) {
        boolean rate = unit == Unit.PERCENT || unit == Unit.PERCENTAGE_POINT;
        boolean fall = prefix.negative() || (prefix.trend() == Trend.DOWN && rate);
        return fall ? v.negate() : v;
    }

    private static Qualifier qualifier(FigurePrefix prefix, Suffix suffix, Reading r) {
        if (suffix.qualifier() != Qualifier.EXACT) {
            return suffix.qualifier();
        }
        if (prefix.qualifier() != Qualifier.EXACT) {
            return prefix.qualifier();
        }
        if (r.more) {
            return Qualifier.MORE_THAN;
        }
        return r.upper != null ? Qualifier.AT_LEAST : Qualifier.EXACT;
    }

    /** Hedge words after the unit: 以上, 左右, 以下. */
    private record Suffix(Qualifier qualifier) {
        static Suffix after(String text, int end) {
            String rest = text.substring(end, Math.min(text.length(), end + 2));
            return new Suffix(switch (rest) {
                case "以上", "之多" -> Qualifier.MORE_THAN;
                case "左右", "上下" -> Qualifier.APPROX;
                case "以下", "以内" -> Qualifier.LESS_THAN;
                default -> Qualifier.EXACT;
            });
        }
    }
}
