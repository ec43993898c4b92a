package org.cbeckg.derive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.cbeckg.graph.Iris;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.StoreBatch;
import org.cbeckg.vocab.CBEC;

/**
 * Keeps the graph of facts derived across articles ({@code Iris.derivedGraph()}) in step with the article graphs:
 * reported values with their corroboration, conflicts and best values, cell by cell (measure × period × area × unit).
 * A change recomputes only the cells the added, changed or removed articles touch, then the series (measure × area)
 * those cells belong to: their summaries and growth comparisons. The result is the same as a {@linkplain #rebuild full
 * rebuild}, since a cell's comparison depends on nothing but the figures in that cell, and a series' on nothing but
 * its cells.
 * Runs inside the caller's write transaction, so the derived graph always matches the article graphs it came from.
 *
 * <pre>{@code
 * DerivedGraph.Summary s = new DerivedGraph(store.iris(), FigureParser.standard()).update(batch, touchedCells, p);
 * }</pre>
 */
public final class DerivedGraph {

    /** What a recomputation found, over the cells it recomputed. */
    public record Summary(int cells, int values, int corroborated, int conflicts) {
        static final Summary NONE = new Summary(0, 0, 0, 0);

        Summary plus(CellComparison c) {
            int corroboratedValues = (int) c.values().stream().filter(v -> v.sourceCount() > 1).count();
            return new Summary(cells + 1, values + c.values().size(), corroborated + corroboratedValues,
                    conflicts + (c.inConflict() ? 1 : 0));
        }

        @Override
        public String toString() {
            return String.format("derived graph: %d cell(s) recomputed, %d reported value(s), %d corroborated, "
                    + "%d conflict(s)", cells, values, corroborated, conflicts);
        }
    }

    /** Hears how far a recomputation has got: through its cells, then through the series they belong to. */
    @FunctionalInterface
    public interface Progress {
        /** {@code done} of {@code total} {@code unit}s ("cells", then "series") recomputed. */
        void advanced(int done, int total, String unit);

        Progress SILENT = (done, total, unit) -> { };

        /** Passes on every thousandth step and the last of each unit: enough to show it moving. */
        static Progress throttled(Progress each) {
            return (done, total, unit) -> {
                if (done == total || done % 1000 == 0) {
                    each.advanced(done, total, unit);
                }
            };
        }
    }

    /**
     * What a cell and its values record. Raised whenever that changes (format 2: a cell's earliest and latest
     * publication dates; format 3: each series' growth comparisons), so that a store derived by an older version is
     * rebuilt once, by its next ingest, and its queries never read a derived graph half in the old layout.
     */
    public static final String FORMAT = "3";

    private final Iris iris;
    private final Node name;
    private final FigureComparator comparator;
    private final DerivedGraphWriter writer;
    private final SeriesSummary series;
    private final GrowthComparisons growth;

    public DerivedGraph(Iris iris, FigureParser parser) {
        this.iris = Objects.requireNonNull(iris);
        this.name = iris.derivedGraph().asNode();
        this.comparator = new FigureComparator(parser);
        this.writer = new DerivedGraphWriter(iris);
        this.series = new SeriesSummary(name);
        this.growth = new GrowthComparisons(iris, name);
    }

    /** The cells the observations of one (article) graph belong to. Call inside a transaction. */
    public static Set<Node> cellsOf(DatasetGraph dataset, Node graph) {
        Set<Node> cells = new LinkedHashSet<>();
        dataset.find(graph, Node.ANY, CBEC.cell.asNode(), Node.ANY).forEachRemaining(q -> cells.add(q.getObject()));
        return cells;
    }

    /**
     * Recomputes the given cells (which may have gained, changed or lost figures) in the batch's transaction, then
     * the series (measure × area) they belong to, before and after.
     */
    public Summary update(StoreBatch batch, Collection<Node> cells, Progress progress) {
        DatasetGraph dataset = batch.dataset();
        CellFigureReader reader = new CellFigureReader(dataset, name);
        Summary summary = Summary.NONE;
        Set<Node> touchedSeries = new LinkedHashSet<>();
        int done = 0;
        for (Node cell : cells) {
            Node before = series.seriesOf(dataset, cell);
            if (before != null) {
                touchedSeries.add(before);
            }
            removeCell(batch, cell);
            List<StatedFigure> figures = reader.figures(cell);
            if (!figures.isEmpty()) {
                CellComparison comparison = comparator.compare(figures).get(0);
                add(batch, writer.write(comparison).getGraph().find());
                touchedSeries.add(writer.seriesOf(comparison.cell()).asNode());
                summary = summary.plus(comparison);
            }
            progress.advanced(++done, cells.size(), "cells");
        }
        int seriesDone = 0;
        for (Node s : touchedSeries) {
            series.recompute(batch, s, reader);
            growth.recompute(batch, s);
            progress.advanced(++seriesDone, touchedSeries.size(), "series");
        }
        keepDatasetWhileCellsExist(batch);
        return summary;
    }

