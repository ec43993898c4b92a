package org.cbeckg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cbeckg.article.Article;
import org.cbeckg.article.ArticleReader;
import org.cbeckg.extract.ExtractionPipeline;
import org.cbeckg.extract.StandardPipeline;
import org.cbeckg.graph.ArticleGraph;
import org.cbeckg.graph.ArticleGraphMapper;
import org.cbeckg.graph.ArticleGraphValidator;
import org.cbeckg.graph.Iris;
import org.cbeckg.model.Extraction;
import org.cbeckg.store.KnowledgeStore;
import org.cbeckg.store.OntologyGraph;

/**
 * Prints how long each ingest stage takes per article, relative to reading (parse-only), all measured in one run so
 * the ratios hold on a noisy 2-core machine. Not a unit test: run it by hand after {@code mvn package}:
 *
 * <pre>
 * java -cp target/cbec-kg.jar:target/test-classes org.cbeckg.bench.IngestBenchmark [ARTICLES_DIR] [ROUNDS]
 * </pre>
 */
public final class IngestBenchmark {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "seeds");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long setup = System.nanoTime();
        ExtractionPipeline pipeline = StandardPipeline.create();
        ArticleGraphMapper mapper = new ArticleGraphMapper(new Iris(Iris.DEFAULT_BASE));
        ArticleGraphValidator validator = new ArticleGraphValidator();
        System.out.printf("setup (pipeline, gazetteer, shapes): %.0f ms%n", (System.nanoTime() - setup) / 1e6);

        List<Article> articles = new ArrayList<>();
        files.forEach(f -> articles.add(ArticleReader.read(f)));
        for (int warm = 0; warm < 5; warm++) {
            articles.forEach(a -> validator.validate(mapper.map(pipeline.run(a), Instant.EPOCH, "b").model()
                    .getGraph()));
        }
        long read = 0;
        long extract = 0;
        long map = 0;
        long validate = 0;
        long store = 0;
        int facts = 0;
        for (int r = 0; r < rounds; r++) {
            try (KnowledgeStore kg = KnowledgeStore.inMemory(Iris.DEFAULT_BASE)) {
                OntologyGraph.ensure(kg);
                for (Path f : files) {
                    long t0 = System.nanoTime();
                    Article a = ArticleReader.read(f);
                    long t1 = System.nanoTime();
                    Extraction e = pipeline.run(a);
                    long t2 = System.nanoTime();
                    ArticleGraph g = mapper.map(e, Instant.EPOCH, pipeline.version());
                    long t3 = System.nanoTime();
                    validator.validate(g.model().getGraph());
                    long t4 = System.nanoTime();
                    kg.replaceGraph(g.graphName().asNode(), g.model().getGraph());
                    long t5 = System.nanoTime();
                    read += t1 - t0;
                    extract += t2 - t1;
                    map += t3 - t2;
                    validate += t4 - t3;
                    store += t5 - t4;
                    facts += e.all().size();
                }
            }
        }
        int n = rounds * files.size();
        System.out.printf("%d articles x %d rounds, %d facts per round%n", files.size(), rounds, facts / rounds);
        row("read (parse-only)", read, n, read);
        row("extract", extract, n, read);
        row("map to RDF", map, n, read);
        row("SHACL validate", validate, n, read);
        row("store (TDB2 in memory + text index)", store, n, read);
        row("total", read + extract + map + validate + store, n, read);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("heap in use after GC: %.1f MiB (max %.0f MiB)%n",
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0);
    }

    private static void row(String stage, long nanos, int n, long readNanos) {
        System.out.printf("%-38s %8.3f ms/article  %6.1f x parse-only%n", stage, nanos / 1e6 / n,
                (double) nanos / readNanos);
    }
}
