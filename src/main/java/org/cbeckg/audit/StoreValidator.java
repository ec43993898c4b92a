package org.cbeckg.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.cbeckg.graph.ArticleGraphValidator;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.vocab.CBEC;
import org.cbeckg.vocab.Vocabularies.FOAF;

/**
 * Runs the SHACL shapes over every named graph of the store (the ontology graph excepted: it is what the shapes lean
 * on), one graph at a time, as the ingest gate does: an article graph must stand on its own. Each graph is
 * validated in place, inside a read transaction of its own, and its result handed on there: nothing of one graph is
 * kept when the next is read, so a store of any size validates in the memory of its largest graph.
 *
 * <pre>{@code ValidationText text = new ValidationText(out); new StoreValidator(store).validate(text);}</pre>
 */
public final class StoreValidator {

    private final KnowledgeStore store;
    private final ArticleGraphValidator validator = new ArticleGraphValidator();

    public StoreValidator(KnowledgeStore store) {
        this.store = Objects.requireNonNull(store);
    }

    /** Hands each graph's result to {@code each}, inside that graph's read transaction (see GraphValidation). */
    public void validate(Consumer<GraphValidation> each) {
        for (Node name : graphNames()) {
            store.read(() -> {
                Graph data = store.dataset().getGraph(name);
                each.accept(new GraphValidation(name.getURI(), label(name, data), validator.validate(data), data));
                return null;
            });
        }
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

}
