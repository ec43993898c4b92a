package org.cbeckg.model.place;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceLevel;

/**
 * The places articles may name: China, its divisions down to county level (NBS 2023 codes), Taiwan, Hong Kong and
 * Macao, the four NBS macro-regions, other named regions (中西部地区, 长三角, 东南亚), and the foreign countries (ISO 3166-1).
 * Immutable; {@link #standard()} loads the vendored data once per JVM (see {@code
 * src/main/resources/gazetteer/README.md}).
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.standard();
 * Place ordos = g.byName("鄂尔多斯").get(0);                 // 鄂尔多斯市, 150600
 * Place province = g.province(ordos).orElseThrow();         // 内蒙古自治区
 * }</pre>
 */
public final class Gazetteer {

    private final Map<String, Place> byId;
    private final Map<String, NameIndex.Entry> names;
    private final Map<String, List<Place>> children;
    private final Map<String, String> regionOfProvince;
    private final Map<String, String> regionStems;

    private Gazetteer(List<Place> places, NameIndex index, Map<String, String> regionOfProvince,
                      Map<String, String> regionStems) {
        Map<String, Place> ids = new LinkedHashMap<>();
        Map<String, List<Place>> kids = new LinkedHashMap<>();
        for (Place p : places) {
            Place withShortNames = new Place(p.id(), p.name(), index.shortNames(p.id()), p.level(), p.parentId(),
                    p.provinceId(), p.nameEn());
            ids.put(p.id(), withShortNames);
            if (p.parentId() != null) {
                kids.computeIfAbsent(p.parentId(), k -> new ArrayList<>()).add(withShortNames);
            }
        }
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.byId = ids;
        this.names = index.entries();
        this.children = kids;
        this.regionOfProvince = Collections.unmodifiableMap(new LinkedHashMap<>(regionOfProvince));
        this.regionStems = Collections.unmodifiableMap(new LinkedHashMap<>(regionStems));
    }

    /** The gazetteer built from the vendored data, loaded on first use. */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    /** Lazy holder: the data is read once, when {@link #standard()} is first called. */
    private static final class Standard {
        private static final Gazetteer INSTANCE = load();
    }

    static Gazetteer load() {
        Place china = CountryReader.china();
        List<MacroRegionReader.MacroRegion> regions = MacroRegionReader.read(china.id());
        List<Place> places = new ArrayList<>();
        places.add(china);
        places.addAll(DivisionReader.read(china.id()));
        regions.forEach(r -> places.add(r.place()));
        places.addAll(NamedRegionReader.read(china.id()));
        places.addAll(CountryReader.foreignCountries());

        ShortNameRule rule = new ShortNameRule(Resources.lines("ethnic-groups.txt"));
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        places.forEach(p -> candidates.put(p.id(), rule.candidates(p)));
        candidates.put(china.id(), List.of("中华人民共和国"));
        candidates.putAll(CountryReader.otherNames());
        candidates.putAll(NamedRegionReader.shortForms());
        Set<String> commonWords = new HashSet<>(Resources.lines("common-words.txt"));
        NameIndex index = NameIndex.build(places, candidates, commonWords);

        Map<String, String> stems = new LinkedHashMap<>();
        regions.forEach(r -> stems.put(r.stem(), r.place().id()));
        return new Gazetteer(places, index, MacroRegionReader.regionOfProvince(regions), stems);
    }

    public Place china() {
        return byId.get(CountryReader.CHINA_ID);
    }

    public Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The places a full name or short form denotes: none, one, or several for a duplicate name. */
    public List<Place> byName(String name) {
        NameIndex.Entry e = names.get(name);
        return e == null ? List.of() : e.placeIds().stream().map(byId::get).toList();
    }

    /** Every place, China first, then divisions (provinces, prefectures, counties), regions, foreign countries. */
    public List<Place> all() {
        return List.copyOf(byId.values());
    }

    public List<Place> atLevel(PlaceLevel level) {
        return byId.values().stream().filter(p -> p.level() == level).toList();
    }

    /** The places directly under this one (a province's prefectures and directly administered counties). */
    public List<Place> children(Place place) {
        return children.getOrDefault(place.id(), List.of());
    }

    public Optional<Place> parent(Place place) {
        return place.parentId() == null ? Optional.empty() : byId(place.parentId());
    }

    /** The province-level division a place lies in (itself for a province), empty for countries and regions. */
    public Optional<Place> province(Place place) {
        return place.provinceId() == null ? Optional.empty() : byId(place.provinceId());
    }

    /** The NBS macro-region of a division of the mainland, if any. */
    public Optional<Place> macroRegion(Place place) {
        return Optional.ofNullable(place.provinceId()).map(regionOfProvince::get).flatMap(this::byId);
    }

    /** The provinces of a macro-region. */
    public List<Place> members(Place region) {
        return regionOfProvince.entrySet().stream().filter(e -> e.getValue().equals(region.id()))
                .map(e -> byId.get(e.getKey())).toList();
    }

    /** The macro-region a stem such as 东部 or 东北 abbreviates, for text like {@code 西部和东北地区}. */
    public Optional<Place> regionByStem(String stem) {
        return Optional.ofNullable(regionStems.get(stem)).flatMap(this::byId);
    }

    public Set<String> regionStems() {
        return regionStems.keySet();
    }

    /** True when {@code place} lies inside {@code area} (or is it). */
    public boolean isWithin(Place place, Place area) {
        for (Place p = place; p != null; p = p.parentId() == null ? null : byId.get(p.parentId())) {
            if (p.id().equals(area.id())) {
                return true;
            }
        }
        return false;
    }

    /** Every full name and kept short form, in index order: what a scanner for place names looks for. */
    public Set<String> names() {
        return Collections.unmodifiableSet(names.keySet());
    }

    /** True when {@code name} is a place's full official name, false for a short form or an unknown name. */
    public boolean isFullName(String name) {
        NameIndex.Entry e = names.get(name);
        return e != null && e.fullName();
    }
}
