package org.cbeckg.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.cbeckg.vocab.CBEC;
import org.cbeckg.vocab.Vocabularies.FOAF;
import org.cbeckg.vocab.Vocabularies.SCHEMA;

/**
 * The anatomy of one article graph, for pinning a SHACL violation on a fact. The graph has three kinds of node:
 * <ul>
 * <li>the article's own: the graph node, the article node and what they describe (checksum, ingest activity,
 * extractors): a violation there leaves nothing to keep;</li>
 * <li>facts (a zone, a batch, an event, a post holding, an observation: each names its source article) and mentions
 * (an annotation saying where the article names a place, body or person);</li>
 * <li>everything else: evidence annotations, their selectors, and the entities, periods and labels the facts point
 * to. A violation there belongs to the facts and mentions that lead to it.</li>
 * </ul>
 */
final class FactIndex {

    private final Graph graph;
    private final Node graphName;
    private final Node article;
    private final Set<Node> articleLevel;

    FactIndex(Graph graph, Node graphName) {
        this.graph = graph;
        this.graphName = graphName;
        this.article = graph.find(graphName, FOAF.primaryTopic.asNode(), Node.ANY).nextOptional()
                .map(Triple::getObject).orElse(null);
        this.articleLevel = articleLevel();
    }

    /** A fact: names the article as its source and is not an annotation. */
    boolean isFact(Node n) {
        return article != null && graph.contains(n, CBEC.sourceArticle.asNode(), article)
                && !graph.contains(n, OA.hasBody.asNode(), Node.ANY);
    }

    boolean isMention(Node n) {
        return graph.contains(n, RDF.type.asNode(), CBEC.Mention.asNode());
    }

    /**
     * The facts and mentions to drop for a violation at {@code focus}: the focus itself when it is one, the fact an
     * evidence annotation is for, or else every fact and mention from which the focus is reached (the focus alone
     * when none is). Empty when the violation is the article's own, which no dropping can mend.
     */
    Set<Node> owners(Node focus) {
        if (articleLevel.contains(focus)) {
            return Set.of();
        }
        Set<Node> owners = new LinkedHashSet<>();
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(Set.of(focus));
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            if (isFact(n) || isMention(n)) {
                owners.add(n);
            } else if (graph.contains(n, RDF.type.asNode(), CBEC.Evidence.asNode())) {
                graph.find(n, OA.hasBody.asNode(), Node.ANY).forEachRemaining(t -> todo.push(t.getObject()));
            } else {
                // Up the links that lead here, but not from the article: its schema:mentions name entities, whose
                // mentions are found through their annotations' oa:hasBody.
                graph.find(Node.ANY, Node.ANY, n).forEachRemaining(t -> {
                    if (!articleLevel.contains(t.getSubject())) {
                        todo.push(t.getSubject());
                    }
                });
            }
        }
        // A node that no fact or mention leads to is dropped alone.
        return owners.isEmpty() ? Set.of(focus) : owners;
    }

    /** What stays when facts go: the article's own nodes, the facts and every annotation. */
    Set<Node> roots() {
        Set<Node> roots = new HashSet<>(articleLevel);
        graph.find(Node.ANY, CBEC.sourceArticle.asNode(), Node.ANY).forEachRemaining(t -> roots.add(t.getSubject()));
        return roots;
    }

    Node article() {
        return article;
    }

    /** The graph and article nodes and what they describe, leaving out the entities the article mentions. */
    private Set<Node> articleLevel() {
        Set<Node> level = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(graphName);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!level.add(n)) {
                continue;
            }
            graph.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (!t.getPredicate().equals(SCHEMA.mentions.asNode()) && !t.getObject().isLiteral()
                        && !t.getPredicate().equals(RDF.type.asNode())) {
                    todo.push(t.getObject());
                }
            });
        }
        return level;
    }
}
