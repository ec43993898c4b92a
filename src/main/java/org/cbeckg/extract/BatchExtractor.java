package org.cbeckg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cbeckg.article.Article;
import org.cbeckg.extract.zones.BatchClue;
import org.cbeckg.extract.zones.BatchClueReader;
import org.cbeckg.extract.zones.BatchMerger;
import org.cbeckg.extract.zones.PlacesInText;
import org.cbeckg.lang.text.Segmenter;
import org.cbeckg.lang.text.TextPiece;
import org.cbeckg.model.BatchFact;
import org.cbeckg.model.Extraction;
import org.cbeckg.model.FactKind;

/**
 * Finds the approval batches of pilot zones an article speaks of: the batch it reports (count of 等N个城市, cities,
 * approval document, date, ordinal when stated or implied by 复制推广前五批, cumulative from a national total) and
 * earlier batches named by ordinal (前五批105个, 先后六批…132个, 先后分七批设立，数量增至165个, 首个综试区 in 2015, an
 * approval of 杭州's zone alone). One fact per batch.
 * Requires the places, to know which cities a sentence names and whether a total is national.
 *
 * <pre>{@code
 * ExtractionPipeline.builder().add(new PlaceExtractor(g)).add(new BatchExtractor()).build();
 * }</pre>
 */
public final class BatchExtractor implements Extractor<BatchFact> {

    @Override
    public String name() {
        return "batches";
    }

    @Override
    public String version() {
        return "6";
    }

    @Override
    public FactKind produces() {
        return FactKind.BATCH;
    }

    @Override
    public Set<FactKind> requires() {
        return Set.of(FactKind.PLACE);
    }

    @Override
    public List<BatchFact> extract(Article article, Extraction upstream) {
        String text = article.view().text();
        LocalDate published = article.publishedDate().orElse(null); // undated: relative dates stay unknown
        BatchClueReader reader = new BatchClueReader(text, PlacesInText.of(upstream.places(), article.view()),
                published);
        List<BatchClue> clues = new ArrayList<>();
        for (TextPiece sentence : Segmenter.sentences(text)) {
            clues.addAll(reader.read(sentence));
        }
        return BatchMerger.merge(clues, published, p -> article.view().spanOfChars(p.start(), p.end()));
    }
}
