package org.cbeckg.server.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.cbeckg.audit.ArticleLocator;
import org.cbeckg.audit.AuditFixtures;
import org.cbeckg.audit.DerivedGraphReader;
import org.cbeckg.derive.FigureParser;
import org.cbeckg.audit.FigureTracer;
import org.cbeckg.audit.SourceRechecker;
import org.cbeckg.audit.TraceAudit;
import org.cbeckg.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two audit servlets on a bare embedded Fuseki, called over loopback HTTP. */
class AuditServletsTest {

    @TempDir
    static Path dir;

    static FusekiServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    /** IRIs under the default base link by path, as the server's own links do. */
    static final java.util.function.UnaryOperator<String> PATHS = iri -> iri.replace("http://localhost:3030/", "/");

    @BeforeAll
    static void start() {
        KnowledgeStore store = AuditFixtures.corpus(dir);
        AuditFixtures.withMarkupInAQuote(store, dir);
        TraceAudit audit = new TraceAudit(new FigureTracer(store), new SourceRechecker(ArticleLocator.in(
                List.of(dir))));
        server = FusekiServer.create().port(0).loopback(true)
                .add("/kg", store.dataset(), false)
                .addServlet("/trace", new TraceServlet(audit, FigureParser.simple(), PATHS))
                .addServlet("/conflicts", new ConflictsServlet(new DerivedGraphReader(store), PATHS))
                .build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static HttpResponse<String> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getHttpPort()
                + pathAndQuery)).header("Accept", accept).GET().build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void traceAsJsonListsBothSourcesVerified() throws Exception {
        HttpResponse<String> r = get("/trace?value=" + q("2.35万亿") + "&format=json", "*/*");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject json = JSON.parse(r.body());
        assertEquals(2, json.get("observations").getAsArray().size());
        assertTrue(json.get("verified").getAsBoolean().value());
    }

    @Test
    void traceNegotiatesJsonByAccept() throws Exception {
        HttpResponse<String> r = get("/trace?value=2350000000000", "application/json");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void traceAsHtmlShowsTheQuotes() throws Exception {
        HttpResponse<String> r = get("/trace?value=" + q("2.35万亿"), "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("2021年全国跨境电商进出口2.35万亿元"), r.body());
        assertTrue(r.body().contains("every source still matches its file"), r.body());
    }

    @Test
    void articleTextIsEscaped() throws Exception {
        String body = get("/trace?value=" + q("5亿"), "text/html").body();
        assertTrue(body.contains("&lt;b&gt;统计&lt;/b&gt;"), body);
        assertFalse(body.contains("<b>统计</b>"), body);
    }

    @Test
    void aValueThatIsNotAFigureIsABadRequest() throws Exception {
        assertEquals(400, get("/trace?value=" + q("<script>"), "text/html").statusCode());
        assertFalse(get("/trace?value=" + q("<script>"), "text/html").body().contains("<script>"));
    }

    @Test
    void conflictsAsJsonHaveBothSides() throws Exception {
        JsonObject json = JSON.parse(get("/conflicts?format=json", "*/*").body());
        assertEquals(2, json.get("conflicts").getAsArray().size());
        assertEquals(2, json.get("corroborated").getAsArray().size());
    }

    @Test
    void conflictsAsHtmlNameTheFiles() throws Exception {
        String body = get("/conflicts", "text/html").body();
        assertTrue(body.contains("c_2022-06-10.txt") && body.contains("a_2022-03-01.txt"), body);
        assertTrue(body.contains("most_sources"), body);
    }
}
