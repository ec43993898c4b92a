package org.cbeckg.model;

import org.cbeckg.article.Span;

/**
 * Something an article states, with the stretch of text it was read from. Facts are immutable records; the graph
 * stage turns each into triples and a Web Annotation pointing at {@link #evidence()}.
 */
public sealed interface Fact permits OrganizationMention, PersonMention, PlaceMention, ZoneFact, BatchFact,
        EventFact, IndicatorFact {

    /** The quote the fact was read from: an exact slice of the article text. */
    Span evidence();
}
