package org.cbeckg.server;

import java.util.List;

/**
 * The resource page of one IRI, ready for {@code server/resource.jte}: labels, types, other formats, the figure
 * read as a person reads it, charts it takes part in, the evidence, the properties and the incoming links.
 *
 * @param figure  for a figure (an observation), how it reads; else null
 * @param charts  charts of the figures this resource is the measure, area or one point of
 */
record ResourceModel(String title, String english, String iri, List<ValueView> types, List<PageLink> formats,
                     FigureView figure, List<PageLink> charts, List<EvidenceModel> evidence,
                     List<PropertyRow> properties, List<PropertyRow> incoming, boolean incomingCapped,
                     List<Alternate> alternates) {

    /** A figure in both languages, with its exact value and period. */
    record FigureView(String zh, String en, String exact, String periodZh, String periodEn) {
    }

    int maxIncoming() {
        return DescriptionReader.MAX_INCOMING;
    }
}
