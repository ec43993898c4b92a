package org.cbeckg.extract.zones;

import java.util.List;
import java.util.Set;

import org.cbeckg.article.NormalisedText;
import org.cbeckg.extract.places.LocatedPlace;
import org.cbeckg.lang.text.SortedLists;
import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceLevel;
import org.cbeckg.model.PlaceMention;

/**
 * The place extractor's mentions in char offsets, asked by stretch of text: which cities does this clause name,
 * does it name a place below the national level.
 *
 * <pre>{@code
 * PlacesInText places = PlacesInText.of(upstream.places(), article.view());
 * List<LocatedPlace> cities = places.cities(clause.start(), clause.end());
 * }</pre>
 */
public final class PlacesInText {

    /** Levels a zone can be set up at: a prefecture-level or county-level city, or a municipality. */
    public static final Set<PlaceLevel> CITY_LEVELS =
            Set.of(PlaceLevel.PREFECTURE, PlaceLevel.COUNTY, PlaceLevel.MUNICIPALITY);

    private final List<LocatedPlace> places;

    private PlacesInText(List<LocatedPlace> places) {
        this.places = places;
    }

    public static PlacesInText of(List<PlaceMention> mentions, NormalisedText body) {
        return new PlacesInText(mentions.stream().map(m -> new LocatedPlace(body.charIndex(m.evidence().start()),
                body.charIndex(m.evidence().end()), m.place())).sorted().toList());
    }

    public List<LocatedPlace> within(int from, int to) {
        return SortedLists.within(places, LocatedPlace::start, LocatedPlace::end, from, to);
    }

    /** Zone-capable places in {@code [from, to)}, in text order. */
    public List<LocatedPlace> cities(int from, int to) {
        return within(from, to).stream().filter(p -> CITY_LEVELS.contains(p.place().level())).toList();
    }

    /** Whether {@code [from, to)} names a province, city or county (so a total there is not a national one). */
    public boolean namesSubnationalPlace(int from, int to) {
        return within(from, to).stream().map(LocatedPlace::place).anyMatch(Place::isChineseDivision);
    }
}
