package org.cbeckg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a SPARQL query asked again while the store is unchanged from the {@link ResultCache}, without evaluating it
 * or waiting for a turn at the {@link QueryGate}. The same query in the same format is the same answer until the next
 * commit; the pages and example queries ask the same few questions over and over. {@code X-CBEC-Cache} says
 * {@code hit} or {@code miss}; a request with {@code Cache-Control: no-cache} is evaluated afresh.
 *
 * <p>The same query asked again while its first asking is still being evaluated waits for that answer (at most the
 * query timeout) instead of evaluating it a second time: after a commit, a page many people have open asks its
 * queries all at once, and one evaluation serves them all.
 *
 * <p>Only GET and form POST are cached: their parameters are the whole request, read without consuming a body
 * Fuseki still has to read. Only complete 200 answers are kept, never an error, a timeout or a cut-off body.
 *
 * <p>Each answer carries a weak {@code ETag} naming the store's state and the request. A client (or an HTTP cache)
 * that sends it back in {@code If-None-Match} while nothing has been committed gets {@code 304 Not Modified}, with no
 * evaluation and no body; weak, since an unordered query evaluated again may list the same rows in another order.
 */
final class ResultCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CACHE_HEADER = "X-CBEC-Cache";

    private final transient ResultCache cache;
    private final transient Supplier<String> storeVersion;
    private final long waitMillis;
    /** The requests being evaluated now, each with a latch released when its answer is kept (or is not). */
    private final transient ConcurrentHashMap<String, CountDownLatch> inFlight = new ConcurrentHashMap<>();

    /**
     * @param storeVersion names the store's state; it must change whenever the data does
     * @param waitForSame  how long a request waits for the same request's answer being evaluated
     */
    ResultCacheFilter(ResultCache cache, Supplier<String> storeVersion, java.time.Duration waitForSame) {
        this.cache = cache;
        this.storeVersion = storeVersion;
        this.waitMillis = waitForSame.toMillis();
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!cacheable(req)) {
            chain.doFilter(req, resp);
            return;
        }
        // Read before the query runs: an answer is kept under a version no newer than the data it saw, so a commit
        // in between can only make a kept answer newer than its key, never older.
        String version = storeVersion.get();
        String request = describe(req);
        boolean fresh = asksFresh(req);
        String tag = entityTag(version, request);
        resp.setHeader("ETag", tag);
        resp.setHeader("Vary", "Accept");
        if (!fresh && matches(req.getHeader("If-None-Match"), tag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Optional<CachedAnswer> kept = fresh ? Optional.empty() : cache.find(version, request);
        if (kept.isEmpty() && !fresh) {
            kept = awaitSame(version, request);
        }
        if (kept.isPresent()) {
            send(kept.get(), resp);
            return;
        }
        String flight = flight(version, request);
        CountDownLatch mine = new CountDownLatch(1);
        boolean owner = inFlight.putIfAbsent(flight, mine) == null;
        try {
            evaluate(req, resp, chain, version, request);
        } finally {
            if (owner) {
                inFlight.remove(flight, mine);
                mine.countDown();
            }
        }
    }

    /** When the same request is being evaluated, waits for it and returns its answer if it was kept. */
    private Optional<CachedAnswer> awaitSame(String version, String request) throws ServletException {
        CountDownLatch running = inFlight.get(flight(version, request));
        if (running == null) {
            return Optional.empty();
        }
        try {
            if (!running.await(waitMillis, TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted while waiting for the same query's answer", e);
        }
        return cache.find(version, request);
    }

    private static String flight(String version, String request) {
        return version + "\n" + request;
    }

    private void evaluate(HttpServletRequest req, HttpServletResponse resp, FilterChain chain, String version,
                          String request) throws IOException, ServletException {
        resp.setHeader(CACHE_HEADER, "miss");
        CapturingResponse capture = new CapturingResponse(resp, (int) Math.min(Integer.MAX_VALUE,
                cache.maxAnswerBytes()), "ETag");
        chain.doFilter(req, capture);
        Optional<byte[]> body = capture.body();
        if (capture.getStatus() == HttpServletResponse.SC_OK && body.isPresent() && capture.getContentType() != null) {
            cache.keep(version, request, new CachedAnswer(capture.getContentType(),
                    capture.getHeader(ServerPaths.RESULT_LIMIT_HEADER), body.get()));
        }
    }

    private static void send(CachedAnswer answer, HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(answer.contentType());
        resp.setHeader(CACHE_HEADER, "hit");
        if (answer.resultLimit() != null) {
            resp.setHeader(ServerPaths.RESULT_LIMIT_HEADER, answer.resultLimit());
        }
        resp.setContentLength(answer.body().length);
        resp.getOutputStream().write(answer.body());
    }

    /** A weak validator for this request's answer in this state of the store. */
    static String entityTag(String version, String request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((version + "\n" + request)
                    .getBytes(StandardCharsets.UTF_8));
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Whether an {@code If-None-Match} header names {@code tag} (weak comparison, as RFC 9110 asks for it). */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = tag.substring(2);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || (c.startsWith("W/") ? c.substring(2) : c).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static boolean cacheable(HttpServletRequest req) {
        boolean get = "GET".equals(req.getMethod());
        String type = req.getContentType();
        boolean form = "POST".equals(req.getMethod()) && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        return (get || form) && req.getParameter("query") != null;
    }

    private static boolean asksFresh(HttpServletRequest req) {
        String control = req.getHeader("Cache-Control");
        String pragma = req.getHeader("Pragma");
        return control != null && (control.contains("no-cache") || control.contains("no-store"))
                || pragma != null && pragma.contains("no-cache");
    }

    /** Everything the answer depends on: the endpoint, every parameter (sorted) and the formats accepted. */
    private static String describe(HttpServletRequest req) {
        StringBuilder sb = new StringBuilder(req.getRequestURI()).append('\n');
        for (Map.Entry<String, String[]> p : new TreeMap<>(req.getParameterMap()).entrySet()) {
            for (String v : p.getValue()) {
                sb.append(p.getKey()).append('=').append(v).append('\n');
            }
        }
        String accept = req.getHeader("Accept");
        return sb.append("Accept: ").append(accept == null ? "" : accept).toString();
    }
}
