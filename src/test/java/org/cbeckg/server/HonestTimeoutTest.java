package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A client can tell a whole answer from a cut one: a query that times out after its first rows were ready gets 503,
 * never 200 with a truncated body, in every result format.
 */
class HonestTimeoutTest {

    /** One row at once, then a four-way cross product of every triple that takes hours. */
    static final String FIRST_ROW_THEN_RUNAWAY = "SELECT ?n WHERE { { BIND(1 AS ?n) } UNION "
            + "{ SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } } }";

    static TestServer s;

    @BeforeAll
    static void start() {
        s = TestServer.start(ServerConfig.builder().queryTimeout(Duration.ofSeconds(1)));
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/csv", "text/tab-separated-values", "application/sparql-results+json",
        "application/sparql-results+xml"})
    void aTimeoutAfterTheFirstRowIsA503(String accept) {
        HttpResponse<String> r = s.query(FIRST_ROW_THEN_RUNAWAY, accept);
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("timed out"), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/csv", "application/sparql-results+json"})
    void aQueryThatFinishesIsWhole(String accept) {
        HttpResponse<String> r = s.query("SELECT ?n WHERE { VALUES ?n { 1 2 3 } }", accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("3") && !r.body().contains("Incomplete"), r.body());
    }
}
