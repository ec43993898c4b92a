package org.cbeckg.extract.indicator;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.article.NormalisedText;
import org.cbeckg.extract.number.CueIndex;
import org.cbeckg.extract.number.TimeCue;
import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.lang.text.SortedLists;
import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceLevel;
import org.cbeckg.model.PlaceMention;

/**
 * The place a figure is about. Each paragraph starts at 中国; clause by clause, up to the figure, the area changes to
 * a place that is the clause's subject ({@code 浙江共有12个}, {@code 其中金华市有…两个}), to 中国 for
 * {@code 全国/我国/中国}, or to the province (city) in context for {@code 全省/该省/我省} ({@code 全市/该市/我市}); {@code 全区/我区} is an
 * autonomous region's (内蒙古: 我区已有3个综试区).
 * Denominators ({@code 占全国}, {@code 比全国}) and enumerated places ({@code 在鄂尔多斯市、扬州市等27个城市}) do not
 * change it.
 *
 * <pre>{@code
 * AreaResolver areas = new AreaResolver(layout, body, upstream.places(), timeCues);
 * Place area = areas.areaAt(figureCharStart);
 * }</pre>
 */
public final class AreaResolver {

    private static final Lexicon LEXICON = Lexicon.of("area-resolver");

    /** China, for when the place extractor found no mention of it. */
    public static final Place CHINA = new Place("CN", "中国", List.of("我国", "全国"), PlaceLevel.COUNTRY, null, null,
            "China");

    /** An area word, unless it is a denominator (占全国) or a ranking's scope (居全省首位, 全市首个, 全国第一). */
    private static final Pattern AREA_WORD = LEXICON.pattern("area-word");
    private static final Pattern FILLER = LEXICON.pattern("filler");
    private static final String ENUMERATION = LEXICON.text("enumeration");

    private record Located(int start, int end, Place place) {
    }

    private final TextLayout layout;
    private final List<Located> places;
    /** The first place mentioned with each id, for a place's province. */
    private final Map<String, Place> byId = new HashMap<>();
    /** For each place, in order: the last province (city) mentioned up to and including it, or null. */
    private final Place[] provinceSoFar;
    private final Place[] citySoFar;
    private final Place firstProvince;
    private final Place firstCity;
    private final CueIndex cues;
    private final Place china;

    /**
     * @param places upstream place mentions (may be empty)
     * @param cues   the text's time cues, skipped when looking for a clause's subject
     */
    public AreaResolver(TextLayout layout, NormalisedText body, List<PlaceMention> places, CueIndex cues) {
        this.layout = layout;
        this.places = places.stream()
                .map(p -> new Located(body.charIndex(p.evidence().start()), body.charIndex(p.evidence().end()),
                        p.place()))
                .sorted(Comparator.comparingInt(Located::start)).toList();
        this.cues = cues;
        this.places.forEach(p -> byId.putIfAbsent(p.place().id(), p.place()));
        this.provinceSoFar = soFar(true);
        this.citySoFar = soFar(false);
        this.firstProvince = Arrays.stream(provinceSoFar).filter(Objects::nonNull).findFirst().orElse(null);
        this.firstCity = Arrays.stream(citySoFar).filter(Objects::nonNull).findFirst().orElse(null);
        this.china = this.places.stream().map(Located::place).filter(p -> p.id().equals("CN")).findFirst()
                .orElse(CHINA);
    }

    /** The area of a figure starting at {@code at}, or null when 全省 names a province the text never gives. */
    public Place areaAt(int at) {
        return paragraphArea(at).orElse(Optional.of(china)).orElse(null);
    }

    /** Whether a clause of the paragraph up to {@code at} names an area; if not, {@link #areaAt} is the default. */
    public boolean namesArea(int at) {
        return paragraphArea(at).isPresent();
    }

    /** The last area a clause of the paragraph names up to {@code at}; empty when none does. */
    private Optional<Optional<Place>> paragraphArea(int at) {
        Optional<Optional<Place>> area = Optional.empty();
        for (TextLayout.Range clause : layout.clausesIn(layout.paragraphAt(at))) {
            if (clause.start() > at) {
                break;
            }
            Optional<Optional<Place>> said = areaSaid(clause, Math.min(clause.end(), at), at);
            if (said.isPresent()) {
                area = said;
            }
        }
        return area;
    }

