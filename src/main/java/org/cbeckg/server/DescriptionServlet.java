package org.cbeckg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Serves a generated RDF document (the VoID description) by content negotiation; as HTML it shows the Turtle, so a
 * person who follows the link from the home page sees it rather than a download.
 */
final class DescriptionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final String title;
    private final transient Supplier<Model> document;

    DescriptionServlet(String title, Supplier<Model> document) {
        this.title = title;
        this.document = document;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        send(req, resp, title, document.get());
    }

    static void send(HttpServletRequest req, HttpServletResponse resp, String title, Model model) throws IOException {
        RdfResponses.send(req, resp, model.getGraph(),
                () -> Pages.render("server/turtle.jte", new TurtlePage(title, turtle(model))));
    }

    /** A generated document shown to a person as its Turtle. */
    record TurtlePage(String title, String turtle) {
    }

    private static String turtle(Model model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, Lang.TURTLE);
        return out.toString(StandardCharsets.UTF_8);
    }
}
