package org.cbeckg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How answers are judged, against a stub endpoint on loopback that answers by the query it gets. */
class SparqlRequestTest {

    private static final String ROWS = "{ \"head\": { \"vars\": [ \"x\" ] }, \"results\": { \"bindings\": [ "
            + "{ \"x\": { \"type\": \"literal\", \"value\": \"1\" } }, "
            + "{ \"x\": { \"type\": \"literal\", \"value\": \"2\" } } ] } }";
    private static final String CUT = "{ \"head\": { \"vars\": [ \"x\" ] }, \"results\": { \"bindings\": [\n"
            + "## Query cancelled due to timeout during execution ##\n## ****  Incomplete results  **** ##\n";

    private HttpServer server;
    private SparqlRequest request;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/kg/sparql", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = form.contains("slow") ? 503 : 200;
            byte[] body = (form.contains("slow") ? "Query timed out" : form.contains("cut") ? CUT : ROWS)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/kg/sparql");
        request = new SparqlRequest(HttpClient.newHttpClient(), endpoint, Duration.ofSeconds(10), false);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aCompleteAnswerIsOkAndItsRowsAreCounted() {
        assertTrue(request.send("SELECT * { ?x ?y ?z }").ok());
        SparqlRequest.Counted counted = request.sendCounting("SELECT * { ?x ?y ?z }");
        assertTrue(counted.answer().ok());
        assertEquals(2, counted.rows().getAsLong());
    }

    @Test
    void a200CutOffByTheTimeoutTrailerIsAFailure() {
        Answer answer = request.send("SELECT * { ?cut ?y ?z }");
        assertEquals("cut off", answer.failure());
        assertTrue(answer.detail().contains("Query cancelled"), answer.detail());
    }

    @Test
    void anotherStatusIsAFailureNamedByItsCode() {
        Answer answer = request.send("SELECT * { ?slow ?y ?z }");
        assertEquals("HTTP 503", answer.failure());
        assertEquals("Query timed out", answer.detail());
    }

    @Test
    void aServerBeyondLoopbackIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new QueryLoad(URI.create("http://192.0.2.1/kg/sparql"),
                List.of(new QueryLoad.Query("q", "ASK {}")), 1, Duration.ofSeconds(1), Duration.ofSeconds(1), false));
    }
}
