package org.cbeckg.model.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceLevel;

/**
 * Reads the named regions of {@code named-regions.csv}: regions news names as one area that are no NBS macro-region
 * (中西部地区, 苏南地区, 长三角, 粤港澳大湾区) and the world regions China trades with (东南亚, 中亚). Each is a place of
 * level region with the short forms of its row; a world region has no parent, a region of China has China.
 *
 * <pre>{@code
 * List<Place> regions = NamedRegionReader.read("CN"); // 中西部地区, 苏南地区, …, 东南亚, 中亚, …
 * }</pre>
 */
final class NamedRegionReader {

    /** Ids of the world regions (outside China): no parent. */
    private static final List<String> WORLD = List.of("region-southeast-asia", "region-central-asia",
            "region-south-asia", "region-west-asia", "region-northeast-asia");

    private NamedRegionReader() {
    }

    static List<Place> read(String chinaId) {
        List<Place> out = new ArrayList<>();
        for (List<String> row : Resources.csvRows("named-regions.csv")) {
            String parent = WORLD.contains(row.get(0)) ? null : chinaId;
            out.add(new Place(row.get(0), row.get(1), List.of(), PlaceLevel.REGION, parent, null, row.get(3)));
        }
        return out;
    }

    /** Region id → its short forms (苏南 for 苏南地区). */
    static Map<String, List<String>> shortForms() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (List<String> row : Resources.csvRows("named-regions.csv")) {
            out.put(row.get(0), row.get(2).isEmpty() ? List.of() : Arrays.asList(row.get(2).split("\\|")));
        }
        return out;
    }
}
