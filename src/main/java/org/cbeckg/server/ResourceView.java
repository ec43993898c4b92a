package org.cbeckg.server;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;

/**
 * Everything known about one IRI, copied out of the store: its description (outgoing triples with their blank nodes,
 * the evidence of a fact, incoming links), the labels of every IRI in it, and the evidence ready to show.
 *
 * @param description the RDF answered for this IRI
 * @param incoming    triples pointing at the IRI (also in {@code description}), at most
 *                    {@link DescriptionReader#MAX_INCOMING}
 */
record ResourceView(String iri, Graph description, List<Triple> incoming, Labels labels, List<EvidenceView> evidence) {
}