    /**
     * The best values' data set and the graph's format are described exactly while some cell exists, as a rebuild
     * would leave them. An update never writes the format stamp into a graph derived in an older format: only a
     * rebuild does (see {@link #isCurrent}).
     */
    private void keepDatasetWhileCellsExist(StoreBatch batch) {
        DatasetGraph dataset = batch.dataset();
        boolean cells = hasCells(dataset);
        boolean described = dataset.contains(name, iris.bestValueDataset().asNode(), Node.ANY, Node.ANY);
        if (cells && !described) {
            add(batch, writer.dataset().getGraph().find());
            add(batch, List.of(Triple.create(name, OWL.versionInfo.asNode(), NodeFactory.createLiteralString(FORMAT)))
                    .iterator());
        } else if (!cells && described) {
            batch.removeSubject(name, iris.bestValueDataset().asNode());
            batch.removeSubject(name, name);
        }
    }

    private boolean hasCells(DatasetGraph dataset) {
        return dataset.find(name, Node.ANY, RDF.type.asNode(), CBEC.FigureCell.asNode()).hasNext();
    }

    /**
     * Whether the stored derived graph is in this version's {@link #FORMAT} (or empty, and so in any). Call inside a
     * transaction.
     */
    public boolean isCurrent(DatasetGraph dataset) {
        return !hasCells(dataset) || dataset.contains(name, name, OWL.versionInfo.asNode(),
                NodeFactory.createLiteralString(FORMAT));
    }

    /**
     * Rebuilds the derived graph in a batch of its own when it was derived in an older format; true if it was. Run
     * before an ingest, which would otherwise recompute only the cells it touches.
     */
    public boolean rebuildIfOutdated(KnowledgeStore store, Progress progress) {
        if (store.read(() -> isCurrent(store.dataset()))) {
            return false;
        }
        store.write(batch -> rebuild(batch, progress));
        return true;
    }

    /** Rebuilds the whole derived graph of {@code store} in a batch of its own. */
    public static Summary rebuild(KnowledgeStore store, FigureParser parser) {
        Summary[] summary = new Summary[1];
        store.write(batch -> summary[0] = new DerivedGraph(store.iris(), parser).rebuild(batch, Progress.SILENT));
        return summary[0];
    }

    /** Empties the derived graph and recomputes every cell any article graph names. */
    public Summary rebuild(StoreBatch batch, Progress progress) {
        batch.removeGraph(name);
        return update(batch, allCells(batch.dataset()), progress);
    }

    /** Every cell named in the graphs, read off the merged view's index (grouped by cell), each once. */
    private List<Node> allCells(DatasetGraph dataset) {
        List<Node> cells = new ArrayList<>();
        Node last = null;
        Iterator<Quad> it = dataset.find(Quad.defaultGraphIRI, Node.ANY, CBEC.cell.asNode(), Node.ANY);
        while (it.hasNext()) {
            Node cell = it.next().getObject();
            if (!cell.equals(last)) {
                cells.add(cell);
                last = cell;
            }
        }
        return cells.stream().distinct().toList();
    }

    /** The cell's own node and everything linked to it by {@code cbec:cell} in the derived graph. */
    private void removeCell(StoreBatch batch, Node cell) {
        List<Node> subjects = new ArrayList<>();
        subjects.add(cell);
        batch.dataset().find(name, Node.ANY, CBEC.cell.asNode(), cell)
                .forEachRemaining(q -> subjects.add(q.getSubject()));
        subjects.forEach(s -> batch.removeSubject(name, s));
    }

    private void add(StoreBatch batch, Iterator<Triple> triples) {
        triples.forEachRemaining(t -> batch.add(Quad.create(name, t)));
    }
}
