package org.cbeckg.extract.zones;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.extract.PartialDate;
import org.cbeckg.extract.places.LocatedPlace;

/**
 * Cities the text names as having a zone, outside any approval: a zone's name ({@code 中国（杭州）跨境电子商务综合
 * 试验区}, {@code 杭州综试区}, {@code 杭州跨境电商综试区}, {@code 广州、深圳综试区}, {@code 杭州、宁波等10个综试区}) or a
 * clause that says a city has or set up one ({@code 宁波等地陆续设立综试区}, {@code 12个综试区（其中金华市有金华、义乌
 * 两个）}). A clause that merely mentions a city near the word 综试区 (a meeting held in Beijing) needs one of these
 * verbs to count; the city of a dateline ({@code 本报北京5月6日电}) never does. Two clauses take the zone word from
 * the clause before them in the sentence: a list ({@code 综试区增至5个，分别为唐山、石家庄…}) and a clause whose
 * approval verb has no object ({@code 2018年昆明市获批设立综试区以来，2020年德宏州…相继获批}). A city said to be
 * approved gets the year (and month) written before it in its clause ({@code 2018年昆明市获批}) as its date.
 *
 * <pre>{@code
 * List<ZoneSightings.Sighting> cities = new ZoneSightings(text, places).find();
 * }</pre>
 */
public final class ZoneSightings {

    /** A city with a zone, and when its zone was approved if the clause says. */
    public record Sighting(LocatedPlace city, PartialDate approved) {
        public Sighting {
            Objects.requireNonNull(city);
        }
    }

    private static final Pattern HAS_OR_FOUNDS =
            Pattern.compile("设立|新设|获批|批准|批复|共有|拥有|有(?!关)|入选|列入|成为|包括|分别是|分别为");
    private static final Pattern NAME_SUFFIX = Pattern.compile(
            "^(?:）)?(?:等(?:" + ZoneWords.NUM + ")个)?(?:跨境电子商务|跨境电商)?(?:综合试验区|综试区)");
    private static final Pattern LIST_JOINER = Pattern.compile("、|和|与|及|以及");
    /** A clause that lists what the clause before it counted: 综试区增至5个，分别为唐山、石家庄… */
    private static final Pattern LISTING = Pattern.compile("^(?:分别为|分别是|依次为|依次是|包括|即)");
    /** An approval verb closing its clause: the zone approved is the one the clause before named. */
    private static final Pattern OBJECTLESS_APPROVAL = Pattern.compile("(?:获批|入选)$");
    /** Verbs that make the year before a city the year its zone was approved: 2018年昆明市获批… */
    private static final Pattern APPROVED = Pattern.compile("获批|批准设立|批复设立|批复同意");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年(?:(\\d{1,2})月)?");
    private static final Pattern DATELINE = Pattern.compile("^\\d{1,2}月\\d{1,2}日(?:电|讯)");

    private final String text;
    private final PlacesInText places;

    public ZoneSightings(String text, PlacesInText places) {
        this.text = text;
        this.places = places;
    }

    public List<Sighting> find() {
        List<Sighting> out = new ArrayList<>();
        for (TextPiece sentence : Segmenter.sentences(text)) {
            boolean zoneBefore = false;
            for (TextPiece clause : Segmenter.clauses(text, sentence)) {
                String words = clause.of(text);
                boolean zoneWord = ZoneWords.ZONE.matcher(words).find();
                boolean saysZone = zoneWord && HAS_OR_FOUNDS.matcher(words).find()
                        || zoneBefore && (LISTING.matcher(words).find() || OBJECTLESS_APPROVAL.matcher(words).find());
                List<LocatedPlace> cities = places.cities(clause.start(), clause.end());
                for (int i = 0; i < cities.size(); i++) {
                    if ((saysZone || namesZone(cities, i)) && !isDateline(cities.get(i))) {
                        out.add(new Sighting(cities.get(i), approvedBefore(cities.get(i), clause)));
                    }
                }
                zoneBefore = zoneWord;
            }
        }
        return out;
    }

    /** The year (and month) written before a city said to be approved in its clause: 2018年昆明市获批…. */
    private PartialDate approvedBefore(LocatedPlace city, TextPiece clause) {
        if (!APPROVED.matcher(text).region(city.end(), clause.end()).find()) {
            return null;
        }
        Matcher y = YEAR.matcher(text).region(clause.start(), city.start());
        PartialDate found = null;
        while (y.find()) {
            int month = y.group(2) == null ? 0 : Integer.parseInt(y.group(2));
            int year = Integer.parseInt(y.group(1));
            found = month >= 1 && month <= 12 ? PartialDate.ofMonth(year, month) : PartialDate.ofYear(year);
        }
        return found;
    }

    /** 本报北京5月6日电: where the news was written, not a zone. */
    private boolean isDateline(LocatedPlace city) {
        return DATELINE.matcher(text.substring(city.end(), Math.min(text.length(), city.end() + 8))).find();
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

    /** 杭州综试区, 中国（杭州）跨境电子商务综合试验区, 义乌等10个综试区: the zone word right after the city. */
    private boolean isZoneName(LocatedPlace city) {
        String after = text.substring(city.end(), Math.min(text.length(), city.end() + 16));
        return NAME_SUFFIX.matcher(after).find();
    }
}
