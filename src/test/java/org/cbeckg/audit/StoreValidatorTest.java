package org.cbeckg.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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
        List<String> labels = new ArrayList<>();
        StringWriter out = new StringWriter();
        ValidationText text = new ValidationText(new PrintWriter(out));
        new StoreValidator(AuditFixtures.corpus(dir)).validate(text.andThen(r -> labels.add(r.label())));
        assertTrue(text.allConform(), out.toString());
        assertTrue(labels.contains("derived graph"), labels.toString());
        assertEquals(4, labels.size());
    }

    @Test
    void aBrokenGraphIsReportedInWords() {
        KnowledgeStore store = AuditFixtures.corpus(dir);
        String obs = Sparql.select(store.dataset(), "SELECT ?o WHERE { GRAPH ?g { ?o <" + CBEC.surfaceForm.getURI()
                + "> \"2.31万亿元\" } }").get(0).getResource("o").getURI();
        Node graph = NodeFactory.createURI(store.iris().articleGraph("c_2022-06-10").getURI());
        store.write(batch -> batch.dataset().add(graph, NodeFactory.createURI(obs), SDMX.obsValue.asNode(),
                NodeFactory.createLiteralDT("2320000000000", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal)));
        String text = report(store);
        assertTrue(text.endsWith("SHACL validation of 4 graph(s): 3 conform, 1 do not (1 result)\n"), text);
        assertTrue(text.contains("✗ c_2022-06-10.txt"), text);
        assertTrue(text.contains("cbec:IndicatorObservation <" + obs + "> \"2.31万亿元\""), text);
        assertTrue(text.contains("property   sdmx-measure:obsValue"), text);
        assertTrue(text.contains("rule       cbecsh:ObservationShape, MaxCount"), text);
    }

    @Test
    void theTurtleReportNamesEachGraph() {
        ValidationReports reports = new ValidationReports();
        new StoreValidator(AuditFixtures.corpus(dir)).validate(reports);
        Model m = reports.model();
        assertEquals(4, m.listSubjectsWithProperty(RDF.type, m.createResource("http://www.w3.org/ns/shacl#"
                + "ValidationReport")).toList().size());
    }

    static String report(KnowledgeStore store) {
        StringWriter out = new StringWriter();
        ValidationText text = new ValidationText(new PrintWriter(out));
        new StoreValidator(store).validate(text);
        text.finish();
        return out.toString();
    }
}
