package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A query asked again while the store is unchanged is answered from memory, byte for byte the same; any commit, a
 * different format or {@code Cache-Control: no-cache} means a fresh evaluation; errors and timeouts are never kept.
 */
class ResultCacheFilterTest {

    private static final String TITLES = "PREFIX dct: <http://purl.org/dc/terms/> "
            + "SELECT ?t WHERE { ?a dct:title ?t } ORDER BY ?t";

    private TestServer s;

    @AfterEach
    void stop() {
        if (s != null) {
            s.close();
        }
    }

    private static Optional<String> cache(HttpResponse<String> r) {
        return r.headers().firstValue(ResultCacheFilter.CACHE_HEADER);
    }

    @Test
    void theSameQueryAgainIsAHitWithTheSameAnswer() {
        s = TestServer.start(ServerConfig.builder());
        HttpResponse<String> first = s.query(TITLES, "text/csv");
        HttpResponse<String> second = s.query(TITLES, "text/csv");
        assertEquals(200, second.statusCode(), second.body());
        assertEquals(Optional.of("miss"), cache(first));
        assertEquals(Optional.of("hit"), cache(second));
        assertEquals(first.body(), second.body());
        assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
        assertTrue(second.body().lines().count() > 1, second.body());
        // the headers every response gets come with a kept answer too
        assertEquals(Optional.of("nosniff"), second.headers().firstValue("X-Content-Type-Options"));
        HttpResponse<String> third = s.send(HttpRequest.newBuilder(s.uri(ServerPaths.SPARQL + "?query="
                + TestServer.enc(TITLES))).header("Accept", "text/csv").header("Origin", "https://example.org").GET());
        assertEquals(Optional.of("hit"), cache(third));
        assertTrue(third.headers().firstValue("Access-Control-Expose-Headers").orElse("")
                .contains(ResultCacheFilter.CACHE_HEADER), third.headers().toString());
    }

