package org.cbeckg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.query.QuerySolution;
import org.cbeckg.CbecKgException;
import org.cbeckg.article.Article;
import org.cbeckg.article.ArticleReader;
import org.cbeckg.extract.ExtractionPipeline;
import org.cbeckg.graph.ArticleGraph;
import org.cbeckg.graph.ArticleGraphMapper;
import org.cbeckg.graph.ArticleGraphValidator;
import org.cbeckg.model.Extraction;
import org.cbeckg.vocab.CBEC;

/**
 * Ingests article files into the store, one write transaction per article. An unchanged file (same SHA-256, same
 * extractor versions) is skipped; a changed one has its graph replaced; a file that cannot be read, extracted or
 * validated is reported with its name and reason and leaves the store as it was, and the rest still go in.
 *
 * <pre>{@code
 * IngestReport r = new Ingester(store, pipeline, listener, Clock.systemUTC()).ingest(List.of(Path.of("seeds")));
 * }</pre>
 */
public final class Ingester {

    private final KnowledgeStore store;
    private final ExtractionPipeline pipeline;
    private final IngestListener listener;
    private final Clock clock;
    private final ArticleGraphMapper mapper;
    private final ArticleGraphValidator validator = new ArticleGraphValidator();

    public Ingester(KnowledgeStore store, ExtractionPipeline pipeline, IngestListener listener, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.pipeline = Objects.requireNonNull(pipeline);
        this.listener = Objects.requireNonNull(listener);
        this.clock = Objects.requireNonNull(clock);
        this.mapper = new ArticleGraphMapper(store.iris());
    }

    /** Ingests the given files and every {@code *.txt} below the given folders, in name order. */
    public IngestReport ingest(List<Path> paths) {
        List<Path> files = expand(paths);
        int added = 0;
        int replaced = 0;
        int unchanged = 0;
        int facts = 0;
        List<IngestReport.Failure> failures = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            IngestListener.Outcome outcome;
            String detail;
            try {
                Result r = ingestOne(file);
                outcome = r.outcome();
                detail = r.facts() + " facts";
                facts += r.facts();
            } catch (CbecKgException e) {
                outcome = IngestListener.Outcome.FAILED;
                detail = e.getMessage();
                failures.add(new IngestReport.Failure(file.toString(), reason(e, file)));
            }
            switch (outcome) {
                case ADDED -> added++;
                case REPLACED -> replaced++;
                case UNCHANGED -> unchanged++;
                default -> { }
            }
            listener.fileDone(i + 1, files.size(), file, outcome, detail);
        }
        return new IngestReport(added, replaced, unchanged, facts, failures);
    }

    private record Result(IngestListener.Outcome outcome, int facts) {
    }

    private Result ingestOne(Path file) {
        Article article = ArticleReader.read(file);
        Optional<Stored> stored = stored(article);
        if (stored.isPresent() && stored.get().sha256().equals(article.sha256())
                && stored.get().pipelineVersion().equals(pipeline.version())) {
            return new Result(IngestListener.Outcome.UNCHANGED, 0);
        }
        Extraction extraction = pipeline.run(article);
        ArticleGraph graph = mapper.map(extraction, clock.instant(), pipeline.version());
        validator.requireValid(graph);
        store.replaceGraph(graph.graphName().asNode(), graph.model().getGraph());
        return new Result(stored.isPresent() ? IngestListener.Outcome.REPLACED : IngestListener.Outcome.ADDED,
                extraction.all().size());
    }

    private record Stored(String sha256, String pipelineVersion) {
    }

    private Optional<Stored> stored(Article article) {
        String graph = store.iris().articleGraph(article.key()).getURI();
        String q = "SELECT ?sha ?pv WHERE { GRAPH <" + graph + "> { ?a <" + CBEC.sha256.getURI() + "> ?sha ; <"
                + CBEC.pipelineVersion.getURI() + "> ?pv } } LIMIT 1";
        List<QuerySolution> rows = Sparql.select(store.dataset(), q);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        QuerySolution s = rows.get(0);
        return Optional.of(new Stored(s.getLiteral("sha").getLexicalForm(), s.getLiteral("pv").getLexicalForm()));
    }

    private static String reason(CbecKgException e, Path file) {
        String name = file.getFileName().toString();
        String msg = e.getMessage();
        return msg.startsWith(name + ": ") ? msg.substring(name.length() + 2) : msg;
    }

    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".txt"))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new CbecKgException(p.toString(), "cannot list folder: " + e.getMessage(), e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }
}
