package org.cbeckg.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cbeckg.store.Sparql;
import org.cbeckg.vocab.CBEC;

/**
 * Counts for the VoID and Service Descriptions and the home page, taken once when the server starts: the store is
 * read-only while it is served, so they stay true.
 *
 * @param triples    triples in the union of all graphs
 * @param graphs     triples per named graph
 * @param classes    instances per class, most first
 * @param examples   a few typical resources (a zone, a figure, an article, a batch), as found
 */
record StoreStatistics(long triples, Map<String, Long> graphs, Map<String, Long> classes, List<String> examples) {

    /** The classes an example is picked from, in the order a newcomer would want to see them. */
    private static final List<String> EXAMPLE_CLASSES = List.of(CBEC.PilotZone.getURI(),
            CBEC.IndicatorObservation.getURI(), CBEC.Article.getURI(), CBEC.ApprovalBatch.getURI());

    StoreStatistics {
        graphs = Map.copyOf(graphs);
        classes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(classes));
        examples = List.copyOf(examples);
    }

    static StoreStatistics compute(DatasetGraph dataset) {
        long triples = count(dataset, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        Map<String, Long> graphs = new LinkedHashMap<>();
        for (QuerySolution row : Sparql.select(dataset,
                "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g")) {
            graphs.put(row.getResource("g").getURI(), row.getLiteral("n").getLong());
        }
        Map<String, Long> classes = new LinkedHashMap<>();
        for (QuerySolution row : Sparql.select(dataset, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } "
                + "GROUP BY ?c ORDER BY DESC(?n) ?c")) {
            if (row.get("c").isURIResource()) {
                classes.put(row.getResource("c").getURI(), row.getLiteral("n").getLong());
            }
        }
        return new StoreStatistics(triples, graphs, classes, examples(dataset));
    }

    private static List<String> examples(DatasetGraph dataset) {
        List<String> found = new ArrayList<>();
        for (String c : EXAMPLE_CLASSES) {
            Sparql.select(dataset, "SELECT ?s WHERE { ?s a <" + c + "> FILTER(isIRI(?s)) } ORDER BY ?s LIMIT 1")
                    .forEach(row -> found.add(row.getResource("s").getURI()));
        }
        return found;
    }

    private static long count(DatasetGraph dataset, String query) {
        return Sparql.select(dataset, query).get(0).getLiteral("n").getLong();
    }

    long articles() {
        return classes.getOrDefault(CBEC.Article.getURI(), 0L);
    }
}
