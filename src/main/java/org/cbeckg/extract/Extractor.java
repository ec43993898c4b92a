package org.cbeckg.extract;

import java.util.List;
import java.util.Set;

import org.cbeckg.article.Article;
import org.cbeckg.model.Extraction;
import org.cbeckg.model.Fact;
import org.cbeckg.model.FactKind;

/**
 * One extraction stage: reads an article (and the facts of the stages it {@link #requires()}), returns new immutable
 * facts of one kind. Pure: it mutates nothing and gives the same output for the same input, so a re-ingest of an
 * unchanged file yields the same graph.
 *
 * @param <F> the kind of fact produced
 */
public interface Extractor<F extends Fact> {

    /** Short stable name, e.g. {@code indicators}; with {@link #version()} it names the extractor in provenance. */
    String name();

    /** Bump when the output for the same input changes; stored articles are re-extracted on a new version. */
    String version();

    FactKind produces();

    /** Kinds this stage reads from {@code upstream}; the pipeline checks they are produced earlier. */
    default Set<FactKind> requires() {
        return Set.of();
    }

    List<F> extract(Article article, Extraction upstream);
}