    @Test
    void anUnchangedAnswerAskedWithItsTagIsNotModified() {
        s = TestServer.start(ServerConfig.builder());
        HttpResponse<String> first = s.query(TITLES, "text/csv");
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(tag.startsWith("W/\""), tag);
        HttpResponse<String> again = conditional(tag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(Optional.of(tag), again.headers().firstValue("ETag"));
        assertEquals(Optional.of(tag), s.query(TITLES, "text/csv").headers().firstValue("ETag"), "a hit, same tag");
        assertFalse(s.query(TITLES, "application/sparql-results+json").headers().firstValue("ETag")
                .orElseThrow().equals(tag), "another format, another tag");

        TestServer.add(s.store, TestServer.article("second.txt", "又一篇新闻标题"));
        HttpResponse<String> after = conditional(tag);
        assertEquals(200, after.statusCode(), "a commit makes the old tag stale");
        assertTrue(after.body().contains("又一篇新闻标题"), after.body());
        assertFalse(after.headers().firstValue("ETag").orElseThrow().equals(tag));
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        String tag = ResultCacheFilter.entityTag("g1#5/5", "/kg/sparql\nquery=ASK {}\nAccept: text/csv");
        assertTrue(ResultCacheFilter.matches(tag, tag));
        assertTrue(ResultCacheFilter.matches("\"x\", " + tag.substring(2), tag), "listed, strong form");
        assertTrue(ResultCacheFilter.matches("*", tag));
        assertFalse(ResultCacheFilter.matches("W/\"x\"", tag));
        assertFalse(ResultCacheFilter.matches(null, tag));
    }

    private HttpResponse<String> conditional(String tag) {
        return s.send(HttpRequest.newBuilder(s.uri(ServerPaths.SPARQL + "?query=" + TestServer.enc(TITLES)))
                .header("Accept", "text/csv").header("If-None-Match", tag).GET());
    }

    @Test
    void anotherFormatIsAnotherAnswer() {
        s = TestServer.start(ServerConfig.builder());
        s.query(TITLES, "text/csv");
        HttpResponse<String> json = s.query(TITLES, "application/sparql-results+json");
        assertEquals(Optional.of("miss"), cache(json));
        assertTrue(json.body().contains("\"bindings\""), json.body());
    }

    @Test
    void aFormPostIsCachedLikeAGet() {
        s = TestServer.start(ServerConfig.builder());
        String form = "query=" + TestServer.enc(TITLES);
        s.postForm(ServerPaths.SPARQL, form);
        assertEquals(Optional.of("hit"), cache(s.postForm(ServerPaths.SPARQL, form)));
    }

    @Test
    void aCommitMakesTheNextAnswerFresh() {
        s = TestServer.start(ServerConfig.builder());
        String before = s.query(TITLES, "text/csv").body();
        TestServer.add(s.store, TestServer.article("second.txt", "又一篇新闻标题"));
        HttpResponse<String> after = s.query(TITLES, "text/csv");
        assertEquals(Optional.of("miss"), cache(after));
        assertFalse(before.contains("又一篇新闻标题"), before);
        assertTrue(after.body().contains("又一篇新闻标题"), after.body());
    }

    @Test
    void noCacheAsksForAFreshEvaluation() {
        s = TestServer.start(ServerConfig.builder());
        s.query(TITLES, "text/csv");
        HttpResponse<String> fresh = s.send(HttpRequest.newBuilder(s.uri(ServerPaths.SPARQL + "?query="
                + TestServer.enc(TITLES))).header("Accept", "text/csv").header("Cache-Control", "no-cache").GET());
        assertEquals(Optional.of("miss"), cache(fresh));
    }

    @Test
    void errorsAndTimeoutsAreNotKept() {
        s = TestServer.start(ServerConfig.builder().queryTimeout(Duration.ofSeconds(1)));
        s.query("SELECT * WHERE { ?s ?p }", "text/csv");
        HttpResponse<String> bad = s.query("SELECT * WHERE { ?s ?p }", "text/csv");
        assertEquals(400, bad.statusCode());
        assertEquals(Optional.of("miss"), cache(bad));
        assertEquals(Optional.empty(), bad.headers().firstValue("ETag"), "an error has no validator");
        s.query(HonestTimeoutTest.FIRST_ROW_THEN_RUNAWAY, "text/csv");
        HttpResponse<String> slow = s.query(HonestTimeoutTest.FIRST_ROW_THEN_RUNAWAY, "text/csv");
        assertEquals(503, slow.statusCode());
        assertEquals(Optional.of("miss"), cache(slow));
        assertEquals(Optional.empty(), slow.headers().firstValue("ETag"));
    }

    @Test
    void aCutAnswerStillSaysItWasCut() {
        s = TestServer.start(ServerConfig.builder().resultLimit(2));
        String all = "SELECT ?s WHERE { ?s ?p ?o }";
        s.query(all, "text/csv");
        HttpResponse<String> again = s.query(all, "text/csv");
        assertEquals(Optional.of("hit"), cache(again));
        assertEquals(Optional.of("2"), again.headers().firstValue(ServerPaths.RESULT_LIMIT_HEADER));
    }

    @Test
    void theSameQueryAskedAtOnceIsEvaluatedOnce() throws Exception {
        s = TestServer.start(ServerConfig.builder().queryTimeout(Duration.ofSeconds(30)));
        // Long enough (about a second here) for every client to ask while the first asking is evaluated.
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f FILTER(STRLEN(STR(?c)) < STRLEN(STR(?f))) }";
        int clients = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        try {
            java.util.List<java.util.concurrent.Future<HttpResponse<String>>> asked = new java.util.ArrayList<>();
            for (int i = 0; i < clients; i++) {
                asked.add(pool.submit(() -> s.query(slow, "text/csv")));
            }
            java.util.List<String> seen = new java.util.ArrayList<>();
            java.util.Set<String> bodies = new java.util.HashSet<>();
            for (var f : asked) {
                HttpResponse<String> r = f.get();
                assertEquals(200, r.statusCode(), r.body());
                seen.add(cache(r).orElse("none"));
                bodies.add(r.body());
            }
            assertEquals(1, seen.stream().filter("miss"::equals).count(), seen.toString());
            assertEquals(1, bodies.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void noCacheAtAllWhenTurnedOff() {
        s = TestServer.start(ServerConfig.builder().resultCacheBytes(0));
        s.query(TITLES, "text/csv");
        assertEquals(Optional.empty(), cache(s.query(TITLES, "text/csv")));
    }
}
