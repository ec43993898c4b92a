package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No request of any kind changes the data: SPARQL Update, GSP PUT/POST/DELETE and uploads are all refused (4xx). */
class ReadOnlyTest extends SampleServerTest {

    static final String INSERT = "INSERT DATA { GRAPH <http://localhost:3030/graph/evil> { <urn:x:s> <urn:x:p> 1 } }";
    static final String TURTLE = "<urn:x:s> <urn:x:p> 1 .";
    static final String GRAPH = "?graph=" + TestServer.enc("http://localhost:3030/graph/evil");

    static long before;

    @BeforeAll
    static void countTriples() {
        before = s.tripleCount();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/kg/update", "/kg/sparql", "/kg/query", "/kg", "/kg/"})
    void sparqlUpdateIsRefused(String path) {
        assertRefused(s.send(HttpRequest.newBuilder(s.uri(path)).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(INSERT))));
        assertRefused(s.postForm(path, "update=" + TestServer.enc(INSERT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "POST", "DELETE", "PATCH"})
    void graphStoreWritesAreRefused(String method) {
        for (String path : new String[] {"/kg/get", "/kg/data", "/kg"}) {
            assertRefused(s.send(HttpRequest.newBuilder(s.uri(path + GRAPH)).header("Content-Type", "text/turtle")
                    .method(method, HttpRequest.BodyPublishers.ofString(TURTLE))));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/kg/upload", "/kg/patch", "/kg/data", "/kg/get"})
    void uploadsAreRefused(String path) {
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.ttl\"\r\n"
                + "Content-Type: text/turtle\r\n\r\n" + TURTLE + "\r\n--" + boundary + "--\r\n";
        assertRefused(s.send(HttpRequest.newBuilder(s.uri(path + GRAPH))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    private static void assertRefused(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.request().method() + " " + r.uri() + " -> "
                + r.statusCode() + " " + r.body());
        assertEquals(before, s.tripleCount(), "data changed after " + r.request().method() + " " + r.uri());
    }
}
