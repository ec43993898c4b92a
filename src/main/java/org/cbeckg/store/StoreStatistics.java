package org.cbeckg.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.cbeckg.vocab.CBEC;

/**
 * Counts for the VoID and Service Descriptions and the home page, computed at ingest (in the transaction that makes
 * the change) and stored in the store's bookkeeping graph, so a server starts in the same time whatever the store's
 * size and never counts millions of quads under its query timeout.
 *
 * @param triples      distinct triples in the default graph (the merged view of all named graphs)
 * @param articles     article graphs
 * @param graphs       statements per named graph other than the article graphs (ontology, reference, derived)
 * @param classes      distinct instances per class over all graphs, most first
 * @param examples     a few typical resources (a zone, a figure, an article, a batch), as found
 * @param generation   the store generation the counts were taken at
 */
public record StoreStatistics(long triples, long articles, Map<String, Long> graphs, Map<String, Long> classes,
                              List<String> examples, long generation) {

    /** The classes an example is picked from, in the order a newcomer would want to see them. */
    static final List<String> EXAMPLE_CLASSES = List.of(CBEC.PilotZone.getURI(),
            CBEC.IndicatorObservation.getURI(), CBEC.Article.getURI(), CBEC.ApprovalBatch.getURI());

    public static final StoreStatistics EMPTY = new StoreStatistics(0, 0, Map.of(), Map.of(), List.of(), 0);

    private static final Node STATISTICS = NodeFactory.createURI("urn:x-cbec-kg:statistics");

    public StoreStatistics {
        graphs = Collections.unmodifiableMap(new LinkedHashMap<>(graphs));
        classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
        examples = List.copyOf(examples);
    }

    /** The statistics stored with the data, or {@link #EMPTY} for a store that has none yet. Call in a transaction. */
    public static StoreStatistics read(DatasetGraph dataset) {
        Iterator<Quad> it = dataset.find(GenerationStamp.GRAPH, GenerationStamp.STORE, STATISTICS, Node.ANY);
        return it.hasNext() ? fromJson(JSON.parse(it.next().getObject().getLiteralLexicalForm())) : EMPTY;
    }

    /** Stores these statistics with the data. Call in a write transaction. */
    void write(DatasetGraph dataset) {
        dataset.deleteAny(GenerationStamp.GRAPH, GenerationStamp.STORE, STATISTICS, Node.ANY);
        dataset.add(GenerationStamp.GRAPH, GenerationStamp.STORE, STATISTICS, NodeFactory.createLiteralString(toJson().toString()));
    }

    public long namedGraphs() {
        return articles + graphs.size();
    }

    private JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.put("triples", triples);
        o.put("articles", articles);
        o.put("generation", generation);
        JsonObject g = new JsonObject();
        graphs.forEach(g::put);
        o.put("graphs", g);
        JsonObject c = new JsonObject();
        classes.forEach(c::put);
        o.put("classes", c);
        JsonArray e = new JsonArray();
        examples.forEach(e::add);
        o.put("examples", e);
        return o;
    }

    private static StoreStatistics fromJson(JsonObject o) {
        Map<String, Long> graphs = new LinkedHashMap<>();
        o.get("graphs").getAsObject().entrySet().forEach(en -> graphs.put(en.getKey(), number(en.getValue())));
        Map<String, Long> classes = new LinkedHashMap<>();
        o.get("classes").getAsObject().entrySet().forEach(en -> classes.put(en.getKey(), number(en.getValue())));
        List<String> examples = new ArrayList<>();
        o.get("examples").getAsArray().forEach(v -> examples.add(v.getAsString().value()));
        return new StoreStatistics(number(o.get("triples")), number(o.get("articles")), graphs, classes, examples,
                number(o.get("generation")));
    }

    private static long number(JsonValue v) {
        return v.getAsNumber().value().longValue();
    }
}
