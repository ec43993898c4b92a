package org.cbeckg.model.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceLevel;

/**
 * Reads the four NBS macro-regions (东部/中部/西部/东北地区) and their member provinces from
 * {@code macro-regions.csv}. A region has no short names: its stem (东部, 东北) is a common word and is only read
 * by the place extractor's grammar ({@code 西部和东北地区}).
 *
 * <pre>{@code
 * List<MacroRegion> regions = MacroRegionReader.read("CN"); // 东部地区 (10 provinces), …
 * }</pre>
 */
final class MacroRegionReader {

    /** A macro-region, the stem the text abbreviates it to, and the ids of its provinces. */
    record MacroRegion(Place place, String stem, List<String> provinceIds) {
    }

    private MacroRegionReader() {
    }

    static List<MacroRegion> read(String chinaId) {
        List<MacroRegion> out = new ArrayList<>();
        for (List<String> row : Resources.csvRows("macro-regions.csv")) {
            Place place = new Place(row.get(0), row.get(1), List.of(), PlaceLevel.REGION, chinaId, null, row.get(3));
            List<String> members = Arrays.stream(row.get(4).split(" ")).map(code -> code + "0000").toList();
            out.add(new MacroRegion(place, row.get(2), members));
        }
        return out;
    }

    /** Province id → region id. */
    static Map<String, String> regionOfProvince(List<MacroRegion> regions) {
        Map<String, String> out = new LinkedHashMap<>();
        for (MacroRegion r : regions) {
            r.provinceIds().forEach(p -> out.put(p, r.place().id()));
        }
        return out;
    }
}
