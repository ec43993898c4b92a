package org.cbeckg.model;

import java.util.Objects;

import org.cbeckg.article.Span;

/**
 * A news event the article reports: a press conference, an approval, an evaluation.
 *
 * @param date       as precise as the article allows, or null when it gives none
 * @param organizer  the body holding it (商务部 for its press conference, 国务院 for an approval), or null
 * @param label      the event's name as the article gives it (例行新闻发布会; the approval document's title)
 */
public record EventFact(EventKind kind, PartialDate date, Organization organizer, String label, Span evidence)
        implements Fact {
    public EventFact {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(label);
        Objects.requireNonNull(evidence);
    }
}
