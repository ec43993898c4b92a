package org.cbeckg.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OA;
import org.cbeckg.vocab.Vocabularies.SCHEMA;

/**
 * Takes facts out of one article graph, whole: every triple about the fact, every link to it, its evidence and
 * mention annotations, and then whatever only it described (its period, a place no other fact or mention names).
 * An entity no mention names any more leaves the article's {@code schema:mentions} too. Mutates the graph.
 */
final class FactRemoval {

    private FactRemoval() {
    }

    static void remove(Graph graph, Node graphName, Set<Node> facts) {
        Set<Node> gone = new HashSet<>(facts);
        for (Node fact : facts) {
            graph.find(Node.ANY, OA.hasBody.asNode(), fact).forEachRemaining(t -> gone.add(t.getSubject()));
        }
        Set<Node> mentioned = new HashSet<>();
        for (Node n : gone) {
            graph.find(n, OA.hasBody.asNode(), Node.ANY).forEachRemaining(t -> mentioned.add(t.getObject()));
            deleteAll(graph, graph.find(n, Node.ANY, Node.ANY).toList());
            deleteAll(graph, graph.find(Node.ANY, Node.ANY, n).toList());
        }
        FactIndex index = new FactIndex(graph, graphName);
        for (Node entity : mentioned) {
            if (!graph.contains(Node.ANY, OA.hasBody.asNode(), entity) && index.article() != null) {
                graph.delete(Triple.create(index.article(), SCHEMA.mentions.asNode(), entity));
            }
        }
        dropUnreachable(graph, index.roots());
    }

    /** Removes the triples of every subject that no root leads to any more. */
    private static void dropUnreachable(Graph graph, Set<Node> roots) {
        Set<Node> reached = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (reached.add(n)) {
                graph.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> todo.push(t.getObject()));
            }
        }
        deleteAll(graph, graph.find().filterDrop(t -> reached.contains(t.getSubject())).toList());
    }

    private static void deleteAll(Graph graph, List<Triple> triples) {
        triples.forEach(graph::delete);
    }
}
