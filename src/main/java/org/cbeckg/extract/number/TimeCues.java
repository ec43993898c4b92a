package org.cbeckg.extract.number;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.extract.number.TimeCue.Kind;
import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.lang.number.Numerals;
import org.cbeckg.model.Period;

/**
 * Finds time phrases in Chinese news text and resolves them against the publication date: {@code 2021年},
 * {@code 今年一季度}, {@code 去年}, {@code 前三季度}, {@code 1—5月}, {@code 上半年}, {@code 2017年至2021年},
 * {@code 自2017年以来}, {@code 5年}, {@code 同期}, {@code 截至目前}, {@code 已}, {@code 仍}. Comparison bases such as
 * {@code 比去年同期} are found too, so that their 去年 is not read as a period. Where rules overlap, the longest
 * phrase wins.
 *
 * <pre>{@code
 * TimeCues cues = new TimeCues(LocalDate.of(2024, 6, 20));
 * cues.scan("今年前5个月，全省跨境电商进出口…");   // PERIOD 2024-01/2024-05
 * }</pre>
 */
public final class TimeCues {

    private static final Lexicon LEXICON = Lexicon.of("time-cues");


    /** What a multiple's base year follows (是2015年的3倍): the verb of 是…的N倍, right before the year. */
    private static final Pattern MULTIPLE_OF = LEXICON.pattern("multiple-of");
    private static final int MULTIPLE_VERB = 3;
    /** The first year of the Nth five-year plan from the sixth (1981—1985) on; earlier plans are not regular. */
    private static final int SIXTH_PLAN_START = 1981;

    private final LocalDate published;
    private final List<Rule> rules;

    /** A pattern and how to turn its match into a cue (empty when it cannot be resolved). */
    private record Rule(Pattern pattern, BiFunction<TimeCues, Matcher, Optional<TimeCue>> cue) {
    }

    /** @param published the publication date relative phrases (今年, 目前) refer to, or null when unknown */
    public TimeCues(LocalDate published) {
        this.published = published;
        this.rules = rules();
    }

