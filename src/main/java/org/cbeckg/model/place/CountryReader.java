package org.cbeckg.model.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceLevel;

/**
 * Reads China and the foreign countries from the vendored i18n-iso-countries locale files (Chinese and English
 * names keyed by ISO 3166-1 alpha-2), with the curated supplement {@code country-names.csv}: a canonical name where
 * the data set gives only a short form (ID 印尼 → 印度尼西亚) and the other names news uses (沙特, 阿拉伯联合酋长国).
 * Taiwan, Hong Kong and Macao are divisions of China here (see {@link DivisionReader}), not countries.
 *
 * <pre>{@code
 * List<Place> foreign = CountryReader.foreignCountries(); // 安道尔 AD, 阿联酋 AE, …
 * CountryReader.otherNames().get("ID");                   // [印尼]
 * }</pre>
 */
final class CountryReader {

    static final String CHINA_ID = "CN";
    private static final Set<String> DIVISIONS_OF_CHINA = Set.of("CN", "TW", "HK", "MO");
    private static final String SUPPLEMENT = "country-names.csv";

    private CountryReader() {
    }

    static Place china() {
        return new Place(CHINA_ID, "中国", List.of(), PlaceLevel.COUNTRY, null, null, "China");
    }

    /** Foreign countries, in ISO code order. */
    static List<Place> foreignCountries() {
        JsonObject zh = countries("countries-zh.json");
        JsonObject en = countries("countries-en.json");
        Map<String, String> canonical = new HashMap<>();
        Resources.csvRows(SUPPLEMENT).stream().filter(r -> !r.get(1).isEmpty())
                .forEach(r -> canonical.put(r.get(0), r.get(1)));
        List<Place> out = new ArrayList<>();
        for (String code : zh.keys().stream().sorted().toList()) {
            if (!DIVISIONS_OF_CHINA.contains(code)) {
                String nameEn = en.hasKey(code) ? first(en.get(code)) : null;
                String name = canonical.getOrDefault(code, first(zh.get(code)));
                out.add(new Place(code, name, List.of(), PlaceLevel.COUNTRY, null, null, nameEn));
            }
        }
        return out;
    }

    /**
     * The other names of the countries the supplement lists, by code: its other names, and the data set's own name
     * where the supplement gives another canonical one (印尼 for 印度尼西亚).
     */
    static Map<String, List<String>> otherNames() {
        JsonObject zh = countries("countries-zh.json");
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (List<String> row : Resources.csvRows(SUPPLEMENT)) {
            String code = row.get(0);
            List<String> names = new ArrayList<>();
            if (!row.get(1).isEmpty() && zh.hasKey(code)) {
                names.add(first(zh.get(code)));
            }
            Arrays.stream(row.get(2).split("\\|")).map(String::strip)
                    .filter(n -> !n.isEmpty() && !names.contains(n)).forEach(names::add);
            out.put(code, List.copyOf(names));
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
