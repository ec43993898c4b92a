package org.cbeckg.extract.zones;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cbeckg.lang.text.TextPiece;
import org.cbeckg.model.PartialDate;

/**
 * Everything a sentence says about approval batches, in text order: approvals, ordinals and national totals; a date
 * the sentence states as the approval's (批复时间为2019年12月15日) dates its batch clues that have none.
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
    private final ListedCities lists;

    private final String text;
    private final LocalDate published;

    public BatchClueReader(String text, PlacesInText places, LocalDate published) {
        this.text = text;
        this.published = published;
        this.approvals = new ApprovalClues(text, places, published);
        this.ordinals = new OrdinalClues(text, places, published);
        this.totals = new TotalClues(text, places);
        this.lists = new ListedCities(text, places);
    }

    public List<BatchClue> read(TextPiece sentence) {
        List<BatchClue> approved = approvals.find(sentence);
        List<BatchClue> out = new ArrayList<>();
        for (BatchClue c : ordinals.find(sentence)) {
            if (namesApprovedBatch(c, approved)) {
                approved = withOrdinal(approved, c.ordinal());
            } else {
                out.add(c);
            }
        }
        out.addAll(0, approved);
        out.addAll(totals.find(sentence));
        lists.find(sentence).ifPresent(out::add);
        Optional<PartialDate> stated = DateCues.statedApproval(sentence.of(text), published);
        if (stated.isPresent() && out.isEmpty() && DateCues.isRecent(stated, published)) {
            // 批复落款日期为1月22日。: a sentence of its own dates the batch the article reports
            return List.of(new BatchClue(BatchClue.Role.CURRENT, null, null, null, stated.get(), null, List.of(),
                    sentence));
        }
        return stated.isEmpty() ? out : out.stream().map(c -> dated(c, stated.get())).toList();
    }

    /** 此次获批的24个城市为第四批综试区，批复时间为2019年12月15日: the stated date is the sentence's batch's. */
    private static BatchClue dated(BatchClue c, PartialDate date) {
        boolean batch = c.role() == BatchClue.Role.CURRENT || c.role() == BatchClue.Role.NUMBERED;
        if (!batch || c.approved() != null) {
            return c;
        }
        return new BatchClue(c.role(), c.ordinal(), c.count(), c.cumulative(), date, c.document(), c.cities(),
                c.evidence(), c.publicized());
    }

    /** 国务院同意在…设立…，这是第七批综试区: a bare 第N批 after an approval in its sentence is that approval's. */
    private boolean namesApprovedBatch(BatchClue ordinal, List<BatchClue> approved) {
        boolean bare = ordinal.role() != BatchClue.Role.FOLLOWS && ordinal.ordinal() != null
                && ordinal.count() == null && ordinal.cumulative() == null && ordinal.cities().isEmpty()
                && ZoneWords.ORDINAL.matcher(ordinal.evidence().of(text)).find();
        // the ordinal may carry the date it shares with the approval before it (2022年11月，国务院同意…，这是第七批)
        return bare && !approved.isEmpty() && approved.stream()
                .allMatch(a -> a.ordinal() == null && a.evidence().end() <= ordinal.evidence().start()
                        && (ordinal.approved() == null || ordinal.approved().equals(a.approved())));
    }

    private static List<BatchClue> withOrdinal(List<BatchClue> approved, int ordinal) {
        return approved.stream().map(a -> new BatchClue(a.role(), ordinal, a.count(), a.cumulative(), a.approved(),
                a.document(), a.cities(), a.evidence())).toList();
    }
}
