package org.cbeckg.model;

import java.util.Objects;

/**
 * What a share is taken of: the same measure's total over a wider place (占全国 → the national total), or another
 * measure (占货物贸易进出口总值). A share with no stated whole (占比) has none.
 *
 * @param slug     what follows {@code share-of-} in the derived measure's IRI segment ({@code country},
 *                 {@code goods-trade-value})
 * @param zh       the words between 占 and 比重 in a Chinese label (全国, 货物贸易进出口)
 * @param en       the words after "as a share of" in an English label
 * @param level    the place level whose total it is, or null for a measure
 * @param measure  the measure it is a part of, or null for a place
 */
public record ShareWhole(String slug, String zh, String en, PlaceLevel level, MeasureKey measure) {

    public ShareWhole {
        Objects.requireNonNull(slug);
        Objects.requireNonNull(zh);
        Objects.requireNonNull(en);
        if ((level == null) == (measure == null)) {
            throw new IllegalArgumentException("a whole is a place level or a measure: " + slug);
        }
    }

    /** The total of the same measure over a country, province or prefecture. */
    public static ShareWhole of(PlaceLevel level) {
        return switch (level) {
            case COUNTRY -> new ShareWhole("country", "全国", "the national total", level, null);
            case PROVINCE -> new ShareWhole("province", "全省", "the provincial total", level, null);
            case PREFECTURE -> new ShareWhole("prefecture", "全市", "the city total", level, null);
            default -> throw new IllegalArgumentException("no share of a " + level.code() + "'s total");
        };
    }

    /** Another measure, as a level of record: 占跨境电商出口 → cbec-trade-value/export. */
    public static ShareWhole of(MeasureKey whole) {
        MeasureKey level = whole.level();
        return new ShareWhole(level.path().replace('/', '-'), MeasureLabels.stem(level.labelZh()), level.labelEn(),
                null, level);
    }
}
