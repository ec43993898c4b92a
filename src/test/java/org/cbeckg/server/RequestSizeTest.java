package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * A request body over the limit (1 MiB) gets 413, whether its length is declared or it comes in chunks; a query of
 * ordinary size passes.
 */
class RequestSizeTest extends SampleServerTest {

    /** A valid query padded with a 20 MB comment: only its size is wrong. */
    private static final byte[] HUGE = ("SELECT * WHERE { ?s ?p ?o } LIMIT 1\n#" + "x".repeat(20_000_000))
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void aDeclaredLargeBodyIsRefused() {
        HttpResponse<String> r = post(HttpRequest.BodyPublishers.ofByteArray(HUGE));
        assertEquals(413, r.statusCode(), r.body());
    }

    @Test
    void aChunkedLargeBodyIsRefused() {
        HttpResponse<String> r = post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(HUGE)));
        assertEquals(413, r.statusCode(), r.body());
    }

    @Test
    void anOrdinaryQueryPasses() {
        HttpResponse<String> r = post(HttpRequest.BodyPublishers.ofString("SELECT * WHERE { ?s ?p ?o } LIMIT 1"));
        assertEquals(200, r.statusCode(), r.body());
    }

    private static HttpResponse<String> post(HttpRequest.BodyPublisher body) {
        return s.send(HttpRequest.newBuilder(s.uri(ServerPaths.SPARQL)).version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv").POST(body));
    }
}
