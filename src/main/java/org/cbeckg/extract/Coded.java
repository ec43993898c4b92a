package org.cbeckg.extract;

/** A member of one of the project's code lists: a SKOS concept with a notation and zh/en labels. */
public interface Coded {
    /** The notation, e.g. {@code ministry}; also the last segment of the concept's IRI. */
    String code();

    String labelZh();

    String labelEn();
}
