package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

/**
 * SERVICE (federated query) is off: a query naming another endpoint, here a SPARQL-looking server on loopback that
 * counts its visitors, is refused and that server is never called. ARQ allows SERVICE by default (an SSRF hole).
 */
class ServiceOffTest {

    @Test
    void serviceClauseMakesNoOutboundCall() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer remote = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        remote.createContext("/", exchange -> {
            calls.incrementAndGet();
            byte[] body = ("{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":"
                    + "[{\"x\":{\"type\":\"literal\",\"value\":\"leak\"}}]}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        remote.start();
        try (TestServer s = TestServer.start()) {
            String endpoint = "http://127.0.0.1:" + remote.getAddress().getPort() + "/sparql";
            HttpResponse<String> r = s.query("SELECT ?x WHERE { SERVICE <" + endpoint + "> { ?x ?p ?o } }",
                    "application/sparql-results+json");
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
            HttpResponse<String> silent = s.query("SELECT ?x WHERE { SERVICE SILENT <" + endpoint + "> { ?x ?p ?o } }",
                    "application/sparql-results+json");
            assertTrue(!silent.body().contains("leak"), silent.body());
            assertEquals(0, calls.get(), "the server called the SERVICE endpoint");
        } finally {
            remote.stop(0);
        }
    }
}
