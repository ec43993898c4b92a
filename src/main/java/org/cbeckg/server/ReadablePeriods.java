package org.cbeckg.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period code ({@code cbec:periodCode}) as a person reads it, in Chinese and English: {@code 2022-Q1} is
 * 2022年一季度 / 2022 Q1, {@code 2024-01/2024-05} is 2024年1—5月 / 2024 Jan–May, {@code as_of_2022-04-21} is
 * 截至2022年4月21日 / as of 2022-04-21. A code of another shape is shown as it is.
 */
public final class ReadablePeriods {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern PART = Pattern.compile("(\\d{4})-([QH])(\\d)");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern MONTHS = Pattern.compile("(\\d{4})-(\\d{2})/(\\d{4})-(\\d{2})");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})/(\\d{4})");
    private static final String AS_OF = "as_of_";
    private static final String[] QUARTERS = {"一", "二", "三", "四"};
    private static final String[] MONTH_EN = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private ReadablePeriods() {
    }

    public static String zh(String code) {
        Matcher m;
        if ((m = YEAR.matcher(code)).matches()) {
            return m.group(1) + "年";
        }
        if ((m = PART.matcher(code)).matches()) {
            int n = Integer.parseInt(m.group(3));
            return m.group(1) + "年" + ("Q".equals(m.group(2)) ? QUARTERS[n - 1] + "季度" : n == 1 ? "上半年" : "下半年");
        }
        if ((m = MONTH.matcher(code)).matches()) {
            return m.group(1) + "年" + Integer.parseInt(m.group(2)) + "月";
        }
        if ((m = MONTHS.matcher(code)).matches()) {
            return m.group(1).equals(m.group(3))
                    ? m.group(1) + "年" + Integer.parseInt(m.group(2)) + "—" + Integer.parseInt(m.group(4)) + "月"
                    : zh(m.group(1) + "-" + m.group(2)) + "—" + zh(m.group(3) + "-" + m.group(4));
        }
        if ((m = YEARS.matcher(code)).matches()) {
            return m.group(1) + "—" + m.group(2) + "年";
        }
        LocalDate asOf = asOf(code);
        return asOf == null ? code : "截至" + asOf.getYear() + "年" + asOf.getMonthValue() + "月" + asOf.getDayOfMonth()
                + "日";
    }

    public static String en(String code) {
        Matcher m;
        if ((m = PART.matcher(code)).matches()) {
            return m.group(1) + " " + m.group(2) + m.group(3);
        }
        if ((m = MONTH.matcher(code)).matches()) {
            return m.group(1) + " " + MONTH_EN[Integer.parseInt(m.group(2)) - 1];
        }
        if ((m = MONTHS.matcher(code)).matches()) {
            return m.group(1).equals(m.group(3))
                    ? m.group(1) + " " + MONTH_EN[Integer.parseInt(m.group(2)) - 1] + "–"
                    + MONTH_EN[Integer.parseInt(m.group(4)) - 1]
                    : en(m.group(1) + "-" + m.group(2)) + " – " + en(m.group(3) + "-" + m.group(4));
        }
        if ((m = YEARS.matcher(code)).matches()) {
            return m.group(1) + "–" + m.group(2);
        }
        LocalDate asOf = asOf(code);
        return asOf == null ? code : "as of " + asOf;
    }

    private static LocalDate asOf(String code) {
        if (!code.startsWith(AS_OF)) {
            return null;
        }
        try {
            return LocalDate.parse(code.substring(AS_OF.length()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
