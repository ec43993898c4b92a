package org.cbeckg.extract;

import java.time.LocalDate;

import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.cbeckg.model.Extraction;
import org.cbeckg.model.place.Gazetteer;

/** The place → batch → zone pipeline, run on a seed or on a test's own sentences. */
final class ExtractorFixture {

    static final ExtractionPipeline PIPELINE = ExtractionPipeline.builder()
            .add(new PlaceExtractor(gazetteer()))
            .add(new BatchExtractor())
            .add(new ZoneExtractor())
            .build();

    private ExtractorFixture() {
    }

    static Gazetteer gazetteer() {
        return Gazetteer.standard();
    }

    static Extraction seed(String prefix) {
        return PIPELINE.run(TestArticles.seed(prefix));
    }

    static Extraction run(LocalDate published, String... paragraphs) {
        Article a = TestArticles.of(published, paragraphs);
        return PIPELINE.run(a);
    }
}
