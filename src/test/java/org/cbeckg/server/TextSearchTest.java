package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.cbeckg.graph.Iris;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.OntologyGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese full-text search through SPARQL ({@code text:query}) and the search page, on a store written to disk,
 * closed and opened again: the Lucene index is built at ingest and survives the restart.
 */
class TextSearchTest {

    static final String ARTICLE = "seed-like";

    @TempDir
    static Path dir;
    static TestServer s;

    @BeforeAll
    static void ingestCloseAndReopen() {
        try (KnowledgeStore store = KnowledgeStore.open(dir, Iris.DEFAULT_BASE)) {
            OntologyGraph.ensure(store);
            TestServer.add(store, TestServer.article(ARTICLE + ".txt", "商务部：海外仓数量已超2000个"));
        }
        s = TestServer.start(KnowledgeStore.open(dir, null), ServerConfig.builder());
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void exampleSearchQueryFindsLabelsInChinese() {
        String query = ExampleQueries.load().stream().filter(e -> e.name().equals("search.rq")).findFirst()
                .orElseThrow().query();
        HttpResponse<String> r = s.query(query, "text/tab-separated-values");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<" + Iris.DEFAULT_BASE + "id/zone/330700>"), r.body());
        assertTrue(r.body().contains("\"中国（金华）跨境电子商务综合试验区\"@zh"), "the label, with its language");
    }

    @Test
    void titlesAreSearchableAlsoByAFragmentOfAWord() {
        String article = "<" + Iris.DEFAULT_BASE + "id/article/" + ARTICLE + ">";
        assertTrue(search("dcterms:title", "海外仓").contains(article));
        assertTrue(search("dcterms:title", "外仓").contains(article), "CJK bigrams find a fragment inside a word");
        assertFalse(search("dcterms:title", "海关").contains(article));
    }

    @Test
    void quotesAreSearchable() {
        assertTrue(search("cbec:quote", "3302.9亿元").contains("/id/evidence/" + ARTICLE + "/"));
    }

    @Test
    void searchPageFindsTheArticle() {
        String html = s.get("/search?q=" + TestServer.enc("海外仓"), "text/html").body();
        assertTrue(html.contains("href=\"/id/article/" + ARTICLE + "\""), html);
        assertTrue(html.contains("<mark>海外仓</mark>"), html);
    }

    private static String search(String property, String phrase) {
        String q = "PREFIX text: <http://jena.apache.org/text#>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n"
                + "PREFIX cbec: <https://w3id.org/cbec-kg/ontology#>\n"
                + "SELECT ?s WHERE { ?s text:query (" + property + " '\"" + phrase + "\"' 20) }";
        HttpResponse<String> r = s.query(q, "text/tab-separated-values");
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }
}
