package org.cbeckg.server;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Dereferences the IRIs the graph mints. {@code /id/...} names things (a zone, a person, a figure), not documents, so
 * it answers {@code 303 See Other} to its document {@code /doc/...}. {@code /doc/...}, {@code /graph/...} (a named
 * graph is a document) and {@code /resource?iri=} answer the description as Turtle, JSON-LD, N-Triples, RDF/XML or
 * HTML by {@code Accept} or {@code ?format=}, with the other formats in a {@code Link} header; 404 when the store says
 * nothing about the IRI.
 *
 * <pre>{@code builder.addServlet("/doc/*", new LinkedDataServlet(store.dataset(), new LocalLinks(base)));}</pre>
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
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.startsWith(LocalLinks.THINGS)) {
            seeOther(req, resp, LocalLinks.DOCUMENTS + path.substring(LocalLinks.THINGS.length()));
            return;
        }
        String iri = ServerPaths.RESOURCE.equals(req.getServletPath()) ? req.getParameter("iri") : links.iriOf(path);
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
        List<Alternate> alternates = alternates(links.document(iri));
        resp.setHeader("Link", linkHeader(alternates));
        RdfResponses.send(req, resp, view.get().description(),
                () -> new ResourcePage(links).render(view.get(), alternates));
    }

    /** The thing's document, keeping {@code ?format=}: a client that asked for Turtle gets Turtle there. */
    private static void seeOther(HttpServletRequest req, HttpServletResponse resp, String document) {
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Vary", "Accept");
        resp.setHeader("Location", document + (req.getQueryString() == null ? "" : "?" + req.getQueryString()));
    }

    /** Turtle and JSON-LD beside the page: the representations a linked-data client looks for first. */
    static List<Alternate> alternates(String self) {
        String sep = self.contains("?") ? "&" : "?";
        return List.of(new Alternate(RdfFormat.TURTLE.mediaType(), self + sep + "format=ttl"),
                new Alternate(RdfFormat.JSONLD.mediaType(), self + sep + "format=jsonld"));
    }

    static String linkHeader(List<Alternate> alternates) {
        return String.join(", ", alternates.stream()
                .map(a -> "<" + a.href() + ">; rel=\"alternate\"; type=\"" + a.type() + "\"").toList());
    }

    private static void notFound(HttpServletRequest req, HttpServletResponse resp, String iri) throws IOException {
        resp.setHeader("Vary", "Accept");
        Optional<RdfFormat> f = Negotiation.choose(req);
        if (f.isPresent() && f.get() == RdfFormat.HTML) {
            RdfResponses.html(resp, HttpServletResponse.SC_NOT_FOUND,
                    new Message("Not found", "The knowledge graph says nothing about", iri).page());
        } else {
            RdfResponses.text(resp, HttpServletResponse.SC_NOT_FOUND, "Nothing is known about <" + iri + ">");
        }
    }
}
