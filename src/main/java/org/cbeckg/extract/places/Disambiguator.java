package org.cbeckg.extract.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.cbeckg.article.ArticleText;
import org.cbeckg.article.NormalisedText;
import org.cbeckg.extract.gazetteer.NameMatch;
import org.cbeckg.model.Place;
import org.cbeckg.model.place.Gazetteer;

/**
 * Picks the place a duplicate name means (鼓楼区 is in four cities) from the places around it: the name right before
 * it ({@code 南京市鼓楼区}), else an unambiguous place of the same paragraph, else of the article, that contains exactly
 * one candidate. A shared short form (东兴: 东兴市 in 广西 or 东兴区 in 四川) is weaker evidence than a full name and
 * is read only from the name before it or its paragraph ({@code 广西的东兴口岸}). A name still ambiguous after that
 * is left out rather than guessed.
 *
 * <pre>{@code
 * List<LocatedPlace> places = new Disambiguator(gazetteer).resolve(scanner.scan(text), body);
 * }</pre>
 */
final class Disambiguator {

    private final Gazetteer gazetteer;

    Disambiguator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<LocatedPlace> resolve(List<NameMatch> matches, NormalisedText text) {
        List<LocatedPlace> sure = matches.stream().filter(m -> !m.isAmbiguous())
                .map(m -> new LocatedPlace(m.start(), m.end(), m.candidates().get(0))).toList();
        List<LocatedPlace> out = new ArrayList<>(sure);
        for (NameMatch m : matches) {
            if (m.isAmbiguous()) {
                pick(m, sure, text).ifPresent(p -> out.add(new LocatedPlace(m.start(), m.end(), p)));
            }
        }
        out.sort(null);
        return out;
    }

    private Optional<Place> pick(NameMatch m, List<LocatedPlace> sure, NormalisedText text) {
        ArticleText.Paragraph para = text.paragraphAt(m.start());
        List<Predicate<LocatedPlace>> scopes = List.of(
                p -> p.end() == m.start(),
                p -> p.start() >= para.charStart() && p.end() <= para.charEnd(),
                p -> true);
        for (Predicate<LocatedPlace> scope : m.fullName() ? scopes : scopes.subList(0, 2)) {
            List<Place> areas = sure.stream().filter(scope).map(LocatedPlace::place).toList();
            List<Place> inside = m.candidates().stream().filter(c -> liesInAny(c, areas)).toList();
            if (inside.size() == 1) {
                return Optional.of(inside.get(0));
            }
        }
        return Optional.empty();
    }

    private boolean liesInAny(Place candidate, List<Place> areas) {
        return areas.stream().anyMatch(a -> !a.equals(candidate) && gazetteer.isWithin(candidate, a)
                && !a.equals(gazetteer.china()));
    }
}
