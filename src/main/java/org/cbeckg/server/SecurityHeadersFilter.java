package org.cbeckg.server;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers that keep a browser from turning the store's text into active content. Every string on our pages is escaped
 * ({@link Html}); these are the second line. {@code nosniff} stops a browser from guessing HTML in a Turtle, JSON or
 * text answer that quotes an article. The Content-Security-Policy lets pages run only scripts and load only data
 * from this server, and no inline script, event-handler attribute or {@code javascript:} link, so markup that slipped
 * through escaping still cannot run. Styles may be inline: YASGUI and chart libraries set them from script. Sent on
 * every response, so pages added later are covered without a list to keep.
 */
final class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The policy, for the README and for pages to be written against: no inline scripts, nothing from elsewhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        chain.doFilter(req, resp);
    }
}
