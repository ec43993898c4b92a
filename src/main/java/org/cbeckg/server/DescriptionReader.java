package org.cbeckg.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.cbeckg.vocab.CBEC;

/**
 * Reads the description of one IRI from the merged default graph (every graph, each triple once), inside one read transaction: its concise bounded
 * description (outgoing triples, following blank nodes), the same for each {@code cbec:evidence} annotation of a
 * fact, and incoming links. A named graph with no triples about itself is still described by its size.
 *
 * <pre>{@code
 * Optional<ResourceView> v = new DescriptionReader(store.dataset()).read("http://localhost:3030/id/zone/330700");
 * }</pre>
 */
final class DescriptionReader {

    /** Incoming links listed per resource: enough to browse, bounded for hubs such as a unit or a year. */
    static final int MAX_INCOMING = 500;

    private final DatasetGraph dataset;

    DescriptionReader(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The view of {@code iri}, or empty when the store says nothing about it. */
    Optional<ResourceView> read(String iri) {
        return Txn.calculateRead(dataset, () -> readInTxn(NodeFactory.createURI(iri)));
    }

    private Optional<ResourceView> readInTxn(Node node) {
        Graph union = dataset.getDefaultGraph();
        Graph description = GraphFactory.createDefaultGraph();
        copyBounded(union, node, description, new HashSet<>());
        List<Node> annotations = evidenceOf(union, node);
        annotations.forEach(a -> copyBounded(union, a, description, new HashSet<>()));
        List<Triple> incoming = firstIncoming(union, node);
        incoming.forEach(description::add);
        if (dataset.containsGraph(node)) {
            description.add(Triple.create(node, VOID.triples.asNode(),
                    NodeFactory.createLiteralDT(String.valueOf(dataset.getGraph(node).size()),
                            org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
        }
        if (description.isEmpty()) {
            return Optional.empty();
        }
        Labels labels = new Labels();
        description.find().forEach(t -> {
            labels.collect(union, t.getSubject());
            labels.collect(union, t.getPredicate());
            labels.collect(union, t.getObject());
        });
        List<EvidenceView> evidence = annotations.stream().map(a -> EvidenceReader.read(union, a, labels)).toList();
        return Optional.of(new ResourceView(node.getURI(), description, incoming, labels, evidence));
    }

    /** At most {@link #MAX_INCOMING} links to {@code node}, without reading the rest (a unit has thousands). */
    private static List<Triple> firstIncoming(Graph union, Node node) {
        List<Triple> found = new ArrayList<>();
        ExtendedIterator<Triple> it = union.find(Node.ANY, Node.ANY, node);
        try {
            while (it.hasNext() && found.size() < MAX_INCOMING) {
                found.add(it.next());
            }
        } finally {
            it.close();
        }
        return found;
    }

    /** The annotations anchoring a fact; an annotation is its own evidence. */
    private static List<Node> evidenceOf(Graph union, Node node) {
        List<Node> found = new ArrayList<>();
        if (union.contains(node, CBEC.quote.asNode(), Node.ANY)) {
            found.add(node);
        }
        union.find(node, CBEC.evidence.asNode(), Node.ANY).forEach(t -> found.add(t.getObject()));
        return found;
    }

    /** Copies the triples of {@code subject}, and recursively of the blank nodes it points to. */
    static void copyBounded(Graph source, Node subject, Graph target, Set<Node> seen) {
        if (!seen.add(subject)) {
            return;
        }
        for (Triple t : source.find(subject, Node.ANY, Node.ANY).toList()) {
            target.add(t);
            if (t.getObject().isBlank()) {
                copyBounded(source, t.getObject(), target, seen);
            }
        }
    }

    /** Whether {@code node} has an rdf:type of {@code type} in the union graph. */
    static boolean hasType(Graph union, Node node, Node type) {
        return union.contains(node, RDF.type.asNode(), type);
    }

    static Node selectorOf(Graph union, Node target, Node type) {
        return union.find(target, OA.hasSelector.asNode(), Node.ANY).toList().stream().map(Triple::getObject)
                .filter(s -> hasType(union, s, type)).findFirst().orElse(null);
    }
}
