package org.cbeckg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The query UI under {@value ServerPaths#UI}: a page of our own around YASGUI (vendored in the jar, no CDN), plus
 * {@code examples.json} (the {@code queries/*.rq} examples, each with the user it is for) and {@code prefixes.json}
 * (the ontology's prefixes), which the page loads when it opens; {@code query/NAME.rq} gives one example's text, and
 * the vendored chart library and map data are served from here too. Files come only from the jar's {@code web/ui/}
 * folder, by a fixed list of suffixes.
 */
final class UiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String ROOT = "web/ui/";
    private static final Map<String, String> TYPES = Map.of(".html", "text/html;charset=utf-8",
            ".js", "text/javascript;charset=utf-8", ".css", "text/css;charset=utf-8",
            ".txt", "text/plain;charset=utf-8", ".json", "application/json;charset=utf-8");
    /** {@code query/NAME.rq}: an example's text, for the pages that draw a picture from it and show it. */
    private static final String QUERY = "query/";

    private final transient Map<String, String> queries;
    private final transient byte[] examplesJson;
    private final transient byte[] prefixesJson;

    UiServlet(List<ExampleQueries.Example> examples) {
        JsonArray list = new JsonArray();
        for (ExampleQueries.Example e : examples) {
            JsonObject o = new JsonObject();
            o.put("name", e.name());
            o.put("title", e.title());
            o.put("user", e.user());
            o.put("query", e.query());
            list.add(o);
        }
        this.examplesJson = json(list);
        this.queries = examples.stream().collect(java.util.stream.Collectors.toMap(ExampleQueries.Example::name,
                ExampleQueries.Example::query));
        JsonObject prefixes = new JsonObject();
        ExampleQueries.prefixes().getNsPrefixMap().forEach(prefixes::put);
        this.prefixesJson = json(prefixes);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null || "/".equals(req.getPathInfo()) ? "index.html"
                : req.getPathInfo().substring(1);
        if ("examples.json".equals(name) || "prefixes.json".equals(name)) {
            resp.setContentType("application/json;charset=utf-8");
            resp.getOutputStream().write("examples.json".equals(name) ? examplesJson : prefixesJson);
            return;
        }
        if (name.startsWith(QUERY) && queries.containsKey(name.substring(QUERY.length()))) {
            resp.setContentType("application/sparql-query;charset=utf-8");
            resp.getOutputStream().write(queries.get(name.substring(QUERY.length()))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        String type = TYPES.entrySet().stream().filter(t -> name.endsWith(t.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        InputStream in = type == null || name.contains("..") ? null
                : UiServlet.class.getClassLoader().getResourceAsStream(ROOT + name);
        if (in == null) {
            RdfResponses.text(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: " + name);
            return;
        }
        try (in) {
            resp.setContentType(type);
            resp.setHeader("Cache-Control", "max-age=3600");
            in.transferTo(resp.getOutputStream());
        }
    }

    private static byte[] json(org.apache.jena.atlas.json.JsonValue value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, value);
        return out.toByteArray();
    }
}
