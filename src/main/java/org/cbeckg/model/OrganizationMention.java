package org.cbeckg.model;

import java.util.Objects;

import org.cbeckg.article.Span;

/** A named body mentioned in the text, at {@code evidence}. */
public record OrganizationMention(Organization organization, Span evidence) implements Fact {
    public OrganizationMention {
        Objects.requireNonNull(organization);
        Objects.requireNonNull(evidence);
    }
}
