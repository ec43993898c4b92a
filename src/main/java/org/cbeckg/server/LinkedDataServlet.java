package org.cbeckg.server;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Dereferences the IRIs the graph mints: {@code GET /id/...} and {@code /graph/...} answer the description of
 * {@code {base}id/...} as Turtle, JSON-LD, N-Triples, RDF/XML or HTML by {@code Accept} or {@code ?format=}; 404 when
 * the store says nothing about it. {@code /resource?iri=} does the same for any IRI (ontology terms, code lists).
 *
 * <pre>{@code builder.addServlet("/id/*", new LinkedDataServlet(store.dataset(), new LocalLinks(base)));}</pre>
 */
final class LinkedDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient DescriptionReader reader;
    private final transient LocalLinks links;

    LinkedDataServlet(DatasetGraph dataset, LocalLinks links) {
        this.reader = new DescriptionReader(dataset);
        this.links = links;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String iri = iriOf(req);
        if (iri == null) {
            RdfResponses.text(resp, HttpServletResponse.SC_BAD_REQUEST, "Give the IRI: " + ServerPaths.RESOURCE
                    + "?iri=...");
            return;
        }
        Optional<ResourceView> view = reader.read(iri);
        if (view.isEmpty()) {
            notFound(req, resp, iri);
            return;
        }
        RdfResponses.send(req, resp, view.get().description(), () -> new ResourcePage(links).render(view.get()));
    }

    private String iriOf(HttpServletRequest req) {
        if (ServerPaths.RESOURCE.equals(req.getServletPath())) {
            return req.getParameter("iri");
        }
        // The raw (still percent-encoded) path, as IRIs are minted with percent-encoded segments.
        return links.iriOf(req.getRequestURI().substring(req.getContextPath().length()));
    }

    private static void notFound(HttpServletRequest req, HttpServletResponse resp, String iri) throws IOException {
        resp.setHeader("Vary", "Accept");
        Optional<RdfFormat> f = Negotiation.choose(req);
        if (f.isPresent() && f.get() == RdfFormat.HTML) {
            RdfResponses.html(resp, HttpServletResponse.SC_NOT_FOUND, Html.page("Not found",
                    "<h1>Not found</h1><p>The knowledge graph says nothing about <code>" + Html.escape(iri)
                            + "</code>.</p>"));
        } else {
            RdfResponses.text(resp, HttpServletResponse.SC_NOT_FOUND, "Nothing is known about <" + iri + ">");
        }
    }
}
