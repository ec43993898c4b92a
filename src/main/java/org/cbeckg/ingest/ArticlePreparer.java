package org.cbeckg.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.cbeckg.article.Article;
import org.cbeckg.article.ArticleReader;
import org.cbeckg.extract.ExtractionPipeline;
import org.cbeckg.graph.ArticleGraph;
import org.cbeckg.graph.ArticleGraphMapper;
import org.cbeckg.graph.ArticleGraphValidator;
import org.cbeckg.graph.Iris;
import org.cbeckg.model.Extraction;
import org.cbeckg.vocab.CBEC;

/**
 * File in, article graph out: read, extract, map, validate. A pure function of the file's bytes and the extractors
 * (apart from the ingest time stamp), safe to call from several threads at once; a bad file throws
 * {@link org.cbeckg.CbecKgException} naming the file and the reason.
 */
final class ArticlePreparer {

    private final ExtractionPipeline pipeline;
    private final ArticleGraphMapper mapper;
    private final Clock clock;
    private final ThreadLocal<ArticleGraphValidator> validators = ThreadLocal.withInitial(ArticleGraphValidator::new);

    ArticlePreparer(ExtractionPipeline pipeline, Iris iris, Clock clock) {
        this.pipeline = Objects.requireNonNull(pipeline);
        this.mapper = new ArticleGraphMapper(iris);
        this.clock = Objects.requireNonNull(clock);
    }

    String pipelineVersion() {
        return pipeline.version();
    }

    PreparedArticle prepare(Path file) {
        Article article = ArticleReader.read(file);
        Extraction extraction = pipeline.run(article);
        ArticleGraph graph = mapper.map(extraction, clock.instant(), pipeline.version());
        validators.get().requireValid(graph);
        Set<Node> cells = new HashSet<>();
        graph.model().getGraph().find(Node.ANY, CBEC.cell.asNode(), Node.ANY)
                .forEachRemaining(t -> cells.add(t.getObject()));
        return new PreparedArticle(file, graph.graphName().asNode(), graph.model().getGraph(), article.sha256(),
                extraction.all().size(), cells, article.warnings());
    }
}
