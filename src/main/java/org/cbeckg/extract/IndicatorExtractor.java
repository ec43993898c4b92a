package org.cbeckg.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.article.Article;
import org.cbeckg.extract.indicator.AreaResolver;
import org.cbeckg.extract.indicator.FigureContext;
import org.cbeckg.extract.indicator.FigureRole;
import org.cbeckg.extract.indicator.IndicatorDeduplicator;
import org.cbeckg.extract.indicator.IndicatorDeduplicator.Candidate;
import org.cbeckg.extract.indicator.MeasureNamer;
import org.cbeckg.extract.indicator.Naming;
import org.cbeckg.extract.indicator.OutlookReader;
import org.cbeckg.extract.indicator.ReportedRegions;
import org.cbeckg.extract.indicator.SpeakerResolver;
import org.cbeckg.extract.indicator.StatisticFilter;
import org.cbeckg.extract.indicator.TableRows;
import org.cbeckg.extract.indicator.TextLayout;
import org.cbeckg.extract.number.PeriodResolver;
import org.cbeckg.extract.number.TimeCue;
import org.cbeckg.extract.number.TimeCues;
import org.cbeckg.lang.number.Quantity;
import org.cbeckg.lang.number.QuantityGrammar;
import org.cbeckg.model.Extraction;
import org.cbeckg.model.FactKind;
import org.cbeckg.model.IndicatorFact;
import org.cbeckg.model.MeasureKey;
import org.cbeckg.model.MeasureVocabulary;
import org.cbeckg.model.Outlook;
import org.cbeckg.model.Period;
import org.cbeckg.model.PersonMention;
import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceLevel;
import org.cbeckg.model.Unit;

/**
 * Extracts every statistical figure of an article as an {@link IndicatorFact}: value and unit from the number grammar
 * ({@link QuantityGrammar}), period from the sentence's time cues ({@link PeriodResolver}), measure from the curated
 * vocabulary ({@link MeasureNamer}), area from the clause's subject and 全国/全省 words ({@link AreaResolver}),
 * speaker from upstream persons ({@link SpeakerResolver}); the quote is the clause carrying the figure. Growth
 * rates, multiples and shares become facts of their own, named after the figure they follow; a growth compared with a
 * stated year spans from it (较2020年增长55.6% → 2020/2024). The count of zones an approval sets up is of the
 * approval's year, and a later count of that many cities (此次获批的24个城市) is the same fact again. Forecasts and
 * targets are kept, their measure a forecast or target of its own and their {@link Outlook} recorded. Figures a
 * reporter's question or a document title merely repeats are dropped ({@link IndicatorDeduplicator}).
 *
 * <pre>{@code
 * ExtractionPipeline p = ExtractionPipeline.builder()
 *         .add(placeExtractor).add(personExtractor)
 *         .add(new IndicatorExtractor())
 *         .build();
 * }</pre>
 */
public final class IndicatorExtractor implements Extractor<IndicatorFact> {

    private static final Pattern CBEC = Pattern.compile("跨境电商|跨境电子商务|跨境");
    private static final Pattern YEAR_ON_YEAR = Pattern.compile("同比|[比较与](?:上年|去年)|(?:上年|去年)同期");
    private static final Pattern PERIOD_ON_PERIOD = Pattern.compile("环比|[比较与](?:上月|上季度|上期)");
    /** A day without a year (国务院于12月15日同意…): the last such day up to publication. */
    private static final Pattern STATE_COUNCIL = Pattern.compile("国务院");
    private static final Pattern CIRCUMSTANCE = Pattern.compile("[，,]?随着");
    /** Words that add a count up over a span (累计培训12万人次, 新增企业300家) rather than state what exists. */
    private static final Pattern FLOW = Pattern.compile("累计|共计|合计|新增|新设|新建|增加了|增长了|培训|带动");
    /** Words that date the news rather than the figures: not a frame for the sentences after them. */
    private static final Pattern NEWS_DATE = Pattern.compile("近日|日前|近期|前不久");
    /** What may precede a time phrase that leads its clause. */
    private static final Pattern CLAUSE_LEAD = Pattern.compile("(?:据[^，]{0,10}?(?:统计|测算|显示|数据|监测)|其中|另外|此外"
            + "|同时|而|在)?");
    /** 全年 with no year of its own (not 2023年全年, 去年全年). */
    private static final Pattern BARE_FULL_YEAR = Pattern.compile("(?<!年)全年");
    private static final Pattern DAY_OF_YEAR = Pattern.compile("(?<![0-9])(1[0-2]|[1-9])月(3[01]|[12][0-9]|[1-9])日");
    /** Counts of the places an approval names, as an unclassified measure's note has them (此次获批的24个城市). */
    private static final Set<String> PLACE_COUNTS = Set.of("城市数量", "地区数量", "城市和地区数量");

