package org.cbeckg.server.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The guard stops a catastrophic match at the query's timeout, and otherwise changes nothing: every pattern function
 * answers exactly as ARQ's own does.
 */
class PatternGuardTest {

    private static final String EX = "http://example.org/";
    /** 50,000 characters on one line: {@code ^(.+)+X$} backtracks over it for hours in java.util.regex. */
    /** Every way to name a pattern function: the standard namespaces, ARQ's own, and Java classes by IRI. */
    private static final String PREFIXES = """
            PREFIX fn: <http://www.w3.org/2005/xpath-functions#>
            PREFIX sparql: <http://www.w3.org/ns/sparql#>
            PREFIX apf: <http://jena.apache.org/ARQ/property#>
            PREFIX afn: <http://jena.apache.org/ARQ/function#>
            PREFIX jlib: <java:org.apache.jena.sparql.function.library.>
            PREFIX jpf: <java:org.apache.jena.sparql.pfunction.library.>
            """;
    private static final String LONG = "跨境电商综试区".repeat(50_000 / 7);

    @Test
    void catastrophicRegexEndsByTheTimeout() {
        assertCancelled(dataset(true, LONG), "SELECT ?s WHERE { ?s ?p ?t FILTER(regex(?t, '^(.+)+X$')) }");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT ?x WHERE { ?s ?p ?t BIND(replace(?t, '^(.+)+X$', 'y') AS ?x) }",
        "SELECT ?s WHERE { ?s ?p ?t FILTER(fn:matches(?t, '^(.+)+X$')) }",
        "SELECT ?x WHERE { ?s ?p ?t BIND(fn:replace(?t, '^(.+)+X$', '') AS ?x) }",
        "SELECT ?s WHERE { ?s ?p ?t FILTER(sparql:regex(?t, '^(.+)+X$')) }",
        "SELECT ?s WHERE { ?s ?p ?t FILTER(jlib:FN_Matches(?t, '^(.+)+X$')) }",
        "SELECT ?x WHERE { ?s ?p ?t BIND(afn:FN_StrReplace(?t, '^(.+)+X$', '') AS ?x) }",
        "SELECT ?w WHERE { ?s ?p ?t . ?w jpf:strSplit (?t '^(.+)+X$') }",
        "SELECT ?s WHERE { ?s ?p ?t BIND('^(.+)+X$' AS ?pattern) FILTER(regex(?t, ?pattern)) }",
        "SELECT ?s WHERE { ?s ?p ?t FILTER EXISTS { ?s ?p ?u FILTER(regex(?u, '^(.+)+X$')) } }",
        "SELECT (GROUP_CONCAT(replace(?t, '^(.+)+X$', '')) AS ?g) WHERE { ?s ?p ?t }",
        "SELECT ?w WHERE { ?s ?p ?t . ?w apf:strSplit (?t '^(.+)+X$') }"
    })
    void everyPatternFunctionEndsByTheTimeout(String query) {
        assertCancelled(dataset(true, LONG), query);
    }

    @Test
    void aConstantPatternOverAConstantTextIsGuardedToo() {
        // ARQ's optimiser folds constant expressions while it plans, where no timeout reaches.
        String query = "SELECT * WHERE { BIND(regex('" + LONG + "', '^(.+)+X$') AS ?b) }";
        assertCancelled(dataset(true, "x"), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT ?t WHERE { ?s ?p ?t FILTER(regex(?t, '综试区')) }",
        "SELECT ?t WHERE { ?s ?p ?t FILTER(regex(?t, 'ABC', 'i')) }",
        "SELECT ?t WHERE { ?s ?p ?t FILTER(regex(?t, 'a.c', 'q')) }",
        "SELECT ?t WHERE { ?s ?p ?t FILTER(regex(?t, '^b$', 'm')) }",
        "SELECT ?x WHERE { ?s ?p ?t BIND(replace(?t, 'a(b)c', '[$1]') AS ?x) }",
        "SELECT ?x WHERE { ?s ?p ?t BIND(replace(?t, '.*', 'x') AS ?x) }",
        "SELECT ?x WHERE { ?s ?p ?t BIND(replace(?t, 'B', 'x', 'i') AS ?x) }",
        "SELECT ?x WHERE { ?s ?p ?t BIND(replace(?t, 'a', '$9') AS ?x) }",
        "SELECT ?x WHERE { BIND(regex('abc', 'B', 'i') AS ?x) }",
        "SELECT ?x WHERE { BIND(replace('abc'@en, 'b', 'x') AS ?x) }",
        "SELECT ?t WHERE { ?s ?p ?t FILTER(fn:matches(?t, 'c$')) }",
        "SELECT ?x WHERE { ?s ?p ?t BIND(fn:replace(?t, 'c', 'C') AS ?x) }",
        "SELECT ?w WHERE { ?s ?p ?t . ?w apf:strSplit (?t ',') }",
        "SELECT ?t WHERE { ?s ?p ?t FILTER(regex(?t, ?t)) }"
    })
    void answersAreArqsOwn(String query) {
        List<String> plain = rows(dataset(false, "abc\nb,c , 综试区", "ABC", "a.c"), query);
        List<String> guarded = rows(dataset(true, "abc\nb,c , 综试区", "ABC", "a.c"), query);
        assertEquals(plain, guarded, query);
    }

    /** The query, with a 500 ms timeout, is cancelled within seconds (unguarded, it runs for hours). */
    private static void assertCancelled(DatasetGraph dsg, String query) {
        assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(QueryCancelledException.class, () -> count(dsg, query, 500)), query);
    }

    private static DatasetGraph dataset(boolean guard, String... texts) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < texts.length; i++) {
            dsg.add(Quad.defaultGraphIRI, NodeFactory.createURI(EX + "a" + i), NodeFactory.createURI(EX + "text"),
                    i == 1 ? NodeFactory.createLiteralLang(texts[i], "zh") : NodeFactory.createLiteralString(texts[i]));
        }
        if (guard) {
            PatternGuard.install(dsg.getContext());
        }
        return dsg;
    }

    private static long count(DatasetGraph dsg, String query, long timeoutMillis) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(PREFIXES + query)
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
            return Iter.count(exec.select());
        }
    }

    private static List<String> rows(DatasetGraph dsg, String query) {
        List<Binding> rows = Iter.toList(QueryExec.dataset(dsg).query(PREFIXES + query).select());
        return rows.stream().map(Binding::toString).sorted().toList();
    }
}
