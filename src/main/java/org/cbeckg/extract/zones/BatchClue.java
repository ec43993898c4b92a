package org.cbeckg.extract.zones;

import java.util.List;
import java.util.Objects;

import org.cbeckg.lang.text.TextPiece;
import org.cbeckg.model.PartialDate;
import org.cbeckg.model.Place;

/**
 * One thing a sentence says about an approval batch, before clues about the same batch are merged.
 * {@code 前五批105个} gives {@code numbered(5, null, 105, null, List.of(), piece)}.
 *
 * @param role       which batch the clue is about: the one the article reports, an earlier one, or the national total
 * @param approved   when the approval was given, if the clue says
 * @param publicized when the approval document was made public ({@code 12月24日，中国政府网公布《…批复》}), if that
 *                   is the date the clue gives instead: the batch takes it only when no clue dates the approval
 * @param evidence   the chars the clue was read from
 */
public record BatchClue(Role role, Integer ordinal, Integer count, Integer cumulative, PartialDate approved,
                        String document, List<Place> cities, TextPiece evidence, PartialDate publicized) {

    /** Which batch a clue is about. */
    public enum Role {
        /** The batch whose approval the article reports (近日, 日前, this year, 本批). */
        CURRENT,
        /** A batch named by ordinal or date, possibly the current one too. */
        NUMBERED,
        /** A national total of zones (截至目前…共有132个): the cumulative count up to the current batch. */
        NATIONAL_TOTAL,
        /** A national total right after an approval (至此，综试区增至165个): that approval's cumulative count. */
        TOTAL_SO_FAR,
        /** The national total the article's batch adds to (在已设立59个综试区的基础上，再新设46个). */
        PRIOR_TOTAL,
        /**
         * Cities enumerated apart from their approval (这22个城市分别是：…): they join the batch of the clue's count,
         * or, with no count, the article's batch.
         */
        LISTED,
        /**
         * The batches before the article's own (继前四批之后, 加上此前分两批设立的13个): the ordinal is the article's
         * batch's, when the article reports one.
         */
        FOLLOWS
    }

    public BatchClue {
        Objects.requireNonNull(role);
        Objects.requireNonNull(evidence);
        cities = List.copyOf(cities);
    }

    /** A clue that dates no publishing. */
    public BatchClue(Role role, Integer ordinal, Integer count, Integer cumulative, PartialDate approved,
                     String document, List<Place> cities, TextPiece evidence) {
        this(role, ordinal, count, cumulative, approved, document, cities, evidence, null);
    }

    static BatchClue numbered(Integer ordinal, Integer count, Integer cumulative, PartialDate approved,
                              List<Place> cities, TextPiece evidence) {
        return new BatchClue(Role.NUMBERED, ordinal, count, cumulative, approved, null, cities, evidence);
    }
}
