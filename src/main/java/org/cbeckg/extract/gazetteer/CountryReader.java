package org.cbeckg.extract.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.cbeckg.extract.PlaceLevel;

/**
 * Reads China and the foreign countries from the vendored i18n-iso-countries locale files (Chinese and English
 * names keyed by ISO 3166-1 alpha-2). Taiwan, Hong Kong and Macao are divisions of China here (see
 * {@link DivisionReader}), not countries.
 *
 * <pre>{@code
 * List<Place> foreign = CountryReader.foreignCountries(); // 安道尔 AD, 阿联酋 AE, …
 * }</pre>
 */
final class CountryReader {

    static final String CHINA_ID = "CN";
    private static final Set<String> DIVISIONS_OF_CHINA = Set.of("CN", "TW", "HK", "MO");

    private CountryReader() {
    }

    static Place china() {
        return new Place(CHINA_ID, "中国", List.of(), PlaceLevel.COUNTRY, null, null, "China");
    }

    /** Foreign countries, in ISO code order. */
    static List<Place> foreignCountries() {
        JsonObject zh = countries("countries-zh.json");
        JsonObject en = countries("countries-en.json");
        List<Place> out = new ArrayList<>();
        for (String code : zh.keys().stream().sorted().toList()) {
            if (!DIVISIONS_OF_CHINA.contains(code)) {
                String nameEn = en.hasKey(code) ? first(en.get(code)) : null;
                out.add(new Place(code, first(zh.get(code)), List.of(), PlaceLevel.COUNTRY, null, null, nameEn));
            }
        }
        return out;
    }

    private static JsonObject countries(String file) {
        return JSON.parse(Resources.text(file)).get("countries").getAsObject();
    }

    /** A name is a string or an array of names, the first being the preferred one. */
    private static String first(JsonValue v) {
        return v.isArray() ? v.getAsArray().get(0).getAsString().value() : v.getAsString().value();
    }
}
