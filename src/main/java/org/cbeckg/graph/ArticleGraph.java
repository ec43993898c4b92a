package org.cbeckg.graph;

import java.util.Objects;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

/**
 * Everything CBEC-KG knows from one article, ready to be stored as one named graph.
 *
 * @param graphName the named graph's IRI
 * @param model     the triples; not to be modified after mapping
 */
public record ArticleGraph(String fileName, String sha256, String pipelineVersion, Resource graphName, Model model) {
    public ArticleGraph {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(sha256);
        Objects.requireNonNull(graphName);
        Objects.requireNonNull(model);
    }
}
