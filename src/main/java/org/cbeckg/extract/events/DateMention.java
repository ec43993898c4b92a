package org.cbeckg.extract.events;

import java.util.Objects;

import org.cbeckg.model.PartialDate;

/**
 * A date the text states, at chars {@code [start, end)}.
 *
 * @param date   as precise as stated; for a vague one (近日, 日前) the publication year
 * @param vague  true for 近日, 日前, 近期 …: recent, but no date given
 */
public record DateMention(PartialDate date, int start, int end, boolean vague) {
    public DateMention {
        Objects.requireNonNull(date);
    }
}
