package org.cbeckg.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.cbeckg.article.ArticleReader;
import org.cbeckg.article.ArticleText;
import org.cbeckg.graph.ArticleGraph;
import org.cbeckg.graph.ArticleGraphMapper;
import org.cbeckg.graph.Facts;
import org.cbeckg.graph.Iris;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.OntologyGraph;

/**
 * A server on a free loopback port over an in-memory store holding the ontology and one hand-made article with
 * {@link Facts#sample} (a zone, a batch, a press conference, a spokesperson, two figures), plus an HTTP client.
 *
 * <pre>{@code try (TestServer s = TestServer.start()) { s.get("/kg/sparql?query=...", "text/csv"); }}</pre>
 */
final class TestServer implements AutoCloseable {

    static final String BASE = Iris.DEFAULT_BASE;
    static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    final KnowledgeStore store;
    final KgServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private TestServer(KnowledgeStore store, KgServer server) {
        this.store = store;
        this.server = server;
    }

    static TestServer start() {
        return start(ServerConfig.builder());
    }

    static TestServer start(ServerConfig.Builder config) {
        return start(sampleStore(BASE), config);
    }

    static TestServer start(KnowledgeStore store, ServerConfig.Builder config) {
        return new TestServer(store, KgServer.start(store, config.port(0).build()));
    }

    /** The ontology graph plus the sample article's graph, mapped as ingest would. */
    static KnowledgeStore sampleStore(String base) {
        KnowledgeStore store = KnowledgeStore.inMemory(base);
        OntologyGraph.ensure(store);
        add(store, TestArticles.of(LocalDate.of(2023, 3, 2), Facts.PARAGRAPHS));
        // Statistics are taken at ingest; a store filled by hand asks for them itself.
        store.write(batch -> batch.recountOnCommit());
        return store;
    }

    static void add(KnowledgeStore store, Article article) {
        ArticleGraph g = new ArticleGraphMapper(store.iris()).map(Facts.sample(article), AT, "test");
        store.replaceGraph(g.graphName().asNode(), g.model().getGraph());
    }

    /** An article with the sample's paragraphs and more, under a title of one's choosing. */
    static Article article(String fileName, String title, String... extraParagraphs) {
        List<String> paragraphs = new java.util.ArrayList<>(Arrays.asList(Facts.PARAGRAPHS));
        paragraphs.addAll(Arrays.asList(extraParagraphs));
        byte[] bytes = String.join("\n", paragraphs).getBytes(StandardCharsets.UTF_8);
        OffsetDateTime at = LocalDate.of(2023, 3, 2).atTime(4, 0).atOffset(ZoneOffset.UTC);
        return new Article(fileName, ArticleReader.sha256(bytes), title, List.of(), "test", at, List.of(),
                ArticleText.ofParagraphs(paragraphs), List.of());
    }

    URI uri(String path) {
        return URI.create(server.url() + (path.startsWith("/") ? path.substring(1) : path));
    }

    /** GET, following a thing's {@code 303 See Other} to its document as a linked-data client does. */
    HttpResponse<String> get(String path, String accept) {
        HttpResponse<String> r = getOnce(path, accept);
        String to = r.headers().firstValue("Location").orElse("");
        return r.statusCode() == 303 && to.startsWith("/doc/") ? getOnce(to, accept) : r;
    }

    /** GET without following any redirect. */
    HttpResponse<String> getOnce(String path, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b.GET());
    }

    HttpResponse<String> query(String sparql, String accept) {
        return get(ServerPaths.SPARQL + "?query=" + enc(sparql), accept);
    }

    HttpResponse<String> postForm(String path, String form) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /**
     * Sends a request. Jetty closes the connection after refusing a write, and the client may pick that pooled
     * connection for the next request before it sees the close: a request that got no bytes back is sent once more,
     * as HTTP clients do with stale keep-alive connections.
     */
    HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            try {
                return http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException stale) {
                return http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The path at which this server answers for a minted IRI. */
    String pathOf(String iri) {
        return "/" + iri.substring(store.iris().base().length());
    }

    long tripleCount() {
        return store.read(() -> org.apache.jena.atlas.iterator.Iter.count(store.dataset().find()));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
