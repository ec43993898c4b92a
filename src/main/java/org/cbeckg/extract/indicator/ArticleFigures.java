package org.cbeckg.extract.indicator;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cbeckg.article.Article;
import org.cbeckg.article.NormalisedText;
import org.cbeckg.extract.number.CueIndex;
import org.cbeckg.extract.number.TimeCues;
import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.lang.number.Quantity;
import org.cbeckg.model.Extraction;

/**
 * Everything about one article that its figures are read against, built once and never changed: the normalised text
 * and its layout, tables, questions and titles, time cues, places and speakers, and which paragraphs are about
 * cross-border e-commerce.
 *
 * <pre>{@code
 * ArticleFigures a = ArticleFigures.of(article, upstream);
 * FigureSpot s = a.spot(quantity);
 * }</pre>
 */
public final class ArticleFigures {

    private static final Lexicon LEXICON = Lexicon.of("article-figures");

    private static final Pattern CBEC = LEXICON.pattern("cbec");

    private final NormalisedText view;
    private final TextLayout layout;
    private final TableRows tables;
    private final ReportedRegions regions;
    private final CueIndex cues;
    private final AreaResolver areas;
    private final SpeakerResolver speakers;
    private final LocalDate published;
    /** The paragraphs that name cross-border e-commerce. */
    private final BitSet cbecParagraphs = new BitSet();

    private ArticleFigures(Article article, Extraction upstream) {
        this.view = article.view();
        this.layout = TextLayout.of(view);
        this.tables = TableRows.of(layout);
        this.regions = ReportedRegions.of(layout);
        this.published = article.publishedDate().orElse(null);
        this.cues = new CueIndex(new TimeCues(published).scan(view.text()));
        this.areas = new AreaResolver(layout, view, upstream.places(), cues);
        this.speakers = new SpeakerResolver(layout, upstream.persons());
        layout.paragraphs().forEach(p -> cbecParagraphs.set(p.paragraph(), CBEC.matcher(layout.textOf(p)).find()));
    }

    public static ArticleFigures of(Article article, Extraction upstream) {
        return new ArticleFigures(article, upstream);
    }

    public String text() {
        return view.text();
    }

    public NormalisedText view() {
        return view;
    }

    public TextLayout layout() {
        return layout;
    }

    public TableRows tables() {
        return tables;
    }

    public ReportedRegions regions() {
        return regions;
    }

    public CueIndex cues() {
        return cues;
    }

    public AreaResolver areas() {
        return areas;
    }

    public SpeakerResolver speakers() {
        return speakers;
    }

    /** The publication date, or null. */
    public LocalDate published() {
        return published;
    }

    /** Where a figure the number grammar found in {@link #text()} is. */
    public FigureSpot spot(Quantity q) {
        int start = q.at();
        Optional<TableRows.Row> row = tables.rowAt(start);
        return new FigureSpot(q, text(), start, q.end(), layout.clauseAt(start),
                row.map(TableRows.Row::span).orElseGet(() -> layout.sentenceAt(start)), row.orElse(null));
    }

    /** The figure's words for the measure namer: its sentence up to the end of its clause, or a table cell's. */
    public FigureContext context(FigureSpot s) {
        if (s.row() != null) {
            return cellContext(s);
        }
        int from = s.sentence().start();
        return new FigureContext(s.q(), text().substring(from, s.clause().end()), s.clause().start() - from,
                s.start() - from, s.end() - from, aboutCrossBorderECommerce(s.start()),
                areas.withoutPlaces(s.clause().start(), s.start()));
    }

    /** A table cell reads as its caption, then its column's header, then the cell: 进出口情况如下：，进出口额2361.5亿元. */
    private FigureContext cellContext(FigureSpot s) {
        TableRows.Row row = s.row();
        String header = row.headerAt(tables.columnAt(row, s.start())).map(layout::textOf).orElse("");
        String lead = layout.textOf(row.caption()) + "，" + header;
        int shift = lead.length() - s.clause().start();
        return new FigureContext(s.q(), lead + text().substring(s.clause().start(), s.clause().end()),
                lead.length(), s.start() + shift, s.end() + shift, aboutCrossBorderECommerce(row.caption().start()),
                areas.withoutPlaces(s.clause().start(), s.start()));
    }

    /** The figure's paragraph or the one before (其中，出口… continues it) is about cross-border e-commerce. */
    private boolean aboutCrossBorderECommerce(int at) {
        int p = layout.paragraphAt(at).paragraph();
        return cbecParagraphs.get(p) || p > 0 && cbecParagraphs.get(p - 1);
    }
}
