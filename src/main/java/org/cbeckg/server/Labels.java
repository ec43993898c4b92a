package org.cbeckg.server;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Display names of the IRIs on a page, Chinese first, then English, then any: read from rdfs:label, skos:prefLabel
 * and dcterms:title (articles have only a title). Filled inside a read transaction, read after it.
 */
final class Labels {

    /** The best labels of one IRI; any of them may be null. */
    record Label(String zh, String en, String other) {

        Optional<String> best() {
            return Optional.ofNullable(zh != null ? zh : en != null ? en : other);
        }
    }

    private static final Node[] LABEL_PROPERTIES = {RDFS.label.asNode(), SKOS.prefLabel.asNode(),
        DCTerms.title.asNode()};

    private final Map<String, Label> byIri = new HashMap<>();

    /** Looks up the labels of {@code node} in {@code source} unless known already. */
    void collect(Graph source, Node node) {
        if (!node.isURI() || byIri.containsKey(node.getURI())) {
            return;
        }
        String zh = null;
        String en = null;
        String other = null;
        for (Node p : LABEL_PROPERTIES) {
            for (Triple t : source.find(node, p, Node.ANY).toList()) {
                if (!t.getObject().isLiteral()) {
                    continue;
                }
                String lang = t.getObject().getLiteralLanguage();
                String text = t.getObject().getLiteralLexicalForm();
                if (lang.startsWith("zh")) {
                    zh = zh == null ? text : zh;
                } else if (lang.startsWith("en")) {
                    en = en == null ? text : en;
                } else {
                    other = other == null ? text : other;
                }
            }
        }
        byIri.put(node.getURI(), new Label(zh, en, other));
    }

    Label of(String iri) {
        return byIri.getOrDefault(iri, new Label(null, null, null));
    }

    Optional<String> best(String iri) {
        return of(iri).best();
    }
}
