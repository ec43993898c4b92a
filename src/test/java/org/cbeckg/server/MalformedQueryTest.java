package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/** A malformed query gets 400 with the parser's message (line and column), whatever the client accepts. */
class MalformedQueryTest extends SampleServerTest {

    @Test
    void lexicalErrorByGet() {
        HttpResponse<String> r = s.query("SELEC * { ?s ?p ?o }", "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Parse error") && r.body().contains("line 1, column"), r.body());
    }

    @Test
    void syntaxErrorByPost() {
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(s.uri(ServerPaths.SPARQL))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT * WHERE { ?s ?p ?o FILTER( }")));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Encountered") && r.body().contains("column"), r.body());
    }

    @Test
    void undefinedPrefixNamesThePrefix() {
        HttpResponse<String> r = s.query("SELECT * WHERE { ?s foo:bar ?o }", "text/csv");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("foo:bar"), r.body());
    }
}
