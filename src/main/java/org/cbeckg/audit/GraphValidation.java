package org.cbeckg.audit;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;

/**
 * The SHACL report of one named graph.
 *
 * @param graph  the graph's IRI
 * @param label  what the graph is, for people: the article's file name, or "derived graph"
 * @param data   a copy of what was validated, to describe the nodes the report names
 */
public record GraphValidation(String graph, String label, ValidationReport report, Graph data) {

    public boolean conforms() {
        return report.conforms();
    }
}
