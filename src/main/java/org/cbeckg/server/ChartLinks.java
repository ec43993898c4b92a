package org.cbeckg.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.cbeckg.vocab.CBEC;
import org.cbeckg.vocab.Vocabularies.SDMX;

/**
 * The charts a resource page offers: an observation links to the chart of its measure × area, a measure to its
 * chart, an area to the chart of the figures about it. Works off IRIs alone, whatever a measure's IRI looks like.
 */
final class ChartLinks {

    private ChartLinks() {
    }

    static List<PageLink> of(ResourceView v) {
        Node self = ResourcePage.node(v.iri());
        List<PageLink> found = new ArrayList<>();
        if (v.description().contains(self, RDF.type.asNode(), CBEC.IndicatorObservation.asNode())) {
            String measure = ResourcePage.object(v, self, CBEC.measure.asNode()).map(Node::getURI).orElse(null);
            String area = ResourcePage.object(v, self, SDMX.refArea.asNode()).map(Node::getURI).orElse(null);
            if (measure != null) {
                String text = label(v, measure) + (area == null ? "" : " × " + label(v, area));
                found.add(new PageLink(chart(measure, area), text));
            }
        }
        if (pointedAtBy(v, CBEC.measure.asNode())) {
            found.add(new PageLink(chart(v.iri(), null), label(v, v.iri()) + " (all areas)"));
        }
        if (pointedAtBy(v, SDMX.refArea.asNode())) {
            found.add(new PageLink(chart(null, v.iri()), "figures about " + label(v, v.iri())));
        }
        return found;
    }

    /** {@code /chart?measure=…&area=…}; either may be null. */
    static String chart(String measure, String area) {
        StringBuilder b = new StringBuilder(ServerPaths.CHART);
        char sep = '?';
        if (measure != null) {
            b.append(sep).append("measure=").append(URLEncoder.encode(measure, StandardCharsets.UTF_8));
            sep = '&';
        }
        if (area != null) {
            b.append(sep).append("area=").append(URLEncoder.encode(area, StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    private static boolean pointedAtBy(ResourceView v, Node property) {
        return v.incoming().stream().map(Triple::getPredicate).anyMatch(property::equals);
    }

    private static String label(ResourceView v, String iri) {
        return v.labels().best(iri).orElse(ResourcePage.shortName(iri));
    }
}