    /** The cues in {@code text}, in order, without overlaps. */
    public List<TimeCue> scan(String text) {
        List<TimeCue> all = new ArrayList<>();
        for (Rule r : rules) {
            Matcher m = r.pattern().matcher(text);
            while (m.find()) {
                r.cue().apply(this, m).ifPresent(all::add);
            }
        }
        all.sort(Comparator.comparingInt(TimeCue::start).thenComparing(Comparator.comparingInt(TimeCue::length)
                .reversed()));
        List<TimeCue> kept = new ArrayList<>();
        for (TimeCue c : all) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).overlaps(c)) {
                kept.add(asComparison(text, c));
            }
        }
        return List.copyOf(kept);
    }

    /**
     * 较一季度收窄, 与2021年相比: a period after 比/较/与 is what the figure is compared with, kept as its base; so is a
     * period a multiple is told against (是2015年的3倍, 相当于上年的两倍).
     */
    private static TimeCue asComparison(String text, TimeCue c) {
        if (c.kind() != Kind.PERIOD || c.start() == 0) {
            return c;
        }
        if ("比较与".indexOf(text.charAt(c.start() - 1)) >= 0) {
            return new TimeCue(c.start() - 1, c.end(), Kind.COMPARISON, c.period(), 0);
        }
        // the verbs are at most MULTIPLE_VERB chars: looking further back would make the scan quadratic
        Matcher lead = MULTIPLE_OF.matcher(text).region(Math.max(0, c.start() - MULTIPLE_VERB), c.start());
        boolean multipleOf = lead.find() && text.startsWith("的", c.end());
        return multipleOf ? new TimeCue(lead.start(), c.end(), Kind.COMPARISON, c.period(), 0) : c;
    }

    private static List<Rule> rules() {
        return List.of(
                rule("comparison-base", (t, m) -> t.cue(m, Kind.COMPARISON, null, 0)),
                rule("until-date", TimeCues::untilDate),
                rule("as-of", (t, m) -> t.asOfPublication(m, Kind.AS_OF)),
                rule("as-of-weak", (t, m) -> t.asOfPublication(m, Kind.AS_OF_WEAK)),
                rule("since", TimeCues::since),
                rule("five-year-plan", TimeCues::fiveYearPlan),
                rule("year-span", TimeCues::yearSpan),
                rule("period", TimeCues::period),
                rule("same-period", (t, m) -> t.cue(m, Kind.SAME_PERIOD, null, 0)),
                rule("recent", TimeCues::recent),
                rule("years-back", TimeCues::yearsBack));
    }

    /** The lexicon's pattern {@code name}, and how to turn its match into a cue. */
    private static Rule rule(String name, BiFunction<TimeCues, Matcher, Optional<TimeCue>> cue) {
        return new Rule(LEXICON.pattern(name), cue);
    }



    private Optional<TimeCue> cue(Matcher m, Kind kind, Period period, int count) {
        return Optional.of(new TimeCue(m.start(), m.end(), kind, period, count));
    }

    /** The year of group {@code name}; empty when absent or relative with no publication date. */
    private Optional<Integer> yearOf(Matcher m, String name) {
        if (m.group(name) != null) {
            return Optional.of(Numerals.parse(m.group(name)).intValue());
        }
        String rel = m.group(name + "Rel");
        if (rel == null || published == null) {
            return Optional.empty();
        }
        int y = published.getYear();
        return Optional.of(switch (rel) {
            case "去年", "上年" -> y - 1;
            case "前年" -> y - 2;
            case "明年" -> y + 1;
            default -> y;
        });
    }

    private Optional<TimeCue> asOfPublication(Matcher m, Kind kind) {
        return published == null ? Optional.empty() : cue(m, kind, Period.asOf(published), 0);
    }

    private Optional<TimeCue> untilDate(Matcher m) {
        String month = m.group("m") != null ? m.group("m") : m.group("m2");
        String day = m.group("d") != null ? m.group("d") : m.group("d2");
        Optional<Integer> y = yearOf(m, "a").or(() -> Optional.ofNullable(published).map(LocalDate::getYear));
        if (y.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDate at = month == null ? LocalDate.of(y.get(), 12, 31) : endOfMonth(y.get(), month);
            at = day == null ? at : at.withDayOfMonth(Integer.parseInt(day));
            return cue(m, Kind.AS_OF, Period.asOf(at), 0);
        } catch (DateTimeException e) {
            return Optional.empty();    // 截至2月30日: a typo, not a date
        }
    }

    private static LocalDate endOfMonth(int year, String month) {
        LocalDate first = LocalDate.of(year, Numerals.parse(month).intValue(), 1);
        return first.withDayOfMonth(first.lengthOfMonth());
    }

    private Optional<TimeCue> since(Matcher m) {
        Optional<Integer> y = yearOf(m, "a");
        if (y.isEmpty() || published == null) {
            return Optional.empty();
        }
        if ("今年".equals(m.group("aRel"))) {
            return cue(m, Kind.PERIOD, Period.months(y.get(), 1, y.get(), published.getMonthValue()), 0);
        }
        return cue(m, Kind.SINCE, Period.years(Math.min(y.get(), published.getYear()), published.getYear()),
                y.get());
    }

    /** “十三五”期间: the years of a national five-year plan (十三五 = 2016/2020, 十四五 = 2021/2025). */
    private Optional<TimeCue> fiveYearPlan(Matcher m) {
        int n = 10 + Numerals.parse(m.group("n")).intValue();
        int from = SIXTH_PLAN_START + 5 * (n - 6);
        return cue(m, Kind.PERIOD, Period.years(from, from + 4), 0);
    }

    private Optional<TimeCue> yearSpan(Matcher m) {
        Optional<Integer> a = m.group("a2") != null ? Optional.of(Integer.parseInt(m.group("a2"))) : yearOf(m, "a");
        Optional<Integer> b = m.group("b2") != null ? Optional.of(Integer.parseInt(m.group("b2"))) : yearOf(m, "b");
        if (a.isEmpty() || b.isEmpty() || b.get() < a.get()) {
            return Optional.empty();
        }
        return cue(m, Kind.PERIOD, Period.years(a.get(), b.get()), 0);
    }

    private Optional<TimeCue> period(Matcher m) {
        Optional<Integer> explicit = yearOf(m, "a").or(() -> yearOf(m, "y"));
        if (explicit.isEmpty() && published == null) {
            return Optional.empty();
        }
        int y = explicit.orElseGet(() -> published.getYear()); // lazily: published is null when explicit is set
        Optional<Period> p = subPeriod(m, y).or(() -> explicit.map(Period::year));
        if (p.isPresent() && explicit.isEmpty() && p.get().end().isAfter(published)) {
            p = subPeriod(m, y - 1);      // 一季度 in a February article means last year's: it is not over yet
        }
        return p.flatMap(period -> cue(m, Kind.PERIOD, period, 0));
    }

    private static Optional<Period> subPeriod(Matcher m, int y) {
        if (m.group("q") != null) {
            return Optional.of(Period.quarter(y, Numerals.parse(m.group("q")).intValue()));
        }
        if (m.group("qq") != null) {
            return Optional.of(Period.months(y, 1, y, 3 * Numerals.parse(m.group("qq")).intValue()));
        }
        if (m.group("h") != null) {
            return Optional.of(Period.halfYear(y, m.group("h").equals("上") ? 1 : 2));
        }
        if (m.group("nm") != null) {
            return months(y, "1", m.group("nm"));
        }
        if (m.group("m1") != null) {
            return months(y, m.group("m1"), m.group("m2"));
        }
        return m.group("m") == null ? Optional.empty() : months(y, m.group("m"), m.group("m"));
    }

    private static Optional<Period> months(int y, String from, String to) {
        int a = Numerals.parse(from).intValue();
        int b = Numerals.parse(to).intValue();
        return a >= 1 && b <= 12 && a <= b ? Optional.of(Period.months(y, a, y, b)) : Optional.empty();
    }

    private Optional<TimeCue> recent(Matcher m) {
        return published == null ? Optional.empty() : cue(m, Kind.PERIOD, Period.year(published.getYear()), 0);
    }

    private Optional<TimeCue> yearsBack(Matcher m) {
        int n = Numerals.parse(m.group("n").replace('两', '二')).intValue();
        return n >= 2 && n <= 50 ? cue(m, Kind.YEARS_BACK, null, n) : Optional.empty();
    }
}
