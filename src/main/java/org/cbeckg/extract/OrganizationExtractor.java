package org.cbeckg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cbeckg.article.Article;
import org.cbeckg.article.ArticleText;
import org.cbeckg.extract.bodies.BodyList;
import org.cbeckg.extract.bodies.BodyMatch;
import org.cbeckg.extract.bodies.CentralBodyMatcher;
import org.cbeckg.extract.bodies.ComposedBodyMatcher;
import org.cbeckg.extract.bodies.PlaceAt;
import org.cbeckg.extract.bodies.DepartmentSuffixes;

/**
 * Finds the named bodies of an article: central bodies, Party bodies, media and international organisations from the
 * curated {@link BodyList}, and local bodies composed of a place (from the upstream place mentions) and a department
 * suffix (浙江省商务厅). One mention per occurrence; where names overlap the leftmost, then longest, wins
 * (国务院新闻办公室 over 国务院, 浙江省发改委 over 发改委). Generic mentions (有关部门, 海关统计, 商务部门) are no bodies.
 *
 * <pre>{@code
 * ExtractionPipeline p = ExtractionPipeline.builder()
 *         .add(placeExtractor).add(OrganizationExtractor.standard()).build();
 * }</pre>
 */
public final class OrganizationExtractor implements Extractor<OrganizationMention> {

    private final CentralBodyMatcher central;
    private final ComposedBodyMatcher composed;

    public OrganizationExtractor(BodyList bodies, DepartmentSuffixes suffixes) {
        this.central = new CentralBodyMatcher(bodies);
        this.composed = new ComposedBodyMatcher(suffixes);
    }

    /** The extractor over the project's body list and department suffixes. */
    public static OrganizationExtractor standard() {
        return new OrganizationExtractor(BodyList.standard(), DepartmentSuffixes.standard());
    }

    @Override
    public String name() {
        return "organizations";
    }

    @Override
    public String version() {
        return "1";
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
        ArticleText body = article.body();
        List<PlaceAt> places = placesAt(body, upstream.places());
        List<BodyMatch> candidates = new ArrayList<>(composed.find(body.text(), places));
        candidates.addAll(central.find(body.text(), placeEnds(places)));
        return withoutOverlaps(candidates).stream()
                .map(m -> new OrganizationMention(m.organization(), body.spanOfChars(m.start(), m.end())))
                .toList();
    }

    private static List<PlaceAt> placesAt(ArticleText body, List<PlaceMention> mentions) {
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
