package org.cbeckg.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The time a figure is about. {@link #code()} is the project's period notation, used in IRIs and query results:
 * {@code 2021}, {@code 2022-Q1}, {@code 2024-H1}, {@code 2022-03} (one month), {@code 2024-01/2024-05} (months),
 * {@code 2017/2021} (a span of years), {@code as_of_2022-04-21} (a stock counted at a date).
 */
public record Period(Kind kind, String code, LocalDate start, LocalDate end) {

    public enum Kind { YEAR, HALF_YEAR, QUARTER, MONTH, MONTH_SPAN, YEAR_SPAN, DAY, AS_OF }

    public Period {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(code);
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period " + code + " ends before it starts");
        }
    }

    public static Period year(int y) {
        return new Period(Kind.YEAR, String.valueOf(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    public static Period quarter(int y, int q) {
        LocalDate start = LocalDate.of(y, 3 * (q - 1) + 1, 1);
        return new Period(Kind.QUARTER, y + "-Q" + q, start, start.plusMonths(3).minusDays(1));
    }

    public static Period halfYear(int y, int h) {
        LocalDate start = LocalDate.of(y, h == 1 ? 1 : 7, 1);
        return new Period(Kind.HALF_YEAR, y + "-H" + h, start, start.plusMonths(6).minusDays(1));
    }

    public static Period month(int y, int m) {
        LocalDate start = LocalDate.of(y, m, 1);
        return new Period(Kind.MONTH, String.format("%04d-%02d", y, m), start, start.plusMonths(1).minusDays(1));
    }

    public static Period months(int y1, int m1, int y2, int m2) {
        if (y1 == y2 && m1 == m2) {
            return month(y1, m1);
        }
        LocalDate start = LocalDate.of(y1, m1, 1);
        LocalDate end = LocalDate.of(y2, m2, 1).plusMonths(1).minusDays(1);
        return new Period(Kind.MONTH_SPAN, String.format("%04d-%02d/%04d-%02d", y1, m1, y2, m2), start, end);
    }

    public static Period years(int from, int to) {
        if (from == to) {
            return year(from);
        }
        return new Period(Kind.YEAR_SPAN, from + "/" + to, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
    }

    public static Period day(LocalDate d) {
        return new Period(Kind.DAY, d.toString(), d, d);
    }

    public static Period asOf(LocalDate d) {
        return new Period(Kind.AS_OF, "as_of_" + d, d, d);
    }

    @Override
    public String toString() {
        return code;
    }
}
