package org.cbeckg.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One article read, extracted, mapped to its graph and validated: everything the store needs, computed away from
 * the store so that many can be prepared at once.
 *
 * @param graph     the article's named graph, not to be modified
 * @param cells     the figure cells its observations belong to (the derived graph recomputes those)
 * @param warnings  what was read but not as written, each a line for the user
 */
record PreparedArticle(Path file, Node graphName, Graph graph, String sha256, int facts, Set<Node> cells,
                       List<String> warnings) {
    PreparedArticle {
        Objects.requireNonNull(file);
        Objects.requireNonNull(graphName);
        Objects.requireNonNull(graph);
        cells = Set.copyOf(cells);
        warnings = List.copyOf(warnings);
    }

    /** What a report needs of the article, without its graph: a batch or a bulk load must not hold every graph. */
    PreparedArticle withoutGraph() {
        return new PreparedArticle(file, graphName, org.apache.jena.graph.Graph.emptyGraph, sha256, facts, Set.of(),
                warnings);
    }
}
