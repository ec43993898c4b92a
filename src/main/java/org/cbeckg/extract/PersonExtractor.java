package org.cbeckg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cbeckg.article.Article;
import org.cbeckg.article.NormalisedText;
import org.cbeckg.extract.bodies.BodiesInText;
import org.cbeckg.extract.bodies.BodyMatch;
import org.cbeckg.extract.bodies.PlaceAt;
import org.cbeckg.extract.persons.BylineReader;
import org.cbeckg.extract.persons.ChineseNames;
import org.cbeckg.extract.persons.EditorLineReader;
import org.cbeckg.extract.persons.NameFinder;
import org.cbeckg.extract.persons.PersonFound;
import org.cbeckg.extract.persons.Posts;
import org.cbeckg.extract.persons.SpeakerReader;
import org.cbeckg.model.Extraction;
import org.cbeckg.model.FactKind;
import org.cbeckg.model.OrganizationMention;
import org.cbeckg.model.PersonMention;
import org.cbeckg.model.PlaceMention;

/**
 * Finds the named persons of an article from structure, since names are in no list: officials and experts as
 * [body][post][name] + a verb of saying (商务部新闻发言人高峰表示), journalists in bylines and photo credits (澎湃新闻记者
 * 周頔), editors in credit lines (责任编辑：李跃群, 每经编辑 孙磊). Candidate names must start with a known surname and
 * be two to four characters long. One mention per person: the most informative one (with a body and a post), so a
 * later bare
 * 高峰表示 adds nothing and 高峰期 is never a person.
 *
 * <pre>{@code
 * ExtractionPipeline p = ExtractionPipeline.builder().add(placeExtractor)
 *         .add(OrganizationExtractor.standard()).add(PersonExtractor.standard()).build();
 * }</pre>
 */
public final class PersonExtractor implements Extractor<PersonMention> {

    private final SpeakerReader speakers;
    private final BylineReader bylines;
    private final EditorLineReader editors;

    public PersonExtractor(Posts posts, ChineseNames names) {
        NameFinder finder = new NameFinder(names);
        this.speakers = new SpeakerReader(posts, finder);
        this.bylines = new BylineReader(posts, finder);
        this.editors = new EditorLineReader(posts, finder);
    }

    /** The extractor over the project's post and surname lists. */
    public static PersonExtractor standard() {
        return new PersonExtractor(Posts.standard(), ChineseNames.standard());
    }

    @Override
    public String name() {
        return "persons";
    }

    @Override
    public String version() {
        return "1.4.1";
    }

    @Override
    public FactKind produces() {
        return FactKind.PERSON;
    }

    /** Bodies give a post its organisation; places give a 省长 or 市长 their government. */
    @Override
    public Set<FactKind> requires() {
        return Set.of(FactKind.ORGANIZATION, FactKind.PLACE);
    }

    @Override
    public List<PersonMention> extract(Article article, Extraction upstream) {
        NormalisedText body = article.view();
        BodiesInText in = new BodiesInText(body.text(), bodiesAt(body, upstream.organizations()),
                placesAt(body, upstream.places()));
        List<PersonFound> found = new ArrayList<>(bylines.read(in));
        found.addAll(speakers.read(in));
        found.addAll(editors.read(in));
        return mostInformativePerName(found).stream()
                .map(p -> new PersonMention(p.name(), p.post(), p.organization(), p.kind(),
                        body.spanOfChars(p.start(), p.end())))
                .toList();
    }

    /** One per name, the one with most to say, earliest on a tie; in order of first appearance. */
    private static List<PersonFound> mostInformativePerName(List<PersonFound> found) {
        Map<String, PersonFound> best = new LinkedHashMap<>();
        found.stream().sorted(Comparator.comparingInt(PersonFound::start)).forEach(p -> best.merge(p.name(), p,
                (a, b) -> b.informativeness() > a.informativeness() ? b : a));
        return List.copyOf(best.values());
    }

    private static List<BodyMatch> bodiesAt(NormalisedText body, List<OrganizationMention> mentions) {
        return mentions.stream().map(m -> new BodyMatch(m.organization(), body.charIndex(m.evidence().start()),
                body.charIndex(m.evidence().end()))).toList();
    }

    private static List<PlaceAt> placesAt(NormalisedText body, List<PlaceMention> mentions) {
        return mentions.stream().map(m -> new PlaceAt(m.place(), body.charIndex(m.evidence().start()),
                body.charIndex(m.evidence().end()))).toList();
    }
}
