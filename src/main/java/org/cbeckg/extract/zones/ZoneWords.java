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

    private ZoneWords() {
    }

    static Integer number(String s) {
        return SmallNumbers.parse(s).orElse(null);
    }
}
