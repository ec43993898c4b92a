package org.cbeckg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFWriter;
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

    /** SHA-256 over the sorted N-Triples lines: independent of the order Jena happens to list triples in. */
    static String digest(Model model) {
        String nt = RDFWriter.source(model).lang(Lang.NTRIPLES).asString();
        List<String> lines = nt.lines().sorted().toList();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            lines.forEach(l -> sha.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
