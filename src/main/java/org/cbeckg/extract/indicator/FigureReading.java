package org.cbeckg.extract.indicator;

import org.cbeckg.extract.indicator.MeasureNamer.Naming;
import org.cbeckg.model.Outlook;
import org.cbeckg.model.Period;
import org.cbeckg.model.Place;

/**
 * What one figure was read as, before it becomes a fact: its role, its measure (without the outlook's suffix), its
 * period, area and outlook.
 */
public record FigureReading(FigureRole role, Naming naming, Period period, Place area, Outlook outlook) {
}
