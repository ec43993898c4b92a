package org.cbeckg.extract;

import org.cbeckg.model.place.Gazetteer;

/**
 * The extractors CBEC-KG runs, in the order facts flow between them. The one place a stage is registered: the
 * compiler checks the list, and {@link ExtractionPipeline.Builder#build()} checks each stage's prerequisites.
 */
public final class StandardPipeline {

    private StandardPipeline() {
    }

    public static ExtractionPipeline create() {
        Gazetteer gazetteer = Gazetteer.standard();
        return ExtractionPipeline.builder()
                .add(new PlaceExtractor(gazetteer))
                .add(OrganizationExtractor.standard())
                .add(PersonExtractor.standard())
                .add(new EventExtractor())
                .add(new BatchExtractor())
                .add(new ZoneExtractor())
                .add(new IndicatorExtractor())
                .build();
    }
}
