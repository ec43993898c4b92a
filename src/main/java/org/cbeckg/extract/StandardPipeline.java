package org.cbeckg.extract;

/**
 * The extractors CBEC-KG runs, in the order facts flow between them. The one place a stage is registered: the
 * compiler checks the list, and {@link ExtractionPipeline.Builder#build()} checks each stage's prerequisites.
 */
public final class StandardPipeline {

    private StandardPipeline() {
    }

    public static ExtractionPipeline create() {
        return ExtractionPipeline.builder().build();
    }
}
