package org.cbeckg.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.cbeckg.article.Article;
import org.cbeckg.article.ArticleReader;
import org.cbeckg.extract.ExtractionPipeline;
import org.cbeckg.graph.ArticleGraph;
import org.cbeckg.graph.ArticleGraphMapper;
import org.cbeckg.graph.ArticleGraphValidator;
import org.cbeckg.graph.Iris;
import org.cbeckg.graph.Validated;
import org.cbeckg.model.Extraction;
import org.cbeckg.vocab.CBEC;

/**
 * File in, article graph out: read, extract, map, validate. A pure function of the file's bytes and the extractors
 * (apart from the ingest time stamp), safe to call from several threads at once; a bad file throws
 * {@link org.cbeckg.CbecKgException} naming the file and the reason. A fact that breaks a SHACL shape is dropped
 * and the rest kept; the warning that names it travels with the prepared article.
 */
final class ArticlePreparer {

    private final ExtractionPipeline pipeline;
    private final ArticleGraphMapper mapper;
    private final Clock clock;
    private final long maxArticleBytes;
    private final ThreadLocal<ArticleGraphValidator> validators = ThreadLocal.withInitial(ArticleGraphValidator::new);

    ArticlePreparer(ExtractionPipeline pipeline, Iris iris, Clock clock, long maxArticleBytes) {
        this.pipeline = Objects.requireNonNull(pipeline);
        this.mapper = new ArticleGraphMapper(iris);
        this.clock = Objects.requireNonNull(clock);
        this.maxArticleBytes = maxArticleBytes;
    }

    String pipelineVersion() {
        return pipeline.version();
    }

    PreparedArticle prepare(Path file) {
        Article article = ArticleReader.read(file, maxArticleBytes);
        Extraction extraction = pipeline.run(article);
        Validated validated = validators.get().validate(mapper.map(extraction, clock.instant(), pipeline.version()));
        ArticleGraph graph = validated.graph();
        Set<Node> cells = new HashSet<>();
        graph.model().getGraph().find(Node.ANY, CBEC.cell.asNode(), Node.ANY)
                .forEachRemaining(t -> cells.add(t.getObject()));
        return new PreparedArticle(file, graph.graphName().asNode(), graph.model().getGraph(), article.sha256(),
                extraction.all().size() - validated.warnings().size(), cells,
                Stream.concat(article.warnings().stream(), validated.warnings().stream()).toList());
    }
}
