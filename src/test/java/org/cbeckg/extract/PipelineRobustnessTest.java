package org.cbeckg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.jena.shacl.ValidationReport;
import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.cbeckg.article.ArticleFormatException;
import org.cbeckg.article.ArticleReader;
import org.cbeckg.graph.ArticleGraph;
import org.cbeckg.graph.ArticleGraphMapper;
import org.cbeckg.graph.ArticleGraphValidator;
import org.cbeckg.graph.Iris;
import org.cbeckg.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Mangled articles (cut, spliced, duplicated, with stray markup) go through the whole pipeline without an
 * unexpected exception, and whatever comes out still conforms to the shapes, quotes and offsets included.
 */
class PipelineRobustnessTest {

    static final String[] NOISE = {"<span>", "</font>", "<b>", "\u3000", "&nbsp;", "<br>", "。", "，", "2021年",
        "1.5万亿元", "超过", "国务院", "商务部新闻发言人", "第八批", "综试区", "<script>x()</script>", "《", "》", "\n"};

    @Test
    void mangledSeedsNeverBreakThePipeline() throws IOException {
        ExtractionPipeline pipeline = StandardPipeline.create();
        ArticleGraphMapper mapper = new ArticleGraphMapper(new Iris(Iris.DEFAULT_BASE));
        ArticleGraphValidator validator = new ArticleGraphValidator();
        Random random = new Random(20261122);
        List<String> failures = new ArrayList<>();
        int mapped = 0;
        try (var seeds = Files.list(TestArticles.SEEDS)) {
            for (Path seed : seeds.sorted().toList()) {
                String original = Files.readString(seed, StandardCharsets.UTF_8);
                for (int i = 0; i < 40; i++) {
                    String mangled = mangle(original, random);
                    try {
                        Article a = ArticleReader.read("m" + i + ".txt", mangled.getBytes(StandardCharsets.UTF_8));
                        ArticleGraph g = mapper.map(pipeline.run(a), Instant.EPOCH, "robustness");
                        ValidationReport report = validator.validate(g.model().getGraph());
                        if (!report.conforms()) {
                            failures.add(seed.getFileName() + "#" + i + " does not conform: "
                                    + report.getEntries().iterator().next());
                        }
                        mapped++;
                    } catch (ArticleFormatException expected) {
                        // a cut through the front matter is rightly not an article
                    } catch (RuntimeException e) {
                        failures.add(seed.getFileName() + "#" + i + ": " + e);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(mapped > 150, "only " + mapped + " variants were readable");
    }

    /** Regression: a figure with an explicit year in an article without a date threw a NullPointerException. */
    @Test
    void articleWithoutDateStillYieldsDatedFigures() {
        Article a = ArticleReader.read("nodate.txt", ("---\ntitle: x\n---\n<p>2021年，全省跨境电商进出口达120.5亿元，"
                + "同比增长12%。</p>").getBytes(StandardCharsets.UTF_8));
        Extraction e = StandardPipeline.create().run(a);
        assertTrue(e.indicators().stream().anyMatch(f -> f.period() != null && f.period().code().equals("2021")),
                e.indicators().toString());
    }

    static String mangle(String s, Random random) {
        StringBuilder sb = new StringBuilder(s);
        int edits = 1 + random.nextInt(12);
        for (int e = 0; e < edits && sb.length() > 10; e++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(4)) {
                case 0 -> sb.delete(at, Math.min(sb.length(), at + 1 + random.nextInt(40)));
                case 1 -> sb.insert(at, NOISE[random.nextInt(NOISE.length)]);
                case 2 -> {
                    int len = Math.min(sb.length() - at, 1 + random.nextInt(80));
                    sb.insert(random.nextInt(sb.length()), sb.substring(at, at + len));
                }
                default -> {
                    if (at + 1 < sb.length()) {
                        char c = sb.charAt(at);
                        sb.setCharAt(at, sb.charAt(at + 1));
                        sb.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
