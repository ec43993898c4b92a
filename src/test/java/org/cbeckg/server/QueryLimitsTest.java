package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * A runaway query is stopped by the timeout (503, "Query timed out") and really stops: no server thread is left
 * computing it. A query without LIMIT returns at most the documented cap and says so in a header.
 */
class QueryLimitsTest {

    /** Four-way cross product of every triple: ~10^10 rows for the sample store, hours without a timeout. */
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @Test
    void runawayQueryIsStoppedWithServiceUnavailable() throws Exception {
        try (TestServer s = TestServer.start(ServerConfig.builder().queryTimeout(Duration.ofSeconds(1)))) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = s.query(RUNAWAY, "application/sparql-results+json");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("timed out"), r.body());
            assertTrue(ms < 15_000, "took " + ms + " ms");
            assertTrue(ServerThreads.cpuMillisOver(Duration.ofMillis(1500)) < 500,
                    "a server thread is still computing");
        }
    }

    @Test
    void defaultTimeoutIsAFewSeconds() {
        Duration d = ServerConfig.builder().build().queryTimeout();
        assertTrue(d.compareTo(Duration.ofSeconds(1)) >= 0 && d.compareTo(Duration.ofSeconds(30)) <= 0, d.toString());
    }

    @Test
    void resultsAreCappedAndTheCapIsAnnounced() {
        try (TestServer s = TestServer.start(ServerConfig.builder().resultLimit(5))) {
            HttpResponse<String> r = s.query("SELECT * WHERE { ?s ?p ?o }", "text/csv");
            assertEquals(200, r.statusCode());
            assertEquals(1 + 5, r.body().strip().lines().count(), r.body());
            assertEquals("5", r.headers().firstValue(ServerPaths.RESULT_LIMIT_HEADER).orElse(null));
            HttpResponse<String> small = s.query("SELECT * WHERE { ?s ?p ?o } LIMIT 3", "text/csv");
            assertEquals(1 + 3, small.body().strip().lines().count());
            assertFalse(small.headers().firstValue(ServerPaths.RESULT_LIMIT_HEADER).isPresent());
            HttpResponse<String> construct = s.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                    "application/n-triples");
            assertEquals(5, construct.body().strip().lines().count(), construct.body());
        }
    }

    @Test
    void defaultResultCapIsDocumented() {
        assertEquals(ServerConfig.DEFAULT_RESULT_LIMIT, ServerConfig.builder().build().resultLimit());
    }
}
