package org.cbeckg.extract;

import java.util.Objects;

import org.cbeckg.article.Span;
import org.cbeckg.extract.bodies.Organization;

/** A named body mentioned in the text, at {@code evidence}. */
public record OrganizationMention(Organization organization, Span evidence) implements Fact {
    public OrganizationMention {
        Objects.requireNonNull(organization);
        Objects.requireNonNull(evidence);
    }
}
