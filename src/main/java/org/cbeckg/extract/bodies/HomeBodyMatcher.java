package org.cbeckg.extract.bodies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * the place extractor did not know; and a department suffix, 政府 or 委 (市委) must follow it. The body is that of
 * the article's own place: for 省 (自治区) the province (autonomous region) most mentioned, counting the places in it,
 * for 市 the city most mentioned; on a tie, the home of the latest place mentioned before it, else of the first after
 * it. No such place, no body.
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

    /** What a bare level word may open: a department (市商务局), the government (市政府), the Party committee (市委). */
    private static final Set<DepartmentSuffix.Category> HOME_CATEGORIES = Set.of(DepartmentSuffix.Category.DEPARTMENT,
            DepartmentSuffix.Category.GOVERNMENT, DepartmentSuffix.Category.PARTY);

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
                .filter(s -> HOME_CATEGORIES.contains(s.category()))
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

    /**
     * The home places of the places mentioned: the article's own, the one most mentioned (a city for 市, a province
     * for 省), so that 市商务局 in a report that also names a neighbour is its own city's; on a tie, the home of the
     * latest place before a point, else of the first after it.
     */
    private static final class HomePlaces {
        private final List<PlaceAt> places;
        /** For each place, the home of the latest place up to it that has one, or null. */
        private final Place[] latest;
        /** For each place, the home of the first place from it on that has one, or null. */
        private final Place[] next;
        /** The home mentioned most often, or null on a tie or when no place has a home. */
        private final Place own;

        HomePlaces(List<PlaceAt> places, Function<Place, Optional<Place>> home) {
            this.places = places;
            this.latest = new Place[places.size()];
            this.next = new Place[places.size()];
            Map<Place, Integer> mentions = new LinkedHashMap<>();
            for (int i = 0; i < latest.length; i++) {
                Optional<Place> h = home.apply(places.get(i).place());
                h.ifPresent(p -> mentions.merge(p, 1, Integer::sum));
                latest[i] = h.orElse(i > 0 ? latest[i - 1] : null);
            }
            for (int i = next.length - 1; i >= 0; i--) {
                next[i] = home.apply(places.get(i).place()).orElse(i + 1 < next.length ? next[i + 1] : null);
            }
            this.own = mostMentioned(mentions);
        }

        private static Place mostMentioned(Map<Place, Integer> mentions) {
            int most = mentions.values().stream().max(Integer::compare).orElse(0);
            List<Place> top = mentions.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey)
                    .toList();
            return top.size() == 1 ? top.get(0) : null;
        }

        /** The article's own home, else the home of the latest place before {@code at}, else of the first after it. */
        Optional<Place> inContext(int at) {
            if (own != null) {
                return Optional.of(own);
            }
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
