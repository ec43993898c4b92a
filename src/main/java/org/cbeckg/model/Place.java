package org.cbeckg.model;

import java.util.List;
import java.util.Objects;

/**
 * A place from the gazetteer: a division of China with its official code, a country, or a macro-region.
 *
 * @param id           IRI-safe identifier: the 6-digit division code ({@code 330700}), {@code CN} or an ISO 3166
 *                     alpha-2 code for countries, {@code region-east} style for macro-regions
 * @param name         the full official name ({@code 金华市}, {@code 内蒙古自治区}, {@code 巴基斯坦})
 * @param shortNames   other names the text may use ({@code 金华}, {@code 内蒙古}); never ambiguous common words
 * @param parentId     the id of the enclosing division, or null
 * @param provinceId   the id of the province-level division it lies in (itself for a province), or null
 * @param nameEn       an English or romanised name where the data set has one, else null
 */
public record Place(String id, String name, List<String> shortNames, PlaceLevel level, String parentId,
                    String provinceId, String nameEn) {
    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        shortNames = List.copyOf(shortNames);
    }

    /** The official division code (GB/T 2260 style, 6 digits) when this is a division of China. */
    public boolean isChineseDivision() {
        return id.matches("\\d{6}");
    }
}
