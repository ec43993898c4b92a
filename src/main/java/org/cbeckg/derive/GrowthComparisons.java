package org.cbeckg.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cbeckg.graph.Iris;
import org.cbeckg.model.Derivation;
import org.cbeckg.model.Qualifier;
import org.cbeckg.model.Unit;
import org.cbeckg.store.StoreBatch;
import org.cbeckg.vocab.CBEC;
import org.cbeckg.vocab.StoredDecimal;
import org.cbeckg.vocab.Vocabularies.QB;
import org.cbeckg.vocab.Vocabularies.SDMX;

/**
 * Keeps the derived graph's {@code cbec:GrowthComparison}s of one series in step with its cells: each year-on-year
 * growth rate stated with one of the series' values, set against the closest value stated for the period a year
 * earlier. A comparison depends on two cells of the same series, so it is recomputed with the series, whenever either
 * cell is; the check {@code growth-matches-values} then reads a few thousand comparisons instead of pairing every
 * stated rate with every earlier value at query time.
 *
 * <p>What counts, as the check states it: a rate in percent, qualified exact or approximate, with no base or 同比,
 * linked by {@code cbec:growthOf} to an exact or approximate value of a series that names an area and whose measure
 * some growth measure is derived from; the earlier values are the series' exact or approximate non-zero values, in
 * the same unit, for the period a year before. Call inside the batch's write transaction, after the series' cells are
 * written.
 */
final class GrowthComparisons {

    private static final Node EXACT = CBEC.concept(Qualifier.EXACT).asNode();
    private static final Node APPROX = CBEC.concept(Qualifier.APPROX).asNode();
    private static final Node PERCENT = CBEC.concept(Unit.PERCENT).asNode();
    private static final Node GROWTH = CBEC.concept(Derivation.GROWTH).asNode();
    private static final String YEAR_ON_YEAR = "同比";

    private final Iris iris;
    private final Node name;
    /** Whether some growth measure is derived from a measure: ontology data, the same for the whole batch. */
    private final Map<Node, Boolean> grown = new HashMap<>();

    GrowthComparisons(Iris iris, Node derivedGraph) {
        this.iris = Objects.requireNonNull(iris);
        this.name = Objects.requireNonNull(derivedGraph);
    }

    /** Removes the series' comparisons and writes them again from its cells. */
    void recompute(StoreBatch batch, Node series) {
        DatasetGraph dataset = batch.dataset();
        List<Node> old = new ArrayList<>();
        dataset.find(name, Node.ANY, CBEC.comparedSeries.asNode(), series)
                .forEachRemaining(q -> old.add(q.getSubject()));
        old.forEach(s -> batch.removeSubject(name, s));
        Node measure = value(dataset, name, series, CBEC.measure.asNode());
        boolean hasArea = value(dataset, name, series, SDMX.refArea.asNode()) != null;
        if (measure == null || !hasArea || !grown(dataset, measure)) {
            return;
        }
        List<SeriesCell> cells = cells(dataset, series);
        Map<String, List<EarlierValue>> byUnitAndPeriod = new HashMap<>();
        for (SeriesCell c : cells) {
            byUnitAndPeriod.put(c.unit() + "|" + c.periodCode(), c.earlierCandidates());
        }
        for (SeriesCell c : cells) {
            Optional<String> earlier = GrowthComparison.yearEarlier(c.periodCode());
            List<EarlierValue> candidates = earlier.map(p -> byUnitAndPeriod.get(c.unit() + "|" + p)).orElse(null);
            if (candidates == null || candidates.isEmpty()) {
                continue;
            }
            for (StatedGrowth g : statedGrowths(dataset, c)) {
                for (GrowthComparison comparison : GrowthComparison.closest(g, candidates)) {
                    write(batch, series, c.label(), comparison);
                }
            }
        }
    }

