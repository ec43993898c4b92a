package org.cbeckg.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.cbeckg.CbecKgException;
import org.cbeckg.vocab.OntologyFiles;

/**
 * The SHACL gate ({@code ontology/shapes.ttl}) every article graph passes before it is stored. The shapes are
 * structural (types, datatypes, cardinalities, provenance, a quote equal to its slice of the text); whether figures
 * agree with each other is for the consistency checks, which report and keep. The graph is checked together with the
 * ontology, because the shapes' {@code sh:class} constraints name the ontology's code-list classes.
 *
 * <pre>{@code
 * Validated v = new ArticleGraphValidator().validate(graph);   // throws when the article itself is broken
 * v.warnings().forEach(w -> System.err.println(graph.fileName() + ": " + w));
 * store(v.graph());
 * }</pre>
 *
 * Not thread-safe: give each thread its own.
 */
public final class ArticleGraphValidator {

    /** Rounds of dropping before giving up; each drops at least one fact, and a round seldom uncovers another. */
    private static final int MAX_ROUNDS = 20;

    private final Shapes shapes = Shapes.parse(OntologyFiles.shapes().getGraph());

    /** The SHACL report of a graph, as is. */
    public ValidationReport validate(Graph graph) {
        Model data = ModelFactory.createUnion(ModelFactory.createModelForGraph(graph), OntologyFiles.ontology());
        return ShaclValidator.get().validate(shapes, data.getGraph());
    }

    /**
     * The article graph ready to store. A violation in one fact (a quote that is not its slice of the text, a value
     * of the wrong type, a second value where one is allowed) drops that fact, with a warning naming it, and keeps the
     * rest of the article. A violation in the article's own description (no text, no checksum) throws, naming the
     * file and the violations, since there is then nothing sound to keep.
     */
    public Validated validate(ArticleGraph article) {
        ValidationReport report = validate(article.model().getGraph());
        if (report.conforms()) {
            return new Validated(article, List.of());
        }
        Model copy = ModelFactory.createDefaultModel().setNsPrefixes(article.model()).add(article.model());
        Graph g = copy.getGraph();
        Node graphName = article.graphName().asNode();
        List<String> warnings = new ArrayList<>();
        for (int round = 0; !report.conforms(); round++) {
            Map<Node, ReportEntry> drop = factsToDrop(new FactIndex(g, graphName), report);
            if (drop.isEmpty() || round == MAX_ROUNDS) {
                throw notConforming(article.fileName(), report, g);
            }
            drop.forEach((fact, e) -> warnings.add("dropped " + ShaclReportText.node(fact, g) + ": "
                    + ShaclReportText.oneLine(e, g)));
            FactRemoval.remove(g, graphName, drop.keySet());
            report = validate(g);
        }
        return new Validated(new ArticleGraph(article.fileName(), article.sha256(), article.pipelineVersion(),
                article.graphName(), copy), warnings);
    }

    /** Each fact to drop, with the first violation found in it; empty when a violation is the article's own. */
    private static Map<Node, ReportEntry> factsToDrop(FactIndex index, ValidationReport report) {
        Map<Node, ReportEntry> drop = new LinkedHashMap<>();
        for (ReportEntry e : report.getEntries()) {
            Set<Node> owners = index.owners(e.focusNode());
            if (owners.isEmpty()) {
                return Map.of();
            }
            owners.forEach(o -> drop.putIfAbsent(o, e));
        }
        return drop;
    }

    /**
     * Throws, naming the file and the first three violations in words (node, property, problem, value), when the
     * article graph does not conform at all: for tests and tools that want no fact dropped.
     */
    public void requireValid(ArticleGraph article) {
        ValidationReport report = validate(article.model().getGraph());
        if (!report.conforms()) {
            throw notConforming(article.fileName(), report, article.model().getGraph());
        }
    }

    private static CbecKgException notConforming(String fileName, ValidationReport report, Graph data) {
        List<ReportEntry> entries = report.getEntries().stream().toList();
        StringBuilder sb = new StringBuilder("graph does not conform to the SHACL shapes (")
                .append(entries.size()).append(" violation").append(entries.size() == 1 ? "" : "s").append(")");
        for (int i = 0; i < Math.min(3, entries.size()); i++) {
            sb.append(i == 0 ? ": " : "; ").append(i + 1).append(") ").append(ShaclReportText.oneLine(entries.get(i),
                    data));
        }
        if (entries.size() > 3) {
            sb.append("; … (run 'validate' for all)");
        }
        return new CbecKgException(fileName, sb.toString());
    }
}
