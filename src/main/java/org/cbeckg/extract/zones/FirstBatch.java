package org.cbeckg.extract.zones;

import org.cbeckg.model.Place;

/**
 * The first batch of zones, a fact of the series the articles tell: the State Council approved
 * 中国（杭州）跨境电子商务综合试验区 alone on 2015-03-07 (国函〔2015〕44号); every later batch approved several cities at
 * once, and 杭州 was in none of them. So an approval that names 杭州's zone alone is the first batch (one zone, one
 * so far), and the first zone (全国首个综试区) is 杭州's. Dates still come from the article.
 *
 * <pre>{@code
 * FirstBatch.isItsCity(gazetteer.byName("杭州市").get(0)); // true
 * }</pre>
 */
public final class FirstBatch {

    /** 杭州市, by its division code. */
    public static final String CITY_ID = "330100";
    public static final int ORDINAL = 1;

    private FirstBatch() {
    }

    public static boolean isItsCity(Place city) {
        return CITY_ID.equals(city.id());
    }
}
