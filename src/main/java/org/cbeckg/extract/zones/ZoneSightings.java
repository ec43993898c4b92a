package org.cbeckg.extract.zones;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.extract.places.LocatedPlace;
import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.lang.text.Segmenter;
import org.cbeckg.lang.text.TextPiece;
import org.cbeckg.model.PartialDate;

/**
 * Cities the text names as having a zone, outside any approval: a zone's name ({@code 中国（杭州）跨境电子商务综合
 * 试验区}, {@code 杭州综试区}, {@code 杭州跨境电商综试区}, {@code 广州、深圳综试区}, {@code 杭州、宁波等10个综试区}) or a
 * clause that says a city has or set up one ({@code 宁波等地陆续设立综试区}, {@code 12个综试区（其中金华市有金华、义乌
 * 两个）}). A clause that merely mentions a city near the word 综试区 (a meeting held in Beijing) needs one of these
 * verbs to count; the city of a dateline ({@code 本报北京5月6日电}) never does. A list takes the zone word from the
 * clause before it in the sentence ({@code 综试区增至5个，分别为唐山、石家庄…}), and a clause whose approval verb has no
 * object from the clause before or after it ({@code 2018年昆明市获批设立综试区以来，2020年德宏州…相继获批};
 * {@code 随着甲、乙等7市获批，全省实现综试区全覆盖}), a city an approval verb qualifies next to a clause with the zone
 * word ({@code 加上2016年获批的苏州，江苏综试区增至3个}) and the cities a new zone follows
 * ({@code 这是继唐山之后，我省获批的第二个综试区}). The rows of a table whose column is headed 综试区 are zones
 * ({@link ZoneTables}). A city said to be approved gets the date written before it in its clause or the clause
 * before ({@code 2018年昆明市获批}, {@code 2022年11月，随着甲、乙等7市获批}), between it and the verb
 * ({@code 甲综试区于2016年获批}, shared by a list: {@code 甲、乙综试区2022年获批}), or before the verb that qualifies it
 * ({@code 去年获批的甲综试区}); a list followed by one date per city gets them in order
 * ({@code 已有甲、乙、丙3个综试区，分别于2018年、2019年和2020年获批}).
 *
 * <pre>{@code
 * List<ZoneSightings.Sighting> cities = new ZoneSightings(text, places, published).find();
 * }</pre>
 */
public final class ZoneSightings {

    private static final Lexicon LEXICON = Lexicon.of("zone-sightings");

    /** A city with a zone, and when its zone was approved if the clause says. */
    public record Sighting(LocatedPlace city, PartialDate approved) {
        public Sighting {
            Objects.requireNonNull(city);
        }
    }

    private static final Pattern HAS_OR_FOUNDS =
            LEXICON.pattern("has-or-founds");
    private static final Pattern NAME_SUFFIX = LEXICON.pattern("name-suffix");
    private static final Pattern LIST_JOINER = LEXICON.pattern("list-joiner");
    /** A clause that lists what the clause before it counted: 综试区增至5个，分别为唐山、石家庄… */
    private static final Pattern LISTING = LEXICON.pattern("listing");
    /** 继唐山之后，我省获批的第二个综试区: the places a new zone follows have one. */
    private static final Pattern SUCCEEDS = LEXICON.pattern("succeeds");
    /** 分别于2018年、2019年和2020年获批: one date per city of the clause before, in order. */
    private static final Pattern RESPECTIVELY = LEXICON.pattern("respectively");
    /** Verbs that make the year before a city the year its zone was approved: 2018年昆明市获批… */
    private static final Pattern APPROVED = LEXICON.pattern("approved");
    /** The approval verb qualifying the city's zone that follows: 去年获批的金华综试区. */
    private static final Pattern APPROVED_BEFORE = LEXICON.pattern("approved-before");
    /** The most chars between a city and its approval verb for a date there to be the approval's: 于2016年3月. */
    private static final int DATE_BEFORE_VERB = 16;
    private static final Pattern DATELINE = LEXICON.pattern("dateline");

    private final String text;
    private final PlacesInText places;
    private final LocalDate published;

    /** {@code published} reads relative dates (去年获批); null leaves them unknown. */
    public ZoneSightings(String text, PlacesInText places, LocalDate published) {
        this.text = text;
        this.places = places;
        this.published = published;
    }

