package org.cbeckg.extract.zones;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.extract.places.LocatedPlace;
import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.lang.text.TextPiece;
import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceLevel;

/**
 * Reads the cities of a batch enumerated after the approval that announced them, in a sentence whose subject says
 * they are that batch's: {@code 这22个城市分别是：北京市、呼和浩特市……}, {@code 本批新设的46个综试区为：雄安新区……},
 * {@code 获批的27个城市和地区分别为：……}, {@code 本批获批的城市有甲、乙等5个}. The clue has the role
 * {@link BatchClue.Role#LISTED}: it joins the batch of its count, or, when the subject refers back without a count
 * ({@code 本批城市包括：甲、乙、丙}), the batch the article reports. A list after a subject that neither refers back
 * nor says its members were approved ({@code 我省的综试区有甲、乙等5个}) is no batch's.
 *
 * <pre>{@code
 * Optional<BatchClue> listed = new ListedCities(text, places).find(sentence);
 * }</pre>
 */
final class ListedCities {

    private static final Lexicon LEXICON = Lexicon.of("listed-cities");

    private static final Pattern INTRO = LEXICON.pattern("intro");
    private static final Pattern MEMBERS = LEXICON.pattern("members");
    private static final Pattern COUNT = LEXICON.pattern("count");
    private static final Pattern COUNT_AFTER = LEXICON.pattern("count-after");
    private static final Pattern REFERS_BACK = LEXICON.pattern("refers-back");
    private static final Pattern APPROVED = LEXICON.pattern("approved");
    private static final Pattern JOINER = LEXICON.pattern("joiner");
    /** The fewest members an enumeration has. */
    private static final int MIN_MEMBERS = 2;

    private final String text;
    private final PlacesInText places;

    ListedCities(String text, PlacesInText places) {
        this.text = text;
        this.places = places;
    }

    Optional<BatchClue> find(TextPiece sentence) {
        Matcher intro = INTRO.matcher(text).region(sentence.start(), sentence.end());
        while (intro.find()) {
            List<LocatedPlace> members = run(intro.end(), sentence.end());
            if (members.size() < MIN_MEMBERS) {
                continue;
            }
            String subject = text.substring(sentence.start(), intro.start());
            Integer count = count(subject, members.get(members.size() - 1).end(), sentence.end());
            boolean refersBack = REFERS_BACK.matcher(subject).find() && MEMBERS.matcher(subject).find();
            boolean approved = count != null && APPROVED.matcher(subject).find();
            if (!refersBack && !approved) {
                return Optional.empty();
            }
            List<Place> cities = members.stream().map(LocatedPlace::place)
                    .filter(p -> PlacesInText.CITY_LEVELS.contains(p.level())).distinct().toList();
            TextPiece words = new TextPiece(sentence.start(), members.get(members.size() - 1).end());
            return Optional.of(new BatchClue(BatchClue.Role.LISTED, null, count, null, null, null, cities, words));
        }
        return Optional.empty();
    }

    /** The count the subject gives (这22个城市), else the one closing the list (甲、乙等5个), else null. */
    private Integer count(String subject, int listEnd, int sentenceEnd) {
        Matcher m = COUNT.matcher(subject);
        Integer count = null;
        while (m.find()) {
            count = ZoneWords.number(m.group(1));
        }
        if (count != null) {
            return count;
        }
        Matcher after = COUNT_AFTER.matcher(text).region(listEnd, sentenceEnd);
        return after.lookingAt() ? ZoneWords.number(after.group(1)) : null;
    }

    /**
     * The places listed from {@code from} on: the first right there, each next one after a joiner. A province
     * written right before one of its cities (河北廊坊、内蒙古包头) only says where the city is: the city is the member.
     */
    private List<LocatedPlace> run(int from, int to) {
        List<LocatedPlace> out = new ArrayList<>();
        int at = from;
        for (LocatedPlace p : places.within(from, to)) {
            String gap = text.substring(at, p.start());
            if (p.start() >= at && gap.isEmpty() && !out.isEmpty() && locates(out.get(out.size() - 1).place(), p)) {
                out.set(out.size() - 1, p);
            } else if (p.start() < at || !(out.isEmpty() ? gap.isEmpty() : JOINER.matcher(gap).matches())) {
                break;
            } else {
                out.add(p);
            }
            at = p.end();
        }
        return out;
    }

    /** Whether {@code province} is the province of {@code city}, named just before it. */
    private static boolean locates(Place province, LocatedPlace city) {
        return province.level() == PlaceLevel.PROVINCE && PlacesInText.CITY_LEVELS.contains(city.place().level())
                && province.id().equals(city.place().provinceId());
    }
}
