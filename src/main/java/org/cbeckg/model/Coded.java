package org.cbeckg.model;

import java.util.Objects;

/** A member of one of the project's code lists: a SKOS concept with a notation and zh/en labels. */
public interface Coded {

    /** A code with its labels; the code is the concept's {@code skos:notation} and the last part of its IRI. */
    record Label(String code, String zh, String en) {
        public Label {
            Objects.requireNonNull(code);
            Objects.requireNonNull(zh);
            Objects.requireNonNull(en);
        }
    }

    Label label();

    /** The notation, e.g. {@code ministry}; also the last segment of the concept's IRI. */
    default String code() {
        return label().code();
    }

    default String labelZh() {
        return label().zh();
    }

    default String labelEn() {
        return label().en();
    }
}
