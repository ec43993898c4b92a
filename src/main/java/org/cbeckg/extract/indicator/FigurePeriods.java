package org.cbeckg.extract.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.extract.number.CueIndex;
import org.cbeckg.extract.number.PeriodResolver;
import org.cbeckg.extract.number.TimeCue;
import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.model.Outlook;
import org.cbeckg.model.Period;

/**
 * The period of a figure: its sentence's time cues ({@link PeriodResolver}), else its table caption's or the frame
 * its paragraph set; then what the figure's kind makes of it (a stock counted now, a total added up to now, the year
 * of an approval, a growth since a compared year, a forecast for 全年).
 *
 * <pre>{@code
 * FigurePeriods periods = new FigurePeriods(figures);
 * Period p = periods.of(spot, discourse);
 * }</pre>
 */
public final class FigurePeriods {

    private static final Lexicon LEXICON = Lexicon.of("figure-periods");

    /** Words that add a count up over a span (累计培训12万人次, 新增企业300家) rather than state what exists. */
    static final Pattern FLOW = LEXICON.pattern("flow");
    private static final Pattern CIRCUMSTANCE = LEXICON.pattern("circumstance");
    /** Words that date the news rather than the figures: not a frame for the sentences after them. */
    private static final Pattern NEWS_DATE = LEXICON.pattern("news-date");
    /** What may precede a time phrase that leads its clause. */
    private static final Pattern CLAUSE_LEAD = LEXICON.pattern("clause-lead");
    /** 全年 with no year of its own (not 2023年全年, 去年全年). */
    private static final Pattern BARE_FULL_YEAR = LEXICON.pattern("bare-full-year");
    /** A day without a year (国务院于12月15日同意…): the last such day up to publication. */
    private static final Pattern DAY_OF_YEAR = LEXICON.pattern("day-of-year");

    private final String text;
    private final TextLayout layout;
    private final CueIndex cues;
    private final CueIndex frames;
    private final PeriodResolver resolver;
    private final LocalDate published;

    public FigurePeriods(ArticleFigures figures) {
        this.text = figures.text();
        this.layout = figures.layout();
        this.cues = figures.cues();
        this.published = figures.published();
        this.resolver = new PeriodResolver(published);
        this.frames = new CueIndex(cues.all().stream()
                .filter(c -> c.kind() == TimeCue.Kind.PERIOD || c.kind() == TimeCue.Kind.AS_OF)
                .filter(c -> leadsClause(c) && !datesCircumstance(c))
                .filter(c -> !NEWS_DATE.matcher(text.substring(c.start(), c.end())).find()).toList());
    }

    /** The period the figure's own words, or its table or paragraph, give it. */
    public Period of(FigureSpot s, Discourse d) {
        TextLayout.Range sentence = s.sentence();
        List<TimeCue> inSentence = new ArrayList<>(cues.within(sentence.start(), sentence.end()));
        if (published != null) {
            // 推广了近70项…并与23个国家签署: a sentence told as completed results counts its stocks at the date
            d.perfectiveBefore(s).forEach(at -> inSentence.add(new TimeCue(at, at, TimeCue.Kind.AS_OF_WEAK,
                    Period.asOf(published), 0)));
        }
        if (text.startsWith("其中", sentence.start())) {
            // 其中，出口1.83万亿元: a breakdown of the figure just stated, so of its period
            inSentence.add(new TimeCue(sentence.start(), sentence.start(), TimeCue.Kind.SAME_PERIOD, null, 0));
        }
        inSentence.sort(Comparator.comparingInt(TimeCue::start));
        Period own = resolver.resolve(inSentence, s.start(), d.lastPeriod(), s.q().perfective());
        if (own != null) {
            return own;
        }
        return s.row() != null ? captionPeriod(s.row().caption()) : paragraphFrame(sentence);
    }

    /** A growth figure with its own time phrase (5年增长近10倍) does not take the level's period. */
    public boolean hasOwnTime(FigureSpot s) {
        return cues.within(s.clause().start(), s.start()).stream().anyMatch(c -> c.kind() != TimeCue.Kind.COMPARISON);
    }

    /** 部分综试区今年前三季度…情况如下：the last period or 截至 date a table's caption names is its cells'. */
    private Period captionPeriod(TextLayout.Range caption) {
        return cues.within(caption.start(), caption.end()).stream()
                .filter(c -> c.kind() == TimeCue.Kind.PERIOD || c.kind() == TimeCue.Kind.AS_OF)
                .map(TimeCue::period).reduce((a, b) -> b).orElse(null);
    }

    /**
     * 1—7月，广西…。以美元计，全区…18.6亿美元: a sentence with no time of its own is about the period that last led a
     * clause earlier in its paragraph (a period or a 截至 date; not 近日, which dates news, nor a time before 随着,
     * which dates an event).
     */
    private Period paragraphFrame(TextLayout.Range sentence) {
        TextLayout.Range paragraph = layout.paragraphAt(sentence.start());
        TimeCue frame = frames.last(paragraph.start(), sentence.start());
        return frame == null ? null : frame.period();
    }

    /** The cue opens its clause, after a source or link word at most (据海关统计，2024年; 其中2023年). */
    private boolean leadsClause(TimeCue c) {
        return CLAUSE_LEAD.matcher(text.substring(layout.clauseAt(c.start()).start(), c.start())).matches();
    }

