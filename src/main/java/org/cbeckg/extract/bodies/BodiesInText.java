package org.cbeckg.extract.bodies;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An article's text with the bodies and places found in it (char offsets), as the person readers need them: which
 * body stands right before a post, with nothing but a department name between (商务部电子商务司 + 司长).
 *
 * <pre>{@code
 * new BodiesInText(text, bodies, places).bodyBefore(postStart, 20, b -> true);
 * }</pre>
 */
public record BodiesInText(String text, List<BodyMatch> bodies, List<PlaceAt> places) {

    /** Characters that close a clause: a body before one of them does not govern a post after it. */
    private static final String CLAUSE_BREAKS = "，。；：！？\n“”,;:!?";

    public BodiesInText {
        bodies = bodies.stream().sorted(BodyMatch.LEFTMOST_LONGEST).toList();
        places = List.copyOf(places);
    }

    /** The nearest body ending at most {@code maxGap} chars before {@code index}, in the same clause. */
    public Optional<BodyMatch> bodyBefore(int index, int maxGap, Predicate<BodyMatch> accept) {
        return bodies.stream()
                .filter(b -> b.end() <= index && index - b.end() <= maxGap && sameClause(b.end(), index))
                .filter(accept)
                .max(Comparator.comparingInt(BodyMatch::end));
    }

    /** The place ending exactly at {@code index}. */
    public Optional<PlaceAt> placeEndingAt(int index) {
        return places.stream().filter(p -> p.end() == index).findFirst();
    }

    /** Whether chars {@code [from, to)} hold no clause break. */
    public boolean sameClause(int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The char index where the clause holding {@code index} starts. */
    public int clauseStart(int index) {
        int i = index;
        while (i > 0 && CLAUSE_BREAKS.indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }
}
