package org.cbeckg.extract.indicator;

import java.util.regex.Pattern;

import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.lang.number.Quantity;
import org.cbeckg.model.Unit;

/**
 * What a figure says about its measure: the level itself, its growth rate (增长15%), its growth multiple (增长近10倍),
 * or its share of a whole (约占全国六分之一).
 */
public enum FigureRole {
    LEVEL, GROWTH, MULTIPLE, SHARE;

    private static final Lexicon LEXICON = Lexicon.of("figure-role");
    private static final Pattern SHARE_WORD = LEXICON.pattern("share-word");
    private static final Pattern GROWTH_WORD = LEXICON.pattern("growth-word");
    private static final Pattern MULTIPLE_WORD = LEXICON.pattern("multiple-word");
    /** 是2016年的3倍, 相当于去年同期的2倍: a multiple of an earlier level of the same measure. */
    private static final Pattern MULTIPLE_OF = LEXICON.pattern("multiple-of");

    /** @param head the figure's clause up to the figure */
    public static FigureRole of(Quantity q, String head) {
        Unit u = q.unit();
        if ((u == Unit.RATIO || u == Unit.PERCENT) && SHARE_WORD.matcher(head).find()) {
            return SHARE;
        }
        boolean rate = u == Unit.PERCENT || u == Unit.PERCENTAGE_POINT;
        if (rate && (q.trend().isChange() || GROWTH_WORD.matcher(head).find())) {
            return GROWTH;
        }
        if (u == Unit.TIMES && (q.trend().isChange() || MULTIPLE_WORD.matcher(head).find()
                || MULTIPLE_OF.matcher(head).find())) {
            return MULTIPLE;
        }
        return LEVEL;
    }

    public boolean isDerived() {
        return this != LEVEL;
    }
}
