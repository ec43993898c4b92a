package org.cbeckg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.cbeckg.CbecKgException;
import org.cbeckg.article.Article;
import org.cbeckg.model.Extraction;
import org.cbeckg.model.Fact;
import org.cbeckg.model.FactKind;

/**
 * The extractors in the order facts flow between them. Checked when built: every stage's requirements are produced
 * by an earlier stage and no kind has two producers, so a misconfigured pipeline fails before the first article.
 *
 * <pre>{@code
 * ExtractionPipeline p = ExtractionPipeline.builder().add(new PlaceExtractor(gazetteer)).add(...).build();
 * Extraction facts = p.run(article);
 * }</pre>
 */
public final class ExtractionPipeline {

    private final List<Extractor<?>> stages;

    private ExtractionPipeline(List<Extractor<?>> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Extractor<?>> stages() {
        return stages;
    }

    /** A fingerprint of the stages and their versions: stored articles extracted by another are re-extracted. */
    public String version() {
        StringBuilder sb = new StringBuilder();
        for (Extractor<?> e : stages) {
            sb.append(e.name()).append('@').append(e.version()).append(';');
        }
        return sb.toString();
    }

    public Extraction run(Article article) {
        Extraction extraction = Extraction.empty(article);
        for (Extractor<?> stage : stages) {
            List<? extends Fact> found;
            try {
                found = stage.extract(article, extraction);
            } catch (CbecKgException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new CbecKgException(article.fileName(), "extractor '" + stage.name() + "' failed: " + e, e);
            }
            extraction = extraction.with(stage.produces(), new Extraction.Producer(stage.name(), stage.version()),
                    found);
        }
        return extraction;
    }

    public static final class Builder {
        private final List<Extractor<?>> stages = new ArrayList<>();

        public Builder add(Extractor<?> extractor) {
            stages.add(Objects.requireNonNull(extractor));
            return this;
        }

        public ExtractionPipeline build() {
            Set<FactKind> produced = EnumSet.noneOf(FactKind.class);
            for (Extractor<?> e : stages) {
                for (FactKind needed : e.requires()) {
                    if (!produced.contains(needed)) {
                        throw new IllegalStateException("extractor '" + e.name() + "' requires " + needed
                                + ", which no earlier stage produces");
                    }
                }
                if (!produced.add(e.produces())) {
                    throw new IllegalStateException("two extractors produce " + e.produces());
                }
            }
            return new ExtractionPipeline(stages);
        }
    }
}
