package org.cbeckg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Sends one SPARQL query (POST, form-encoded) and reads the whole answer. An answer counts as complete only with
 * HTTP 200 and no timeout trailer: Fuseki that times a query out after the first row has gone sends 200 with the
 * rows so far and a "Query cancelled" line at the end, and a client would otherwise count that as a success.
 */
final class SparqlRequest {

    /** Results as JSON for SELECT and ASK, Turtle for CONSTRUCT and DESCRIBE. */
    static final String ACCEPT = "application/sparql-results+json, text/turtle;q=0.9";
    private static final String CANCELLED = "Query cancelled";
    private static final int KEEP = 240;

    private final HttpClient http;
    private final URI endpoint;
    private final Duration timeout;
    private final boolean fresh;

    /** @param fresh ask for each answer to be evaluated afresh ({@code Cache-Control: no-cache}), not served again */
    SparqlRequest(HttpClient http, URI endpoint, Duration timeout, boolean fresh) {
        this.http = http;
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.fresh = fresh;
    }

    /** Sends the query and reads its answer through, keeping only its ends. */
    Answer send(String query) {
        try {
            HttpResponse<InputStream> response = http.send(request(query), HttpResponse.BodyHandlers.ofInputStream());
            Ends ends = read(response.body());
            return judge(response.statusCode(), ends);
        } catch (IOException | InterruptedException e) {
            return unanswered(e);
        }
    }

    /** An answer with the number of rows (or triples) it holds, when it is complete and readable. */
    record Counted(Answer answer, OptionalLong rows) {
    }

    /** Sends the query and counts what its answer holds: for the warm-up, not for the load. */
    Counted sendCounting(String query) {
        try {
            HttpResponse<byte[]> response = http.send(request(query), HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body();
            Answer answer = judge(response.statusCode(), new Ends(text(body, 0, Math.min(body.length, KEEP)),
                    text(body, Math.max(0, body.length - KEEP), Math.min(body.length, KEEP))));
            String type = response.headers().firstValue("Content-Type").orElse("");
            return new Counted(answer, answer.ok() ? ResultRows.count(type, body) : OptionalLong.empty());
        } catch (IOException | InterruptedException e) {
            return new Counted(unanswered(e), OptionalLong.empty());
        }
    }

    private static Answer unanswered(Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new Answer("interrupted", "");
        }
        return new Answer("no answer: " + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
    }

    private HttpRequest request(String query) {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", ACCEPT);
        if (fresh) {
            b.header("Cache-Control", "no-cache");
        }
        return b.POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query,
                StandardCharsets.UTF_8))).build();
    }

    private static Answer judge(int status, Ends ends) {
        if (status != 200) {
            return new Answer("HTTP " + status, ends.head());
        }
        return ends.tail().contains(CANCELLED) ? new Answer("cut off", ends.tail()) : Answer.OK;
    }

    /** The first and last bytes of a body, as text; the rest is read and dropped. */
    private record Ends(String head, String tail) {
    }

    private static Ends read(InputStream in) throws IOException {
        try (in) {
            byte[] head = new byte[KEEP];
            byte[] ring = new byte[KEEP];
            byte[] buffer = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (total < KEEP) {
                    System.arraycopy(buffer, 0, head, (int) total, (int) Math.min(n, KEEP - total));
                }
                for (int i = Math.max(0, n - KEEP); i < n; i++) {
                    ring[(int) ((total + i) % KEEP)] = buffer[i];
                }
                total += n;
            }
            return new Ends(text(head, 0, (int) Math.min(total, KEEP)), tail(ring, total));
        }
    }

    private static String tail(byte[] ring, long total) {
        int len = (int) Math.min(total, KEEP);
        byte[] out = new byte[len];
        for (int i = 0; i < len; i++) {
            out[i] = ring[(int) ((total - len + i) % KEEP)];
        }
        return text(out, 0, len);
    }

    private static String text(byte[] bytes, int from, int len) {
        return new String(bytes, from, len, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
    }
}
