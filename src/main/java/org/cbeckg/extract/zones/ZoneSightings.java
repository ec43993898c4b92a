package org.cbeckg.extract.zones;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.cbeckg.extract.places.LocatedPlace;

/**
 * Cities the text names as having a zone, outside any approval: a zone's name ({@code 中国（杭州）跨境电子商务综合
 * 试验区}, {@code 杭州综试区}, {@code 杭州跨境电商综试区}, {@code 广州、深圳综试区}) or a clause that says a city has or set up one
 * ({@code 宁波等地陆续设立综试区}, {@code 12个综试区（其中金华市有金华、义乌两个）}). A clause that merely mentions
 * a city near the word 综试区 (a meeting held in Beijing) needs one of these verbs to count.
 *
 * <pre>{@code
 * List<LocatedPlace> cities = new ZoneSightings(text, places).find();
 * }</pre>
 */
public final class ZoneSightings {

    private static final Pattern HAS_OR_FOUNDS =
            Pattern.compile("设立|新设|获批|批准|批复|共有|拥有|有(?!关)|入选|列入|成为|包括|分别是|分别为");
    private static final Pattern NAME_SUFFIX =
            Pattern.compile("^(?:）)?(?:跨境电子商务|跨境电商)?(?:综合试验区|综试区)");

    private static final Pattern LIST_JOINER = Pattern.compile("、|和|与|及|以及");

    private final String text;
    private final PlacesInText places;

    public ZoneSightings(String text, PlacesInText places) {
        this.text = text;
        this.places = places;
    }

    public List<LocatedPlace> find() {
        List<LocatedPlace> out = new ArrayList<>();
        for (TextPiece clause : Segmenter.clauses(text)) {
            String words = clause.of(text);
            boolean saysZone = ZoneWords.ZONE.matcher(words).find() && HAS_OR_FOUNDS.matcher(words).find();
            List<LocatedPlace> cities = places.cities(clause.start(), clause.end());
            for (int i = 0; i < cities.size(); i++) {
                if (saysZone || namesZone(cities, i)) {
                    out.add(cities.get(i));
                }
            }
        }
        return out;
    }

    /** The city starts a zone's name, or a list of cities that does (广州、深圳综试区). */
    private boolean namesZone(List<LocatedPlace> cities, int i) {
        for (int j = i; j < cities.size(); j++) {
            if (isZoneName(cities.get(j))) {
                return true;
            }
            boolean listed = j + 1 < cities.size()
                    && LIST_JOINER.matcher(text.substring(cities.get(j).end(), cities.get(j + 1).start())).matches();
            if (!listed) {
                return false;
            }
        }
        return false;
    }

    /** 杭州综试区, 中国（杭州）跨境电子商务综合试验区: the zone word right after the city. */
    private boolean isZoneName(LocatedPlace city) {
        String after = text.substring(city.end(), Math.min(text.length(), city.end() + 12));
        return NAME_SUFFIX.matcher(after).find();
    }
}
