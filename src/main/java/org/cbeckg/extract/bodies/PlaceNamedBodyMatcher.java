package org.cbeckg.extract.bodies;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cbeckg.model.Place;
import org.cbeckg.model.place.Gazetteer;

/**
 * Finds the media and universities named after a place (云南大学, 廊坊日报) from the gazetteer rather than from the
 * place mentions: in front of 大学 a place name names the school, so the place extractor rightly leaves it out, and
 * the body must still be found. The characters right before a media or institution suffix must name exactly one
 * Chinese division that can have bodies of its own; the longest such name wins (黔东南州 over 东南).
 *
 * <pre>{@code
 * new PlaceNamedBodyMatcher(DepartmentSuffixes.standard(), Gazetteer.standard()).find("云南大学教授王五认为");
 * // 云南大学 (other), place 530000
 * }</pre>
 */
public final class PlaceNamedBodyMatcher {

    private static final Set<DepartmentSuffix.Category> PLACE_NAMED = Set.of(DepartmentSuffix.Category.MEDIA,
            DepartmentSuffix.Category.INSTITUTION);
    /** The longest place name looked for before a suffix (内蒙古自治区 is six characters). */
    private static final int LONGEST_NAME = 8;
    private static final int SHORTEST_NAME = 2;

    private final DepartmentSuffixes suffixes;
    private final Gazetteer gazetteer;

    public PlaceNamedBodyMatcher(DepartmentSuffixes suffixes, Gazetteer gazetteer) {
        this.suffixes = suffixes;
        this.gazetteer = gazetteer;
    }

    public List<BodyMatch> find(String text) {
        List<BodyMatch> found = new ArrayList<>();
        for (int i = SHORTEST_NAME; i < text.length(); i++) {
            int at = i;
            suffixes.longestAt(text, at)
                    .filter(s -> PLACE_NAMED.contains(s.category()))
                    .filter(s -> !s.isBlockedBy(text, at + s.written().length()))
                    .flatMap(s -> bodyEndingPlaceAt(text, at, s))
                    .ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    private Optional<BodyMatch> bodyEndingPlaceAt(String text, int suffixStart, DepartmentSuffix suffix) {
        for (int start = Math.max(0, suffixStart - LONGEST_NAME); start <= suffixStart - SHORTEST_NAME; start++) {
            String written = text.substring(start, suffixStart);
            Optional<Place> place = onlyDivisionNamed(written);
            if (place.isPresent()) {
                return Optional.of(new BodyMatch(ComposedBodies.compose(place.get(), written, suffix), start,
                        suffixStart + suffix.written().length()));
            }
        }
        return Optional.empty();
    }

    private Optional<Place> onlyDivisionNamed(String name) {
        List<Place> places = gazetteer.byName(name).stream().filter(ComposedBodies::canHaveDepartments).toList();
        return places.size() == 1 ? Optional.of(places.get(0)) : Optional.empty();
    }
}
