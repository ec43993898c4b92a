package org.cbeckg.graph;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cbeckg.vocab.CBEC;
import org.cbeckg.vocab.OntologyFiles;
import org.cbeckg.vocab.Vocabularies;

/**
 * SHACL results in words a person can act on: what the offending node is (its class and what it says: a surface form,
 * a quote, a label), which property, what is wrong, and the offending value, all with the project's prefixes.
 *
 * <pre>{@code ShaclReportText.lines(report, graph).forEach(System.out::println);}</pre>
 */
public final class ShaclReportText {

    private static final PrefixMapping PREFIXES = new PrefixMappingImpl().setNsPrefixes(Vocabularies.prefixes())
            .setNsPrefix("sh", "http://www.w3.org/ns/shacl#")
            .setNsPrefix("cbecsh", "https://w3id.org/cbec-kg/shapes#")
            .lock();

    /** Properties whose value says best what a node is, in order of preference. */
    private static final List<Node> HINTS = List.of(CBEC.surfaceForm.asNode(), CBEC.quote.asNode(),
            CBEC.fileName.asNode(), SKOS.prefLabel.asNode(), RDFS.label.asNode());

    private ShaclReportText() {
    }

    /** One block of lines per result, numbered, for a terminal. */
    public static List<String> lines(ValidationReport report, Graph data) {
        List<String> lines = new ArrayList<>();
        int i = 0;
        for (ReportEntry e : report.getEntries()) {
            lines.add(String.format("%d. %s on %s", ++i, severity(e), node(e.focusNode(), data)));
            if (e.resultPath() != null) {
                lines.add("   property   " + PathWriter.asString(e.resultPath(), new Prologue(PREFIXES)));
            }
            lines.add("   problem    " + e.message());
            if (e.value() != null) {
                lines.add("   value      " + shortForm(e.value()));
            }
            lines.add("   rule       " + shortForm(owningShape(e.source())) + ", " + component(e));
        }
        return lines;
    }

    /** One result on one line, for an exception message. */
    public static String oneLine(ReportEntry e, Graph data) {
        String path = e.resultPath() == null ? "" : PathWriter.asString(e.resultPath(), new Prologue(PREFIXES))
                + ": ";
        return node(e.focusNode(), data) + ": " + path + e.message()
                + (e.value() == null ? "" : " (value " + shortForm(e.value()) + ")");
    }

    /** {@code cbec:IndicatorObservation <…/observation/x> "3302.9亿元"} */
    static String node(Node n, Graph data) {
        StringBuilder sb = new StringBuilder();
        data.find(n, RDF.type.asNode(), Node.ANY).toList().stream().map(Triple::getObject)
                .filter(t -> t.isURI() && t.getURI().startsWith(CBEC.NS)).findFirst()
                .ifPresent(t -> sb.append(shortForm(t)).append(' '));
        sb.append(n.isURI() ? "<" + n.getURI() + ">" : shortForm(n));
        for (Node p : HINTS) {
            List<Triple> found = data.find(n, p, Node.ANY).toList();
            if (!found.isEmpty()) {
                return sb.append(" \"").append(found.get(0).getObject().getLiteralLexicalForm()).append('"').toString();
            }
        }
        return sb.toString();
    }

    /** A property shape is a blank node: name the node shape it belongs to instead. */
    private static Node owningShape(Node shape) {
        if (shape == null || !shape.isBlank()) {
            return shape;
        }
        Node property = NodeFactory.createURI("http://www.w3.org/ns/shacl#property");
        List<Triple> owners = OntologyFiles.shapes().getGraph().find(Node.ANY, property, shape).toList();
        return owners.isEmpty() ? shape : owners.get(0).getSubject();
    }

    private static String severity(ReportEntry e) {
        String level = e.severity().level().getLocalName();
        return level.equals("Violation") ? "Violation" : level;
    }

    private static String component(ReportEntry e) {
        Node c = e.sourceConstraintComponent();
        return c == null ? "" : shortForm(c).replace("sh:", "").replace("ConstraintComponent", "");
    }

    static String shortForm(Node n) {
        return n == null ? "" : FmtUtils.stringForNode(n, PREFIXES);
    }
}
