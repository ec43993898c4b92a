package org.cbeckg.model;

import java.util.Objects;

import org.cbeckg.article.Span;

/** A place mentioned in the text, resolved to the gazetteer, at {@code evidence}. */
public record PlaceMention(Place place, Span evidence) implements Fact {
    public PlaceMention {
        Objects.requireNonNull(place);
        Objects.requireNonNull(evidence);
    }
}
