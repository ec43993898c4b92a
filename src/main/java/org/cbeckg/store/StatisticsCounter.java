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
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.cbeckg.graph.Iris;

/**
 * Takes the store's statistics from TDB2's indexes at the node-id level: all quads counted off the primary index,
 * instances per class off the {@code rdf:type} range of the POSG index (grouped by class, then by instance, so
 * duplicates across graphs are adjacent and memory stays constant), and only the few class and example nodes decoded.
 */
final class StatisticsCounter {

    private StatisticsCounter() {
    }

    static StoreStatistics count(DatasetGraph dataset, Iris iris) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        long triples = quads.getTupleTable().size();
        Map<NodeId, Long> perClass = new HashMap<>();
        Map<NodeId, NodeId> firstIri = new HashMap<>();
        Iterator<Tuple<NodeId>> it = quads.findAsNodeIds(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY);
        NodeId lastClass = null;
        NodeId lastSubject = null;
        while (it.hasNext()) {
            Tuple<NodeId> t = it.next();
            NodeId c = t.get(3);
            NodeId s = t.get(1);
            if (c.equals(lastClass) && s.equals(lastSubject)) {
                continue;
            }
            lastClass = c;
            lastSubject = s;
            perClass.merge(c, 1L, Long::sum);
            firstIri.putIfAbsent(c, s);
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
            NodeId classId = nodes.getNodeIdForNode(org.apache.jena.graph.NodeFactory.createURI(c));
            NodeId example = firstIri.get(classId);
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
        long articles = classes.getOrDefault(org.cbeckg.vocab.CBEC.Article.getURI(), 0L);
        return new StoreStatistics(triples, articles, graphs, classes, examples, GenerationStamp.get(dataset));
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
