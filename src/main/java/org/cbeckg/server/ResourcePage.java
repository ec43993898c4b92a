package org.cbeckg.server;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.cbeckg.vocab.CBEC;
import org.cbeckg.vocab.Vocabularies;

/**
 * The HTML page of a resource, for people: its labels (zh, en), types, a figure as a person reads it, the evidence
 * of a fact with the quote highlighted, every property with values as links, and the incoming links. The template
 * escapes all store text; this class only decides what is shown.
 *
 * <pre>{@code String html = new ResourcePage(new LocalLinks(base)).render(view);}</pre>
 */
final class ResourcePage {

    /** Literals longer than this (an article's text) are folded away behind their first characters. */
    private static final int FOLD_AT = 240;
    private static final int MAX_NESTING = 4;
    private static final String REF_PERIOD = Vocabularies.SDMX.refPeriod.getURI();

    private final LocalLinks links;

    ResourcePage(LocalLinks links) {
        this.links = links;
    }

    String render(ResourceView v, List<Alternate> alternates) {
        return Pages.render("server/resource.jte", model(v, alternates));
    }

    ResourceModel model(ResourceView v, List<Alternate> alternates) {
        Labels.Label label = v.labels().of(v.iri());
        String title = label.best().orElseGet(() -> unlabeledTitle(v));
        String english = label.zh() != null && label.en() != null ? label.en() : null;
        return new ResourceModel(title, english, v.iri(), types(v), formats(v.iri()), FigureReading.of(v),
                ChartLinks.of(v), v.evidence().stream().map(e -> EvidenceModel.of(e, links)).toList(),
                properties(v), incoming(v), v.incoming().size() >= DescriptionReader.MAX_INCOMING, alternates);
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

    static Optional<Node> object(ResourceView v, Node s, Node p) {
        return v.description().find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isURI)
                .findFirst();
    }

    static String literal(ResourceView v, Node s, Node p) {
        return v.description().find(s, p, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst().orElse(null);
    }

    private List<ValueView> types(ResourceView v) {
        return v.description().find(node(v.iri()), RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toList()
                .stream().map(t -> value(null, t, v, 0)).toList();
    }

    private List<PageLink> formats(String iri) {
        String self = links.document(iri);
        String sep = self.contains("?") ? "&" : "?";
        return List.of(RdfFormat.TURTLE, RdfFormat.JSONLD, RdfFormat.NTRIPLES, RdfFormat.RDFXML).stream()
                .map(f -> new PageLink(self + sep + "format=" + f.name().toLowerCase(), f.mediaType(),
                        f.mediaType())).toList();
    }

    private List<PropertyRow> properties(ResourceView v) {
        Map<String, List<Node>> byProperty = new TreeMap<>();
        for (Triple t : v.description().find(node(v.iri()), Node.ANY, Node.ANY).toList()) {
            if (!t.getPredicate().equals(RDF.type.asNode())) {
                byProperty.computeIfAbsent(t.getPredicate().getURI(), k -> new ArrayList<>()).add(t.getObject());
            }
        }
        List<PropertyRow> rows = new ArrayList<>();
        byProperty.forEach((p, values) -> rows.add(new PropertyRow(propertyLink(p, v), values.stream()
                .sorted(Comparator.comparing(Node::toString)).map(o -> value(p, o, v, 0)).toList())));
        return rows;
    }

    private List<PropertyRow> incoming(ResourceView v) {
        return v.incoming().stream().map(t -> new PropertyRow(propertyLink(t.getPredicate().getURI(), v),
                List.of(value(null, t.getSubject(), v, MAX_NESTING)))).toList();
    }

    private PageLink propertyLink(String iri, ResourceView v) {
        return new PageLink(links.href(iri), shortName(iri), v.labels().best(iri).orElse(iri));
    }

    private ValueView value(String property, Node o, ResourceView v, int depth) {
        if (o.isURI()) {
            String label = v.labels().best(o.getURI()).orElse(null);
            String shown = label != null ? label : shortName(o.getURI());
            if (REF_PERIOD.equals(property)) {
                shown = ReadablePeriods.zh(shown) + " (" + ReadablePeriods.en(shown) + ")";
            }
            return ValueView.link(links.href(o.getURI()), shown, o.getURI());
        }
        if (o.isLiteral()) {
            return literal(property, o, v);
        }
        if (o.isBlank() && depth < MAX_NESTING) {
            List<PropertyRow> rows = v.description().find(o, Node.ANY, Node.ANY).toList().stream()
                    .map(t -> new PropertyRow(propertyLink(t.getPredicate().getURI(), v),
                            List.of(value(t.getPredicate().getURI(), t.getObject(), v, depth + 1)))).toList();
            return new ValueView(ValueView.Kind.NESTED, null, null, null, null, null, rows);
        }
        return new ValueView(ValueView.Kind.BNODE, null, null, null, null, null, List.of());
    }

    private ValueView literal(String property, Node o, ResourceView v) {
        String lexical = o.getLiteralLexicalForm();
        String lang = o.getLiteralLanguage();
        String dt = o.getLiteralDatatypeURI();
        String suffix = !lang.isEmpty() ? "@" + lang
                : dt != null && !dt.equals(XSD.xstring.getURI()) ? shortName(dt) : null;
        if (Vocabularies.SDMX.obsValue.getURI().equals(property)) {
            Optional<String> reads = FigureReading.reads(v, new BigDecimal(lexical));
            if (reads.isPresent()) {
                return new ValueView(ValueView.Kind.FIGURE, reads.get(), null, lexical + " " + suffix, suffix,
                        lexical + " " + suffix, List.of());
            }
        }
        if (CBEC.periodCode.getURI().equals(property)) {
            lexical = lexical + " · " + ReadablePeriods.zh(lexical) + " · " + ReadablePeriods.en(lexical);
        }
        ValueView.Kind kind = lexical.length() <= FOLD_AT ? ValueView.Kind.LITERAL : ValueView.Kind.LONG;
        return new ValueView(kind, lexical, null, null, suffix, null, List.of());
    }

    static String shortName(String iri) {
        return Vocabularies.prefixes().shortForm(iri);
    }

    static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}
