package org.cbeckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.cbeckg.model.Extraction;
import org.cbeckg.model.FactKind;
import org.cbeckg.model.PlaceMention;
import org.junit.jupiter.api.Test;

/** The three extractors in a pipeline, after a stand-in for the place extractor, in the order they must run. */
class BodiesPipelineTest {

    /** Stands in for the place extractor written elsewhere. */
    private static final class StubPlaceExtractor implements Extractor<PlaceMention> {
        @Override
        public String name() {
            return "test-places";
        }

        @Override
        public String version() {
            return "0";
        }

        @Override
        public FactKind produces() {
            return FactKind.PLACE;
        }

        @Override
        public List<PlaceMention> extract(Article article, Extraction upstream) {
            return TestPlaces.mentions(article);
        }
    }

    @Test
    void runsInOrderPlacesBodiesPersonsEvents() {
        ExtractionPipeline pipeline = ExtractionPipeline.builder().add(new StubPlaceExtractor())
                .add(OrganizationExtractor.standard()).add(PersonExtractor.standard()).add(new EventExtractor())
                .build();
        Extraction facts = pipeline.run(TestArticles.seed("004"));
        assertEquals(4, facts.persons().size());
        assertEquals(1, facts.events().size());
        assertEquals("persons", facts.producer(FactKind.PERSON).name());
    }

    @Test
    void bodiesBeforePlacesIsRejected() {
        ExtractionPipeline.Builder wrongOrder = ExtractionPipeline.builder().add(OrganizationExtractor.standard())
                .add(new StubPlaceExtractor());
        assertThrows(IllegalStateException.class, wrongOrder::build);
    }

    @Test
    void sameInputSameOutput() {
        Article a = TestArticles.seed("000");
        Extraction upstream = TestPlaces.withPlacesAndBodies(a);
        assertEquals(PersonExtractor.standard().extract(a, upstream), PersonExtractor.standard().extract(a, upstream));
        assertEquals(new EventExtractor().extract(a, upstream), new EventExtractor().extract(a, upstream));
    }
}
