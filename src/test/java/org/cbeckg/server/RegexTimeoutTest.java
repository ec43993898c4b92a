package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.cbeckg.article.Article;
import org.cbeckg.article.ArticleText;
import org.cbeckg.graph.Facts;
import org.cbeckg.store.KnowledgeStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every query ends by its timeout, whatever pattern it matches: over real HTTP, a backtracking regular expression over
 * a long article gets 503 within the timeout and a margin, the request thread stops computing, and the server answers
 * the next query. Unguarded, {@code java.util.regex} would run on for hours, deaf to ARQ's cancel flag.
 */
class RegexTimeoutTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final String PREFIXES = "PREFIX cbec: <https://w3id.org/cbec-kg/ontology#> "
            + "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> ";

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT ?a WHERE { ?a cbec:text ?t FILTER(regex(?t, \"^(.+)+X$\")) }",
        "SELECT ?a WHERE { ?a cbec:text ?t FILTER(replace(?t, \"^(.+)+X$\", \"\") = \"X\") }",
        "SELECT ?a WHERE { ?a cbec:text ?t FILTER(fn:matches(?t, \"^(.+)+X$\")) }"
    })
    void aBacktrackingPatternIsStoppedByTheTimeout(String query) throws Exception {
        try (TestServer s = TestServer.start(storeWithALongArticle(), ServerConfig.builder().queryTimeout(TIMEOUT))) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = s.query(PREFIXES + query, "application/sparql-results+json");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(ms < TIMEOUT.toMillis() + 5_000, "answered after " + ms + " ms");
            assertTrue(ServerThreads.cpuMillisOver(Duration.ofMillis(1500)) < 500, "a request thread still matches");
            HttpResponse<String> next = s.query(PREFIXES + "ASK { ?a cbec:text ?t }", "text/csv");
            assertEquals(200, next.statusCode(), next.body());
        }
    }

    /** The sample store plus an article that opens with a 50,000-character paragraph ({@code ^(.+)} spans it). */
    private static KnowledgeStore storeWithALongArticle() {
        KnowledgeStore store = TestServer.sampleStore(TestServer.BASE);
        List<String> paragraphs = new ArrayList<>(List.of("跨境电商综试区".repeat(50_000 / 7)));
        paragraphs.addAll(List.of(Facts.PARAGRAPHS));
        TestServer.add(store, new Article("long.txt", "0".repeat(64), "长文", List.of(), "test", null, List.of(),
                ArticleText.ofParagraphs(paragraphs), List.of()));
        return store;
    }
}
