package org.cbeckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cbeckg.audit.AuditFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every link on every kind of page works on a server that is not at localhost:3030: the server runs on a random
 * port, and a walker follows each {@code href}, {@code src} and {@code Link} header from the home page and the
 * audit, map, chart and search pages, expecting no 4xx or 5xx and no link to {@code localhost:3030}.
 */
class LinkWalkerTest {

    /** Enough to reach every page type of the fixture corpus; bounds the walk's time. */
    private static final int MAX_PAGES = 400;

    @Test
    void everyLinkOnEveryPageTypeWorksOnARandomPort(@TempDir Path dir) {
        try (TestServer s = TestServer.start(AuditFixtures.corpus(dir),
                ServerConfig.builder().articleDirs(List.of(dir)))) {
            assertTrue(s.server.port() != ServerConfig.DEFAULT_PORT);
            Walk walk = new Walk(s);
            walk.from("/", ServerPaths.MAP, ServerPaths.CHART, ServerPaths.UI, "/search?q=" + TestServer.enc("综试区"),
                    "/trace?value=" + TestServer.enc("2.35万亿"), ServerPaths.CONFLICTS, ServerPaths.VOID,
                    ServerPaths.DUMPS);
            assertEquals(List.of(), walk.broken, "links that do not answer");
            assertEquals(List.of(), walk.fixedHost, "links to a fixed host");
            for (String kind : List.of("/doc/zone/", "/doc/observation/", "/doc/evidence/", "/doc/article/",
                    "/doc/place/", "/doc/batch/", "/doc/measure/", "/resource?iri=", "/graph/", "/chart?")) {
                assertTrue(walk.visited.stream().anyMatch(p -> p.startsWith(kind)), "no page " + kind + " reached");
            }
        }
    }

    @Test
    void forwardedHostCountsOnlyBehindATrustedProxy(@TempDir Path dir) {
        for (boolean trust : List.of(false, true)) {
            try (TestServer s = TestServer.start(AuditFixtures.corpus(dir.resolve(String.valueOf(trust))),
                    ServerConfig.builder().trustProxy(trust))) {
                String home = s.send(HttpRequest.newBuilder(s.uri("/")).header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-Host", "kg.example.org").GET()).body();
                String endpoint = trust ? "https://kg.example.org/kg/sparql" : s.server.url() + "kg/sparql";
                assertTrue(home.contains("<code>" + endpoint + "</code>"), trust + ": " + home);
            }
        }
    }

    /** A breadth-first walk over this server's pages. */
    private static final class Walk {
        final TestServer s;
        final Set<String> visited = new LinkedHashSet<>();
        final List<String> broken = new ArrayList<>();
        final List<String> fixedHost = new ArrayList<>();
        final Deque<String[]> queue = new ArrayDeque<>();

        Walk(TestServer s) {
            this.s = s;
        }

        void from(String... paths) {
            for (String p : paths) {
                queue.add(new String[] {p, "(start)"});
            }
            while (!queue.isEmpty() && visited.size() < MAX_PAGES) {
                String[] next = queue.poll();
                if (visited.add(next[0])) {
                    visit(next[0], next[1]);
                }
            }
        }

        private void visit(String path, String from) {
            HttpResponse<String> r = s.get(path, "text/html");
            if (r.statusCode() >= 400) {
                broken.add(r.statusCode() + " " + path + " (linked from " + from + ")");
                return;
            }
            r.headers().allValues("Link").forEach(h -> {
                for (String part : h.split(",")) {
                    follow(path, part.substring(part.indexOf('<') + 1, part.indexOf('>')));
                }
            });
            if (r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                Document page = Jsoup.parse(r.body(), s.server.url());
                for (Element e : page.select("a[href], link[href], script[src], form[action]")) {
                    String target = e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src")
                            : e.attr("action");
                    follow(path, target);
                }
            }
        }

        private void follow(String from, String link) {
            if (link.contains("localhost:3030")) {
                fixedHost.add(link + " on " + from);
                return;
            }
            URI to = s.uri(from).resolve(link.strip());
            if (!s.uri("/").getAuthority().equals(to.getAuthority())) {
                return;
            }
            String path = to.getRawPath() + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery());
            if (!visited.contains(path)) {
                queue.add(new String[] {path, from});
            }
        }
    }
}
