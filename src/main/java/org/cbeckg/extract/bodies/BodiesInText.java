package org.cbeckg.extract.bodies;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.lang.text.SortedLists;

/**
 * An article's text with the bodies and places found in it (char offsets), as the person readers need them: which
 * body stands right before a post, with nothing but a department name between (商务部电子商务司 + 司长). Bodies and
 * places are indexed by where they start and end, so each question costs O(log n) in a long article.
 *
 * <pre>{@code
 * new BodiesInText(text, bodies, places).bodyBefore(postStart, 20, b -> true);
 * }</pre>
 */
public final class BodiesInText {

    private static final Lexicon LEXICON = Lexicon.of("bodies-in-text");

    /** Characters that close a clause: a body before one of them does not govern a post after it. */
    private static final String CLAUSE_BREAKS = LEXICON.text("clause-breaks");

    private final String text;
    /** Leftmost, then longest first. */
    private final List<BodyMatch> bodies;
    /** The same, stably sorted by end. */
    private final List<BodyMatch> byEnd;
    private final Map<Integer, List<BodyMatch>> endingAt;
    private final Map<Integer, List<BodyMatch>> startingAt;
    private final List<PlaceAt> places;

    public BodiesInText(String text, List<BodyMatch> bodies, List<PlaceAt> places) {
        this.text = text;
        this.bodies = bodies.stream().sorted(BodyMatch.LEFTMOST_LONGEST).toList();
        this.byEnd = this.bodies.stream().sorted(Comparator.comparingInt(BodyMatch::end)).toList();
        this.endingAt = this.bodies.stream().collect(Collectors.groupingBy(BodyMatch::end));
        this.startingAt = this.bodies.stream().collect(Collectors.groupingBy(BodyMatch::start));
        this.places = List.copyOf(places);
    }

    public String text() {
        return text;
    }

    /** Every body, leftmost then longest first. */
    public List<BodyMatch> bodies() {
        return bodies;
    }

    public List<PlaceAt> places() {
        return places;
    }

    /** The bodies ending exactly at {@code index}, leftmost first. */
    public List<BodyMatch> bodiesEndingAt(int index) {
        return endingAt.getOrDefault(index, List.of());
    }

    /** The bodies starting exactly at {@code index}, longest first. */
    public List<BodyMatch> bodiesStartingAt(int index) {
        return startingAt.getOrDefault(index, List.of());
    }

    /** The bodies lying wholly inside chars {@code [from, to)}. */
    public List<BodyMatch> bodiesWithin(int from, int to) {
        return SortedLists.within(bodies, BodyMatch::start, BodyMatch::end, from, to);
    }

    /** The nearest body ending at most {@code maxGap} chars before {@code index}, in the same clause. */
    public Optional<BodyMatch> bodyBefore(int index, int maxGap, Predicate<BodyMatch> accept) {
        BodyMatch best = null;
        int end = index + 1;
        for (int i = SortedLists.firstAtLeast(byEnd, BodyMatch::end, index - maxGap); i < byEnd.size(); i++) {
            BodyMatch b = byEnd.get(i);
            if (b.end() >= end) {
                break;
            }
            boolean nearer = best == null || b.end() > best.end();   // on a tie the first in leftmost order
            if (nearer && sameClause(b.end(), index) && accept.test(b)) {
                best = b;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The place ending exactly at {@code index}. */
    public Optional<PlaceAt> placeEndingAt(int index) {
        int at = SortedLists.firstAtLeast(places, PlaceAt::end, index);
        return at < places.size() && places.get(at).end() == index ? Optional.of(places.get(at)) : Optional.empty();
    }

    /** The place starting exactly at {@code index}. */
    public Optional<PlaceAt> placeStartingAt(int index) {
        int at = SortedLists.firstAtLeast(places, PlaceAt::start, index);
        return at < places.size() && places.get(at).start() == index ? Optional.of(places.get(at)) : Optional.empty();
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
