package org.cbeckg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cbeckg.article.Article;
import org.cbeckg.article.ArticleReader;
import org.cbeckg.extract.ExtractionPipeline;
import org.cbeckg.extract.Extractor;
import org.cbeckg.extract.StandardPipeline;
import org.cbeckg.model.Extraction;
import org.cbeckg.model.Fact;

/**
 * Shows that extraction grows linearly with an article's length: builds articles of about 1 MB and 5 MB by repeating
 * the seeds' body paragraphs, reads each and runs every extractor, and prints the seconds per stage,
 * wall time and this thread's CPU time. Doubling the size
 * should about double the time; a quadratic stage stands out at once. Not a unit test (a timer in a test is flaky on
 * a shared machine): run it by hand after {@code mvn package}:
 *
 * <pre>
 * java -cp target/cbec-kg.jar:target/test-classes org.cbeckg.bench.LongArticleBenchmark [SEEDS_DIR] [MB...]
 * </pre>
 */
public final class LongArticleBenchmark {

    private static final int MIB = 1 << 20;
    /** CPU time of this thread: on a shared machine it varies much less than wall time. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws IOException {
        Path seeds = Path.of(args.length > 0 ? args[0] : "seeds");
        List<Double> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Double.parseDouble(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1.0, 5.0);
        }
        List<String> paragraphs = seedParagraphs(seeds);
        ExtractionPipeline pipeline = StandardPipeline.create();
        run(pipeline, article(paragraphs, MIB / 16), false);  // warm-up: class loading and JIT
        for (double mb : sizes) {
            run(pipeline, article(paragraphs, (int) (mb * MIB)), true);
        }
    }

    /** The body paragraphs of every seed, as their articles give them. */
    private static List<String> seedParagraphs(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Article a = ArticleReader.read(f);
                a.body().paragraphs().forEach(p -> out.add(a.text().substring(p.charStart(), p.charEnd())));
            }
        }
        return out;
    }

    /** An article file of at least {@code bytes} bytes: front matter, then the paragraphs over and over. */
    private static Article article(List<String> paragraphs, int bytes) {
        StringBuilder sb = new StringBuilder("---\ntitle: '长文'\ndate: Thu, 21 Apr 2022 08:09:11 GMT\n---\n<div>\n");
        int size = 0;
        for (int i = 0; size < bytes; i++) {
            String p = "<p>" + paragraphs.get(i % paragraphs.size()) + "</p>\n";
            sb.append(p);
            size += p.getBytes(StandardCharsets.UTF_8).length;
        }
        sb.append("</div>\n");
        return ArticleReader.read("long.txt", sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void run(ExtractionPipeline pipeline, Article article, boolean print) {
        int bytes = article.text().getBytes(StandardCharsets.UTF_8).length;
        Extraction extraction = Extraction.empty(article);
        long total = 0;
        long totalCpu = 0;
        List<String> lines = new ArrayList<>();
        for (Extractor<?> stage : pipeline.stages()) {
            long t0 = System.nanoTime();
            long c0 = CPU.getCurrentThreadCpuTime();
            List<? extends Fact> found = stage.extract(article, extraction);
            long cpu = CPU.getCurrentThreadCpuTime() - c0;
            long nanos = System.nanoTime() - t0;
            total += nanos;
            totalCpu += cpu;
            extraction = extraction.with(stage.produces(), new Extraction.Producer(stage.name(), stage.version()),
                    found);
            lines.add(String.format("  %-14s %8.2f s %8.2f s CPU  %7d facts", stage.name(), nanos / 1e9, cpu / 1e9,
                    found.size()));
        }
        if (print) {
            System.out.printf("article of %.2f MB (%d chars, %d paragraphs): %.2f s, %.2f s CPU%n",
                    bytes / (double) MIB, article.text().length(), article.body().paragraphs().size(), total / 1e9,
                    totalCpu / 1e9);
            lines.forEach(System.out::println);
        }
    }
}
