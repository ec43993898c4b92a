package org.cbeckg.extract.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cbeckg.model.MeasureKey;
import org.cbeckg.model.Period;
import org.cbeckg.model.Place;

/**
 * What a figure inherits from the figures before it, as one immutable value passed from figure to figure: the level
 * a growth rate refers to, the period 同期 means, the completed results (了) of its sentence, and the sizes of the
 * batches the article has stated so far.
 *
 * <pre>{@code
 * Discourse d = Discourse.START;
 * for (FigureSpot s : spots) {
 *     FigureReading r = reader.read(s, d);
 *     d = d.after(s, r);
 * }
 * }</pre>
 *
 * @param lastLevel   the last level figure (not a growth, multiple or share), or null
 * @param lastPeriod  the last record period stated (not a stock's date), or null
 * @param perfective  where the figures told as completed results start, in the current sentence only
 * @param batchSizes  the sizes of the batches the article states, with their measure
 */
public record Discourse(Level lastLevel, Period lastPeriod, List<Integer> perfective,
                        Map<BigDecimal, MeasureKey> batchSizes) {

    public static final Discourse START = new Discourse(null, null, List.of(), Map.of());

    /** The last level figure, for the growth rate that follows it. */
    public record Level(Naming naming, Period period, Place area, int at, TextLayout.Range sentence) {
    }

    public Discourse {
        perfective = List.copyOf(perfective);
        batchSizes = Map.copyOf(batchSizes);
    }

    /** The level a derived figure at {@code s} refers to: the last one, if it is in the same sentence. */
    public Level levelOf(FigureSpot s) {
        return lastLevel != null && lastLevel.sentence().equals(s.sentence()) ? lastLevel : null;
    }

    /** Where the figures told as completed results start in {@code s}'s sentence, before it. */
    public List<Integer> perfectiveBefore(FigureSpot s) {
        return perfective.stream().filter(at -> at >= s.sentence().start() && at < s.start()).toList();
    }

    /**
     * The discourse after the figure at {@code s}, read as {@code r}: a forecast's or target's period (到2025年) is
     * no record's, so 同期 never refers to it.
     */
    public Discourse after(FigureSpot s, FigureReading r) {
        Level level = r.role().isDerived() ? lastLevel
                : new Level(r.naming(), r.period(), r.area(), s.start(), s.sentence());
        Map<BigDecimal, MeasureKey> sizes = batchSizes;
        BigDecimal size = s.q().value().stripTrailingZeros();
        if (!r.role().isDerived() && r.naming().key().isApprovalCount() && r.outlook().isRecord()
                && !sizes.containsKey(size)) {
            sizes = new HashMap<>(sizes);
            sizes.put(size, r.naming().key());
        }
        boolean recorded = r.period() != null && r.period().kind() != Period.Kind.AS_OF && r.outlook().isRecord();
        List<Integer> done = new ArrayList<>(perfective.stream().filter(at -> at >= s.sentence().start()).toList());
        if (s.q().perfective()) {
            done.add(s.start());
        }
        return new Discourse(level, recorded ? r.period() : lastPeriod, done, sizes);
    }
}
