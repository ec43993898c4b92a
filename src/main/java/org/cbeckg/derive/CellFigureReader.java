package org.cbeckg.derive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.SKOS;
import org.cbeckg.vocab.CBEC;
import org.cbeckg.vocab.Vocabularies.SDMX;

/**
 * Reads the figures the articles state for one cell, following the {@code cbec:cell} links each article graph holds,
 * straight from the dataset's indexes (no query planning, so the cost is the cell's own size). Call inside a
 * transaction.
 */
public final class CellFigureReader {

    private final DatasetGraph dataset;
    private final Node derivedGraph;

    public CellFigureReader(DatasetGraph dataset, Node derivedGraph) {
        this.dataset = Objects.requireNonNull(dataset);
        this.derivedGraph = Objects.requireNonNull(derivedGraph);
    }

    /** Every article's observation in the cell, in index order. */
    public List<StatedFigure> figures(Node cell) {
        List<StatedFigure> found = new ArrayList<>();
        Iterator<Quad> links = dataset.findNG(Node.ANY, Node.ANY, CBEC.cell.asNode(), cell);
        List<Quad> all = new ArrayList<>();
        links.forEachRemaining(all::add);
        for (Quad link : all) {
            if (!link.getGraph().equals(derivedGraph)) {
                read(link.getGraph(), link.getSubject()).ifPresent(found::add);
            }
        }
        return found;
    }

    private Optional<StatedFigure> read(Node g, Node obs) {
        Node measure = value(g, obs, CBEC.measure.asNode());
        Node period = value(g, obs, SDMX.refPeriod.asNode());
        Node unit = value(g, obs, SDMX.unitMeasure.asNode());
        Node amount = value(g, obs, SDMX.obsValue.asNode());
        Node qualifier = value(g, obs, CBEC.qualifier.asNode());
        Node article = value(g, obs, CBEC.sourceArticle.asNode());
        if (measure == null || period == null || unit == null || amount == null || qualifier == null
                || article == null) {
            return Optional.empty();
        }
        Node area = value(g, obs, SDMX.refArea.asNode());
        Node published = value(g, article, CBEC.publicationDate.asNode());
        Cell cell = new Cell(measure.getURI(), period.getURI(), area == null ? null : area.getURI(), unit.getURI());
        return Optional.of(new StatedFigure(obs.getURI(), cell, decimal(amount.getLiteralLexicalForm()),
                code(qualifier, "qualifier-"), lexical(value(g, obs, CBEC.surfaceForm.asNode())), article.getURI(),
                lexical(value(g, article, CBEC.fileName.asNode())),
                published == null ? null : LocalDate.parse(published.getLiteralLexicalForm()),
                chineseLabel(measure), lexical(anyValue(period, CBEC.periodCode.asNode())),
                area == null ? null : chineseLabel(area)));
    }

    private Node value(Node g, Node s, Node p) {
        Iterator<Quad> it = dataset.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** From the merged default graph: a shared entity's description once, however many articles repeat it. */
    private Node anyValue(Node s, Node p) {
        Iterator<Quad> it = dataset.find(Quad.defaultGraphIRI, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** A shared entity's Chinese preferred label, from the merged default graph; null when it has none. */
    String chineseLabel(Node s) {
        Iterator<Quad> it = dataset.find(Quad.defaultGraphIRI, s, SKOS.prefLabel.asNode(), Node.ANY);
        while (it.hasNext()) {
            Node label = it.next().getObject();
            if (label.isLiteral() && "zh".equals(label.getLiteralLanguage())) {
                return label.getLiteralLexicalForm();
            }
        }
        return null;
    }

    private static String lexical(Node n) {
        return n == null ? null : n.getLiteralLexicalForm();
    }

    /** {@code cbec:qualifier-exact} → {@code exact}. */
    private static String code(Node concept, String prefix) {
        String iri = concept.getURI();
        String local = iri.startsWith(CBEC.NS) ? iri.substring(CBEC.NS.length()) : iri;
        return local.startsWith(prefix) ? local.substring(prefix.length()) : local;
    }

    /** The number as written, without trailing zeros: TDB2 hands integral decimals back as "15.0". */
    public static BigDecimal decimal(String lexical) {
        BigDecimal d = new BigDecimal(lexical).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
