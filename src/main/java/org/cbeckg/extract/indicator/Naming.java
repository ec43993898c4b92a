package org.cbeckg.extract.indicator;

import java.util.Objects;

import org.cbeckg.model.MeasureKey;
import org.cbeckg.model.Outlook;
import org.cbeckg.model.Unit;

/**
 * A figure's measure as the {@link MeasureNamer} reads it: the key, the unit (resolved for a bare 1.92万亿), and for a
 * measure the vocabulary lacks, the words of the clause that name it.
 *
 * @param key   the measure
 * @param unit  the figure's unit
 * @param note  for {@link MeasureKey#UNCLASSIFIED}, what the clause calls the measure (城市数量); null otherwise
 */
public record Naming(MeasureKey key, Unit unit, String note) {

    public Naming {
        Objects.requireNonNull(key);
        if (key.isUnclassified() != (note != null)) {
            throw new IllegalArgumentException("a note goes with the unclassified measure, and only with it");
        }
    }

    static Naming of(MeasureKey key, Unit unit) {
        return new Naming(key, unit, null);
    }

    static Naming unclassified(String note, Unit unit) {
        return new Naming(MeasureKey.UNCLASSIFIED, unit, note);
    }

    /** What the figure is called: the key's Chinese label, or the clause's words for an unclassified one. */
    public String name() {
        return key.isUnclassified() ? note : key.labelZh();
    }

    /** A forecast or target of it (the note of an unclassified one says so too: 陶瓷企业数量（预测）). */
    public Naming withOutlook(Outlook o) {
        return new Naming(key.withOutlook(o), unit, note == null ? null : note + o.measureSuffix());
    }
}
