package org.cbeckg.audit;

import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.cbeckg.store.KnowledgeStore;

/**
 * Rebuilds the graph of facts derived across articles ({@code Iris.derivedGraph()}): reported values with their
 * corroboration, conflicts, and best values. Read and replace happen in one write transaction, so the derived graph
 * always matches the article graphs it was computed from. Run after every ingest run.
 *
 * <pre>{@code DerivedGraph.Summary s = new DerivedGraph(store, FigureParser.standard()).rebuild();}</pre>
 */
public final class DerivedGraph {

    /** What a rebuild found. */
    public record Summary(int cells, int values, int corroborated, int conflicts) {
        @Override
        public String toString() {
            return String.format("derived graph: %d cell(s), %d reported value(s), %d corroborated, %d conflict(s)",
                    cells, values, corroborated, conflicts);
        }
    }

    private final KnowledgeStore store;
    private final FigureComparator comparator;
    private final DerivedGraphWriter writer;

    public DerivedGraph(KnowledgeStore store, FigureParser parser) {
        this.store = Objects.requireNonNull(store);
        this.comparator = new FigureComparator(parser);
        this.writer = new DerivedGraphWriter(store.iris());
    }

    public Summary rebuild() {
        Node name = store.iris().derivedGraph().asNode();
        Summary[] summary = new Summary[1];
        store.write(() -> {
            List<CellComparison> cells = comparator.compare(new StatedFigureReader(store).read());
            Model derived = writer.write(cells);
            store.replaceInTransaction(name, derived.getGraph());
            summary[0] = summarise(cells);
        });
        return summary[0];
    }

    private static Summary summarise(List<CellComparison> cells) {
        int values = cells.stream().mapToInt(c -> c.values().size()).sum();
        int corroborated = (int) cells.stream().flatMap(c -> c.values().stream())
                .filter(v -> v.sourceCount() > 1).count();
        int conflicts = (int) cells.stream().filter(CellComparison::inConflict).count();
        return new Summary(cells.size(), values, corroborated, conflicts);
    }
}
