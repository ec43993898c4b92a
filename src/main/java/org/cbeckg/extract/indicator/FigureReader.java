package org.cbeckg.extract.indicator;

import java.util.regex.Pattern;

import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.model.Outlook;
import org.cbeckg.model.Period;
import org.cbeckg.model.PersonMention;
import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceLevel;
import org.cbeckg.model.Unit;

/**
 * Reads one figure of an article in the light of the figures before it ({@link Discourse}): its role (level, growth,
 * multiple, share), measure, period, area and outlook. A derived figure (增长15%) without a time of its own takes the
 * period and area of the level it follows in its sentence; a count of an approval (新设27个) is of the approval's year
 * and, when the State Council approves, of the nation. Pure: the discourse is passed in, never kept.
 *
 * <pre>{@code
 * FigureReader reader = new FigureReader(figures, namer);
 * FigureReading r = reader.read(spot, discourse);
 * }</pre>
 */
public final class FigureReader {

    private static final Lexicon LEXICON = Lexicon.of("figure-reader");

    private static final Pattern STATE_COUNCIL = LEXICON.pattern("state-council");

    private final ArticleFigures figures;
    private final FigurePeriods periods;
    private final MeasureNamer namer;

    public FigureReader(ArticleFigures figures, MeasureNamer namer) {
        this.figures = figures;
        this.periods = new FigurePeriods(figures);
        this.namer = namer;
    }

    /** A forecast or target (预计, 力争) is a figure too; its outlook is read, its label is left to the caller. */
    public FigureReading read(FigureSpot s, Discourse d) {
        FigureRole role = FigureRole.of(s.q(), s.head());
        Discourse.Level base = d.levelOf(s);
        Naming naming = namer.name(figures.context(s), role, base == null ? null : base.naming());
        boolean inherits = role.isDerived() && base != null && !periods.hasOwnTime(s);
        boolean approvalCount = !role.isDerived() && naming.key().isApprovalCount();
        Period period = inherits ? periods.sinceComparedYear(s, base.period()) : periods.of(s, d);
        boolean state = role == FigureRole.LEVEL && naming.unit() == Unit.COUNT || role == FigureRole.SHARE;
        if (state && !naming.key().isApprovalCount()) {
            period = periods.stockUpToNow(s, period);
        }
        if (!role.isDerived() && FigurePeriods.FLOW.matcher(s.head()).find()) {
            period = periods.addedUpToNow(s, period);
        }
        if (state) {
            period = periods.tallied(s, period);
        }
        if (approvalCount) {
            period = periods.approvalYear(s, period);
        }
        Place area = inherits ? figures.areas().areaSince(base.at(), s.start(), base.area()) : areaOf(s);
        if (approvalCount && STATE_COUNCIL.matcher(s.sentenceHead()).find()) {
            area = figures.areas().china();   // 国务院批复同意在…等22个城市设立: a national batch, whatever the city
        }
        Outlook outlook = OutlookReader.of(s.sentenceHead(), period, figures.published());
        return new FigureReading(role, naming, periods.outlookYear(s, outlook, period), area, outlook);
    }

    /** The clause's area; in a table, the place its row is labelled with, else the caption's area. */
    private Place areaOf(FigureSpot s) {
        AreaResolver areas = figures.areas();
        if (s.row() == null) {
            return areas.namesArea(s.start()) ? areas.areaAt(s.start()) : speakersArea(s.start());
        }
        return areas.placeIn(s.row().head()).orElseGet(() -> areas.areaAt(s.row().caption().end() - 1));
    }

    /**
     * “一年来，我们…”何晓东说，一是…: a paragraph that names no area, in the words of an official who spoke about a
     * place in an earlier paragraph, goes on about the place that paragraph ended with.
     */
    private Place speakersArea(int at) {
        AreaResolver areas = figures.areas();
        PersonMention speaker = figures.speakers().speakerAt(at);
        int here = figures.layout().paragraphAt(at).paragraph();
        int before = speaker == null ? -1 : figures.speakers().lastParagraphOf(speaker, here);
        if (before < 0) {
            return areas.areaAt(at);
        }
        int earlierEnd = figures.layout().paragraphs().get(before).end() - 1;
        Place carried = areas.namesArea(earlierEnd) ? areas.areaAt(earlierEnd) : null;
        // a macro-region (从区域看，中西部地区…) is a breakdown the speaker compared, not what he speaks for
        boolean jurisdiction = carried != null && carried.level() != PlaceLevel.REGION;
        return jurisdiction ? carried : areas.areaAt(at);
    }
}
