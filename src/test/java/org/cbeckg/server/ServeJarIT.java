package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, on the packaged jar and a fresh store: {@code serve} ingests {@code seeds/}, then the
 * home page, a SPARQL query, a dereferenced article as Turtle and as HTML, and the dump all answer.
 */
class ServeJarIT {

    static final Path JAR = Path.of("target", "cbec-kg.jar");
    static final Pattern READY = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/)");

    // Follows redirects: a minted IRI answers 303 to its document, as a linked-data client expects.
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void serveIngestsTheSeedsAndAnswers(@TempDir Path store) throws Exception {
        assertTrue(Files.exists(JAR), "package the jar first (mvn verify)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", JAR.toString(), "serve", "--store", store.toString(),
                "--port", "0").redirectError(store.resolveSibling(store.getFileName() + "-serve.err").toFile())
                .start();
        try {
            String base = awaitReady(p);
            assertEquals(200, get(base, "text/html").statusCode());
            HttpResponse<String> count = get(base + "kg/sparql?query=" + TestServer.enc(
                    "SELECT (COUNT(?a) AS ?n) WHERE { ?a a <https://w3id.org/cbec-kg/ontology#Article> }"), "text/csv");
            assertEquals("n\r\n5", count.body().strip());
            String article = base + "id/article/000_b9f07a632cdddd63";
            HttpResponse<String> turtle = get(article, "text/turtle");
            assertEquals(200, turtle.statusCode());
            assertTrue(turtle.body().contains("海外仓数量已超2000个"), turtle.body());
            HttpResponse<String> html = get(article, "text/html");
            assertTrue(html.body().contains("<h1>商务部：海外仓数量已超2000个，面积超1600万平方米</h1>"),
                    html.body());
            awaitDump(base);
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static String awaitReady(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> url = CompletableFuture.supplyAsync(() -> {
            List<String> seen = new java.util.ArrayList<>();
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher m = READY.matcher(line);
                    if (m.find()) {
                        return m.group(1);
                    }
                    seen.add(line);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            throw new IllegalStateException("serve ended without serving: " + seen);
        });
        String base = url.get(120, TimeUnit.SECONDS);
        assertNotNull(base);
        return base;
    }

    /** The dump is written in the background after start: wait for it, then check it is offered with its hash. */
    /** The dump of the store's generation is written in the background; /dumps/latest leads to it and its sum. */
    private void awaitDump(String base) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        HttpRequest ask = HttpRequest.newBuilder(URI.create(base + "dumps/latest")).build();
        HttpClient notFollowing = HttpClient.newHttpClient();
        HttpResponse<String> latest = notFollowing.send(ask, HttpResponse.BodyHandlers.ofString());
        while (latest.statusCode() == 404 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            latest = notFollowing.send(ask, HttpResponse.BodyHandlers.ofString());
        }
        assertEquals(302, latest.statusCode());
        String location = latest.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches(".*/dumps/cbec-kg-g\\d+\\.nq\\.gz"), location);
        String name = location.substring(location.lastIndexOf('/') + 1);
        HttpResponse<String> sum = get(base + "dumps/" + name + ".sha256", null);
        assertEquals(200, sum.statusCode());
        assertTrue(sum.body().matches("[0-9a-f]{64}  " + java.util.regex.Pattern.quote(name) + "\\s*"), sum.body());
    }

    private HttpResponse<String> get(String uri, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
