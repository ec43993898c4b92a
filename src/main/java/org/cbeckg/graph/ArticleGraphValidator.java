package org.cbeckg.graph;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.cbeckg.CbecKgException;
import org.cbeckg.vocab.OntologyFiles;

/**
 * The SHACL gate ({@code ontology/shapes.ttl}) every article graph passes before it is stored. The graph is checked
 * together with the ontology, because the shapes' {@code sh:class} constraints name the ontology's code-list classes.
 */
public final class ArticleGraphValidator {

    private final Shapes shapes = Shapes.parse(OntologyFiles.shapes().getGraph());

    public ValidationReport validate(Graph graph) {
        Model data = ModelFactory.createUnion(ModelFactory.createModelForGraph(graph), OntologyFiles.ontology());
        return ShaclValidator.get().validate(shapes, data.getGraph());
    }

    /**
     * Throws, naming the file and the first three violations in words (node, property, problem, value), when the
     * article graph does not conform, so the ingest report says what to fix.
     */
    public void requireValid(ArticleGraph article) {
        ValidationReport report = validate(article.model().getGraph());
        if (report.conforms()) {
            return;
        }
        List<ReportEntry> entries = report.getEntries().stream().toList();
        StringBuilder sb = new StringBuilder("graph does not conform to the SHACL shapes (")
                .append(entries.size()).append(" violation").append(entries.size() == 1 ? "" : "s").append(")");
        for (int i = 0; i < Math.min(3, entries.size()); i++) {
            sb.append(i == 0 ? ": " : "; ").append(i + 1).append(") ")
                    .append(ShaclReportText.oneLine(entries.get(i), article.model().getGraph()));
        }
        if (entries.size() > 3) {
            sb.append("; … (run 'validate' for all)");
        }
        throw new CbecKgException(article.fileName(), sb.toString());
    }
}
