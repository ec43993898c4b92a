package org.cbeckg.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cbeckg.article.Article;
import org.cbeckg.article.NormalisedText;
import org.cbeckg.article.Span;
import org.cbeckg.extract.places.LocatedPlace;
import org.cbeckg.extract.zones.FirstBatch;
import org.cbeckg.extract.zones.PlacesInText;
import org.cbeckg.lang.text.Segmenter;
import org.cbeckg.lang.text.TextPiece;
import org.cbeckg.extract.zones.ZoneSightings;
import org.cbeckg.lang.text.SortedLists;
import org.cbeckg.model.BatchFact;
import org.cbeckg.model.Extraction;
import org.cbeckg.model.FactKind;
import org.cbeckg.model.Place;
import org.cbeckg.model.PlaceMention;
import org.cbeckg.model.ZoneFact;

/**
 * Finds each pilot zone the article names or implies, one per city: the cities of an approval batch (with the
 * batch's ordinal and date, each null when the article does not state or imply it) and cities named as having a
 * zone ({@code 宁波等地陆续设立综试区}, {@code 杭州综试区}, a row of a table of zones), which get a batch only when a
 * batch of this article lists them, and a date only when their clause says when they were approved
 * ({@code 2018年昆明市获批设立综试区}), in whichever clause names it first or later. The first zone is 杭州's
 * ({@link FirstBatch}): when the article tells the first batch (全国首个综试区) without naming its city, a 杭州 zone it names is
 * of that batch, with its date.
 * Requires the places and the batches.
 *
 * <pre>{@code
 * ExtractionPipeline.builder().add(new PlaceExtractor(g)).add(new BatchExtractor()).add(new ZoneExtractor()).build();
 * }</pre>
 */
public final class ZoneExtractor implements Extractor<ZoneFact> {

    @Override
    public String name() {
        return "zones";
    }

    @Override
    public String version() {
        return "6";
    }

    @Override
    public FactKind produces() {
        return FactKind.ZONE;
    }

    @Override
    public Set<FactKind> requires() {
        return Set.of(FactKind.PLACE, FactKind.BATCH);
    }

    @Override
    public List<ZoneFact> extract(Article article, Extraction upstream) {
        NormalisedText body = article.view();
        List<TextPiece> clauses = Segmenter.clauses(body.text());
        PlacesInText places = PlacesInText.of(upstream.places(), body);
        Map<String, ZoneFact> byCity = new LinkedHashMap<>();
        for (BatchFact batch : upstream.batches()) {
            for (Place city : batch.cities()) {
                Span where = evidence(city, batch.evidence(), upstream.places(), body, clauses);
                byCity.putIfAbsent(city.id(), new ZoneFact(city, batch.ordinal(), batch.approved(), where));
            }
        }
        for (ZoneSightings.Sighting seen : new ZoneSightings(article.view().text(), places,
                article.publishedDate().orElse(null)).find()) {
            LocatedPlace city = seen.city();
            Span where = clauseAround(city.start(), body, clauses);
            Optional<BatchFact> first = FirstBatch.isItsCity(city.place()) ? firstBatch(upstream.batches())
                    : Optional.empty();
            ZoneFact known = byCity.get(city.place().id());
            if (known == null) {
                byCity.put(city.place().id(), new ZoneFact(city.place(), first.map(BatchFact::ordinal).orElse(null),
                        seen.approved() != null ? seen.approved() : first.map(BatchFact::approved).orElse(null),
                        where));
            } else if (known.approved() == null && seen.approved() != null) {
                // 已有甲、乙两个综试区。其中，乙综试区于2019年获批: a later clause dates a zone named before
                byCity.put(city.place().id(), new ZoneFact(known.city(), known.batch(), seen.approved(),
                        known.evidence()));
            }
        }
        return List.copyOf(byCity.values());
    }

    private static Optional<BatchFact> firstBatch(List<BatchFact> batches) {
        return batches.stream().filter(b -> b.ordinal() != null && b.ordinal() == FirstBatch.ORDINAL).findFirst();
    }

    /** The batch's evidence when it names the city, else the clause of the city's first mention. */
    private static Span evidence(Place city, Span batchEvidence, List<PlaceMention> mentions, NormalisedText body,
                                 List<TextPiece> clauses) {
        List<Span> spans = mentions.stream().filter(m -> m.place().equals(city)).map(PlaceMention::evidence).toList();
        if (spans.isEmpty() || spans.stream().anyMatch(batchEvidence::contains)) {
            return batchEvidence;
        }
        return clauseAround(body.charIndex(spans.get(0).start()), body, clauses);
    }

    private static Span clauseAround(int charIndex, NormalisedText body, List<TextPiece> clauses) {
        int after = SortedLists.firstAtLeast(clauses, TextPiece::start, charIndex + 1);
        TextPiece clause = after > 0 && clauses.get(after - 1).contains(charIndex) ? clauses.get(after - 1)
                : new TextPiece(charIndex, charIndex);
        return body.spanOfChars(clause.start(), clause.end());
    }
}
