package org.cbeckg.extract.events;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.model.PartialDate;

/**
 * Reads the dates news states, relative to the publication date: 2022年1月22日, 4月21日 and 21日 (the latest such day
 * not after publication), 今年3月, 去年11月 (and 去年11月5日), 今天/昨天, and the vague 近日/日前/近期 (the
 * publication year, year-only).
 *
 * <pre>{@code
 * List<DateMention> dates = DateExpressions.in("4月21日，在商务部召开的…", LocalDate.of(2022, 4, 21));
 * }</pre>
 */
public final class DateExpressions {

    private static final Lexicon LEXICON = Lexicon.of("date-expressions");

    private record Form(Pattern pattern, BiFunction<Matcher, LocalDate, PartialDate> date, boolean vague,
                        boolean relative) {
    }

    private static final List<Form> FORMS = List.of(
            new Form(LEXICON.pattern("full-date"), (m, p) -> PartialDate.of(
                    LocalDate.of(num(m, 1), num(m, 2), num(m, 3))), false, false),
            new Form(LEXICON.pattern("year-month"), (m, p) -> PartialDate.ofMonth(num(m, 1),
                    num(m, 2)), false, false),
            new Form(LEXICON.pattern("month-day"), (m, p) -> PartialDate.of(
                    latestNotAfter(p, num(m, 1), num(m, 2))), false, true),
            new Form(LEXICON.pattern("last-year-day"), (m, p) -> PartialDate.of(
                    LocalDate.of(p.getYear() - 1, num(m, 1), num(m, 2))), false, true),
            new Form(LEXICON.pattern("this-year-month"), (m, p) -> PartialDate.ofMonth(p.getYear(),
                    num(m, 1)), false, true),
            new Form(LEXICON.pattern("last-year-month"), (m, p) -> PartialDate.ofMonth(p.getYear() - 1,
                    num(m, 1)), false, true),
            new Form(LEXICON.pattern("day"), (m, p) -> PartialDate.of(
                    dayNotAfter(p, num(m, 1))), false, true),
            new Form(LEXICON.pattern("today"), (m, p) -> PartialDate.of(p), false, true),
            new Form(LEXICON.pattern("yesterday"), (m, p) -> PartialDate.of(p.minusDays(1)), false, true),
            new Form(LEXICON.pattern("recent"), (m, p) -> PartialDate.ofYear(p.getYear()), true,
                    true));

    private static final Pattern YEAR = LEXICON.pattern("year");

    private DateExpressions() {
    }

    /**
     * The dates stated in {@code text}, in order, none inside another (2022年1月22日 is not also 22日). With no
     * publication date ({@code null}) only dates written with their year are read.
     */
    public static List<DateMention> in(String text, LocalDate published) {
        List<DateMention> found = new ArrayList<>();
        for (Form form : FORMS) {
            if (form.relative() && published == null) {
                continue;
            }
            Matcher m = form.pattern().matcher(text);
            while (m.find()) {
                if (found.stream().noneMatch(d -> d.start() < m.end() && m.start() < d.end())) {
                    datedOrNull(form, m, published).ifPresent(found::add);
                }
            }
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return List.copyOf(found);
    }

    /**
     * The years written out in {@code text} (2015年): an event dated in an earlier year is background. A 年度
     * (2022年度评估结果) is what a report covers, not when it happened.
     */
    public static List<Integer> yearsIn(String text) {
        List<Integer> years = new ArrayList<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            years.add(num(m, 1));
        }
        return List.copyOf(years);
    }

    private static Optional<DateMention> datedOrNull(Form form, Matcher m, LocalDate published) {
        try {
            return Optional.of(new DateMention(form.date().apply(m, published), m.start(), m.end(),
                    form.vague()));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty(); // 2月30日 and the like: not a date
        }
    }

    /** 4月21日 in an article of 2022-04-21 is 2022; 12月28日 in one of 2023-01-03 is 2022. */
    private static LocalDate latestNotAfter(LocalDate published, int month, int day) {
        LocalDate sameYear = LocalDate.of(published.getYear(), month, day);
        return sameYear.isAfter(published.plusDays(1)) ? sameYear.minusYears(1) : sameYear;
    }

    /** 8日 is a day of the publication month, or of the month before when that day is still to come. */
    private static LocalDate dayNotAfter(LocalDate published, int day) {
        LocalDate sameMonth = published.withDayOfMonth(Math.min(day, published.lengthOfMonth()));
        if (sameMonth.getDayOfMonth() != day) {
            throw new IllegalArgumentException("no day " + day + " in " + published.getMonth());
        }
        return sameMonth.isAfter(published.plusDays(1)) ? sameMonth.minusMonths(1) : sameMonth;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
