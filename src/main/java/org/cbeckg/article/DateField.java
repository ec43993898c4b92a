package org.cbeckg.article;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front matter's {@code date}: RFC 1123 as the feeds write it ({@code Thu, 21 Apr 2022 08:09:11 GMT}), or ISO 8601
 * (a bare local time is Beijing time). Every period an article states relative to its date (今年, 去年, 上月) depends on
 * it, so a date is never dropped silently: a weekday that does not fit the date is ignored with a warning (the day,
 * month and year are what the feed meant), and a value that is no date at all is said to be one.
 */
final class DateField {

    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);
    private static final Pattern WEEKDAY = Pattern.compile("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);

    private DateField() {
    }

    /** The date, or null (with a warning added) when the value is no date. */
    static OffsetDateTime parse(String value, List<String> warnings) {
        String v = value.strip();
        Matcher m = WEEKDAY.matcher(v);
        String dated = m.matches() ? m.group(2) : v;
        OffsetDateTime t = rfc1123(dated);
        if (t == null) {
            t = iso(v);
        }
        if (t == null) {
            warnings.add("date '" + v + "' is not a date (RFC 1123 like 'Thu, 21 Apr 2022 08:09:11 GMT', or ISO 8601 "
                    + "like 2022-04-21): the article is stored without one, so periods it states relative to its date "
                    + "(今年, 去年) are not resolved");
            return null;
        }
        if (m.matches() && !sameDay(m.group(1), t.getDayOfWeek())) {
            warnings.add("date '" + v + "' names the wrong weekday: " + t.toLocalDate() + " is a "
                    + t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "; the date is used");
        }
        return t;
    }

    private static OffsetDateTime rfc1123(String v) {
        try {
            return OffsetDateTime.parse(v, RFC_1123);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static OffsetDateTime iso(String v) {
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException ignored) {
            // a local time, below
        }
        try {
            return LocalDateTime.parse(v.replace(' ', 'T')).atZone(Article.NEWSROOM_ZONE).toOffsetDateTime();
        } catch (DateTimeParseException ignored) {
            // a date, below
        }
        try {
            return LocalDate.parse(v).atStartOfDay(Article.NEWSROOM_ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean sameDay(String written, DayOfWeek actual) {
        return actual.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(written.substring(0, 3));
    }
}
