package org.cbeckg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.OWL;

/**
 * Graphs the store holds a copy of (the ontology, the reference data): each stored with a digest of its content on
 * the graph's own node, so it is rewritten only when the shipped content changed, not on every run.
 */
final class StampedGraphs {

    private StampedGraphs() {
    }

    /** Stores {@code content} as graph {@code name} unless the stored copy has the same digest; true if written. */
    static boolean ensure(KnowledgeStore store, Node name, Model content) {
        String digest = digest(content);
        List<QuerySolution> rows = Sparql.select(store.dataset(), "SELECT ?v WHERE { GRAPH <" + name.getURI()
                + "> { <" + name.getURI() + "> <" + OWL.versionInfo.getURI() + "> ?v } }");
        if (!rows.isEmpty() && rows.get(0).getLiteral("v").getString().equals(digest)) {
            return false;
        }
        Model stamped = ModelFactory.createDefaultModel().add(content);
        stamped.createResource(name.getURI()).addProperty(OWL.versionInfo, digest);
        store.write(batch -> batch.putGraph(name, stamped.getGraph()));
        return true;
    }

    /**
     * SHA-256 over the sorted N-Triples lines, independent of the order Jena lists triples in and of blank-node
     * labels: a parser gives the ontology's blank nodes (its Data Cube components) new labels on every run, so each
     * blank node is written as the digest of what it says (its properties and values, nested blank nodes alike).
     */
    static String digest(Model model) {
        Graph g = model.getGraph();
        Map<Node, String> names = new HashMap<>();
        List<String> lines = g.find().toList().stream()
                .map(t -> term(g, t.getSubject(), names, new HashSet<>()) + " " + NodeFmtLib.strNT(t.getPredicate())
                        + " " + term(g, t.getObject(), names, new HashSet<>()))
                .sorted().toList();
        return sha256(lines);
    }

    private static String term(Graph g, Node n, Map<Node, String> names, Set<Node> path) {
        if (!n.isBlank()) {
            return NodeFmtLib.strNT(n);
        }
        String known = names.get(n);
        if (known != null) {
            return known;
        }
        if (!path.add(n)) {
            return "_:cycle";
        }
        List<String> said = g.find(n, Node.ANY, Node.ANY).toList().stream()
                .map(t -> NodeFmtLib.strNT(t.getPredicate()) + " " + term(g, t.getObject(), names, path))
                .sorted().toList();
        path.remove(n);
        String name = "_:" + sha256(said);
        names.put(n, name);
        return name;
    }

    private static String sha256(List<String> lines) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            lines.forEach(l -> sha.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
