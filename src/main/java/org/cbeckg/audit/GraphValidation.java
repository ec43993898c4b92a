package org.cbeckg.audit;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;

/**
 * The SHACL report of one named graph.
 *
 * @param graph  the graph's IRI
 * @param label  what the graph is, for people: the article's file name, or "derived graph"
 * @param data   what was validated, to describe the nodes the report names: the stored graph itself, readable only
 *               while the validator's read transaction is open, i.e. inside the consumer it is handed to
 */
public record GraphValidation(String graph, String label, ValidationReport report, Graph data) {

    public boolean conforms() {
        return report.conforms();
    }
}
