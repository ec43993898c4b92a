package org.cbeckg.extract.bodies;

import java.util.Objects;

import org.cbeckg.model.Place;

/** A place found in a text at chars {@code [start, end)} of the Java string, as the body finders read places. */
public record PlaceAt(Place place, int start, int end) {
    public PlaceAt {
        Objects.requireNonNull(place);
    }
}
