package org.cbeckg.extract.places;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceLevel;
import org.cbeckg.model.place.Gazetteer;

/**
 * Finds the NBS macro-regions as news writes them: {@code 东部地区}, coordinated {@code 西部和东北地区} (two regions)
 * and contracted {@code 东中部地区} (东部 + 中部). A contraction the gazetteer names as one region ({@code 中西部地区},
 * the usual name of the central and western provinces together) is that one region, also when coordinated
 * ({@code 中西部和东北地区}: 中西部地区 + 东北地区) or written without 地区 ({@code 中西部城市}). A stem without 地区 ({@code 东部引领},
 * {@code 中部崛起}) is a direction or a slogan, not the region, and is left alone.
 *
 * <pre>{@code
 * new RegionPhrases(Gazetteer.standard()).find("西部和东北地区亮点纷呈"); // 西部地区 [0,2), 东北地区 [3,7)
 * }</pre>
 */
public final class RegionPhrases {

    private static final Lexicon LEXICON = Lexicon.of("region-phrases");

    private static final String JOINER = LEXICON.text("joiner");
    private static final Pattern CONTRACTED = LEXICON.pattern("contracted");

    private final Gazetteer gazetteer;
    private final Pattern coordinated;
    private final Pattern stem;

    public RegionPhrases(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        List<String> all = new ArrayList<>(namedContractions(gazetteer));
        all.addAll(gazetteer.regionStems());
        String stems = String.join("|", all);
        this.stem = Pattern.compile(stems);
        this.coordinated = Pattern.compile("(?:" + stems + ")(?:" + JOINER + "(?:" + stems + "))*地区");
    }

    public List<LocatedPlace> find(String text) {
        List<LocatedPlace> out = new ArrayList<>();
        Matcher c = CONTRACTED.matcher(text); // first, or 中西部地区 would read as 西部地区 alone
        while (c.find()) {
            out.addAll(splitContracted(c));
        }
        Matcher m = coordinated.matcher(text);
        while (m.find()) {
            if (out.stream().noneMatch(p -> p.overlaps(m.start(), m.end()))) {
                out.addAll(splitCoordinated(m.start(), m.end(), text));
            }
        }
        out.sort(null);
        return out;
    }

    /** The stems of contractions the gazetteer names as one region (中西部 of 中西部地区), for 中西部和东北地区. */
    private static List<String> namedContractions(Gazetteer gazetteer) {
        return gazetteer.atLevel(PlaceLevel.REGION).stream().map(Place::name)
                .filter(n -> CONTRACTED.matcher(n).matches()).map(n -> n.substring(0, n.length() - 2)).toList();
    }

    /** 西部和东北地区: each stem is a mention; the last one takes 地区 with it. */
    private List<LocatedPlace> splitCoordinated(int start, int end, String text) {
        List<LocatedPlace> out = new ArrayList<>();
        Matcher s = stem.matcher(text).region(start, end);
        while (s.find()) {
            boolean last = s.end() == end - 2;
            Place region = gazetteer.regionByStem(s.group())
                    .orElseGet(() -> gazetteer.byName(s.group() + "地区").get(0));
            out.add(new LocatedPlace(s.start(), last ? end : s.end(), region));
        }
        return out;
    }

    /** 东中部地区: 东 → 东部地区, 中部地区 → 中部地区; 中西部地区, a named region, stays one. */
    private List<LocatedPlace> splitContracted(Matcher c) {
        List<LocatedPlace> out = new ArrayList<>();
        List<Place> named = gazetteer.byName(c.group());
        if (named.size() == 1) {
            out.add(new LocatedPlace(c.start(), c.end(), named.get(0)));
            return out;
        }
        String heads = c.group(1);
        for (int i = 0; i < heads.length(); i++) {
            Place region = gazetteer.regionByStem(heads.charAt(i) + "部").orElseThrow();
            boolean last = i == heads.length() - 1;
            out.add(new LocatedPlace(c.start() + i, last ? c.end() : c.start() + i + 1, region));
        }
        return out;
    }
}
