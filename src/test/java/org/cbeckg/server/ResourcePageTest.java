package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.Sparql;
import org.cbeckg.vocab.CBEC;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML pages: labels, properties as links, incoming links, and for a figure its article text with the quote
 * highlighted, offsets, hash and extractor. An article with markup in its title and text shows it as text.
 */
class ResourcePageTest {

    static final String SCRIPT = "<script>alert('xss')</script>";
    static final String EVIL_KEY = "evil";
    static TestServer s;

    @BeforeAll
    static void start() {
        KnowledgeStore store = TestServer.sampleStore(TestServer.BASE);
        TestServer.add(store, TestServer.article(EVIL_KEY + ".txt", "标题" + SCRIPT + "<b>粗</b>",
                "正文" + SCRIPT + "<img src=x onerror=alert(1)>结束。"));
        s = TestServer.start(store, ServerConfig.builder());
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void zonePageShowsLabelsInBothLanguagesAndLinks() {
        String html = page("/id/zone/330700");
        assertTrue(html.contains("<h1>中国（金华）跨境电子商务综合试验区</h1>"), html);
        assertTrue(html.contains("href=\"/id/place/330700\""), "the city is a link on this server");
        assertTrue(html.contains("href=\"/id/batch/7\""), "the batch is a link");
        assertTrue(html.contains("cbec:inBatch"), "properties are shown by prefixed name");
    }

    @Test
    void placePageListsIncomingLinks() {
        String html = page("/id/place/330700");
        assertTrue(html.contains("Incoming links"), html);
        assertTrue(html.contains("href=\"/id/zone/330700\""), "the zone points at the city");
    }

    @Test
    void figurePageShowsTheQuoteInTheArticleText() {
        String html = page(s.pathOf(observation("test_2023-03-02")));
        assertTrue(html.contains("<h1>跨境电商进出口额 3302.9亿元</h1>"), "named by measure and value");
        assertTrue(html.contains("<h2>Evidence</h2>"), html);
        assertTrue(html.contains("<mark>进出口3302.9亿元</mark>"), "quote highlighted in the text");
        assertTrue(html.contains("浙江2022年跨境电商<mark>"), "with the text before it");
        String sha = Sparql.select(s.store.dataset(), "SELECT ?h WHERE { <" + TestServer.BASE
                + "id/article/test_2023-03-02> <" + CBEC.sha256.getURI() + "> ?h }").get(0).getLiteral("h").getString();
        assertTrue(html.contains(sha), "article hash shown");
        assertTrue(html.contains("indicators 1.0"), "extractor shown");
        assertTrue(html.matches("(?s).*\\[\\d+, \\d+\\)</span> code points.*"), "offsets shown");
        assertTrue(html.contains("cut out exactly the quote"), "offsets checked against the quote");
    }

    @Test
    void articleMarkupIsShownAsText() {
        String article = page("/id/article/" + EVIL_KEY);
        assertFalse(article.contains(SCRIPT), "raw <script> in the article page");
        assertFalse(article.contains("<img src=x"), "raw <img> in the article page");
        assertFalse(article.contains("<b>粗</b>"));
        // In text, < and > are what must be escaped; jte leaves quotes as they are outside attributes.
        assertTrue(article.contains("&lt;script&gt;alert('xss')&lt;/script&gt;"), article);
        String figure = page(s.pathOf(observation(EVIL_KEY)));
        assertFalse(figure.contains(SCRIPT), "raw <script> in the evidence text");
        assertTrue(figure.contains("正文&lt;script&gt;"), figure);
        assertTrue(figure.contains("标题&lt;script&gt;"), "the title is escaped too");
    }

    @Test
    void searchPageEscapesTheQueryAndTheHits() {
        HttpResponse<String> r = s.get("/search?q=" + TestServer.enc(SCRIPT), "text/html");
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains(SCRIPT), r.body());
        String hits = s.get("/search?q=" + TestServer.enc("标题"), "text/html").body();
        assertTrue(hits.contains("<mark>标题</mark>"), hits);
        assertFalse(hits.contains(SCRIPT), hits);
    }

    static String observation(String articleKey) {
        return Sparql.select(s.store.dataset(), "SELECT ?o WHERE { ?o a <" + CBEC.IndicatorObservation.getURI()
                + "> ; <" + CBEC.surfaceForm.getURI() + "> \"3302.9亿元\" ; <" + CBEC.sourceArticle.getURI() + "> <"
                + TestServer.BASE + "id/article/" + articleKey + "> }").get(0).getResource("o").getURI();
    }

    static String page(String path) {
        HttpResponse<String> r = s.get(path, "text/html");
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }
}
