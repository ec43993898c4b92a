package org.cbeckg.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.vocab.CBEC;

/**
 * What the store holds of each article, read in one pass over two predicates' index entries (not a query per file),
 * so that a run over thousands of unchanged files costs a hash of each file and a map lookup.
 */
final class StoredArticles {

    /** One stored article: its graph, and what it was made from. */
    record Stored(Node graph, String sha256, String pipelineVersion) {
    }

    private final Map<Node, Stored> byGraph;

    private StoredArticles(Map<Node, Stored> byGraph) {
        this.byGraph = byGraph;
    }

    static StoredArticles read(KnowledgeStore store) {
        String prefix = store.iris().articleGraph("").getURI();
        return store.read(() -> {
            DatasetGraph ds = store.dataset();
            Map<Node, String> versions = new HashMap<>();
            ds.findNG(Node.ANY, Node.ANY, CBEC.pipelineVersion.asNode(), Node.ANY)
                    .forEachRemaining(q -> versions.put(q.getGraph(), q.getObject().getLiteralLexicalForm()));
            Map<Node, Stored> byGraph = new HashMap<>();
            ds.findNG(Node.ANY, Node.ANY, CBEC.sha256.asNode(), Node.ANY).forEachRemaining(q -> {
                if (q.getGraph().getURI().startsWith(prefix)) {
                    byGraph.put(q.getGraph(), new Stored(q.getGraph(), q.getObject().getLiteralLexicalForm(),
                            versions.getOrDefault(q.getGraph(), "")));
                }
            });
            return new StoredArticles(byGraph);
        });
    }

    Optional<Stored> get(Node graph) {
        return Optional.ofNullable(byGraph.get(graph));
    }

    /** The graphs of the stored articles. */
    Set<Node> graphs() {
        return byGraph.keySet();
    }

    int size() {
        return byGraph.size();
    }
}
