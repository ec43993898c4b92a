package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OA;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.Sparql;
import org.cbeckg.vocab.CBEC;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every minted IRI dereferences here, by content negotiation, and a fact's description carries its evidence. */
class LinkedDataTest extends SampleServerTest {

    static final String ZONE = "/id/zone/330700";
    @ParameterizedTest
    @CsvSource({"text/turtle, text/turtle", "application/ld+json, application/ld+json",
        "application/n-triples, application/n-triples", "application/rdf+xml, application/rdf+xml",
        "text/html, text/html", "'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', text/html",
        "'*/*', text/turtle", "'text/html;q=0.5, application/ld+json;q=0.9', application/ld+json",
        "application/json, application/ld+json"})
    void acceptChoosesTheRepresentation(String accept, String expected) {
        HttpResponse<String> r = s.get(ZONE, accept);
        assertEquals(200, r.statusCode());
        assertEquals(expected, mediaType(r));
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(null));
    }

    @ParameterizedTest
    @CsvSource({"ttl, text/turtle", "jsonld, application/ld+json", "nt, application/n-triples",
        "rdf, application/rdf+xml", "html, text/html"})
    void formatParameterOverridesAccept(String format, String expected) {
        HttpResponse<String> r = s.get(ZONE + "?format=" + format, "text/html");
        assertEquals(200, r.statusCode());
        assertEquals(expected, mediaType(r));
    }

    @Test
    void everyRepresentationParsesToTheSameTriples() {
        Model turtle = parse(s.get(ZONE, "text/turtle").body(), Lang.TURTLE);
        assertTrue(turtle.isIsomorphicWith(parse(s.get(ZONE, "application/ld+json").body(), Lang.JSONLD)));
        assertTrue(turtle.isIsomorphicWith(parse(s.get(ZONE, "application/n-triples").body(), Lang.NTRIPLES)));
        assertTrue(turtle.isIsomorphicWith(parse(s.get(ZONE, "application/rdf+xml").body(), Lang.RDFXML)));
        assertTrue(turtle.contains(turtle.createResource(TestServer.BASE + "id/zone/330700"),
                org.apache.jena.vocabulary.RDF.type, CBEC.PilotZone));
    }

    @Test
    void unknownResourceIs404() {
        assertEquals(404, s.get("/id/zone/999999", "text/turtle").statusCode());
        assertEquals(404, s.get("/id/zone/999999", "text/html").statusCode());
        assertEquals(404, s.get("/resource?iri=" + TestServer.enc("urn:x:nothing"), null).statusCode());
    }

    @Test
    void unknownFormatIs400AndUnofferedAcceptIs406() {
        assertEquals(400, s.get(ZONE + "?format=pdf", null).statusCode());
        assertEquals(406, s.get(ZONE, "image/png").statusCode());
    }

    @Test
    void everyMintedIriInTheStoreDereferences() {
        List<String> iris = Sparql.select(s.store.dataset(), "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } "
                + "FILTER(isIRI(?s) && STRSTARTS(STR(?s), \"" + TestServer.BASE + "\")) }").stream()
                .map(r -> r.getResource("s").getURI()).toList();
        assertTrue(iris.size() > 10, iris.toString());
        for (String iri : iris) {
            HttpResponse<String> r = s.get(s.pathOf(iri), "text/turtle");
            assertEquals(200, r.statusCode(), iri);
            assertTrue(parse(r.body(), Lang.TURTLE).containsResource(ModelFactory.createDefaultModel()
                    .createResource(iri)), iri);
        }
    }

    @Test
    void factDescriptionIncludesItsEvidence() {
        String obs = Sparql.select(s.store.dataset(), "SELECT ?o WHERE { ?o a <" + CBEC.IndicatorObservation.getURI()
                + "> ; <" + CBEC.surfaceForm.getURI() + "> \"3302.9亿元\" }").get(0).getResource("o").getURI();
        Model m = parse(s.get(s.pathOf(obs), "text/turtle").body(), Lang.TURTLE);
        Resource fact = m.createResource(obs);
        Resource evidence = fact.getPropertyResourceValue(CBEC.evidence);
        assertEquals("进出口3302.9亿元", evidence.getProperty(CBEC.quote).getString());
        Resource target = evidence.getPropertyResourceValue(OA.hasTarget);
        assertEquals(TestServer.BASE + "id/article/test_2023-03-02",
                target.getPropertyResourceValue(OA.hasSource).getURI());
        boolean offsets = m.listSubjectsWithProperty(OA.start).toList().stream()
                .anyMatch(sel -> sel.hasProperty(OA.end));
        assertTrue(offsets, "no TextPositionSelector with start and end");
        assertTrue(fact.hasProperty(CBEC.sourceArticle));
    }

    @Test
    void namedGraphIrisDereferenceToo() {
        String graph = s.store.iris().articleGraph("test_2023-03-02").getURI();
        HttpResponse<String> r = s.get(s.pathOf(graph), "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("void:triples"), r.body());
        assertEquals(200, s.get(s.pathOf(s.store.iris().ontologyGraph().getURI()), "text/turtle").statusCode());
    }

    @Test
    void ontologyTermsHaveAPageByIri() {
        HttpResponse<String> r = s.get("/resource?iri=" + TestServer.enc(CBEC.PilotZone.getURI()), "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("跨境电子商务综合试验区"), r.body());
    }

    @Test
    void baseIriIsConfigurable() {
        String base = "https://kg.example.org/cbec/";
        KnowledgeStore store = TestServer.sampleStore(base);
        try (TestServer other = TestServer.start(store, ServerConfig.builder())) {
            HttpResponse<String> r = other.get(ZONE, "text/turtle");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("<" + base + "id/zone/330700>"), r.body());
            String html = other.get(ZONE, "text/html").body();
            assertTrue(html.contains("href=\"/id/place/330700\""), "local links are paths on this server");
        }
    }

    static String mediaType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    }

    static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).base(TestServer.BASE).parse(m);
        return m;
    }
}
