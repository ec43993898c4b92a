package org.cbeckg.audit;

import java.math.BigDecimal;
import java.util.List;

/**
 * One observation of a figure, with everything an auditor asks about it and every source that states it.
 *
 * @param observation  the observation's IRI
 * @param unit         the unit's code ({@code CNY}, {@code percent})
 * @param qualifier    the qualifier's code ({@code exact}, {@code more_than})
 * @param period       the period code, or null
 * @param area         the area's Chinese name, or null
 * @param speaker      who the article attributes it to, or null
 * @param event        the event's label it was stated at, or null
 * @param eventDate    that event's date, or null
 */
public record TracedFigure(String observation, BigDecimal value, String unit, String qualifier, String surfaceForm,
                           String measure, String period, String area, String growthBase, Speaker speaker,
                           String event, String eventDate, List<Source> sources) {
    public TracedFigure {
        sources = List.copyOf(sources);
    }
}
