package org.cbeckg.extract.bodies;

import java.util.Comparator;
import java.util.Objects;

import org.cbeckg.model.Organization;

/** A body found in a text at chars {@code [start, end)} of the Java string. */
public record BodyMatch(Organization organization, int start, int end) {

    /** Leftmost first, then longest first: the order in which overlapping matches are resolved. */
    public static final Comparator<BodyMatch> LEFTMOST_LONGEST =
            Comparator.comparingInt(BodyMatch::start).thenComparing(Comparator.comparingInt(BodyMatch::end).reversed());

    public BodyMatch {
        Objects.requireNonNull(organization);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad match [" + start + ", " + end + ")");
        }
    }

    public boolean overlaps(BodyMatch other) {
        return start < other.end && other.start < end;
    }
}
