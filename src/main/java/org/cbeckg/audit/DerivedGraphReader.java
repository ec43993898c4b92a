package org.cbeckg.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.Sparql;

/**
 * Lists what the derived graph holds for auditors: the conflicts, each value with every article that states it and
 * its quote, and the values that several articles corroborate. Reads the materialised graph, never recomputes it.
 *
 * <pre>{@code List<ListedCell> conflicts = new DerivedGraphReader(store).conflicts();}</pre>
 */
public final class DerivedGraphReader {

    private static final String QUERY = """
            SELECT ?cell ?rv ?value ?unit ?qualifier ?count ?rule ?obs ?surface ?file ?title ?date ?quote ?start ?end
                   ?measureLabel ?periodCode ?areaLabel
            WHERE {
              GRAPH <%DERIVED%> {
                ?rv a cbec:ReportedValue ; sdmx-measure:obsValue ?value ; sdmx-attribute:unitMeasure ?unit ;
                    cbec:qualifier ?qualifier ; cbec:corroborationCount ?count ; cbec:supportingObservation ?obs ;
                    cbec:measure ?m ; sdmx-dimension:refPeriod ?p .
                OPTIONAL { ?rv sdmx-dimension:refArea ?area }
                %SELECT_CELL%
                OPTIONAL { ?best cbec:selectedValue ?rv ; cbec:selectionRule ?rule }
              }
              GRAPH ?g {
                ?obs cbec:surfaceForm ?surface ; cbec:sourceArticle ?article ; cbec:evidence ?ev .
                ?ev cbec:quote ?quote ; oa:hasTarget/oa:hasSelector ?ps .
                ?ps oa:start ?start ; oa:end ?end .
                ?article cbec:fileName ?file .
                OPTIONAL { ?article dcterms:title ?title }
                OPTIONAL { ?article cbec:publicationDate ?date }
              }
              OPTIONAL { ?m skos:prefLabel ?measureLabel FILTER(lang(?measureLabel) = "zh") }
              OPTIONAL { ?p cbec:periodCode ?periodCode }
              OPTIONAL { ?area skos:prefLabel ?areaLabel FILTER(lang(?areaLabel) = "zh") }
            }
            ORDER BY ?measureLabel ?periodCode ?areaLabel ?cell DESC(?count) ?value ?date ?file ?start
            """;

    /** A conflict's values: the cell is the conflict node. */
    private static final String CONFLICTS = "?cell cbec:conflictingValue ?rv .";

    /** Values stated by more than one article: the cell is the value itself. */
    private static final String CORROBORATED = "FILTER(?count > 1) BIND(?rv AS ?cell)";

    private final KnowledgeStore store;

    public DerivedGraphReader(KnowledgeStore store) {
        this.store = Objects.requireNonNull(store);
    }

    public List<ListedCell> conflicts() {
        return list(CONFLICTS, true);
    }

    public List<ListedCell> corroborated() {
        return list(CORROBORATED, false);
    }

    private List<ListedCell> list(String selectCell, boolean conflicts) {
        String q = QUERY.replace("%DERIVED%", store.iris().derivedGraph().getURI())
                .replace("%SELECT_CELL%", selectCell);
        Map<String, CellRows> cells = new LinkedHashMap<>();
        for (QuerySolution row : Sparql.select(store.dataset(), Prefixed.query(q))) {
            cells.computeIfAbsent(row.getResource("cell").getURI(), k -> new CellRows(row)).add(row);
        }
        return cells.values().stream().map(c -> c.build(conflicts)).toList();
    }

    /** The rows of one cell, gathered into values and their sources. */
    private static final class CellRows {
        final QuerySolution first;
        final Map<String, ValueRows> values = new LinkedHashMap<>();

        CellRows(QuerySolution first) {
            this.first = first;
        }

        void add(QuerySolution row) {
            values.computeIfAbsent(row.getResource("rv").getURI(), k -> new ValueRows(row)).add(row);
        }

        ListedCell build(boolean conflict) {
            return new ListedCell(conflict ? first.getResource("cell").getURI() : null, text(first, "measureLabel"),
                    text(first, "periodCode"), text(first, "areaLabel"),
                    values.values().stream().map(ValueRows::build).toList());
        }
    }

    private static final class ValueRows {
        final QuerySolution first;
        final Set<String> rules = new LinkedHashSet<>();
        final Map<String, ListedSource> sources = new LinkedHashMap<>();

        ValueRows(QuerySolution first) {
            this.first = first;
        }

        void add(QuerySolution row) {
            if (row.contains("rule")) {
                rules.add(FigureTracer.localCode(row, "rule", "rule-"));
            }
            String obs = row.getResource("obs").getURI();
            sources.putIfAbsent(obs + "@" + text(row, "start"), new ListedSource(obs, text(row, "file"),
                    text(row, "title"), text(row, "date"), text(row, "surface"), text(row, "quote"),
                    row.getLiteral("start").getInt(), row.getLiteral("end").getInt()));
        }

        ListedValue build() {
            QuerySolution r = first;
            return new ListedValue(r.getResource("rv").getURI(), FigureTracer.decimal(text(r, "value")),
                    FigureTracer.localCode(r, "unit", "unit-"), FigureTracer.localCode(r, "qualifier", "qualifier-"),
                    r.getLiteral("count").getInt(), rules, new ArrayList<>(sources.values()));
        }
    }

    private static String text(QuerySolution row, String var) {
        return FigureTracer.text(row, var);
    }
}
