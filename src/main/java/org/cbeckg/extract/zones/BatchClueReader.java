package org.cbeckg.extract.zones;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a sentence says about approval batches, in text order: approvals, ordinals and national totals.
 *
 * <pre>{@code
 * BatchClueReader r = new BatchClueReader(text, PlacesInText.of(places, body), published);
 * List<BatchClue> clues = r.read(sentence);
 * }</pre>
 */
public final class BatchClueReader {

    private final ApprovalClues approvals;
    private final OrdinalClues ordinals;
    private final TotalClues totals;

    public BatchClueReader(String text, PlacesInText places, LocalDate published) {
        this.approvals = new ApprovalClues(text, places, published);
        this.ordinals = new OrdinalClues(text, places, published);
        this.totals = new TotalClues(text, places);
    }

    public List<BatchClue> read(TextPiece sentence) {
        List<BatchClue> out = new ArrayList<>(approvals.find(sentence));
        out.addAll(ordinals.find(sentence));
        out.addAll(totals.find(sentence));
        return out;
    }
}
