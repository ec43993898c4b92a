package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.VOID;
import org.cbeckg.store.Dumps;
import org.cbeckg.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Service Description at the endpoint and the VoID description say what is served, where, and how much. */
class DatasetDescriptionsTest {

    @TempDir
    static Path dumps;
    static TestServer s;
    static String sha;

    @BeforeAll
    static void start() {
        KnowledgeStore store = TestServer.sampleStore(TestServer.BASE);
        sha = Dumps.writeFile(store, Dumps.Format.trig, dumps.resolve("cbec-kg.trig"));
        s = TestServer.start(store, ServerConfig.builder().dumpDir(dumps));
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void endpointWithoutQueryAnswersServiceDescription() {
        HttpResponse<String> r = s.get(ServerPaths.SPARQL, "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = LinkedDataTest.parse(r.body(), Lang.TURTLE);
        Resource service = m.listSubjectsWithProperty(m.createProperty(DatasetDescriptions.SD, "endpoint")).next();
        assertEquals(TestServer.BASE + "kg/sparql", service.getPropertyResourceValue(
                m.createProperty(DatasetDescriptions.SD, "endpoint")).getURI());
        assertTrue(service.hasProperty(m.createProperty(DatasetDescriptions.SD, "supportedLanguage"),
                m.createResource(DatasetDescriptions.SD + "SPARQL11Query")));
        assertTrue(service.hasProperty(m.createProperty(DatasetDescriptions.SD, "feature"),
                m.createResource(DatasetDescriptions.SD + "UnionDefaultGraph")));
        // The fixed graphs are listed by name; the article graphs (thousands in a real store) are counted in VoID.
        assertTrue(m.contains(null, m.createProperty(DatasetDescriptions.SD, "name"),
                m.createResource(s.store.iris().ontologyGraph().getURI())));
    }

    @Test
    void serviceDescriptionByContentNegotiation() {
        assertEquals("application/ld+json", LinkedDataTest.mediaType(s.get(ServerPaths.SPARQL, "application/ld+json")));
        assertEquals("text/html", LinkedDataTest.mediaType(s.get(ServerPaths.SPARQL, "text/html")));
    }

    @Test
    void voidHasCountsExamplesEndpointAndDump() {
        HttpResponse<String> r = s.get(ServerPaths.VOID, "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = LinkedDataTest.parse(r.body(), Lang.TURTLE);
        Resource ds = m.createResource(TestServer.BASE + ".well-known/void#cbec-kg");
        assertTrue(ds.getProperty(VOID.triples).getLong() > 100);
        assertEquals(TestServer.BASE + "kg/sparql", ds.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());
        assertTrue(ds.hasProperty(VOID.exampleResource, m.createResource(TestServer.BASE + "id/zone/330700")));
        Resource dump = ds.getPropertyResourceValue(VOID.dataDump);
        assertEquals(TestServer.BASE + "dumps/cbec-kg.trig", dump.getURI());
        assertTrue(r.body().contains(sha), "the dump's SHA-256 is given");
        assertTrue(ds.hasProperty(VOID.classPartition));
    }

    @Test
    void dumpIsServedWithItsChecksum() throws Exception {
        HttpResponse<String> latest = s.get("/dumps/latest", null);
        assertEquals(302, latest.statusCode());
        assertTrue(latest.headers().firstValue("Location").orElse("").endsWith("/dumps/cbec-kg.trig"));
        HttpResponse<String> file = s.get("/dumps/cbec-kg.trig", null);
        assertEquals(200, file.statusCode());
        assertEquals("application/trig", LinkedDataTest.mediaType(file));
        assertEquals(Files.readString(dumps.resolve("cbec-kg.trig")), file.body());
        String digest = java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(sha));
        assertEquals("sha-256=:" + digest + ":", file.headers().firstValue("Repr-Digest").orElse(null));
        assertTrue(s.get("/dumps/cbec-kg.trig.sha256", null).body().startsWith(sha + "  cbec-kg.trig"));
        assertTrue(s.get("/dumps/", "text/html").body().contains(sha));
        int traversal = s.get("/dumps/..%2F..%2Fetc%2Fpasswd", null).statusCode();
        assertTrue(traversal >= 400 && traversal < 500, String.valueOf(traversal));
        assertEquals(404, s.get("/dumps/other.trig", null).statusCode());
    }
}