    /**
     * The area of a figure at {@code at} that refers back to a figure at {@code from} ({@code 进出口628.4亿元，增长15.1%}):
     * that figure's area, unless a clause in between names another ({@code …；临沂综试区…增速达到41.3%}).
     */
    public Place areaSince(int from, int at, Place carried) {
        Place area = carried;
        for (TextLayout.Range clause : layout.clausesIn(layout.paragraphAt(at))) {
            if (clause.start() > from && clause.start() <= at) {
                Optional<Optional<Place>> said = areaSaid(clause, Math.min(clause.end(), at), at);
                if (said.isPresent()) {
                    area = said.get().orElse(null);
                }
            }
        }
        return area;
    }

    /** The country, as the place extractor names it. */
    public Place china() {
        return china;
    }

    /** The first place named in chars of {@code range} (a table row's label: 深圳). */
    public Optional<Place> placeIn(TextLayout.Range range) {
        return within(range.start(), range.end()).stream().map(Located::place).findFirst();
    }

    /** The text of chars {@code [start, end)} with the place names in it removed. */
    public String withoutPlaces(int start, int end) {
        StringBuilder sb = new StringBuilder();
        int at = start;
        for (Located p : within(start, end)) {
            if (p.start() >= at) {
                sb.append(layout.text(), at, p.start());
                at = p.end();
            }
        }
        return sb.append(layout.text(), at, end).toString();
    }

    /** Empty when the clause says nothing about the area; a present empty when it names one we cannot resolve. */
    private Optional<Optional<Place>> areaSaid(TextLayout.Range clause, int limit, int figure) {
        int start = clause.start();
        Optional<Place> subject = subjectAt(afterFiller(start, limit), limit, clause.end());
        if (subject.isPresent()) {
            return Optional.of(subject);
        }
        Matcher m = AREA_WORD.matcher(layout.text()).region(start, limit);
        Optional<Optional<Place>> last = Optional.empty();
        while (m.find()) {
            if (m.group("nation") != null) {
                last = Optional.of(Optional.of(china));
            } else {
                last = Optional.of(inContext(figure, m.group("province") != null));
            }
        }
        return last;
    }

    /** Skips time phrases (2021年, 今年一季度) and fillers (其中, 据统计) at the start of a clause. */
    private int afterFiller(int start, int limit) {
        int s = start;
        boolean moved = true;
        while (moved && s < limit) {
            moved = false;
            TimeCue c = cues.startingAt(s);
            if (c != null && c.kind() != TimeCue.Kind.COMPARISON) {
                s = c.end();
                moved = true;
            }
            Matcher f = FILLER.matcher(layout.text()).region(s, limit);
            if (f.lookingAt()) {
                s = f.end();
                moved = true;
            }
        }
        return s;
    }

    /** A place opening the clause, then more of it (not a lone bracketed name: 中国（杭州）): its subject. */
    private Optional<Place> subjectAt(int s, int limit, int clauseEnd) {
        for (Located p : within(s, limit)) {
            boolean opens = p.start() == s && p.end() < clauseEnd;
            if (opens && ENUMERATION.indexOf(layout.text().charAt(p.end())) < 0) {
                return Optional.of(p.place());
            }
        }
        return Optional.empty();
    }

    /** The latest province (or city) mentioned before the figure; else the first in the article. */
    private Optional<Place> inContext(int figure, boolean province) {
        Place[] soFar = province ? provinceSoFar : citySoFar;
        int before = SortedLists.firstAtLeast(places, Located::start, figure) - 1;
        Optional<Place> last = before < 0 ? Optional.empty() : Optional.ofNullable(soFar[before]);
        return last.or(() -> Optional.ofNullable(province ? firstProvince : firstCity));
    }

    private Place[] soFar(boolean province) {
        Place[] out = new Place[places.size()];
        Place last = null;
        for (int i = 0; i < out.length; i++) {
            Place p = places.get(i).place();
            last = (province ? provinceOf(p) : cityOf(p)).orElse(last);
            out[i] = last;
        }
        return out;
    }

    /** The places lying wholly inside chars {@code [from, to)}, in order. */
    private List<Located> within(int from, int to) {
        return SortedLists.within(places, Located::start, Located::end, from, to);
    }

    private Optional<Place> provinceOf(Place p) {
        if (p.level() == PlaceLevel.PROVINCE || p.level() == PlaceLevel.MUNICIPALITY) {
            return Optional.of(p);
        }
        return p.provinceId() == null ? Optional.empty() : Optional.ofNullable(byId.get(p.provinceId()));
    }

    private static Optional<Place> cityOf(Place p) {
        boolean city = p.level() == PlaceLevel.PREFECTURE || p.level() == PlaceLevel.MUNICIPALITY
                || (p.level() == PlaceLevel.COUNTY && p.name().endsWith("市"));
        return city ? Optional.of(p) : Optional.empty();
    }
}
