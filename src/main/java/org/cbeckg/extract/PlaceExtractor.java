package org.cbeckg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.cbeckg.article.Article;
import org.cbeckg.extract.gazetteer.PlaceScanner;
import org.cbeckg.extract.places.LocatedPlace;
import org.cbeckg.extract.places.PlaceMatcher;
import org.cbeckg.extract.places.RegionPhrases;
import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.model.Extraction;
import org.cbeckg.model.FactKind;
import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceMention;
import org.cbeckg.model.place.Gazetteer;

/**
 * Finds every place the article's body names, resolved to the gazetteer, one mention per occurrence, never
 * overlapping. Conventions: 我国/全国/国内/中国 → 中国; short forms → the full division (广东 → 广东省, 义乌 → 义乌市);
 * a dateline {@code 新华社北京2月8日电} → 北京市; {@code 西部和东北地区} → two macro-regions. Place names inside an
 * organisation's name count ({@code 浙江省商务厅} mentions 浙江省, {@code 中国政府网} mentions 中国): the article does
 * name the place, and the organisation extractor keeps the body itself.
 *
 * <pre>{@code
 * PlaceExtractor places = new PlaceExtractor(Gazetteer.standard());
 * List<PlaceMention> found = places.extract(article, Extraction.empty(article));
 * }</pre>
 */
public final class PlaceExtractor implements Extractor<PlaceMention> {

    private static final Lexicon LEXICON = Lexicon.of("place-extractor");

    /** Words that refer to China without naming it. 国家 is not one: it is as often "the state" or "countries". */
    private static final List<String> CHINA_WORDS = LEXICON.words("china-words");

    private final RegionPhrases regions;
    private final PlaceMatcher matcher;

    public PlaceExtractor(Gazetteer gazetteer) {
        this.regions = new RegionPhrases(gazetteer);
        Map<String, Place> china = new LinkedHashMap<>();
        CHINA_WORDS.forEach(w -> china.put(w, gazetteer.china()));
        this.matcher = new PlaceMatcher(gazetteer, PlaceScanner.of(gazetteer, china));
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public String version() {
        return "6";
    }

    @Override
    public FactKind produces() {
        return FactKind.PLACE;
    }

    /** No place taken so far overlaps {@code p}: taken places do not overlap, so only its neighbours can. */
    private static boolean isFree(NavigableMap<Integer, LocatedPlace> taken, LocatedPlace p) {
        Map.Entry<Integer, LocatedPlace> before = taken.floorEntry(p.start());
        Map.Entry<Integer, LocatedPlace> after = taken.ceilingEntry(p.start());
        return (before == null || !before.getValue().overlaps(p.start(), p.end()))
                && (after == null || !after.getValue().overlaps(p.start(), p.end()));
    }

    @Override
    public List<PlaceMention> extract(Article article, Extraction upstream) {
        String text = article.view().text();
        List<LocatedPlace> found = new ArrayList<>(regions.find(text));
        NavigableMap<Integer, LocatedPlace> taken = new TreeMap<>();
        found.forEach(r -> taken.put(r.start(), r));
        for (LocatedPlace p : matcher.find(article.view())) {
            if (isFree(taken, p)) {
                found.add(p);
                taken.put(p.start(), p);
            }
        }
        found.sort(null);
        return found.stream()
                .map(p -> new PlaceMention(p.place(), article.view().spanOfChars(p.start(), p.end())))
                .toList();
    }
}
