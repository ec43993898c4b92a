package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** Every {@code queries/*.rq} shipped in the jar parses as offered by the UI and runs on the server. */
class ExampleQueriesTest extends SampleServerTest {

    @Test
    void everyExampleParsesAndRuns() {
        List<ExampleQueries.Example> examples = ExampleQueries.load();
        assertTrue(examples.stream().anyMatch(e -> e.name().equals("search.rq")), examples.toString());
        for (ExampleQueries.Example e : examples) {
            QueryFactory.create(e.query());
            HttpResponse<String> r = s.query(e.query(), "application/sparql-results+json");
            assertEquals(200, r.statusCode(), e.name() + ": " + r.body());
            assertFalse(e.title().isBlank());
        }
    }

    @Test
    void undeclaredPrefixesAreDeclaredInFront() {
        String q = ExampleQueries.withPrefixes("# Zones\nSELECT * WHERE { ?z a cbec:PilotZone ; rdfs:label ?l }");
        assertTrue(q.startsWith("PREFIX "), q);
        assertTrue(q.contains("PREFIX cbec: <https://w3id.org/cbec-kg/ontology#>"), q);
        assertTrue(q.contains("PREFIX rdfs: <"), q);
        assertFalse(q.contains("PREFIX oa:"), "only what is used");
        QueryFactory.create(q);
    }

    @Test
    void declaredPrefixesAreLeftAlone() {
        String q = "PREFIX cbec: <urn:mine#>\nSELECT * WHERE { ?z a cbec:X }";
        assertEquals(q, ExampleQueries.withPrefixes(q));
    }

    @Test
    void titleIsTheFirstComment() {
        ExampleQueries.Example search = ExampleQueries.load().stream().filter(e -> e.name().equals("search.rq"))
                .findFirst().orElseThrow();
        assertTrue(search.title().startsWith("Full-text search in Chinese"), search.title());
    }

    @Test
    void uiServesExamplesAndPrefixes() {
        String examples = s.get("/ui/examples.json", null).body();
        assertTrue(examples.contains("search.rq"), examples);
        String prefixes = s.get("/ui/prefixes.json", null).body();
        assertTrue(prefixes.contains("https://w3id.org/cbec-kg/ontology#"), prefixes);
        HttpResponse<String> page = s.get("/ui/", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("yasgui/yasgui.min.js"));
        assertEquals(200, s.get("/ui/yasgui/yasgui.min.js", null).statusCode());
        int traversal = s.get("/ui/..%2F..%2Fontology%2Fcbec.ttl", null).statusCode();
        assertTrue(traversal >= 400 && traversal < 500, String.valueOf(traversal));
    }
}
