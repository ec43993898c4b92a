package org.cbeckg.extract.bodies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.lang.text.SortedLists;
import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceLevel;
import org.cbeckg.model.place.Gazetteer;

/**
 * Finds the local departments a text names by a bare level word, as local news names its own province's or city's
 * bodies: 记者从省商务厅获悉, 自治区商务厅副厅长, 市商务局局长. The level word (省, 自治区, 市) must open the name
 * (after punctuation, a space, a preposition such as 从/向/据/和, or 我/本/该), so that it is no tail of a place name
 * the place extractor did not know; and a department suffix must follow it. The body is that of the place in
 * context: for 省 (自治区) the province (autonomous region) of the latest place mentioned before it, else of the first
 * after it; for 市 the latest city mentioned before it, else the first after it. No such place, no body.
 *
 * <pre>{@code
 * new HomeBodyMatcher(DepartmentSuffixes.standard(), Gazetteer.standard()).find("南京市…省商务厅副厅长张三介绍", places);
 * // 江苏省商务厅 (provincial_dept)
 * }</pre>
 */
public final class HomeBodyMatcher {

    private static final Lexicon LEXICON = Lexicon.of("home-body-matcher");

    /** Level words that stand for the place in context, longest first. */
    private static final List<String> LEVEL_WORDS = LEXICON.words("level-words");
    /** Characters after which a level word opens a name (prepositions, conjunctions, 我/本/该). */
    private static final String OPENERS = LEXICON.text("openers");

    private final DepartmentSuffixes suffixes;
    private final Gazetteer gazetteer;

    public HomeBodyMatcher(DepartmentSuffixes suffixes, Gazetteer gazetteer) {
        this.suffixes = suffixes;
        this.gazetteer = gazetteer;
    }

    public List<BodyMatch> find(String text, List<PlaceAt> places) {
        Map<String, HomePlaces> homes = new HashMap<>();  // built on the first level word of each kind
        List<BodyMatch> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!opensName(text, i)) {
                continue;
            }
            for (String level : LEVEL_WORDS) {
                if (text.startsWith(level, i)) {
                    HomePlaces home = homes.computeIfAbsent(level, l -> new HomePlaces(places, homeOf(l)));
                    bodyAt(text, i, level, home).ifPresent(found::add);
                    break;
                }
            }
        }
        return List.copyOf(found);
    }

    private Optional<BodyMatch> bodyAt(String text, int start, String level, HomePlaces home) {
        int suffixStart = start + level.length();
        Optional<DepartmentSuffix> suffix = suffixes.longestAt(text, suffixStart)
                .filter(s -> s.category() == DepartmentSuffix.Category.DEPARTMENT)
                .filter(s -> !s.isBlockedBy(text, suffixStart + s.written().length()));
        if (suffix.isEmpty()) {
            return Optional.empty();
        }
        int end = suffixStart + suffix.get().written().length();
        return home.inContext(start).map(p -> new BodyMatch(
                ComposedBodies.compose(p, p.name(), suffix.get()), start, end));
    }

    /** The place a level word stands for, given a place mentioned: its city (市) or its province (省, 自治区). */
    private Function<Place, Optional<Place>> homeOf(String level) {
        return level.equals("市") ? HomeBodyMatcher::city
                : p -> gazetteer.province(p).filter(q -> q.level() == PlaceLevel.PROVINCE && q.name().endsWith(level));
    }

    /** The home places of the places mentioned, in text order, for the latest before a point or the first after. */
    private static final class HomePlaces {
        private final List<PlaceAt> places;
        /** For each place, the home of the latest place up to it that has one, or null. */
        private final Place[] latest;
        /** For each place, the home of the first place from it on that has one, or null. */
        private final Place[] next;

        HomePlaces(List<PlaceAt> places, Function<Place, Optional<Place>> home) {
            this.places = places;
            this.latest = new Place[places.size()];
            this.next = new Place[places.size()];
            for (int i = 0; i < latest.length; i++) {
                latest[i] = home.apply(places.get(i).place()).orElse(i > 0 ? latest[i - 1] : null);
            }
            for (int i = next.length - 1; i >= 0; i--) {
                next[i] = home.apply(places.get(i).place()).orElse(i + 1 < next.length ? next[i + 1] : null);
            }
        }

        /** The home of the latest place before {@code at}, else of the first after it. */
        Optional<Place> inContext(int at) {
            int before = SortedLists.firstAtLeast(places, PlaceAt::end, at + 1) - 1;
            int after = SortedLists.firstAtLeast(places, PlaceAt::start, at + 1);
            if (before >= 0 && latest[before] != null) {
                return Optional.of(latest[before]);
            }
            return Optional.ofNullable(after < next.length ? next[after] : null);
        }
    }

    private static Optional<Place> city(Place p) {
        boolean city = p.level() == PlaceLevel.PREFECTURE || p.level() == PlaceLevel.MUNICIPALITY
                || (p.level() == PlaceLevel.COUNTY && p.name().endsWith("市"));
        return city && p.name().endsWith("市") ? Optional.of(p) : Optional.empty();
    }

    private static boolean opensName(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.UnicodeScript.of(before) != Character.UnicodeScript.HAN || OPENERS.indexOf(before) >= 0;
    }
}
