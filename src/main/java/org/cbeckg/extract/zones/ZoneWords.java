package org.cbeckg.extract.zones;

import java.util.regex.Pattern;

/**
 * The patterns shared by the batch and zone readers.
 *
 * <pre>{@code
 * ZoneWords.ZONE.matcher("杭州综试区").find(); // true
 * }</pre>
 */
final class ZoneWords {

    static final String NUM = SmallNumbers.PATTERN;
    /** The zone's generic name, long or short: 跨境电子商务综合试验区, 跨境电商综合试验区, 综试区. */
    static final Pattern ZONE = Pattern.compile("综合试验区|综试区");
    static final Pattern ORDINAL = Pattern.compile("第(" + NUM + ")批");
    static final Pattern CITY_COUNT = Pattern.compile("(" + NUM + ")个城市");
    /** Words that mark the batch this article reports (本批…, 随着本次金华、舟山获批…). */
    static final Pattern THIS_BATCH = Pattern.compile("本次|此次|本批|这次|这批|新一批");
    /** Words that make a 第N批 the article's batch: the above, or 这是第七批, 获批第六批, 新设第七批. */
    static final Pattern THIS_ORDINAL = Pattern.compile("本次|此次|本批|这次|这批|新一批|这是|新设|获批");

    /**
     * A clause that says its cities are among those just approved, closing it with no object: 南京市、无锡市双双入列,
     * 我省衡阳市、株洲市榜上有名, 扬州入选. The news idioms for joining a list, from press usage.
     */
    static final Pattern JOINS_LIST = Pattern.compile("(?:获批|入选|入列|在列|入围|榜上有名|名列其中|位列其中|名列榜单)$");

    private ZoneWords() {
    }

    static Integer number(String s) {
        return SmallNumbers.parse(s).orElse(null);
    }
}
