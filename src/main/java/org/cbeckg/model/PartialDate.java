package org.cbeckg.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day, as news states it ("2015年", "2022年1月", "2月8日").
 * Printed as {@code 2015}, {@code 2022-01} or {@code 2022-02-08}; typed as xsd:gYear, xsd:gYearMonth or xsd:date.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month " + month);
        }
        if (day != null) {
            LocalDate.of(year, month, day); // validates
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, null);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses {@code 2022}, {@code 2022-02} or {@code 2022-02-08}. */
    public static Optional<PartialDate> parse(String iso) {
        Matcher m = ISO.matcher(iso == null ? "" : iso.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return Optional.of(new PartialDate(Integer.parseInt(m.group(1)), month, day));
    }

    public enum Precision { YEAR, MONTH, DAY }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day this date can mean. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day this date can mean. */
    public LocalDate lastDay() {
        if (day != null) {
            return LocalDate.of(year, month, day);
        }
        if (month != null) {
            LocalDate first = LocalDate.of(year, month, 1);
            return first.withDayOfMonth(first.lengthOfMonth());
        }
        return LocalDate.of(year, 12, 31);
    }

    /** The XSD datatype local name: gYear, gYearMonth or date. */
    public String xsdType() {
        return switch (precision()) {
            case YEAR -> "gYear";
            case MONTH -> "gYearMonth";
            case DAY -> "date";
        };
    }

    @Override
    public int compareTo(PartialDate o) {
        return firstDay().compareTo(o.firstDay());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format("%04d", year));
        if (month != null) {
            sb.append(String.format("-%02d", month));
        }
        if (day != null) {
            sb.append(String.format("-%02d", day));
        }
        return sb.toString();
    }
}
