package org.cbeckg.server;

import static org.cbeckg.server.Html.escape;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.cbeckg.vocab.CBEC;
import org.cbeckg.vocab.Vocabularies;

/**
 * The HTML page of a resource, for people: its labels (zh, en), types, the evidence of a fact with the article text
 * and the quote highlighted, every property with values as links, and the incoming links. All store text is escaped.
 *
 * <pre>{@code String html = new ResourcePage(new LocalLinks(base)).render(view);}</pre>
 */
final class ResourcePage {

    /** Literals longer than this (an article's text) are folded away behind their first characters. */
    private static final int FOLD_AT = 240;
    private static final int MAX_NESTING = 4;

    private final LocalLinks links;

    ResourcePage(LocalLinks links) {
        this.links = links;
    }

    String render(ResourceView v) {
        Labels.Label label = v.labels().of(v.iri());
        String title = label.best().orElseGet(() -> unlabeledTitle(v));
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(escape(title)).append("</h1>\n");
        if (label.zh() != null && label.en() != null) {
            b.append("<p class=\"en\" lang=\"en\">").append(escape(label.en())).append("</p>\n");
        }
        b.append("<p class=\"iri\"><code>").append(escape(v.iri())).append("</code></p>\n");
        b.append(types(v)).append(formats(v.iri()));
        b.append(new EvidenceSection(links).render(v.evidence()));
        b.append(properties(v)).append(incoming(v));
        return Html.page(title, b.toString());
    }

    /**
     * A name for what has no label, from what it says: a figure by its measure and value as written, an annotation
     * by its quote, anything else by its type and IRI.
     */
    static String unlabeledTitle(ResourceView v) {
        Node self = node(v.iri());
        String surface = literal(v, self, CBEC.surfaceForm.asNode());
        if (surface != null) {
            String measure = object(v, self, CBEC.measure.asNode()).flatMap(m -> v.labels().best(m.getURI()))
                    .orElse("");
            return (measure + " " + surface).strip();
        }
        String quote = literal(v, self, CBEC.quote.asNode());
        if (quote != null) {
            return "“" + quote + "”";
        }
        String type = object(v, self, RDF.type.asNode()).flatMap(t -> v.labels().best(t.getURI())).orElse("");
        return (type + " " + shortName(v.iri())).strip();
    }

    private static java.util.Optional<Node> object(ResourceView v, Node s, Node p) {
        return v.description().find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isURI)
                .findFirst();
    }

    private static String literal(ResourceView v, Node s, Node p) {
        return v.description().find(s, p, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst().orElse(null);
    }

    private String types(ResourceView v) {
        List<Node> types = v.description().find(node(v.iri()), RDF.type.asNode(), Node.ANY)
                .mapWith(Triple::getObject).toList();
        if (types.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<p class=\"types\">");
        types.forEach(t -> b.append(value(t, v, 0)).append(' '));
        return b.append("</p>\n").toString();
    }

    private String formats(String iri) {
        String self = links.href(iri);
        String sep = self.contains("?") ? "&" : "?";
        StringBuilder b = new StringBuilder("<p class=\"formats\">Also as ");
        for (RdfFormat f : List.of(RdfFormat.TURTLE, RdfFormat.JSONLD, RdfFormat.NTRIPLES, RdfFormat.RDFXML)) {
            b.append(Html.link(self + sep + "format=" + f.name().toLowerCase(), f.mediaType())).append(' ');
        }
        return b.append("</p>\n").toString();
    }

    private String properties(ResourceView v) {
        Map<String, List<Node>> byProperty = new TreeMap<>();
        for (Triple t : v.description().find(node(v.iri()), Node.ANY, Node.ANY).toList()) {
            if (!t.getPredicate().equals(RDF.type.asNode())) {
                byProperty.computeIfAbsent(t.getPredicate().getURI(), k -> new java.util.ArrayList<>())
                        .add(t.getObject());
            }
        }
        StringBuilder b = new StringBuilder("<h2>Properties</h2>\n<table class=\"props\">\n");
        byProperty.forEach((p, values) -> {
            b.append("<tr><th>").append(propertyLink(p, v)).append("</th><td>");
            values.stream().sorted(Comparator.comparing(Node::toString))
                    .forEach(o -> b.append("<div>").append(value(o, v, 0)).append("</div>"));
            b.append("</td></tr>\n");
        });
        return b.append("</table>\n").toString();
    }

    private String incoming(ResourceView v) {
        if (v.incoming().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<h2>Incoming links</h2>\n<table class=\"incoming\">\n");
        for (Triple t : v.incoming()) {
            b.append("<tr><td>").append(value(t.getSubject(), v, MAX_NESTING)).append("</td><td>")
                    .append(propertyLink(t.getPredicate().getURI(), v)).append("</td></tr>\n");
        }
        if (v.incoming().size() >= DescriptionReader.MAX_INCOMING) {
            b.append("<tr><td colspan=\"2\">… the first ").append(DescriptionReader.MAX_INCOMING)
                    .append(" only; ask the SPARQL endpoint for all.</td></tr>\n");
        }
        return b.append("</table>\n").toString();
    }

    private String propertyLink(String iri, ResourceView v) {
        String name = shortName(iri);
        String title = v.labels().best(iri).orElse(iri);
        return "<a href=\"" + escape(links.href(iri)) + "\" title=\"" + escape(title) + "\">" + escape(name) + "</a>";
    }

    private String value(Node o, ResourceView v, int depth) {
        if (o.isURI()) {
            String label = v.labels().best(o.getURI()).orElse(null);
            String shown = label != null ? label : shortName(o.getURI());
            return "<a href=\"" + escape(links.href(o.getURI())) + "\" title=\"" + escape(o.getURI()) + "\">"
                    + escape(shown) + "</a>";
        }
        if (o.isLiteral()) {
            return literal(o);
        }
        if (o.isBlank() && depth < MAX_NESTING) {
            return nested(v.description(), o, v, depth + 1);
        }
        return "<span class=\"bnode\">[…]</span>";
    }

    private String nested(Graph g, Node blank, ResourceView v, int depth) {
        StringBuilder b = new StringBuilder("<table class=\"nested\">");
        for (Triple t : g.find(blank, Node.ANY, Node.ANY).toList()) {
            b.append("<tr><th>").append(propertyLink(t.getPredicate().getURI(), v)).append("</th><td>")
                    .append(value(t.getObject(), v, depth)).append("</td></tr>");
        }
        return b.append("</table>").toString();
    }

    private static String literal(Node o) {
        String lexical = o.getLiteralLexicalForm();
        String lang = o.getLiteralLanguage();
        String dt = o.getLiteralDatatypeURI();
        String suffix = !lang.isEmpty() ? "<span class=\"lang\">@" + escape(lang) + "</span>"
                : dt != null && !dt.equals(XSD.xstring.getURI()) ? "<span class=\"dt\">" + escape(shortName(dt))
                + "</span>" : "";
        if (lexical.length() <= FOLD_AT) {
            return "<span class=\"lit\">" + escape(lexical) + "</span>" + suffix;
        }
        return "<details><summary>" + escape(lexical.substring(0, 80)) + "…</summary><div class=\"longtext\">"
                + escape(lexical) + "</div></details>" + suffix;
    }

    static String shortName(String iri) {
        return Vocabularies.prefixes().shortForm(iri);
    }

    private static Node node(String iri) {
        return org.apache.jena.graph.NodeFactory.createURI(iri);
    }
}
