package org.cbeckg.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.Sparql;
import org.cbeckg.vocab.CBEC;
import org.cbeckg.vocab.Vocabularies;
import org.cbeckg.derive.FigureParser;
import org.cbeckg.vocab.StoredDecimal;

/**
 * Finds every observation of a figure in the store, with its measure, period, area, speaker, event and the sources
 * (article, file, SHA-256, quote, offsets) that state it. Reads only; the re-check against the files is
 * {@link SourceRechecker}'s job. {@code queries/trace.rq} is the same lookup in plain SPARQL.
 *
 * <pre>{@code
 * TraceRequest request = TraceRequest.of("1.98万亿", FigureParser.standard(), null, null, null);
 * List<TracedFigure> found = new FigureTracer(store).find(request);
 * }</pre>
 */
public final class FigureTracer {

    /*
     * The candidates first, in the merged default graph, where an observation reads as its article graph states it
     * (its IRI names the article): filtering there is one pass over the observations. Only then is each candidate's
     * own graph read, with ?g bound, for what the article states about it (the speaker's post, the event).
     */
    private static final String QUERY = """
            SELECT ?obs ?value ?unit ?qualifier ?surface ?measureLabel ?periodCode ?areaLabel ?growthBase
                   ?speakerName ?post ?orgLabel ?eventLabel ?eventDate
                   ?g ?article ?title ?date ?file ?sha ?ev ?quote ?exact ?start ?end ?storedSlice
            WHERE {
              {
                SELECT DISTINCT ?obs ?g WHERE {
                  %CANDIDATES%
                  ?obs a cbec:IndicatorObservation ; sdmx-attribute:unitMeasure ?unit ; cbec:measure ?m ;
                       cbec:sourceArticle ?article .
                  ?g foaf:primaryTopic ?article .
                }
              }
              GRAPH ?g {
                ?obs a cbec:IndicatorObservation ;
                     cbec:measure ?m ; sdmx-measure:obsValue ?value ; sdmx-attribute:unitMeasure ?unit ;
                     cbec:qualifier ?qualifier ; cbec:surfaceForm ?surface ;
                     cbec:sourceArticle ?article ; cbec:evidence ?ev .
                ?ev cbec:quote ?quote ; oa:hasTarget ?target .
                ?target oa:hasSelector ?qs , ?ps .
                ?qs oa:exact ?exact .
                ?ps oa:start ?start ; oa:end ?end .
                ?article cbec:fileName ?file ; cbec:sha256 ?sha ; cbec:text ?text .
                OPTIONAL { ?article dcterms:title ?title }
                OPTIONAL { ?article cbec:publicationDate ?date }
                OPTIONAL { ?m skos:prefLabel ?measureLabel FILTER(lang(?measureLabel) = "zh") }
                OPTIONAL { ?obs sdmx-dimension:refPeriod/cbec:periodCode ?periodCode }
                OPTIONAL { ?obs sdmx-dimension:refArea ?area .
                           ?area skos:prefLabel ?areaLabel FILTER(lang(?areaLabel) = "zh") }
                OPTIONAL { ?obs cbec:growthBase ?growthBase }
                OPTIONAL { ?obs prov:wasAttributedTo ?speaker . ?speaker foaf:name ?speakerName .
                           OPTIONAL { ?holding org:member ?speaker ; cbec:postTitle ?post .
                                      OPTIONAL { ?holding org:organization/skos:prefLabel ?orgLabel
                                                 FILTER(lang(?orgLabel) = "zh") } } }
                OPTIONAL { ?obs cbec:statedAt ?event . ?event rdfs:label ?eventLabel .
                           OPTIONAL { ?event cbec:eventDate ?eventDate } }
              }
              # SPARQL strings count code points, as the offsets do.
              BIND(SUBSTR(?text, xsd:integer(?start) + 1, xsd:integer(?end) - xsd:integer(?start)) AS ?storedSlice)
            }
            ORDER BY ?measureLabel ?periodCode ?obs ?date ?file ?start
            """;

    private final KnowledgeStore store;

    public FigureTracer(KnowledgeStore store) {
        this.store = Objects.requireNonNull(store);
    }

    public List<TracedFigure> find(TraceRequest request) {
        List<QuerySolution> rows = Sparql.select(store.dataset(), query(request));
        Map<String, Builder> byObservation = new LinkedHashMap<>();
        for (QuerySolution row : rows) {
            byObservation.computeIfAbsent(row.getResource("obs").getURI(), k -> new Builder(row)).add(row);
        }
        return byObservation.values().stream().map(Builder::build).toList();
    }

