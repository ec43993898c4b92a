package org.cbeckg.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.cbeckg.graph.Iris;
import org.cbeckg.vocab.CBEC;

/**
 * Takes the store's statistics from TDB2's indexes at the node-id level: distinct triples counted off the merged
 * default graph's primary index, instances per class off its {@code rdf:type} range (each instance once, since the
 * merged view holds each triple once), and only the few class and example nodes decoded.
 */
final class StatisticsCounter {

    private StatisticsCounter() {
    }

    static StoreStatistics count(DatasetGraph dataset, Iris iris) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
        NodeTupleTable triples = tdb.getTripleTable().getNodeTupleTable();
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = triples.getNodeTable();
        Map<NodeId, Long> perClass = new HashMap<>();
        Map<NodeId, NodeId> firstInstance = new HashMap<>();
        Iterator<Tuple<NodeId>> it = triples.findAsNodeIds(Node.ANY, RDF.type.asNode(), Node.ANY);
        while (it.hasNext()) {
            Tuple<NodeId> t = it.next();
            perClass.merge(t.get(2), 1L, Long::sum);
            firstInstance.putIfAbsent(t.get(2), t.get(0));
        }
        Map<String, Long> classes = new LinkedHashMap<>();
        perClass.entrySet().stream()
                .map(e -> Map.entry(nodes.getNodeForNodeId(e.getKey()), e.getValue()))
                .filter(e -> e.getKey().isURI())
                .sorted(Comparator.comparing((Map.Entry<Node, Long> e) -> -e.getValue())
                        .thenComparing(e -> e.getKey().getURI()))
                .forEach(e -> classes.put(e.getKey().getURI(), e.getValue()));
        List<String> examples = new ArrayList<>();
        for (String c : StoreStatistics.EXAMPLE_CLASSES) {
            NodeId example = firstInstance.get(nodes.getNodeIdForNode(NodeFactory.createURI(c)));
            if (example != null && nodes.getNodeForNodeId(example).isURI()) {
                examples.add(nodes.getNodeForNodeId(example).getURI());
            }
        }
        Map<String, Long> graphs = new LinkedHashMap<>();
        for (Node g : List.of(iris.ontologyGraph().asNode(), iris.referenceGraph().asNode(),
                iris.derivedGraph().asNode())) {
            long n = count(quads, g);
            if (n > 0) {
                graphs.put(g.getURI(), n);
            }
        }
        return new StoreStatistics(triples.getTupleTable().size(), classes.getOrDefault(CBEC.Article.getURI(), 0L),
                graphs, classes, examples, GenerationStamp.get(dataset));
    }

    private static long count(NodeTupleTable quads, Node graph) {
        long n = 0;
        Iterator<Tuple<NodeId>> it = quads.findAsNodeIds(graph, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }
}
