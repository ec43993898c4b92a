package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/**
 * A query nested too deeply for the server gets 400 with a reason, fast: not 500 with an empty body (a request thread's
 * stack exhausted while ARQ compiles it) nor half a minute of planning that no timeout interrupts.
 */
class DeepQueryTest extends SampleServerTest {

    @Test
    void thousandNestedOptionalsWithPatterns() {
        StringBuilder q = new StringBuilder("SELECT * WHERE { ?s ?p ?o ");
        for (int i = 0; i < 1000; i++) {
            q.append("OPTIONAL { ?s ?p ?o").append(i).append(' ');
        }
        assertRefused(q.append("} ".repeat(1000)).append('}').toString());
    }

    @Test
    void thousandNestedOptionals() {
        assertRefused("SELECT * WHERE { " + "OPTIONAL { ".repeat(1000) + "?s ?p ?o " + "} ".repeat(1000) + "}");
    }

    @Test
    void thousandNestedGroups() {
        assertRefused("SELECT * WHERE { " + "{ ".repeat(1000) + "?s ?p ?o " + "} ".repeat(1000) + "}");
    }

    @Test
    void deeplyNestedExpression() {
        assertRefused("SELECT * WHERE { ?s ?p ?o FILTER(" + "(".repeat(20_000) + "1" + ")".repeat(20_000) + ") }");
    }

    @Test
    void ordinaryNestingPasses() {
        HttpResponse<String> r = s.query("SELECT * WHERE { " + "OPTIONAL { ".repeat(20) + "?s ?p ?o "
                + "} ".repeat(20) + "} LIMIT 1", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
    }

    private static void assertRefused(String query) {
        long t0 = System.nanoTime();
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(s.uri(ServerPaths.SPARQL))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(query)));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("nest"), r.body());
        assertTrue(ms < 5_000, "answered after " + ms + " ms");
    }
}
