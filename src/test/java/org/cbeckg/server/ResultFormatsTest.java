package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPARQL results by content negotiation, by GET and POST, over the union of the article graphs. */
class ResultFormatsTest extends SampleServerTest {

    static final String SELECT = "SELECT ?l WHERE { <http://localhost:3030/id/zone/330700> "
            + "<http://www.w3.org/2000/01/rdf-schema#label> ?l }";
    static final String CONSTRUCT = "CONSTRUCT { ?z a ?t } WHERE { ?z a ?t "
            + "FILTER(?z = <http://localhost:3030/id/zone/330700>) }";
    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv",
        "text/tab-separated-values"})
    void selectResults(String accept) {
        HttpResponse<String> r = s.query(SELECT, accept);
        assertEquals(200, r.statusCode());
        assertEquals(accept, LinkedDataTest.mediaType(r));
        assertTrue(r.body().contains("中国（金华）跨境电子商务综合试验区"), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"})
    void constructResults(String accept) {
        HttpResponse<String> r = s.query(CONSTRUCT, accept);
        assertEquals(200, r.statusCode());
        assertEquals(accept, LinkedDataTest.mediaType(r));
        assertTrue(r.body().contains("PilotZone"), r.body());
    }

    @Test
    void postedQueriesWork() {
        HttpResponse<String> form = s.postForm(ServerPaths.SPARQL, "query=" + TestServer.enc(SELECT));
        assertEquals(200, form.statusCode());
        HttpResponse<String> direct = s.send(HttpRequest.newBuilder(s.uri(ServerPaths.SPARQL))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(SELECT)));
        assertEquals(200, direct.statusCode());
        assertTrue(direct.body().contains("金华"));
    }

    @Test
    void defaultGraphIsTheUnionOfNamedGraphs() {
        HttpResponse<String> r = s.query("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a "
                + "<https://w3id.org/cbec-kg/ontology#Article> }", "text/csv");
        assertEquals("n\r\n1", r.body().strip());
    }
}