    public List<Sighting> find() {
        List<Sighting> out = new ArrayList<>();
        for (TextPiece sentence : Segmenter.sentences(text)) {
            List<TextPiece> clauses = Segmenter.clauses(text, sentence);
            for (int c = 0; c < clauses.size(); c++) {
                TextPiece clause = clauses.get(c);
                String words = clause.of(text);
                boolean zoneBefore = c > 0 && hasZoneWord(clauses.get(c - 1));
                boolean zoneAfter = c + 1 < clauses.size() && hasZoneWord(clauses.get(c + 1));
                boolean saysZone = hasZoneWord(clause) && HAS_OR_FOUNDS.matcher(words).find()
                        || zoneBefore && LISTING.matcher(words).find()
                        || (zoneBefore || zoneAfter) && ZoneWords.JOINS_LIST.matcher(words).find();
                int cueFrom = c > 0 ? clauses.get(c - 1).start() : clause.start();
                List<LocatedPlace> cities = places.cities(clause.start(), clause.end());
                List<LocatedPlace> zones = new ArrayList<>();
                for (int i = 0; i < cities.size(); i++) {
                    boolean approvedCity = (zoneBefore || zoneAfter) && isQualifiedAsApproved(cities.get(i), clause);
                    if ((saysZone || approvedCity || namesZone(cities, i)) && !isDateline(cities.get(i))) {
                        zones.add(cities.get(i));
                    }
                }
                List<PartialDate> each = c + 1 < clauses.size() ? respectiveDates(clauses.get(c + 1), zones.size())
                        : List.of();
                for (int i = 0; i < zones.size(); i++) {
                    PartialDate date = each.isEmpty() ? approved(zones.get(i), clause, cueFrom) : each.get(i);
                    out.add(new Sighting(zones.get(i), date));
                }
            }
            succeeded(sentence).forEach(city -> out.add(new Sighting(city, null)));
        }
        new ZoneTables(text, places).rowCities().forEach(city -> out.add(new Sighting(city, null)));
        return out;
    }

    /** 加上2016年获批的苏州: an approval verb qualifies the city itself. */
    private boolean isQualifiedAsApproved(LocatedPlace city, TextPiece clause) {
        return APPROVED_BEFORE.matcher(text.substring(clause.start(), city.start())).find();
    }

    /** The dates of 分别于2018年、2019年和2020年获批, when there is one per city; else none. */
    private List<PartialDate> respectiveDates(TextPiece next, int cities) {
        Matcher m = RESPECTIVELY.matcher(next.of(text));
        if (cities < 2 || !m.find()) {
            return List.of();
        }
        List<PartialDate> dates = DateCues.all(m.group(1), published);
        return dates.size() == cities ? dates : List.of();
    }

    /** 这是继唐山之后，我省获批的第二个跨境电商综试区: in a sentence about zones, the cities a new zone follows. */
    private List<LocatedPlace> succeeded(TextPiece sentence) {
        if (!hasZoneWord(sentence)) {
            return List.of();
        }
        List<LocatedPlace> out = new ArrayList<>();
        Matcher m = SUCCEEDS.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            List<LocatedPlace> cities = places.cities(m.start(1), m.end(1));
            if (!cities.isEmpty() && namesOnlyCities(cities, m.end(1))) {
                out.addAll(cities);
            }
        }
        return out;
    }

    /**
     * The cities, joined, make up all that 继…之后 names, with at most a zone word after them (继唐山之后,
     * 继甲、乙综试区之后), not a pilot of another kind (继义乌国际贸易综合改革试点之后).
     */
    private boolean namesOnlyCities(List<LocatedPlace> cities, int end) {
        for (int i = 0; i + 1 < cities.size(); i++) {
            if (!LIST_JOINER.matcher(text.substring(cities.get(i).end(), cities.get(i + 1).start())).matches()) {
                return false;
            }
        }
        String rest = text.substring(cities.get(cities.size() - 1).end(), end);
        return rest.isEmpty() || NAME_SUFFIX.matcher(rest).matches();
    }

    private boolean hasZoneWord(TextPiece clause) {
        return ZoneWords.ZONE.matcher(text).region(clause.start(), clause.end()).find();
    }

    /**
     * When a city's zone was approved, if its clause says: the date before a verb that qualifies the zone
     * (去年获批的金华综试区), else, when an approval verb follows the city, the date between them (青岛综试区于2016年获批)
     * or the last one before the city from {@code cueFrom} on (2018年昆明市获批; 2022年11月，随着枣庄、济宁等7市获批).
     */
    private PartialDate approved(LocatedPlace city, TextPiece clause, int cueFrom) {
        String before = text.substring(clause.start(), city.start());
        if (APPROVED_BEFORE.matcher(before).find()) {
            return DateCues.last(before, published).orElse(null);
        }
        Matcher verb = APPROVED.matcher(text).region(city.end(), clause.end());
        if (!verb.find()) {
            return null;
        }
        LocatedPlace last = lastOfList(city, verb.start());
        String between = text.substring(last.end(), verb.start());
        boolean ownVerb = between.length() <= DATE_BEFORE_VERB && !LIST_JOINER.matcher(between).find()
                && places.cities(last.end(), verb.start()).isEmpty(); // not 2020年甲、2022年乙相继获批
        if (ownVerb) {
            Optional<PartialDate> date = DateCues.last(between, published);
            if (date.isPresent()) {
                return date.get();
            }
        }
        return DateCues.last(text.substring(cueFrom, city.start()), published).orElse(null);
    }

    /** The last city of the list {@code city} opens before {@code to} (甲、乙综试区2022年获批: 乙), else the city. */
    private LocatedPlace lastOfList(LocatedPlace city, int to) {
        LocatedPlace last = city;
        for (LocatedPlace next : places.cities(city.end(), to)) {
            if (!LIST_JOINER.matcher(text.substring(last.end(), next.start())).matches()) {
                break;
            }
            last = next;
        }
        return last;
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
