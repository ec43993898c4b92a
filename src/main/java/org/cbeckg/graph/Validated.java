package org.cbeckg.graph;

import java.util.List;
import java.util.Objects;

/**
 * An article graph that passed the SHACL gate, possibly after facts were dropped from it.
 *
 * @param graph    what may be stored: the article graph, or a copy without the facts that broke a shape
 * @param warnings one line per dropped fact: which fact, and the violation that dropped it
 */
public record Validated(ArticleGraph graph, List<String> warnings) {

    public Validated {
        Objects.requireNonNull(graph);
        warnings = List.copyOf(warnings);
    }
}
