package org.cbeckg.extract.places;

import java.util.List;

import org.cbeckg.article.NormalisedText;
import org.cbeckg.extract.gazetteer.NameMatch;
import org.cbeckg.extract.gazetteer.PlaceScanner;
import org.cbeckg.model.place.Gazetteer;

/**
 * Gazetteer names in an article's text, with the context rules applied ({@link MatchContext}) and duplicate names
 * resolved ({@link Disambiguator}).
 *
 * <pre>{@code
 * PlaceMatcher m = new PlaceMatcher(gazetteer, PlaceScanner.of(gazetteer));
 * List<LocatedPlace> found = m.find(article.view());
 * }</pre>
 */
public final class PlaceMatcher {

    private final PlaceScanner scanner;
    private final Disambiguator disambiguator;

    public PlaceMatcher(Gazetteer gazetteer, PlaceScanner scanner) {
        this.scanner = scanner;
        this.disambiguator = new Disambiguator(gazetteer);
    }

    public List<LocatedPlace> find(NormalisedText body) {
        String text = body.text();
        List<NameMatch> matches = scanner.scan(text).stream().filter(m -> MatchContext.isPlace(m, text)).toList();
        return disambiguator.resolve(matches, body);
    }
}
