package org.cbeckg.server;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@value ServerPaths#MAP} and {@value ServerPaths#CHART}: a page around a picture that the browser draws from the
 * SPARQL endpoint (the query is shown on the page). The server only hands over the store's base, so the page can
 * turn minted IRIs into links on this server.
 */
final class PictureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final String template;
    private final String base;

    PictureServlet(String template, String base) {
        this.template = template;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        RdfResponses.html(resp, HttpServletResponse.SC_OK, Pages.render(template, base));
    }
}