    private final MeasureNamer namer;

    /** With the project's measure vocabulary. */
    public IndicatorExtractor() {
        this(MeasureVocabulary.standard());
    }

    public IndicatorExtractor(MeasureVocabulary vocabulary) {
        this.namer = new MeasureNamer(vocabulary);
    }

    @Override
    public String name() {
        return "indicators";
    }

    @Override
    public String version() {
        return "1.6.0";
    }

    @Override
    public FactKind produces() {
        return FactKind.INDICATOR;
    }

    @Override
    public Set<FactKind> requires() {
        return Set.of(FactKind.PLACE, FactKind.PERSON);
    }

    @Override
    public List<IndicatorFact> extract(Article article, Extraction upstream) {
        return IndicatorDeduplicator.dedupe(new Reading(article, upstream, namer).candidates());
    }

    /** One pass over one article; holds what a figure inherits from the figures before it. */
    private static final class Reading {
        private final Article article;
        private final String text;
        private final TextLayout layout;
        private final TableRows tables;
        private final ReportedRegions regions;
        private final List<TimeCue> cues;
        private final PeriodResolver periods;
        private final AreaResolver areas;
        private final SpeakerResolver speakers;
        private final MeasureNamer namer;
        private final LocalDate published;
        private final List<Integer> perfectiveFigures = new ArrayList<>();
        /** The sizes of the batches the article states, with their measure. */
        private final Map<BigDecimal, MeasureKey> batchSizes = new HashMap<>();
        private Period lastPeriod;
        private Level lastLevel;

        /** The last level figure, for the growth rate that follows it. */
        private record Level(Naming naming, Period period, Place area, int at,
                             TextLayout.Range sentence) {
        }

        Reading(Article article, Extraction upstream, MeasureNamer namer) {
            this.article = article;
            this.text = article.text();
            this.layout = TextLayout.of(article.body());
            this.tables = TableRows.of(layout);
            this.regions = ReportedRegions.of(layout);
            this.published = article.publishedDate().orElse(null);
            this.cues = new TimeCues(published).scan(text);
            this.periods = new PeriodResolver(published);
            this.areas = new AreaResolver(layout, article.body(), upstream.places(), cues);
            this.speakers = new SpeakerResolver(layout, upstream.persons());
            this.namer = namer;
        }

        List<Candidate> candidates() {
            List<Candidate> out = new ArrayList<>();
            for (Quantity q : QuantityGrammar.scan(text)) {
                Spot s = spot(q);
                if (StatisticFilter.isStatistic(q, s.head(), s.tail(), s.clauseEnd())
                        && !StatisticFilter.isThreshold(q, s.head(), s.afterInSentence())) {
                    candidate(s).ifPresent(out::add);
                }
            }
            return out.stream().map(this::asBatchSize).toList();
        }

        /** 此次扩围的12个城市, 24个城市中: a count of cities equal to a batch's size repeats that size. */
        private Candidate asBatchSize(Candidate c) {
            IndicatorFact f = c.fact();
            boolean placeCount = f.measureNote() != null && PLACE_COUNTS.contains(f.measureNote());
            MeasureKey batch = f.unit() == Unit.COUNT && placeCount
                    ? batchSizes.get(f.value().stripTrailingZeros()) : null;
            if (batch == null) {
                return c;
            }
            IndicatorFact named = new IndicatorFact(batch, null, f.value(), f.unit(), f.qualifier(), f.outlook(),
                    f.period(), f.area(), f.surfaceForm(), f.growthBase(), f.speaker(), f.evidence());
            return new Candidate(named, c.inQuestion(), c.inTitle());
        }

