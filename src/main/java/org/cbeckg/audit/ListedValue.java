package org.cbeckg.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A reported value as the derived graph holds it, with its sources.
 *
 * @param iri         the {@code cbec:ReportedValue} node
 * @param sourceCount its corroboration count (distinct articles)
 * @param pickedBy    the codes of the selection rules that picked it as the cell's best value
 */
public record ListedValue(String iri, BigDecimal value, String unit, String qualifier, int sourceCount,
                          Set<String> pickedBy, List<ListedSource> sources) {
    public ListedValue {
        pickedBy = Set.copyOf(pickedBy);
        sources = List.copyOf(sources);
    }
}
