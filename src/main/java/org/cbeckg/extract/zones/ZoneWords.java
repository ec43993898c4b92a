package org.cbeckg.extract.zones;

import java.util.regex.Pattern;

import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.lang.number.Numerals;

/**
 * The patterns shared by the batch and zone readers.
 *
 * <pre>{@code
 * ZoneWords.ZONE.matcher("杭州综试区").find(); // true
 * }</pre>
 */
final class ZoneWords {

    private static final Lexicon LEXICON = Lexicon.of("zone-words");

    /** The zone's generic name, long or short: 跨境电子商务综合试验区, 跨境电商综合试验区, 综试区. */
    static final Pattern ZONE = LEXICON.pattern("zone");
    static final Pattern ORDINAL = LEXICON.pattern("ordinal");
    static final Pattern CITY_COUNT = LEXICON.pattern("city-count");
    /** Words that mark the batch this article reports (本批…, 随着本次金华、舟山获批…). */
    static final Pattern THIS_BATCH = LEXICON.pattern("this-batch");
    /** Words that make a 第N批 the article's batch: the above, or 这是第七批, 获批第六批, 新设第七批. */
    static final Pattern THIS_ORDINAL = LEXICON.pattern("this-ordinal");

    /**
     * A clause that says its cities are among those just approved, closing it with no object: 南京市、无锡市双双入列,
     * 我省衡阳市、株洲市榜上有名, 扬州入选. The news idioms for joining a list, from press usage.
     */
    static final Pattern JOINS_LIST = LEXICON.pattern("joins-list");

    private ZoneWords() {
    }

    /** A count of batches or zones (27, 六, 二十七, 两), or null: the project's one numeral parser reads it. */
    static Integer number(String s) {
        return Numerals.wholeNumber(s).orElse(null);
    }
}
