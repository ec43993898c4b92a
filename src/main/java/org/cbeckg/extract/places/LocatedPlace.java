package org.cbeckg.extract.places;

import java.util.Objects;

import org.cbeckg.model.Place;

/**
 * A place at chars {@code [start, end)} of an article's text, before it becomes a mention with a span.
 *
 * <pre>{@code
 * new LocatedPlace(0, 3, gazetteer.byName("温州市").get(0)).overlaps(2, 5); // true
 * }</pre>
 */
public record LocatedPlace(int start, int end, Place place) implements Comparable<LocatedPlace> {
    public LocatedPlace {
        Objects.requireNonNull(place);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    @Override
    public int compareTo(LocatedPlace o) {
        return Integer.compare(start, o.start);
    }
}