    /** 2022年11月，随着…获批: the time dates the event the 随着 clause tells, not the figures after it. */
    private boolean datesCircumstance(TimeCue c) {
        return CIRCUMSTANCE.matcher(text).region(c.end(), text.length()).lookingAt();
    }

    /**
     * A count or share that is not added up over its period (累计, 新增) is what exists now, a stock at the publication
     * date, under a span that runs up to now (十年间，综试区先后分七批设立，数量增至165个) and after a time that dates a
     * circumstance (2022年11月，随着第七批获批，全省综试区总数达到21个).
     */
    public Period stockUpToNow(FigureSpot s, Period period) {
        if (period == null || published == null || FLOW.matcher(s.head()).find()) {
            return period;
        }
        List<TimeCue> before = cues.within(s.sentence().start(), s.start());
        boolean upToNow = period.kind() == Period.Kind.YEAR_SPAN && before.stream()
                .anyMatch(c -> c.kind() == TimeCue.Kind.YEARS_BACK || c.kind() == TimeCue.Kind.SINCE);
        boolean afterCircumstance = before.stream().filter(c -> c.kind() == TimeCue.Kind.PERIOD)
                .reduce((a, b) -> b).filter(this::datesCircumstance)
                .filter(c -> layout.clauseAt(text.indexOf("随着", c.end())).end() < s.clause().start())
                .isPresent();
        return upToNow || afterCircumstance ? Period.asOf(published) : period;
    }

    /**
     * 五年来累计培训…12万人次: a total added up over N years up to now (年来) runs to the publication year; a growth over
     * them (五年来增长3倍) compares full years and keeps the span to the last one.
     */
    public Period addedUpToNow(FigureSpot s, Period period) {
        if (period == null || published == null || period.kind() != Period.Kind.YEAR_SPAN) {
            return period;
        }
        return cues.within(s.sentence().start(), s.start()).stream()
                .filter(c -> c.kind() == TimeCue.Kind.YEARS_BACK && text.charAt(c.end() - 1) == '来')
                .reduce((a, b) -> b)
                .map(c -> Period.years(published.getYear() - c.count(), published.getYear())).orElse(period);
    }

    /**
     * 2024年…较2020年增长55.6%: a growth over a stated earlier year spans from that year to the level's, as does one told
     * from a year (从2018年的…增长到2022年的…，增长了1.1倍); over the year just before (2019年…比2018年增长3.4%) it is a
     * year-on-year rate, of the level's year.
     */
    public Period sinceComparedYear(FigureSpot s, Period levelPeriod) {
        if (levelPeriod == null || levelPeriod.kind() != Period.Kind.YEAR) {
            return levelPeriod;
        }
        int to = levelPeriod.start().getYear();
        return cues.within(s.sentence().start(), s.start()).stream()
                .filter(c -> c.period() != null && c.period().kind() == Period.Kind.YEAR)
                .filter(c -> c.kind() == TimeCue.Kind.COMPARISON && c.start() >= s.clause().start()
                        || c.kind() == TimeCue.Kind.PERIOD && isStartYear(c, s.sentence()))
                .map(c -> c.period().start().getYear()).filter(from -> from < to - 1)
                .reduce((a, b) -> b).map(from -> Period.years(from, to)).orElse(levelPeriod);
    }

    /** 从2018年的567.3亿元增长到2022年的…: the year a change is told from, in the figure's sentence. */
    private boolean isStartYear(TimeCue c, TextLayout.Range sentence) {
        return c.start() > sentence.start() && "从由".indexOf(text.charAt(c.start() - 1)) >= 0;
    }

    /** 加上此次获批的…，总数将达到…: with no period, a tally of what was just announced is a stock at the date. */
    public Period tallied(FigureSpot s, Period period) {
        boolean tally = period == null && published != null && OutlookReader.isTally(s.sentenceHead());
        return tally ? Period.asOf(published) : period;
    }

    /**
     * 再新设46个综试区 (as 新设…27个 in the seed gold): a count of the approval's year, not a stock at a date; with no
     * period, the year of a day the sentence names (国务院于12月15日同意…).
     */
    public Period approvalYear(FigureSpot s, Period period) {
        if (period == null) {
            return dayBefore(s).map(Period::year).orElse(null);
        }
        return switch (period.kind()) {
            case YEAR, YEAR_SPAN -> period;
            default -> Period.year(period.start().getYear());
        };
    }

    /** The year of the last day without a year named before the figure in its sentence. */
    private Optional<Integer> dayBefore(FigureSpot s) {
        if (published == null) {
            return Optional.empty();
        }
        Matcher m = DAY_OF_YEAR.matcher(s.sentenceHead());
        Integer year = null;
        while (m.find()) {
            int month = Integer.parseInt(m.group(1));
            int day = Integer.parseInt(m.group(2));
            boolean later = month > published.getMonthValue()
                    || month == published.getMonthValue() && day > published.getDayOfMonth();
            year = later ? published.getYear() - 1 : published.getYear();
        }
        return Optional.ofNullable(year);
    }

    /**
     * 预计全年…将超过400亿元, 力争全年增长15%: a forecast or target for 全年 with no year is for the year of publication,
     * whatever period the record figures before it in the sentence or paragraph are of.
     */
    public Period outlookYear(FigureSpot s, Outlook outlook, Period period) {
        boolean fullYear = !outlook.isRecord() && published != null && BARE_FULL_YEAR.matcher(s.head()).find();
        return fullYear ? Period.year(published.getYear()) : period;
    }
}
