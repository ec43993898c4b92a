package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

/** CORS is on for GET and POST from any origin, and never with credentials or for writing methods. */
class CorsTest extends SampleServerTest {

    static final String ORIGIN = "https://somewhere.example";
    @Test
    void getFromAnyOriginIsAllowedWithoutCredentials() {
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(s.uri(ServerPaths.SPARQL + "?query="
                + TestServer.enc("ASK {}"))).header("Origin", ORIGIN).GET());
        assertEquals(200, r.statusCode());
        assertEquals(List.of("*"), r.headers().allValues("Access-Control-Allow-Origin"));
        assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").isPresent());
    }

    @Test
    void postQueryFromAnyOriginIsAllowed() {
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(s.uri(ServerPaths.SPARQL)).header("Origin", ORIGIN)
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("ASK {}")));
        assertEquals(200, r.statusCode());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void preflightAllowsReadingMethodsOnly() {
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(s.uri(ServerPaths.SPARQL)).header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "PUT")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertTrue(r.statusCode() < 300, String.valueOf(r.statusCode()));
        String methods = r.headers().firstValue("Access-Control-Allow-Methods").orElse("");
        assertTrue(methods.contains("GET") && methods.contains("POST"), methods);
        for (String write : new String[] {"PUT", "DELETE", "PATCH"}) {
            assertFalse(methods.contains(write), methods);
        }
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").isPresent());
    }

    @Test
    void linkedDataIsCorsEnabledToo() {
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(s.uri("/id/zone/330700")).header("Origin", ORIGIN)
                .GET());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }
}
