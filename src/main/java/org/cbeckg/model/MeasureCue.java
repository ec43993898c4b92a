package org.cbeckg.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A line of {@code measures/cues.tsv}: the words that name a measure (a base, possibly narrowed by scopes) in text.
 *
 * @param measure  the measure named, a level of record
 * @param cbec     only for text about cross-border e-commerce
 * @param cues     alternatives; each is a list of patterns that must all occur
 */
public record MeasureCue(MeasureKey measure, boolean cbec, List<List<Pattern>> cues) {
    public MeasureCue {
        Objects.requireNonNull(measure);
        cues = cues.stream().map(List::copyOf).toList();
    }

    public Measure base() {
        return measure.base();
    }
}
