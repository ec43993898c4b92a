package org.cbeckg.server;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * CORS for a public, read-only endpoint: any origin may GET and POST (a SPARQL query from another site's page), and
 * never with credentials. {@code Access-Control-Allow-Origin: *} is the form browsers refuse to combine with
 * cookies, unlike Fuseki's own {@code enableCors(true)}, which echoes the caller's origin and allows credentials,
 * PUT and DELETE.
 */
final class CorsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String ALLOWED_METHODS = "GET, POST, OPTIONS";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (req.getHeader("Origin") == null) {
            chain.doFilter(req, resp);
            return;
        }
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Expose-Headers", "Content-Type, Content-Length, Vary, ETag, "
                + ServerPaths.RESULT_LIMIT_HEADER + ", " + ResultCacheFilter.CACHE_HEADER);
        if ("OPTIONS".equals(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null) {
            resp.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
            resp.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type, Origin, X-Requested-With");
            resp.setHeader("Access-Control-Max-Age", "600");
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(req, resp);
    }
}
