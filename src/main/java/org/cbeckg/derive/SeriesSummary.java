package org.cbeckg.derive;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cbeckg.store.StoreBatch;
import org.cbeckg.vocab.CBEC;
import org.cbeckg.vocab.Vocabularies.SDMX;

/**
 * Keeps each {@code cbec:FigureSeries} of the derived graph (one measure in one area, over every period) in step with
 * its cells: the sum of their statements and reported values, so that a page listing what can be charted reads one
 * node per series instead of every observation. Recomputed from the cells alone, so an incremental update and a
 * rebuild leave the same series. Call inside the batch's write transaction, after the cells are written.
 */
final class SeriesSummary {

    private final Node name;

    SeriesSummary(Node derivedGraph) {
        this.name = Objects.requireNonNull(derivedGraph);
    }

    /** The series a stored cell belongs to, or null when the cell is not (or no longer) in the derived graph. */
    Node seriesOf(DatasetGraph dataset, Node cell) {
        return value(dataset, cell, CBEC.series.asNode());
    }

    /** Removes the series' summary and writes it again from its cells; a series left without cells disappears. */
    void recompute(StoreBatch batch, Node series, CellFigureReader labels) {
        DatasetGraph dataset = batch.dataset();
        batch.removeSubject(name, series);
        List<Node> cells = new ArrayList<>();
        dataset.find(name, Node.ANY, CBEC.series.asNode(), series).forEachRemaining(q -> cells.add(q.getSubject()));
        if (cells.isEmpty()) {
            return;
        }
        long statements = 0;
        long values = 0;
        for (Node cell : cells) {
            statements += number(dataset, cell, CBEC.statementCount.asNode());
            values += number(dataset, cell, CBEC.valueCount.asNode());
        }
        Node any = cells.get(0);
        Node measure = value(dataset, any, CBEC.measure.asNode());
        Node area = value(dataset, any, SDMX.refArea.asNode());
        String label = Objects.requireNonNullElse(labels.chineseLabel(measure), measure.getURI())
                + (area == null ? "" : " " + Objects.requireNonNullElse(labels.chineseLabel(area), area.getURI()));
        add(batch, series, RDF.type.asNode(), CBEC.FigureSeries.asNode());
        add(batch, series, CBEC.measure.asNode(), measure);
        if (area != null) {
            add(batch, series, SDMX.refArea.asNode(), area);
        }
        add(batch, series, RDFS.label.asNode(), NodeFactory.createLiteralLang(label, "zh"));
        add(batch, series, CBEC.statementCount.asNode(), count(statements));
        add(batch, series, CBEC.valueCount.asNode(), count(values));
    }

    private void add(StoreBatch batch, Node s, Node p, Node o) {
        batch.add(Quad.create(name, s, p, o));
    }

    private Node value(DatasetGraph dataset, Node s, Node p) {
        Iterator<Quad> it = dataset.find(name, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private long number(DatasetGraph dataset, Node s, Node p) {
        Node n = value(dataset, s, p);
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(String.valueOf(n), XSDDatatype.XSDnonNegativeInteger);
    }
}
