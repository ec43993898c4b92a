package org.cbeckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.cbeckg.graph.Iris;
import org.cbeckg.vocab.OntologyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shipped graph is written once, and again only when its content changed: not on every run. */
class StampedGraphsTest {

    @TempDir
    Path dir;

    @Test
    void theOntologyIsWrittenOnceThoughItsBlankNodesGetNewLabelsOnEveryParse() {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT_BASE)) {
            OntologyGraph.ensure(store);
            ReferenceGraph.ensure(store);
            assertFalse(OntologyGraph.ensure(store), "an unchanged ontology was written again");
            assertFalse(ReferenceGraph.ensure(store), "unchanged reference data was written again");
        }
    }

    @Test
    void theDigestSeesThroughBlankNodeLabelsButNotThroughContent() {
        String ttl = "@prefix : <http://example.org/> . :s :p [ :q 1 ; :r [ :t \"a\" ] ] , [ :q 2 ] .";
        assertEquals(StampedGraphs.digest(parse(ttl)), StampedGraphs.digest(parse(ttl)));
        assertNotEquals(StampedGraphs.digest(parse(ttl)), StampedGraphs.digest(parse(ttl.replace("\"a\"", "\"b\""))));
        assertTrue(OntologyFiles.ontology().listStatements().toList().stream().anyMatch(s -> s.getSubject().isAnon()),
                "the ontology holds blank nodes, which this test is about");
    }

    private static Model parse(String ttl) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(m);
        return m;
    }
}
