package org.cbeckg.audit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cbeckg.graph.ArticleGraphValidator;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.vocab.CBEC;
import org.cbeckg.vocab.Vocabularies.FOAF;

/**
 * Runs the SHACL shapes over every named graph of the store (the ontology graph excepted: it is what the shapes lean
 * on), one graph at a time, as the ingest gate does: an article graph must stand on its own.
 *
 * <pre>{@code List<GraphValidation> results = new StoreValidator(store).validate();}</pre>
 */
public final class StoreValidator {

    private final KnowledgeStore store;
    private final ArticleGraphValidator validator = new ArticleGraphValidator();

    public StoreValidator(KnowledgeStore store) {
        this.store = Objects.requireNonNull(store);
    }

    public List<GraphValidation> validate() {
        List<GraphValidation> results = new ArrayList<>();
        for (Node name : graphNames()) {
            Graph copy = store.read(() -> copy(store.dataset().getGraph(name)));
            results.add(new GraphValidation(name.getURI(), label(name, copy), validator.validate(copy), copy));
        }
        return results;
    }

    private List<Node> graphNames() {
        Node ontology = store.iris().ontologyGraph().asNode();
        return store.read(() -> {
            List<Node> names = new ArrayList<>();
            store.dataset().listGraphNodes().forEachRemaining(n -> {
                if (!n.equals(ontology) && !KnowledgeStore.isBookkeeping(n)) {
                    names.add(n);
                }
            });
            names.sort((a, b) -> a.getURI().compareTo(b.getURI()));
            return names;
        });
    }

    /** The article's file name for an article graph; "derived graph" for the derived graph; else the IRI. */
    private String label(Node name, Graph data) {
        if (name.equals(store.iris().derivedGraph().asNode())) {
            return "derived graph";
        }
        Model m = ModelFactory.createModelForGraph(data);
        return m.listObjectsOfProperty(m.createResource(name.getURI()), FOAF.primaryTopic).toList().stream()
                .filter(n -> n.isResource() && n.asResource().hasProperty(CBEC.fileName))
                .map(n -> n.asResource().getProperty(CBEC.fileName).getString())
                .findFirst().orElse(name.getURI());
    }

    /** A copy outside the transaction: the report outlives it, and TDB nodes may not. */
    private static Graph copy(Graph g) {
        Graph copy = GraphFactory.createDefaultGraph();
        Iterator<Triple> it = g.find();
        it.forEachRemaining(copy::add);
        return copy;
    }
}
