package org.cbeckg.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.Sparql;
import org.cbeckg.vocab.CBEC;
import org.cbeckg.vocab.Vocabularies.SDMX;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreValidatorTest {

    @TempDir
    Path dir;

    @Test
    void theCorpusAndItsDerivedGraphConform() {
        List<GraphValidation> results = new StoreValidator(AuditFixtures.corpus(dir)).validate();
        assertTrue(results.stream().allMatch(GraphValidation::conforms), report(results));
        assertTrue(results.stream().anyMatch(r -> r.label().equals("derived graph")));
        assertEquals(4, results.size());
    }

    @Test
    void aBrokenGraphIsReportedInWords() {
        KnowledgeStore store = AuditFixtures.corpus(dir);
        String obs = Sparql.select(store.dataset(), "SELECT ?o WHERE { GRAPH ?g { ?o <" + CBEC.surfaceForm.getURI()
                + "> \"2.31万亿元\" } }").get(0).getResource("o").getURI();
        Node graph = NodeFactory.createURI(store.iris().articleGraph("c_2022-06-10").getURI());
        store.write(batch -> batch.dataset().add(graph, NodeFactory.createURI(obs), SDMX.obsValue.asNode(),
                NodeFactory.createLiteralDT("2320000000000", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal)));
        List<GraphValidation> results = new StoreValidator(store).validate();
        String text = report(results);
        assertFalse(results.stream().allMatch(GraphValidation::conforms));
        assertTrue(text.contains("✗ c_2022-06-10.txt"), text);
        assertTrue(text.contains("cbec:IndicatorObservation <" + obs + "> \"2.31万亿元\""), text);
        assertTrue(text.contains("property   sdmx-measure:obsValue"), text);
        assertTrue(text.contains("rule       cbecsh:ObservationShape, MaxCount"), text);
    }

    @Test
    void theTurtleReportNamesEachGraph() {
        Model m = ValidationText.model(new StoreValidator(AuditFixtures.corpus(dir)).validate());
        assertEquals(4, m.listSubjectsWithProperty(RDF.type, m.createResource("http://www.w3.org/ns/shacl#"
                + "ValidationReport")).toList().size());
    }

    static String report(List<GraphValidation> results) {
        StringWriter out = new StringWriter();
        ValidationText.print(results, new PrintWriter(out));
        return out.toString();
    }
}
