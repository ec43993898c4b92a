package org.cbeckg.extract.persons;

import java.util.Objects;

import org.cbeckg.model.Organization;
import org.cbeckg.model.PersonKind;

/**
 * A person a reader found, at chars {@code [start, end)} of the text (the clause naming them: body, post, name).
 *
 * @param post          as written, or null
 * @param organization  the body of the post, or null
 */
public record PersonFound(String name, String post, Organization organization, PersonKind kind, int start, int end) {

    public PersonFound {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
    }

    /** How much this mention says about the person: a body and a post beat a bare name. */
    public int informativeness() {
        return (organization != null ? 2 : 0) + (post != null ? 1 : 0);
    }
}
