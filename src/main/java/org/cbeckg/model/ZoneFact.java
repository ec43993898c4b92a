package org.cbeckg.model;

import java.util.Objects;

import org.cbeckg.article.Span;

/**
 * A cross-border e-commerce comprehensive pilot zone named or implied by the article.
 *
 * @param city      the city (prefecture or county level) the zone is set up in
 * @param batch     the approval batch's ordinal (1 for 2015's Hangzhou), when stated or implied, else null
 * @param approved  the approval date, as precise as the article allows, else null
 */
public record ZoneFact(Place city, Integer batch, PartialDate approved, Span evidence) implements Fact {
    public ZoneFact {
        Objects.requireNonNull(city);
        Objects.requireNonNull(evidence);
    }
}
