package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/** A client that accepts gzip gets scripts, pages and query results gzipped; one that does not, gets them plain. */
class CompressionTest extends SampleServerTest {

    @Test
    void theChartingLibraryComesGzippedToAClientThatAcceptsIt() throws Exception {
        HttpResponse<byte[]> zipped = fetch("/ui/vendor/echarts/echarts.min.js", "gzip");
        assertEquals(200, zipped.statusCode());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        byte[] plain = unzip(zipped.body());
        assertTrue(zipped.body().length * 2 < plain.length, zipped.body().length + " of " + plain.length);
        HttpResponse<byte[]> identity = fetch("/ui/vendor/echarts/echarts.min.js", "identity");
        assertTrue(identity.headers().firstValue("Content-Encoding").isEmpty());
        assertEquals(plain.length, identity.body().length);
    }

    @Test
    void queryResultsAreGzippedToo() throws Exception {
        HttpResponse<byte[]> r = fetch(ServerPaths.SPARQL + "?query=" + TestServer.enc(
                "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 500"), "gzip");
        assertEquals(200, r.statusCode());
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""));
        // No Accept header: Fuseki answers SPARQL results XML.
        String body = new String(unzip(r.body()), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(body.contains("<results>"), body.substring(0, Math.min(200, body.length())));
    }

    private HttpResponse<byte[]> fetch(String path, String encoding) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(s.uri(path)).header("Accept-Encoding", encoding)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] unzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