        /**
         * Where a figure is: chars {@code [start, end)} of the text, in its clause and sentence; in a table, its row
         * (then the row is its sentence).
         */
        private record Spot(Quantity q, String text, int start, int end, TextLayout.Range clause,
                            TextLayout.Range sentence, TableRows.Row row) {
            String head() {
                return text.substring(clause.start(), start);
            }

            String tail() {
                return text.substring(end, clause.end());
            }

            String afterInSentence() {
                return text.substring(end, sentence.end());
            }

            char clauseEnd() {
                return clause.end() < text.length() ? text.charAt(clause.end()) : 0;
            }
        }

        private Spot spot(Quantity q) {
            int start = article.body().charIndex(q.span().start());
            int end = article.body().charIndex(q.span().end());
            Optional<TableRows.Row> row = tables.rowAt(start);
            return new Spot(q, text, start, end, layout.clauseAt(start),
                    row.map(TableRows.Row::span).orElseGet(() -> layout.sentenceAt(start)), row.orElse(null));
        }

        /** A forecast or target (预计, 力争) is a figure too, of a forecast or target measure. */
        private Optional<Candidate> candidate(Spot s) {
            FigureRole role = FigureRole.of(s.q(), s.head());
            Level base = lastLevel != null && lastLevel.sentence().equals(s.sentence()) ? lastLevel : null;
            Naming naming = namer.name(context(s), role, base == null ? null : base.naming());
            boolean inherits = role.isDerived() && base != null && !hasOwnTime(s);
            Period period = inherits ? sinceComparedYear(s, base.period()) : periodOf(s);
            boolean state = role == FigureRole.LEVEL && naming.unit() == Unit.COUNT || role == FigureRole.SHARE;
            if (state && !naming.key().isApprovalCount()) {
                period = stockUpToNow(s, period);
            }
            if (!role.isDerived() && FLOW.matcher(s.head()).find()) {
                period = addedUpToNow(s, period);
            }
            if (state && period == null && published != null && OutlookReader.isTally(sentenceHead(s))) {
                period = Period.asOf(published);   // 加上此次获批的…，总数将达到…: the total once the news counts
            }
            if (!role.isDerived() && naming.key().isApprovalCount()) {
                period = approvalYear(s, period);
            }
            Place area = inherits ? areas.areaSince(base.at(), s.start(), base.area()) : areaOf(s);
            if (!role.isDerived() && naming.key().isApprovalCount() && STATE_COUNCIL.matcher(sentenceHead(s)).find()) {
                area = areas.china();   // 国务院批复同意在…等22个城市设立: a national batch, whatever the paragraph's city
            }
            Outlook outlook = OutlookReader.of(sentenceHead(s), period, published);
            period = outlookYear(s, outlook, period);
            remember(s, role, naming, period, area, outlook);
            return Optional.of(toCandidate(s, role, naming.withOutlook(outlook), period, area, outlook));
        }

        /**
         * 预计全年…将超过400亿元, 力争全年增长15%: a forecast or target for 全年 with no year is for the year of
         * publication, whatever period the record figures before it in the sentence or paragraph are of.
         */
        private Period outlookYear(Spot s, Outlook outlook, Period period) {
            boolean fullYear = !outlook.isRecord() && published != null && BARE_FULL_YEAR.matcher(s.head()).find();
            return fullYear ? Period.year(published.getYear()) : period;
        }

        private String sentenceHead(Spot s) {
            return text.substring(s.sentence().start(), s.start());
        }

        private FigureContext context(Spot s) {
            if (s.row() != null) {
                return cellContext(s);
            }
            int from = s.sentence().start();
            return new FigureContext(s.q(), text.substring(from, s.clause().end()), s.clause().start() - from,
                    s.start() - from, s.end() - from, aboutCrossBorderECommerce(s.start()),
                    areas.withoutPlaces(s.clause().start(), s.start()));
        }

