package org.cbeckg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.cbeckg.article.Article;
import org.cbeckg.extract.indicator.ArticleFigures;
import org.cbeckg.extract.indicator.Discourse;
import org.cbeckg.extract.indicator.FigureReader;
import org.cbeckg.extract.indicator.FigureReading;
import org.cbeckg.extract.indicator.FigureSpot;
import org.cbeckg.extract.indicator.IndicatorDeduplicator.Candidate;
import org.cbeckg.extract.indicator.IndicatorDeduplicator;
import org.cbeckg.extract.indicator.MeasureNamer;
import org.cbeckg.extract.indicator.Naming;
import org.cbeckg.extract.indicator.StatisticFilter;
import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.lang.number.Quantity;
import org.cbeckg.lang.number.QuantityGrammar;
import org.cbeckg.model.Extraction;
import org.cbeckg.model.FactKind;
import org.cbeckg.model.IndicatorFact;
import org.cbeckg.model.MeasureKey;
import org.cbeckg.model.MeasureVocabulary;
import org.cbeckg.model.PersonMention;
import org.cbeckg.model.Unit;

/**
 * Extracts every statistical figure of an article as an {@link IndicatorFact}: value and unit from the number grammar
 * ({@link QuantityGrammar}), period from the sentence's time cues ({@code FigurePeriods}), measure from the curated
 * vocabulary ({@link MeasureNamer}), area from the clause's subject and 全国/全省 words ({@code AreaResolver}),
 * speaker from upstream persons; the quote is the clause carrying the figure. Growth
 * rates, multiples and shares become facts of their own, named after the figure they follow; a growth compared with a
 * stated year spans from it (较2020年增长55.6% → 2020/2024). The count of zones an approval sets up is of the
 * approval's year, and a later count of that many cities (此次获批的24个城市) is the same fact again. Forecasts and
 * targets are kept, their measure a forecast or target of its own and their {@code Outlook} recorded. Figures a
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

    private static final Lexicon LEXICON = Lexicon.of("indicator-extractor");

    private static final Pattern YEAR_ON_YEAR = LEXICON.pattern("year-on-year");
    private static final Pattern PERIOD_ON_PERIOD = LEXICON.pattern("period-on-period");
    /** Counts of the places an approval names, as an unclassified measure's note has them (此次获批的24个城市). */
    private static final Set<String> PLACE_COUNTS = Set.copyOf(LEXICON.words("place-counts"));

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
        return "1.7.5";
    }

    @Override
    public FactKind produces() {
        return FactKind.INDICATOR;
    }

    @Override
    public Set<FactKind> requires() {
        return Set.of(FactKind.PLACE, FactKind.PERSON);
    }

    /** One pass over the figures in text order, the discourse handed on from each figure to the next. */
    @Override
    public List<IndicatorFact> extract(Article article, Extraction upstream) {
        ArticleFigures figures = ArticleFigures.of(article, upstream);
        FigureReader reader = new FigureReader(figures, namer);
        Discourse discourse = Discourse.START;
        List<Candidate> out = new ArrayList<>();
        for (Quantity q : QuantityGrammar.scan(figures.text())) {
            FigureSpot s = figures.spot(q);
            if (StatisticFilter.isStatistic(q, s.head(), s.tail(), s.clauseEnd())
                    && !StatisticFilter.isThreshold(q, s.head(), s.afterInSentence())) {
                FigureReading r = reader.read(s, discourse);
                discourse = discourse.after(s, r);
                out.add(candidate(figures, s, r));
            }
        }
        Discourse end = discourse;
        return IndicatorDeduplicator.dedupe(out.stream().map(c -> asBatchSize(c, end)).toList());
    }

    /** 此次扩围的12个城市, 24个城市中: a count of cities equal to a batch's size (stated anywhere) repeats that size. */
    private static Candidate asBatchSize(Candidate c, Discourse end) {
        IndicatorFact f = c.fact();
        boolean placeCount = f.measureNote() != null && PLACE_COUNTS.contains(f.measureNote());
        MeasureKey batch = f.unit() == Unit.COUNT && placeCount
                ? end.batchSizes().get(f.value().stripTrailingZeros()) : null;
        if (batch == null) {
            return c;
        }
        IndicatorFact named = new IndicatorFact(batch, null, f.value(), f.unit(), f.qualifier(), f.outlook(),
                f.period(), f.area(), f.surfaceForm(), f.growthBase(), f.speaker(), f.evidence());
        return new Candidate(named, c.inQuestion(), c.inTitle());
    }

    /**
     * The fact: the measure of its outlook (cbec-trade-value/forecast), the figure as the article writes it, the
     * clause as its quote; no speaker for a reporter's question.
     */
    private static Candidate candidate(ArticleFigures figures, FigureSpot s, FigureReading r) {
        Quantity q = s.q();
        boolean inQuestion = figures.regions().inQuestion(s.start());
        PersonMention speaker = inQuestion ? null : figures.speakers().speakerAt(s.start());
        String growthBase = r.role().isDerived() ? growthBase(s.head()) : null;
        String written = figures.view().spanOfChars(s.start(), s.end()).exact();   // 1,234.5億元, not the view's
        Naming naming = r.naming().withOutlook(r.outlook());
        IndicatorFact fact = new IndicatorFact(naming.key(), naming.note(), q.value(), naming.unit(), q.qualifier(),
                r.outlook(), r.period(), r.area(), written, growthBase, speaker,
                figures.view().spanOfChars(s.clause().start(), s.clause().end()));
        return new Candidate(fact, inQuestion, figures.regions().inTitle(s.start()));
    }

    private static String growthBase(String head) {
        if (YEAR_ON_YEAR.matcher(head).find()) {
            return "同比";
        }
        return PERIOD_ON_PERIOD.matcher(head).find() ? "环比" : null;
    }
}
