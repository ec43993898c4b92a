package org.cbeckg.store;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.cbeckg.vocab.CBEC;
import org.cbeckg.vocab.OntologyFiles;

/**
 * Keeps the ontology (with its code lists) in its own named graph, so queries over the union default graph see the
 * labels and notations of the concepts that facts point to. Reloaded only when the shipped ontology changed.
 */
public final class OntologyGraph {

    private OntologyGraph() {
    }

    public static void ensure(KnowledgeStore store) {
        Node graph = store.iris().ontologyGraph().asNode();
        Model ontology = OntologyFiles.ontology();
        boolean same = store.read(() -> store.dataset().getGraph(graph).isIsomorphicWith(ontology.getGraph()));
        if (!same) {
            store.replaceGraph(graph, ontology.getGraph());
        }
    }

    /** The version stamp of the shipped ontology. */
    public static String version() {
        List<String> v = OntologyFiles.ontology().listObjectsOfProperty(
                OntologyFiles.ontology().createResource(CBEC.ONTOLOGY),
                org.apache.jena.vocabulary.OWL.versionInfo).mapWith(n -> n.asLiteral().getLexicalForm()).toList();
        return v.isEmpty() ? "unknown" : v.get(0);
    }
}
