package org.cbeckg.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cbeckg.vocab.Vocabularies;

/**
 * Answers a request with an RDF document in the negotiated representation: {@code Vary: Accept} always (caches must
 * not hand Turtle to a browser), 400 for an unknown {@code ?format=}, 406 when nothing acceptable is offered.
 */
final class RdfResponses {

    private RdfResponses() {
    }

    /** Writes {@code graph}; {@code html} makes the page when HTML is chosen. */
    static void send(HttpServletRequest req, HttpServletResponse resp, Graph graph, Supplier<String> html)
            throws IOException {
        resp.setHeader("Vary", "Accept");
        Optional<RdfFormat> format = Negotiation.choose(req);
        if (format.isEmpty()) {
            boolean forced = req.getParameter("format") != null;
            text(resp, forced ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_NOT_ACCEPTABLE,
                    forced ? "Unknown format '" + req.getParameter("format") + "': use ttl, jsonld, nt, rdf or html"
                            : "Offered: text/turtle, application/ld+json, application/n-triples, "
                            + "application/rdf+xml, text/html");
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(format.get().contentType());
        if (format.get() == RdfFormat.HTML) {
            resp.getOutputStream().write(html.get().getBytes(StandardCharsets.UTF_8));
            return;
        }
        OutputStream out = resp.getOutputStream();
        RDFDataMgr.write(out, withPrefixes(graph), format.get().lang());
    }

    static void text(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static void html(HttpServletResponse resp, int status, String page) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html;charset=utf-8");
        resp.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }

    private static Graph withPrefixes(Graph graph) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Vocabularies.prefixes());
        graph.find().forEach(g::add);
        return g;
    }
}
