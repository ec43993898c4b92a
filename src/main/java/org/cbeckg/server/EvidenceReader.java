package org.cbeckg.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.cbeckg.vocab.CBEC;

/**
 * Turns one {@code oa:Annotation} as the mapper writes it (cbec:quote, cbec:extractedBy, oa:hasTarget with a
 * TextPositionSelector on the article) into an {@link EvidenceView}, fetching the article's text, hash and file name.
 */
final class EvidenceReader {

    private EvidenceReader() {
    }

    static EvidenceView read(Graph union, Node annotation, Labels labels) {
        Node target = object(union, annotation, OA.hasTarget.asNode());
        Node article = target == null ? object(union, annotation, CBEC.sourceArticle.asNode())
                : object(union, target, OA.hasSource.asNode());
        Node position = target == null ? null
                : DescriptionReader.selectorOf(union, target, OA.TextPositionSelector.asNode());
        Node extractor = object(union, annotation, CBEC.extractedBy.asNode());
        if (extractor != null) {
            labels.collect(union, extractor);
        }
        return new EvidenceView(annotation.getURI(), text(union, annotation, CBEC.quote.asNode()),
                integer(union, position, OA.start.asNode()), integer(union, position, OA.end.asNode()),
                article == null ? null : article.getURI(), text(union, article, DCTerms.title.asNode()),
                text(union, article, CBEC.fileName.asNode()), text(union, article, CBEC.sha256.asNode()),
                text(union, article, CBEC.text.asNode()), extractor == null ? null : extractor.getURI(),
                extractor == null ? null : labels.best(extractor.getURI()).orElse(null));
    }

    private static Node object(Graph g, Node s, Node p) {
        if (s == null) {
            return null;
        }
        ExtendedIterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static String text(Graph g, Node s, Node p) {
        Node o = object(g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }

    private static Integer integer(Graph g, Node s, Node p) {
        String lexical = text(g, s, p);
        try {
            return lexical == null ? null : Integer.valueOf(lexical);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
