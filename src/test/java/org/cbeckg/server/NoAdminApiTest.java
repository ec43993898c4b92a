package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** There is no admin API: nothing under /$/ but the ping, and no dataset can be added, removed or backed up. */
class NoAdminApiTest extends SampleServerTest {

    @ParameterizedTest
    @ValueSource(strings = {"/$/datasets", "/$/datasets/kg", "/$/server", "/$/stats", "/$/stats/kg", "/$/metrics",
        "/$/tasks", "/$/backup/kg", "/$/backups/list", "/$/compact/kg", "/$/sleep", "/$/reload", "/$/logs"})
    void adminPathsDoNotExist(String path) {
        assertEquals(404, s.get(path, null).statusCode(), "GET " + path);
        assertEquals(404, s.postForm(path, "dbName=scratch&dbType=mem").statusCode(), "POST " + path);
        // Jetty's fallback answers DELETE on an unknown path with 405: refused all the same.
        int delete = s.send(HttpRequest.newBuilder(s.uri(path)).DELETE()).statusCode();
        assertTrue(delete == 404 || delete == 405, "DELETE " + path + " -> " + delete);
    }

    @Test
    void datasetSurvivesAttemptsToDeleteIt() {
        s.send(HttpRequest.newBuilder(s.uri("/$/datasets/kg")).DELETE());
        assertEquals(200, s.query("ASK { ?s ?p ?o }", "application/sparql-results+json").statusCode());
    }

    @Test
    void pingIsTheOnlyServerEndpoint() {
        assertEquals(200, s.get(ServerPaths.PING, null).statusCode());
    }
}
