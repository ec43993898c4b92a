package org.cbeckg.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.cbeckg.extract.ExtractionPipeline;
import org.cbeckg.extract.StandardPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A seed's whole article graph compared, by graph isomorphism, with the expected TriG in
 * {@code src/test/resources/expected/}. Any change in what the pipeline extracts from the seed shows up here.
 * After an intended change, regenerate with {@code mvn test -Dtest=ArticleGraphSnapshotTest -Dcbec.updateExpected=true}
 * and review the diff before committing.
 */
class ArticleGraphSnapshotTest {

    static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
    static final ExtractionPipeline PIPELINE = StandardPipeline.create();

    @ParameterizedTest
    @ValueSource(strings = {"002_85a4081d49801d5c", "004_06764dbbd6ca4903"})
    void graphMatchesExpectedTrig(String key) throws IOException {
        Article article = TestArticles.seed(key.substring(0, 3));
        ArticleGraph graph = new ArticleGraphMapper(new Iris(Iris.DEFAULT_BASE)).map(PIPELINE.run(article), AT,
                "snapshot");
        Path expectedFile = Path.of("src/test/resources/expected", key + ".trig");
        if (Boolean.getBoolean("cbec.updateExpected")) {
            write(graph, expectedFile);
        }
        Dataset expected = RDFDataMgr.loadDataset(expectedFile.toString());
        Model expectedGraph = expected.getNamedModel(graph.graphName().getURI());
        assertTrue(expectedGraph.getGraph().isIsomorphicWith(graph.model().getGraph()),
                () -> difference(expectedGraph.getGraph(), graph.model().getGraph()));
    }

    private static void write(ArticleGraph graph, Path file) throws IOException {
        Dataset ds = DatasetFactory.create();
        ds.addNamedModel(graph.graphName().getURI(), graph.model());
        ds.getDefaultModel().setNsPrefixes(graph.model().getNsPrefixMap());
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, ds, Lang.TRIG);
        }
    }

    /** Triples without blank nodes that one side has and the other lacks: enough to see what changed. */
    private static String difference(Graph expected, Graph actual) {
        Set<String> missing = new TreeSet<>();
        Set<String> extra = new TreeSet<>();
        expected.find().forEachRemaining(t -> {
            if (ground(t) && !actual.contains(t)) {
                missing.add(t.toString());
            }
        });
        actual.find().forEachRemaining(t -> {
            if (ground(t) && !expected.contains(t)) {
                extra.add(t.toString());
            }
        });
        return "graph differs from expected TriG\nmissing: " + String.join("\n  ", missing)
                + "\nextra: " + String.join("\n  ", extra);
    }

    private static boolean ground(Triple t) {
        return !t.getSubject().isBlank() && !t.getObject().isBlank();
    }
}
