package org.cbeckg.server;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;

/**
 * Answers {@code GET /kg/sparql} without a {@code query} with the SPARQL 1.1 Service Description, which Fuseki does
 * not give (it answers 404). Every other request goes on to Fuseki.
 */
final class ServiceDescriptionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<Model> description;

    ServiceDescriptionFilter(Supplier<Model> description) {
        this.description = description;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        if (read && req.getParameter("query") == null) {
            DescriptionServlet.send(req, resp, "SPARQL service description", description.get());
            return;
        }
        chain.doFilter(req, resp);
    }
}
