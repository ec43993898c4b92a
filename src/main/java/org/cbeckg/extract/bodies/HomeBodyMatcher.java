package org.cbeckg.extract.bodies;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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

    /** Level words that stand for the place in context, longest first. */
    private static final List<String> LEVEL_WORDS = List.of("自治区", "省", "市");
    /** Characters after which a level word opens a name (prepositions, conjunctions, 我/本/该). */
    private static final String OPENERS = "从由据向在和与及同对将经为是了跟等我本该";

    private final DepartmentSuffixes suffixes;
    private final Gazetteer gazetteer;

    public HomeBodyMatcher(DepartmentSuffixes suffixes, Gazetteer gazetteer) {
        this.suffixes = suffixes;
        this.gazetteer = gazetteer;
    }

    public List<BodyMatch> find(String text, List<PlaceAt> places) {
        List<BodyMatch> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!opensName(text, i)) {
                continue;
            }
            for (String level : LEVEL_WORDS) {
                if (text.startsWith(level, i)) {
                    bodyAt(text, i, level, places).ifPresent(found::add);
                    break;
                }
            }
        }
        return List.copyOf(found);
    }

    private Optional<BodyMatch> bodyAt(String text, int start, String level, List<PlaceAt> places) {
        int suffixStart = start + level.length();
        Optional<DepartmentSuffix> suffix = suffixes.longestAt(text, suffixStart)
                .filter(s -> s.category() == DepartmentSuffix.Category.DEPARTMENT)
                .filter(s -> !s.isBlockedBy(text, suffixStart + s.written().length()));
        if (suffix.isEmpty()) {
            return Optional.empty();
        }
        Function<Place, Optional<Place>> home = level.equals("市") ? HomeBodyMatcher::city
                : p -> gazetteer.province(p).filter(q -> q.level() == PlaceLevel.PROVINCE && q.name().endsWith(level));
        int end = suffixStart + suffix.get().written().length();
        return inContext(start, places, home).map(p -> new BodyMatch(
                ComposedBodies.compose(p, p.name(), suffix.get()), start, end));
    }

    /** The home place of the latest place before {@code at}, else of the first after it. */
    private static Optional<Place> inContext(int at, List<PlaceAt> places, Function<Place, Optional<Place>> home) {
        Optional<Place> before = places.stream().filter(p -> p.end() <= at)
                .map(p -> home.apply(p.place())).flatMap(Optional::stream).reduce((a, b) -> b);
        return before.or(() -> places.stream().filter(p -> p.start() > at)
                .map(p -> home.apply(p.place())).flatMap(Optional::stream).findFirst());
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