    private boolean grown(DatasetGraph dataset, Node measure) {
        return grown.computeIfAbsent(measure, m -> {
            Iterator<Quad> narrower = dataset.find(Quad.defaultGraphIRI, Node.ANY, SKOS.broader.asNode(), m);
            while (narrower.hasNext()) {
                Node g = narrower.next().getSubject();
                if (dataset.contains(Quad.defaultGraphIRI, g, CBEC.derivation.asNode(), GROWTH)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** One cell of the series as the comparisons need it: its label, unit, period and exact or approximate values. */
    private record SeriesCell(Node cell, String label, String unit, String periodCode, List<ReportedNumber> values) {
        List<EarlierValue> earlierCandidates() {
            Map<BigDecimal, List<String>> byValue = new LinkedHashMap<>();
            for (ReportedNumber v : values) {
                if (v.value().signum() != 0) {
                    byValue.computeIfAbsent(v.value(), k -> new ArrayList<>()).add(v.iri().getURI());
                }
            }
            List<EarlierValue> candidates = new ArrayList<>();
            byValue.forEach((v, iris) -> candidates.add(new EarlierValue(v, iris)));
            return candidates;
        }
    }

    /** A reported value, exact or approximate. */
    private record ReportedNumber(Node iri, BigDecimal value) {
    }

    private List<SeriesCell> cells(DatasetGraph dataset, Node series) {
        List<SeriesCell> cells = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        dataset.find(name, Node.ANY, CBEC.series.asNode(), series).forEachRemaining(q -> nodes.add(q.getSubject()));
        for (Node cell : nodes) {
            Node unit = value(dataset, name, cell, SDMX.unitMeasure.asNode());
            Node period = value(dataset, name, cell, SDMX.refPeriod.asNode());
            Node code = period == null ? null : value(dataset, Quad.defaultGraphIRI, period, CBEC.periodCode.asNode());
            if (unit == null || code == null) {
                continue;
            }
            List<ReportedNumber> values = new ArrayList<>();
            Iterator<Quad> observations = dataset.find(name, cell, QB.observation.asNode(), Node.ANY);
            while (observations.hasNext()) {
                Node v = observations.next().getObject();
                Node qualifier = value(dataset, name, v, CBEC.qualifier.asNode());
                Node amount = value(dataset, name, v, SDMX.obsValue.asNode());
                if (dataset.contains(name, v, RDF.type.asNode(), CBEC.ReportedValue.asNode()) && amount != null
                        && (EXACT.equals(qualifier) || APPROX.equals(qualifier))) {
                    values.add(new ReportedNumber(v, CellFigureReader.decimal(amount.getLiteralLexicalForm())));
                }
            }
            Node label = value(dataset, name, cell, RDFS.label.asNode());
            cells.add(new SeriesCell(cell, label == null ? cell.getURI() : label.getLiteralLexicalForm(), unit.getURI(),
                    code.getLiteralLexicalForm(), values));
        }
        return cells;
    }

    /**
     * The growth rates stated with the cell's values, one per distinct (rate, value) pair: read only for a cell with
     * values a year earlier, the one place the observations stating each value are needed.
     */
    private List<StatedGrowth> statedGrowths(DatasetGraph dataset, SeriesCell c) {
        Map<String, PairSources> pairs = new LinkedHashMap<>();
        for (ReportedNumber v : c.values()) {
            List<Node> statements = new ArrayList<>();
            dataset.find(name, v.iri(), CBEC.supportingObservation.asNode(), Node.ANY)
                    .forEachRemaining(q -> statements.add(q.getObject()));
            for (Node statement : statements) {
                Iterator<Quad> rates = dataset.find(Quad.defaultGraphIRI, Node.ANY, CBEC.growthOf.asNode(),
                        statement);
                while (rates.hasNext()) {
                    Node rate = rates.next().getSubject();
                    if (!countsAsYearOnYear(dataset, rate)) {
                        continue;
                    }
                    Iterator<Quad> amounts = dataset.find(Quad.defaultGraphIRI, rate, SDMX.obsValue.asNode(),
                            Node.ANY);
                    while (amounts.hasNext()) {
                        BigDecimal r = CellFigureReader.decimal(amounts.next().getObject().getLiteralLexicalForm());
                        pairs.computeIfAbsent(r.toPlainString() + "|" + v.value().toPlainString(),
                                k -> new PairSources(r, v.value())).add(rate, statement);
                    }
                }
            }
        }
        return pairs.values().stream().map(p -> p.growth(c)).toList();
    }

    /** The rate and value observations found so far for one (rate, value) pair of a cell. */
    private static final class PairSources {
        private final BigDecimal rate;
        private final BigDecimal value;
        private final Set<String> rates = new LinkedHashSet<>();
        private final Set<String> values = new LinkedHashSet<>();

        PairSources(BigDecimal rate, BigDecimal value) {
            this.rate = rate;
            this.value = value;
        }

        void add(Node rateObservation, Node valueObservation) {
            rates.add(rateObservation.getURI());
            values.add(valueObservation.getURI());
        }

        StatedGrowth growth(SeriesCell c) {
            return new StatedGrowth(c.cell().getURI(), c.periodCode(), c.unit(), value, rate, rates, values);
        }
    }

    /** A rate in percent, exact or approximate, year on year (同比) or with no base named. */
    private static boolean countsAsYearOnYear(DatasetGraph dataset, Node rate) {
        Node g = Quad.defaultGraphIRI;
        if (!dataset.contains(g, rate, SDMX.unitMeasure.asNode(), PERCENT)) {
            return false;
        }
        if (!dataset.contains(g, rate, CBEC.qualifier.asNode(), EXACT)
                && !dataset.contains(g, rate, CBEC.qualifier.asNode(), APPROX)) {
            return false;
        }
        Iterator<Quad> bases = dataset.find(g, rate, CBEC.growthBase.asNode(), Node.ANY);
        if (!bases.hasNext()) {
            return true;
        }
        while (bases.hasNext()) {
            Node base = bases.next().getObject();
            if (base.isLiteral() && YEAR_ON_YEAR.equals(base.getLiteralLexicalForm())) {
                return true;
            }
        }
        return false;
    }

    /** 跨境电商进出口额 2022 中国：增长 15.4%；2400000000000 / 2100000000000 → 14.3% */
    private void write(StoreBatch batch, Node series, String cellLabel, GrowthComparison c) {
        StatedGrowth g = c.growth();
        Node node = iris.growthComparison(g.cell(), g.key() + "|" + c.earlier().value().toPlainString()).asNode();
        add(batch, node, RDF.type.asNode(), CBEC.GrowthComparison.asNode());
        String label = cellLabel + "：增长 " + g.rate().toPlainString() + "%；" + g.value().toPlainString() + " / "
                + c.earlier().value().toPlainString() + " → " + c.implied().stripTrailingZeros().toPlainString() + "%";
        add(batch, node, RDFS.label.asNode(), NodeFactory.createLiteralLang(label, "zh"));
        add(batch, node, CBEC.comparedSeries.asNode(), series);
        add(batch, node, CBEC.comparedCell.asNode(), NodeFactory.createURI(g.cell()));
        add(batch, node, CBEC.statedRate.asNode(), decimal(g.rate()));
        add(batch, node, CBEC.laterValue.asNode(), decimal(g.value()));
        add(batch, node, CBEC.earlierValue.asNode(), decimal(c.earlier().value()));
        add(batch, node, CBEC.impliedRate.asNode(), decimal(c.implied()));
        add(batch, node, CBEC.rateGap.asNode(),
                NodeFactory.createLiteralDT(Double.toString(c.gap()), XSDDatatype.XSDdouble));
        g.rateObservations().forEach(o -> add(batch, node, CBEC.rateObservation.asNode(), NodeFactory.createURI(o)));
        g.valueObservations().forEach(o -> add(batch, node, CBEC.valueObservation.asNode(),
                NodeFactory.createURI(o)));
        c.earlier().reportedValues().forEach(v -> add(batch, node, CBEC.earlierReportedValue.asNode(),
                NodeFactory.createURI(v)));
    }

    private void add(StoreBatch batch, Node s, Node p, Node o) {
        batch.add(Quad.create(name, s, p, o));
    }

    private static Node decimal(BigDecimal d) {
        return NodeFactory.createLiteralDT(StoredDecimal.lexical(d), XSDDatatype.XSDdecimal);
    }

    private static Node value(DatasetGraph dataset, Node g, Node s, Node p) {
        Iterator<Quad> it = dataset.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
