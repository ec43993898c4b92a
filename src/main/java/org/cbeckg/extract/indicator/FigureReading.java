package org.cbeckg.extract.indicator;

import org.cbeckg.model.Outlook;
import org.cbeckg.model.Period;
import org.cbeckg.model.Place;

/**
 * What one figure was read as, before it becomes a fact: its role, its measure (of record, before the outlook), its
 * period, area and outlook.
 */
public record FigureReading(FigureRole role, Naming naming, Period period, Place area, Outlook outlook) {
}
