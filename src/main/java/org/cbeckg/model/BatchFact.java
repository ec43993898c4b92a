package org.cbeckg.model;

import java.util.List;
import java.util.Objects;

import org.cbeckg.article.Span;

/**
 * A batch of zones approved together by the State Council.
 *
 * @param ordinal     第N批, when stated or implied, else null
 * @param count       zones in this batch, else null
 * @param cumulative  zones in this and all earlier batches, else null
 * @param approved    approval date as precise as known, else null
 * @param document    the approval document's title without 《》, else null
 * @param cities      cities the article names as part of the batch
 */
public record BatchFact(Integer ordinal, Integer count, Integer cumulative, PartialDate approved, String document,
                        List<Place> cities, Span evidence) implements Fact {
    public BatchFact {
        Objects.requireNonNull(evidence);
        cities = List.copyOf(cities);
        if (ordinal == null && count == null && cumulative == null) {
            throw new IllegalArgumentException("a batch needs an ordinal, a count or a cumulative total");
        }
    }
}