        /** A table cell reads as its caption, then its column's header, then the cell: 进出口情况如下：，进出口额2361.5亿元. */
        private FigureContext cellContext(Spot s) {
            TableRows.Row row = s.row();
            String header = row.headerAt(tables.columnAt(row, s.start())).map(layout::textOf).orElse("");
            String lead = layout.textOf(row.caption()) + "，" + header;
            int shift = lead.length() - s.clause().start();
            return new FigureContext(s.q(), lead + text.substring(s.clause().start(), s.clause().end()),
                    lead.length(), s.start() + shift, s.end() + shift, aboutCrossBorderECommerce(row.caption().start()),
                    areas.withoutPlaces(s.clause().start(), s.start()));
        }

        /** The clause's area; in a table, the place its row is labelled with, else the caption's area. */
        private Place areaOf(Spot s) {
            if (s.row() == null) {
                return areas.namesArea(s.start()) ? areas.areaAt(s.start()) : speakersArea(s.start());
            }
            return areas.placeIn(s.row().head()).orElseGet(() -> areas.areaAt(s.row().caption().end() - 1));
        }

        /**
         * What later figures inherit: the level a growth rate refers to, the period 同期 means, 了-sentences; a
         * forecast's or target's period (到2025年) is no record's, so 同期 never refers to it.
         */
        private void remember(Spot s, FigureRole role, Naming naming, Period period, Place area, Outlook outlook) {
            if (!role.isDerived()) {
                lastLevel = new Level(naming, period, area, s.start(), s.sentence());
            }
            if (!role.isDerived() && naming.key().isApprovalCount() && outlook.isRecord()) {
                batchSizes.putIfAbsent(s.q().value().stripTrailingZeros(), naming.key());
            }
            if (period != null && period.kind() != Period.Kind.AS_OF && outlook.isRecord()) {
                lastPeriod = period;
            }
            if (s.q().perfective()) {
                perfectiveFigures.add(s.start());
            }
        }

        private Candidate toCandidate(Spot s, FigureRole role, Naming naming, Period period, Place area,
                                      Outlook outlook) {
            Quantity q = s.q();
            boolean inQuestion = regions.inQuestion(s.start());
            PersonMention speaker = inQuestion ? null : speakers.speakerAt(s.start());
            String growthBase = role.isDerived() ? growthBase(s.head()) : null;
            IndicatorFact fact = new IndicatorFact(naming.key(), naming.note(), q.value(), naming.unit(), q.qualifier(),
                    outlook, period, area, q.surfaceForm(), growthBase, speaker,
                    article.body().spanOfChars(s.clause().start(), s.clause().end()));
            return new Candidate(fact, inQuestion, regions.inTitle(s.start()));
        }

        /**
         * “一年来，我们…”何晓东说，一是…: a paragraph that names no area, in the words of an official who spoke about
         * a place in an earlier paragraph, goes on about the place that paragraph ended with.
         */
        private Place speakersArea(int at) {
            PersonMention speaker = speakers.speakerAt(at);
            int here = layout.paragraphAt(at).paragraph();
            int before = speaker == null ? -1 : speakers.lastParagraphOf(speaker, here);
            if (before < 0) {
                return areas.areaAt(at);
            }
            int earlierEnd = layout.paragraphs().get(before).end() - 1;
            Place carried = areas.namesArea(earlierEnd) ? areas.areaAt(earlierEnd) : null;
            // a macro-region (从区域看，中西部地区…) is a breakdown the speaker compared, not what he speaks for
            boolean jurisdiction = carried != null && carried.level() != PlaceLevel.REGION;
            return jurisdiction ? carried : areas.areaAt(at);
        }

        /** The figure's paragraph or the one before (其中，出口… continues it) is about cross-border e-commerce. */
        private boolean aboutCrossBorderECommerce(int at) {
            int p = layout.paragraphAt(at).paragraph();
            return CBEC.matcher(layout.textOf(layout.paragraphs().get(p))).find()
                    || p > 0 && CBEC.matcher(layout.textOf(layout.paragraphs().get(p - 1))).find();
        }

