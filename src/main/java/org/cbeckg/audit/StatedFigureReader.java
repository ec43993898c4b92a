package org.cbeckg.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.Sparql;

/**
 * Reads every article's indicator observations that can be compared: those with a period. A figure without a period
 * is left out, since nothing says which other figures are about the same time.
 */
public final class StatedFigureReader {

    private static final String QUERY = """
            SELECT ?obs ?m ?p ?area ?unit ?value ?qualifier ?surface ?article ?file ?date
                   ?measureLabel ?periodCode ?areaLabel
            WHERE {
              GRAPH ?g {
                ?obs a cbec:IndicatorObservation ;
                     cbec:measure ?m ; sdmx-dimension:refPeriod ?p ; sdmx-attribute:unitMeasure ?unit ;
                     sdmx-measure:obsValue ?value ; cbec:qualifier ?qualifier ; cbec:surfaceForm ?surface ;
                     cbec:sourceArticle ?article .
                ?article cbec:fileName ?file .
                ?p cbec:periodCode ?periodCode .
                OPTIONAL { ?article cbec:publicationDate ?date }
                OPTIONAL { ?m skos:prefLabel ?measureLabel FILTER(lang(?measureLabel) = "zh") }
                OPTIONAL { ?obs sdmx-dimension:refArea ?area .
                           OPTIONAL { ?area skos:prefLabel ?areaLabel FILTER(lang(?areaLabel) = "zh") } }
              }
            }
            """;

    private final KnowledgeStore store;

    public StatedFigureReader(KnowledgeStore store) {
        this.store = Objects.requireNonNull(store);
    }

    public List<StatedFigure> read() {
        return Sparql.select(store.dataset(), Prefixed.query(QUERY)).stream()
                .map(StatedFigureReader::figure).distinct().toList();
    }

    private static StatedFigure figure(QuerySolution r) {
        Cell cell = new Cell(iri(r, "m"), iri(r, "p"), iri(r, "area"), iri(r, "unit"));
        String date = text(r, "date");
        return new StatedFigure(iri(r, "obs"), cell, FigureTracer.decimal(text(r, "value")),
                FigureTracer.localCode(r, "qualifier", "qualifier-"), text(r, "surface"), iri(r, "article"),
                text(r, "file"), date == null ? null : LocalDate.parse(date), text(r, "measureLabel"),
                text(r, "periodCode"), text(r, "areaLabel"));
    }

    private static String iri(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n == null ? null : n.asResource().getURI();
    }

    private static String text(QuerySolution r, String var) {
        return FigureTracer.text(r, var);
    }
}
