package org.cbeckg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cbeckg.article.Article;
import org.cbeckg.article.NormalisedText;
import org.cbeckg.extract.bodies.BodyMatch;
import org.cbeckg.extract.bodies.CentralBodyMatcher;
import org.cbeckg.extract.bodies.ComposedBodyMatcher;
import org.cbeckg.extract.bodies.DepartmentSuffixes;
import org.cbeckg.extract.bodies.HomeBodyMatcher;
import org.cbeckg.extract.bodies.NamedByKindMatcher;
import org.cbeckg.extract.bodies.PlaceAt;
import org.cbeckg.extract.bodies.PlaceNamedBodyMatcher;
import org.cbeckg.extract.bodies.SubUnitMatcher;
import org.cbeckg.model.Extraction;
import org.cbeckg.model.FactKind;
import org.cbeckg.model.OrganizationMention;
import org.cbeckg.model.PlaceMention;
import org.cbeckg.model.body.BodyList;
import org.cbeckg.model.place.Gazetteer;

/**
 * Finds the named bodies of an article: central bodies, Party bodies, media, international organisations,
 * universities and think tanks from the curated {@link BodyList}, local bodies composed of a place (from the
 * upstream place mentions) and a suffix (浙江省商务厅, 廊坊日报, 云南大学), local departments named by a bare level word
 * for the province or city in context (省商务厅, 市商务局), and the schools and institutes written after
 * a university or institute (中国人民大学经济学院). A former body named as it was (国家质检总局) is that body, which
 * knows its successor. One mention per occurrence; where names
 * overlap the leftmost, then longest, wins (国务院新闻办公室 over 国务院, 浙江省发改委 over 发改委), and on the same
 * span the listed body. Generic mentions (有关部门, 海关统计, 商务部门) are no bodies.
 *
 * <pre>{@code
 * ExtractionPipeline p = ExtractionPipeline.builder()
 *         .add(placeExtractor).add(OrganizationExtractor.standard()).build();
 * }</pre>
 */
public final class OrganizationExtractor implements Extractor<OrganizationMention> {

    private final CentralBodyMatcher central;
    private final ComposedBodyMatcher composed;
    private final PlaceNamedBodyMatcher placeNamed;
    private final HomeBodyMatcher home;
    private final SubUnitMatcher subUnits = new SubUnitMatcher();
    private final NamedByKindMatcher namedByKind = new NamedByKindMatcher();

    /** @param gazetteer names the place of a university or medium whose place is no place mention (云南大学) */
    public OrganizationExtractor(BodyList bodies, DepartmentSuffixes suffixes, Gazetteer gazetteer) {
        this.central = new CentralBodyMatcher(bodies);
        this.composed = new ComposedBodyMatcher(suffixes);
        this.placeNamed = new PlaceNamedBodyMatcher(suffixes, gazetteer);
        this.home = new HomeBodyMatcher(suffixes, gazetteer);
    }

    /** The extractor over the project's body list, department suffixes and gazetteer. */
    public static OrganizationExtractor standard() {
        return new OrganizationExtractor(BodyList.standard(), DepartmentSuffixes.standard(), Gazetteer.standard());
    }

    @Override
    public String name() {
        return "organizations";
    }

    @Override
    public String version() {
        return "1.5.0";
    }

    @Override
    public FactKind produces() {
        return FactKind.ORGANIZATION;
    }

    @Override
    public Set<FactKind> requires() {
        return Set.of(FactKind.PLACE);
    }

    @Override
    public List<OrganizationMention> extract(Article article, Extraction upstream) {
        NormalisedText body = article.view();
        List<PlaceAt> places = placesAt(body, upstream.places());
        // listed bodies first: on the same span the curated body wins (中山大学 is no body of 中山市)
        List<BodyMatch> candidates = new ArrayList<>(central.find(body.text(), placeEnds(places)));
        candidates.addAll(composed.find(body.text(), places));
        candidates.addAll(placeNamed.find(body.text()));
        candidates.addAll(home.find(body.text(), places));
        candidates.addAll(namedByKind.find(body.text(), places));
        candidates.addAll(subUnits.find(body.text(), candidates));
        return withoutOverlaps(candidates).stream()
                .map(m -> new OrganizationMention(m.organization(), body.spanOfChars(m.start(), m.end())))
                .toList();
    }

    private static List<PlaceAt> placesAt(NormalisedText body, List<PlaceMention> mentions) {
        return mentions.stream().map(m -> new PlaceAt(m.place(), body.charIndex(m.evidence().start()),
                body.charIndex(m.evidence().end()))).toList();
    }

    /** Where a place other than China itself ends: a bare ministry name there is that place's own (美国商务部). */
    private static Set<Integer> placeEnds(List<PlaceAt> places) {
        return places.stream().filter(p -> !"CN".equals(p.place().id())).map(PlaceAt::end)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static List<BodyMatch> withoutOverlaps(List<BodyMatch> candidates) {
        List<BodyMatch> kept = new ArrayList<>();
        candidates.stream().sorted(BodyMatch.LEFTMOST_LONGEST).forEach(m -> {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).overlaps(m)) {
                kept.add(m);
            }
        });
        return List.copyOf(kept);
    }
}