        private Period periodOf(Spot s) {
            TextLayout.Range sentence = s.sentence();
            int start = s.start();
            List<TimeCue> inSentence = new ArrayList<>(cues.stream()
                    .filter(c -> c.start() >= sentence.start() && c.end() <= sentence.end()).toList());
            inSentence.addAll(perfectiveCues(sentence, start));
            if (text.startsWith("其中", sentence.start())) {
                // 其中，出口1.83万亿元: a breakdown of the figure just stated, so of its period
                inSentence.add(new TimeCue(sentence.start(), sentence.start(), TimeCue.Kind.SAME_PERIOD, null, 0));
            }
            inSentence.sort(Comparator.comparingInt(TimeCue::start));
            Period own = periods.resolve(inSentence, start, lastPeriod, s.q().perfective());
            if (own != null) {
                return own;
            }
            return s.row() != null ? captionPeriod(s.row().caption()) : paragraphFrame(sentence);
        }

        /** 部分综试区今年前三季度…情况如下：the last period or 截至 date a table's caption names is its cells'. */
        private Period captionPeriod(TextLayout.Range caption) {
            return cues.stream().filter(c -> c.start() >= caption.start() && c.end() <= caption.end())
                    .filter(c -> c.kind() == TimeCue.Kind.PERIOD || c.kind() == TimeCue.Kind.AS_OF)
                    .map(TimeCue::period).reduce((a, b) -> b).orElse(null);
        }

        /**
         * 1—7月，广西…。以美元计，全区…18.6亿美元: a sentence with no time of its own is about the period that last
         * led a clause earlier in its paragraph (a period or a 截至 date; not 近日, which dates news, nor a time before
         * 随着, which dates an event).
         */
        private Period paragraphFrame(TextLayout.Range sentence) {
            TextLayout.Range paragraph = layout.paragraphAt(sentence.start());
            Period frame = null;
            for (TimeCue c : cues) {
                boolean before = c.start() >= paragraph.start() && c.end() <= sentence.start();
                boolean kind = c.kind() == TimeCue.Kind.PERIOD || c.kind() == TimeCue.Kind.AS_OF;
                boolean frames = leadsClause(c) && !datesCircumstance(c);
                if (before && kind && frames && !NEWS_DATE.matcher(text.substring(c.start(), c.end())).find()) {
                    frame = c.period();
                }
            }
            return frame;
        }

        /** The cue opens its clause, after a source or link word at most (据海关统计，2024年; 其中2023年). */
        private boolean leadsClause(TimeCue c) {
            return CLAUSE_LEAD.matcher(text.substring(layout.clauseAt(c.start()).start(), c.start())).matches();
        }

        /**
         * A count or share that is not added up over its period (累计, 新增) is what exists now, a stock at the
         * publication date, under a span that runs up to now (十年间，综试区先后分七批设立，数量增至165个) and after a
         * time that dates a circumstance (2022年11月，随着第七批获批，全省综试区总数达到21个).
         */
        private Period stockUpToNow(Spot s, Period period) {
            if (period == null || published == null || FLOW.matcher(s.head()).find()) {
                return period;
            }
            List<TimeCue> before = cues.stream()
                    .filter(c -> c.start() >= s.sentence().start() && c.end() <= s.start()).toList();
            boolean upToNow = period.kind() == Period.Kind.YEAR_SPAN && before.stream()
                    .anyMatch(c -> c.kind() == TimeCue.Kind.YEARS_BACK || c.kind() == TimeCue.Kind.SINCE);
            boolean afterCircumstance = before.stream().filter(c -> c.kind() == TimeCue.Kind.PERIOD)
                    .reduce((a, b) -> b).filter(this::datesCircumstance)
                    .filter(c -> layout.clauseAt(text.indexOf("随着", c.end())).end() < s.clause().start())
                    .isPresent();
            return upToNow || afterCircumstance ? Period.asOf(published) : period;
        }

