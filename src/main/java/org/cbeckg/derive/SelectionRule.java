package org.cbeckg.derive;

import java.time.LocalDate;
import java.util.Comparator;

import org.apache.jena.rdf.model.Resource;
import org.cbeckg.vocab.CBEC;

/**
 * How one best value is picked per cell among the values articles state for it. Every rule ends with the same
 * tie-breaks, so a pick is deterministic: an exact figure over a hedged one, then the lowest value key.
 * <ul>
 * <li>{@link #MOST_SOURCES}: stated by the most distinct articles; on a tie, the most recently published.</li>
 * <li>{@link #MOST_RECENT}: stated by the most recently published article (later figures are often revisions);
 *     on a tie, the most sources.</li>
 * </ul>
 */
public enum SelectionRule {
    MOST_SOURCES("most_sources", CBEC.ruleMostSources,
            Comparator.comparingInt(StatedValue::sourceCount).reversed().thenComparing(SelectionRule.byLatest())),
    MOST_RECENT("most_recent", CBEC.ruleMostRecent,
            SelectionRule.byLatest().thenComparing(Comparator.comparingInt(StatedValue::sourceCount).reversed()));

    private final String code;
    private final Resource concept;
    private final Comparator<StatedValue> order;

    SelectionRule(String code, Resource concept, Comparator<StatedValue> preference) {
        this.code = code;
        this.concept = concept;
        this.order = preference.thenComparing(StatedValue::exact, Comparator.reverseOrder())
                .thenComparing(StatedValue::key);
    }

    public String code() {
        return code;
    }

    public Resource concept() {
        return concept;
    }

    /** Best first. */
    public Comparator<StatedValue> order() {
        return order;
    }

    /** Latest publication first; a value whose articles have no date comes last. */
    private static Comparator<StatedValue> byLatest() {
        return Comparator.comparing((StatedValue v) -> v.latest().orElse(LocalDate.MIN), Comparator.reverseOrder());
    }
}
