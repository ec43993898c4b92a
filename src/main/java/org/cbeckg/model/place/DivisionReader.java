package org.cbeckg.model.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceLevel;

/**
 * Reads China's administrative divisions from the vendored china-division CSVs (NBS 2023 statistical codes) and
 * the divisions they lack ({@code special-divisions.csv}: Taiwan, Hong Kong, Macao, and 雄安新区, which 河北省
 * administers at prefecture level). Codes are padded to 6 digits (33 → 330000,
 * 3307 → 330700). Dropped: the NBS "functional zones" ({@code xxxx7x}: development zones, new districts), which are
 * not administrative divisions, and the placeholders that group a province's directly administered units
 * (市辖区, 省直辖县级行政区划); the units under a placeholder get the province as parent.
 *
 * <pre>{@code
 * List<Place> divisions = DivisionReader.read("CN"); // 北京市 110000, …, 阿拉山口市 652702, …
 * }</pre>
 */
final class DivisionReader {

    /** The four municipalities directly under the central government. */
    private static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");
    private static final Pattern FUNCTIONAL_ZONE = Pattern.compile("\\d{4}7\\d");
    private static final Pattern PLACEHOLDER = Pattern.compile("市辖区|县|.*直辖县级行政区划");

    private DivisionReader() {
    }

    /** Every division, provinces first, each without short names (those are derived later). */
    static List<Place> read(String chinaId) {
        List<Place> places = new ArrayList<>();
        Map<String, String> cityIds = new HashMap<>(); // 4-digit code -> id, placeholders absent
        Map<String, String> cityNames = new HashMap<>();
        for (List<String> row : Resources.csvRows("provinces.csv")) {
            String code = row.get(0);
            PlaceLevel level = MUNICIPALITIES.contains(code) ? PlaceLevel.MUNICIPALITY : PlaceLevel.PROVINCE;
            places.add(place(code + "0000", row.get(1), level, chinaId, code + "0000"));
        }
        for (List<String> row : Resources.csvRows("cities.csv")) {
            if (!PLACEHOLDER.matcher(row.get(1)).matches()) {
                String province = row.get(2) + "0000";
                cityIds.put(row.get(0), row.get(0) + "00");
                cityNames.put(row.get(0), row.get(1));
                places.add(place(row.get(0) + "00", row.get(1), PlaceLevel.PREFECTURE, province, province));
            }
        }
        for (List<String> row : Resources.csvRows("areas.csv")) {
            // A prefecture-level city without counties repeats itself here (东莞市 441900, 嘉峪关市 620201).
            boolean repeatsCity = cityIds.containsValue(row.get(0)) || row.get(1).equals(cityNames.get(row.get(2)));
            if (!FUNCTIONAL_ZONE.matcher(row.get(0)).matches() && !repeatsCity) {
                String province = row.get(3) + "0000";
                String parent = cityIds.getOrDefault(row.get(2), province);
                places.add(place(row.get(0), row.get(1), PlaceLevel.COUNTY, parent, province));
            }
        }
        for (List<String> row : Resources.csvRows("special-divisions.csv")) {
            places.add(special(row, chinaId));
        }
        return places;
    }

    /** A division the NBS 2023 codes lack: province-level (台湾省), or inside a province (雄安新区 in 河北省). */
    private static Place special(List<String> row, String chinaId) {
        PlaceLevel level = PlaceLevel.valueOf(row.get(2).toUpperCase());
        String province = row.size() > 4 && !row.get(4).isEmpty() ? row.get(4) : null;
        return province == null
                ? new Place(row.get(0), row.get(1), List.of(), level, chinaId, row.get(0), row.get(3))
                : new Place(row.get(0), row.get(1), List.of(), level, province, province, row.get(3));
    }

    private static Place place(String id, String name, PlaceLevel level, String parentId, String provinceId) {
        return new Place(id, name, List.of(), level, parentId, provinceId, null);
    }
}