        /**
         * 五年来累计培训…12万人次: a total added up over N years up to now (年来) runs to the publication year; a growth
         * over them (五年来增长3倍) compares full years and keeps the span to the last one.
         */
        private Period addedUpToNow(Spot s, Period period) {
            if (period == null || published == null || period.kind() != Period.Kind.YEAR_SPAN) {
                return period;
            }
            return cues.stream().filter(c -> c.start() >= s.sentence().start() && c.end() <= s.start())
                    .filter(c -> c.kind() == TimeCue.Kind.YEARS_BACK && text.charAt(c.end() - 1) == '来')
                    .reduce((a, b) -> b)
                    .map(c -> Period.years(published.getYear() - c.count(), published.getYear())).orElse(period);
        }

        /** 2022年11月，随着…获批: the time dates the event the 随着 clause tells, not the figures after it. */
        private boolean datesCircumstance(TimeCue c) {
            return CIRCUMSTANCE.matcher(text).region(c.end(), text.length()).lookingAt();
        }

        /** 推广了近70项…并与23个国家签署: a sentence told as completed results counts its stocks at the date. */
        private List<TimeCue> perfectiveCues(TextLayout.Range sentence, int before) {
            List<TimeCue> out = new ArrayList<>();
            for (Integer at : perfectiveFigures) {
                if (at >= sentence.start() && at < before && published != null) {
                    out.add(new TimeCue(at, at, TimeCue.Kind.AS_OF_WEAK, Period.asOf(published), 0));
                }
            }
            return out;
        }

        /**
         * 2024年…较2020年增长55.6%: a growth over a stated earlier year spans from that year to the level's, as does one
         * told from a year (从2018年的…增长到2022年的…，增长了1.1倍); over the year just before (2019年…比2018年增长3.4%)
         * it is a year-on-year rate, of the level's year.
         */
        private Period sinceComparedYear(Spot s, Period levelPeriod) {
            if (levelPeriod == null || levelPeriod.kind() != Period.Kind.YEAR) {
                return levelPeriod;
            }
            int to = levelPeriod.start().getYear();
            return cues.stream()
                    .filter(c -> c.period() != null && c.period().kind() == Period.Kind.YEAR)
                    .filter(c -> c.kind() == TimeCue.Kind.COMPARISON && c.start() >= s.clause().start()
                            || c.kind() == TimeCue.Kind.PERIOD && isStartYear(c, s.sentence()))
                    .filter(c -> c.end() <= s.start())
                    .map(c -> c.period().start().getYear()).filter(from -> from < to - 1)
                    .reduce((a, b) -> b).map(from -> Period.years(from, to)).orElse(levelPeriod);
        }

        /** 从2018年的567.3亿元增长到2022年的…: the year a change is told from, in the figure's sentence. */
        private boolean isStartYear(TimeCue c, TextLayout.Range sentence) {
            return c.start() > sentence.start() && "从由".indexOf(text.charAt(c.start() - 1)) >= 0;
        }

        /**
         * 再新设46个综试区 (as 新设…27个 in the seed gold): a count of the approval's year, not a stock at a date;
         * with no period, the year of a day the sentence names (国务院于12月15日同意…).
         */
        private Period approvalYear(Spot s, Period period) {
            if (period == null) {
                return dayBefore(s).map(Period::year).orElse(null);
            }
            return switch (period.kind()) {
                case YEAR, YEAR_SPAN -> period;
                default -> Period.year(period.start().getYear());
            };
        }

        /** The year of the last day without a year named before the figure in its sentence. */
        private Optional<Integer> dayBefore(Spot s) {
            if (published == null) {
                return Optional.empty();
            }
            Matcher m = DAY_OF_YEAR.matcher(text.substring(s.sentence().start(), s.start()));
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

        /** A growth figure with its own time phrase (5年增长近10倍) does not take the level's period. */
        private boolean hasOwnTime(Spot s) {
            return cues.stream().anyMatch(c -> c.start() >= s.clause().start() && c.end() <= s.start()
                    && c.kind() != TimeCue.Kind.COMPARISON);
        }

        private static String growthBase(String head) {
            if (YEAR_ON_YEAR.matcher(head).find()) {
                return "同比";
            }
            return PERIOD_ON_PERIOD.matcher(head).find() ? "环比" : null;
        }
    }
}