    static String query(TraceRequest request) {
        StringBuilder filters = new StringBuilder();
        request.figure().ifPresent(f -> {
            // the value as the mapper writes it, so that it is looked up as a term, not compared with every figure
            filters.append("?obs sdmx-measure:obsValue ?_value .\n");
            f.unit().ifPresent(u -> filters.append("FILTER(?unit = ?_unit)\n"));
        });
        if (!TraceRequest.blank(request.measure())) {
            filters.append(request.measure().startsWith("http")
                    ? "FILTER(?m = ?_measureIri)\n"
                    : "?m skos:prefLabel ?ml FILTER(lang(?ml) = \"zh\" && CONTAINS(STR(?ml), ?_measure))\n");
        }
        if (!TraceRequest.blank(request.period())) {
            filters.append("?obs sdmx-dimension:refPeriod/cbec:periodCode ?pc FILTER(?pc = ?_period)\n");
        }
        if (!TraceRequest.blank(request.area())) {
            filters.append("FILTER EXISTS { ?obs sdmx-dimension:refArea/(skos:prefLabel|skos:altLabel) ?an "
                    + "FILTER(CONTAINS(STR(?an), ?_area)) }\n");
        }
        ParameterizedSparqlString pss = new ParameterizedSparqlString(QUERY.replace("%CANDIDATES%", filters),
                Vocabularies.prefixes());
        request.figure().ifPresent(f -> {
            pss.setLiteral("_value", StoredDecimal.lexical(f.value()), XSDDatatype.XSDdecimal);
            f.unit().ifPresent(u -> pss.setIri("_unit", CBEC.concept(u).getURI()));
        });
        if (!TraceRequest.blank(request.measure()) && request.measure().startsWith("http")) {
            pss.setIri("_measureIri", request.measure().strip());
        } else if (!TraceRequest.blank(request.measure())) {
            pss.setLiteral("_measure", request.measure().strip());
        }
        if (!TraceRequest.blank(request.period())) {
            pss.setLiteral("_period", request.period().strip());
        }
        if (!TraceRequest.blank(request.area())) {
            pss.setLiteral("_area", request.area().strip());
        }
        return pss.toString();
    }

    /** Gathers the rows of one observation: the figure once, each evidence once. */
    private static final class Builder {
        final QuerySolution first;
        final Map<String, Source> sources = new LinkedHashMap<>();
        Speaker speaker;

        Builder(QuerySolution first) {
            this.first = first;
        }

        Builder add(QuerySolution row) {
            sources.computeIfAbsent(row.getResource("ev").getURI(), k -> source(row));
            if (speaker == null && row.contains("speakerName")) {
                speaker = new Speaker(text(row, "speakerName"), text(row, "post"), text(row, "orgLabel"));
            }
            return this;
        }

        TracedFigure build() {
            QuerySolution r = first;
            return new TracedFigure(r.getResource("obs").getURI(), decimal(text(r, "value")),
                    localCode(r, "unit", "unit-"), localCode(r, "qualifier", "qualifier-"), text(r, "surface"),
                    text(r, "measureLabel"), text(r, "periodCode"), text(r, "areaLabel"), text(r, "growthBase"),
                    speaker, text(r, "eventLabel"), text(r, "eventDate"), new ArrayList<>(sources.values()));
        }
    }

    static Source source(QuerySolution row) {
        int start = row.getLiteral("start").getInt();
        int end = row.getLiteral("end").getInt();
        return new Source(row.getResource("article").getURI(), row.getResource("g").getURI(), text(row, "title"),
                text(row, "date"), text(row, "file"), text(row, "sha"), row.getResource("ev").getURI(),
                text(row, "quote"), text(row, "exact"), start, end, text(row, "storedSlice"));
    }

    /** A stored decimal in its plain form: TDB hands back 2350000000000.0 for 2350000000000. */
    static BigDecimal decimal(String lexical) {
        BigDecimal d = new BigDecimal(lexical).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    static String text(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    /** {@code cbec:unit-CNY} → {@code CNY}: the code-list notation is the local name after the scheme prefix. */
    static String localCode(QuerySolution row, String var, String prefix) {
        String iri = row.getResource(var).getURI();
        String local = iri.startsWith(CBEC.NS) ? iri.substring(CBEC.NS.length()) : iri;
        return local.startsWith(prefix) ? local.substring(prefix.length()) : local;
    }
}
