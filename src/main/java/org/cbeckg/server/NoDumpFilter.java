package org.cbeckg.server;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses (403) a whole-dataset download through the dataset's URLs. A read-only Fuseki dataset still answers
 * {@code GET /kg}, {@code /kg/get} or {@code /kg/data} with no {@code graph} as the entire dataset in TriG, and
 * {@code ?graph=urn:x-arq:UnionGraph} or {@code ?default} (the merged view of every graph) are dumps in disguise. Dumps are separate,
 * explicit files under {@value ServerPaths#DUMPS}. A query or one named graph passes.
 */
final class NoDumpFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> DATASET_PATHS = Set.of(ServerPaths.DATASET, ServerPaths.DATASET + "/",
            ServerPaths.GRAPH_STORE, ServerPaths.DATASET + "/data");

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (DATASET_PATHS.contains(path) && isDump(req)) {
            resp.setContentType("text/plain;charset=utf-8");
            resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
            resp.getWriter().println("No whole-dataset download here: ask for one graph (?graph=IRI), run a query at "
                    + ServerPaths.SPARQL + ", or fetch the dump file listed at " + ServerPaths.DUMPS);
            return;
        }
        chain.doFilter(req, resp);
    }

    private static boolean isDump(HttpServletRequest req) {
        String graph = req.getParameter("graph");
        if (graph != null) {
            // ARQ's special graph names stand for the union (or the whole stored default graph).
            return graph.startsWith("urn:x-arq:");
        }
        if (req.getParameter("default") != null) {
            // The default graph is the merged view of every named graph: the whole store again.
            return true;
        }
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        return read && req.getParameter("query") == null;
    }
}
