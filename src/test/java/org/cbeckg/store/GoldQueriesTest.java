package org.cbeckg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.system.Txn;
import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.cbeckg.graph.ArticleGraph;
import org.cbeckg.graph.ArticleGraphMapper;
import org.cbeckg.graph.Facts;
import org.cbeckg.graph.Iris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gold queries return exactly the contract's columns, and the values the graph holds for hand-made facts. */
class GoldQueriesTest {

    static final Map<String, List<String>> COLUMNS = Map.of(
            "organizations", List.of("article", "name", "kind"),
            "persons", List.of("article", "name", "post", "org", "kind"),
            "places", List.of("article", "name", "level", "province"),
            "zones", List.of("article", "city", "batch", "approved"),
            "batches", List.of("article", "ordinal", "count", "cumulative", "approved"),
            "events", List.of("article", "kind", "date", "org", "label"),
            "indicators", List.of("article", "value", "unit", "qualifier", "period", "area", "measure", "quote"));

    static KnowledgeStore store;
    static Article article;

    @BeforeAll
    static void load() {
        store = KnowledgeStore.inMemory(Iris.DEFAULT_BASE);
        OntologyGraph.ensure(store);
        article = TestArticles.of(LocalDate.of(2023, 3, 2), Facts.PARAGRAPHS);
        ArticleGraph g = new ArticleGraphMapper(store.iris()).map(Facts.sample(article), Instant.EPOCH, "t");
        store.replaceGraph(g.graphName().asNode(), g.model().getGraph());
    }

    @Test
    void everyGoldQueryReturnsTheContractColumns() throws IOException {
        for (var e : COLUMNS.entrySet()) {
            String csv = run(e.getKey());
            assertEquals(String.join(",", e.getValue()), csv.lines().findFirst().orElseThrow(), e.getKey());
            assertTrue(csv.lines().count() > 1, e.getKey() + " returned no rows");
        }
    }

    @Test
    void indicatorsCarryCodesAndQuote() throws IOException {
        String csv = run("indicators");
        assertTrue(csv.contains(article.fileName() + ",330290000000.0,CNY,exact,2022,浙江省,跨境电商进出口额,进出口3302.9亿元"),
                csv);
        assertTrue(csv.contains(",30.7,percent,exact,2022,浙江省,跨境电商进出口额增速,同比增长30.7%"), csv);
    }

    @Test
    void zonesAndBatchesAndPersons() throws IOException {
        assertTrue(run("zones").contains(article.fileName() + ",金华市,7,2022"));
        assertTrue(run("batches").contains(article.fileName() + ",7,33,165,2022"));
        assertTrue(run("persons").contains(article.fileName() + ",李明,新闻发言人,商务部,official"));
        assertTrue(run("organizations").contains(article.fileName() + ",商务部,ministry"));
        assertTrue(run("events").contains(article.fileName() + ",press_conference,2023-03-02,商务部,例行新闻发布会"));
        assertFalse(run("places").contains(",浙江省,province,浙江省"), "a province has no province");
    }

    /**
     * Every gold query streams: ARQ evaluates it by substituting each row into the next pattern, with no join of two
     * separately evaluated parts. A hash join holds one side whole (every mention of every place: at 100,000 articles
     * more than a 512 MB server has), and the server's row cap cannot stop it early.
     */
    @Test
    void everyGoldQueryStreams() throws IOException {
        for (String kind : COLUMNS.keySet()) {
            Op op = Algebra.optimize(Algebra.compile(QueryFactory.create(query(kind))));
            List<Op> joins = new ArrayList<>();
            OpWalker.walk(op, new OpVisitorBase() {
                @Override
                public void visit(OpJoin join) {
                    joins.add(join);
                }
            });
            assertTrue(joins.isEmpty(), kind + " joins separately evaluated parts: " + joins);
        }
    }

    static String query(String kind) throws IOException {
        return Files.readString(Path.of("queries/gold/" + kind + ".rq"));
    }

    static String run(String kind) throws IOException {
        String q = query(kind);
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(q).build()) {
                ResultSet rs = qe.execSelect();
                var out = new java.io.ByteArrayOutputStream();
                ResultSetFormatter.outputAsCSV(out, rs);
                return out.toString(java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n");
            }
        });
    }
}
