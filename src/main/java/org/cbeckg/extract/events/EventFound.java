package org.cbeckg.extract.events;

import java.util.Objects;

import org.cbeckg.model.EventKind;
import org.cbeckg.model.Organization;
import org.cbeckg.model.PartialDate;

/**
 * An event a reader found, told at chars {@code [start, end)}.
 *
 * @param date       as precise as stated, or null
 * @param organizer  the body holding it, or null
 */
public record EventFound(EventKind kind, PartialDate date, Organization organizer, String label, int start, int end) {
    public EventFound {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(label);
    }

    /** The more precise of two dates of the same event (a day beats a year); either may be null. */
    public static PartialDate morePrecise(PartialDate a, PartialDate b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return b.precision().compareTo(a.precision()) > 0 ? b : a;
    }
}
