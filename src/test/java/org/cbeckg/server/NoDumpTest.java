package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dataset URLs never hand out the whole dataset: only one named graph, or a (capped) query. */
class NoDumpTest extends SampleServerTest {

    @ParameterizedTest
    @ValueSource(strings = {"/kg", "/kg/", "/kg/get", "/kg/data"})
    void datasetWithoutGraphIsRefused(String path) {
        for (String accept : new String[] {null, "application/trig", "application/n-quads"}) {
            HttpResponse<String> r = s.get(path, accept);
            assertEquals(403, r.statusCode(), path + " " + accept + ": " + r.body());
            assertTrue(r.body().contains("/dumps/"), r.body());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"urn:x-arq:UnionGraph", "urn:x-arq:DefaultGraph"})
    void specialGraphNamesAreRefused(String graph) {
        assertEquals(403, s.get("/kg/get?graph=" + TestServer.enc(graph), "text/turtle").statusCode());
        assertEquals(403, s.get("/kg?graph=" + TestServer.enc(graph), "text/turtle").statusCode());
    }

    @Test
    void oneNamedGraphIsServed() {
        String graph = s.store.iris().articleGraph("test_2023-03-02").getURI();
        HttpResponse<String> r = s.get("/kg/get?graph=" + TestServer.enc(graph), "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("跨境电商进出口额"), r.body());
    }
}
