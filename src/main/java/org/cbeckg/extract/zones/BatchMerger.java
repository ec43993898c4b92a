package org.cbeckg.extract.zones;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.cbeckg.article.Span;
import org.cbeckg.lang.text.TextPiece;
import org.cbeckg.model.BatchFact;
import org.cbeckg.model.PartialDate;
import org.cbeckg.model.Place;

/**
 * Merges the clues of one article into one {@link BatchFact} per batch. Clues about the article's own batch
 * (近日…批复, 本批…前五批) become one batch, which takes a stated national total as its cumulative count and the
 * publication year when no date is given; numbered clues merge by ordinal, and the article's batch joins the
 * numbered one with its ordinal (or, lacking one, the one with its count). Earlier clues win a conflict, except that
 * a more precise date beats a year, and a date of approval beats the day the document was made public. A clue that
 * names neither ordinal nor count (2015年3月，国务院批复同意设立中国（杭州）…) dates the batch that lists its city; the
 * total before the article's batch (在已设立59个…的基础上) is the cumulative count of the batch before it.
 *
 * <pre>{@code
 * List<BatchFact> batches = BatchMerger.merge(clues, published, p -> body.spanOfChars(p.start(), p.end()));
 * }</pre>
 */
public final class BatchMerger {

    /** A batch being assembled from clues; lives only inside {@link #merge}. */
    private static final class Draft {
        private Integer ordinal;
        private Integer count;
        private Integer cumulative;
        private PartialDate approved;
        private PartialDate publicized;
        private String document;
        private final Set<Place> cities = new LinkedHashSet<>();
        private TextPiece evidence;

        void absorb(BatchClue c) {
            boolean keyless = !hasKey(); // the first clue that names the batch gives the evidence
            ordinal = ordinal != null ? ordinal : c.ordinal();
            count = count != null ? count : c.count();
            cumulative = cumulative != null ? cumulative : c.cumulative();
            approved = finer(approved, c.approved());
            publicized = finer(publicized, c.publicized());
            document = document != null ? document : c.document();
            cities.addAll(c.cities());
            if (evidence == null || keyless && (c.ordinal() != null || c.count() != null)) {
                evidence = c.evidence();
            }
        }

        void absorb(Draft d) {
            absorb(new BatchClue(BatchClue.Role.NUMBERED, d.ordinal, d.count, d.cumulative, d.approved, d.document,
                    List.copyOf(d.cities), d.evidence, d.publicized));
        }

        /** The approval date, else the day its document was made public, which bounds it. */
        PartialDate approvedOrPublicized() {
            return approved != null ? approved : publicized;
        }

        boolean hasKey() {
            return ordinal != null || count != null || cumulative != null;
        }

        private static PartialDate finer(PartialDate a, PartialDate b) {
            if (a == null || b == null) {
                return a != null ? a : b;
            }
            return b.precision().compareTo(a.precision()) > 0 && b.year() == a.year() ? b : a;
        }
    }

    private BatchMerger() {
    }

    /** {@code published} may be null for an undated article: the article's batch then gets no default year. */
    public static List<BatchFact> merge(List<BatchClue> clues, LocalDate published, Function<TextPiece, Span> spans) {
        Draft current = null;
        Map<Integer, Draft> byOrdinal = new TreeMap<>();
        Map<Integer, Draft> byCount = new LinkedHashMap<>();
        Integer nationalTotal = null;
        BatchClue priorTotal = null;
        List<BatchClue> unnamed = new ArrayList<>(); // 2015年3月，国务院批复同意设立中国（杭州）…: no ordinal, no count
        Draft lastApproval = null; // the numbered batch whose approval was told last, for 至此…共有N个
        List<BatchClue> listed = new ArrayList<>();
        Integer follows = null;
        for (BatchClue c : clues) {
            switch (c.role()) {
                case LISTED -> listed.add(c);
                case FOLLOWS -> follows = follows == null ? c.ordinal() : follows;
                case CURRENT -> {
                    current = current == null ? new Draft() : current;
                    current.absorb(c);
                }
                case NUMBERED -> {
                    if (c.ordinal() == null && c.count() == null && c.cumulative() == null) {
                        unnamed.add(c);
                        continue;
                    }
                    Draft d = numbered(c, byOrdinal, byCount);
                    d.absorb(c);
                    lastApproval = c.count() != null ? d : lastApproval;
                }
                case PRIOR_TOTAL -> priorTotal = priorTotal == null ? c : priorTotal;
                case TOTAL_SO_FAR -> {
                    if (current == null && lastApproval != null && lastApproval.cumulative == null) {
                        lastApproval.cumulative = c.cumulative();
                    } else if (nationalTotal == null) {
                        nationalTotal = c.cumulative();
                    }
                }
                case NATIONAL_TOTAL -> nationalTotal = nationalTotal == null ? c.cumulative() : nationalTotal;
            }
        }
        if (current != null) {
            if (current.ordinal == null && follows != null && !byOrdinal.containsKey(follows)) {
                current.ordinal = follows;
            }
            settle(current, nationalTotal, published, byOrdinal, byCount);
            fileBefore(current, priorTotal, byOrdinal);
        }
        List<Draft> all = new ArrayList<>(byOrdinal.values());
        all.addAll(byCount.values());
        for (BatchClue c : listed) {
            listedIn(c, all, current).ifPresent(d -> d.cities.addAll(c.cities()));
        }
        unnamed.forEach(c -> all.stream().filter(d -> d.hasKey() && c.cities().stream().anyMatch(d.cities::contains))
                .findFirst().ifPresent(d -> d.absorb(c)));
        return all.stream().filter(Draft::hasKey)
                .sorted(Comparator.comparing((Draft d) -> d.ordinal, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(d -> new BatchFact(d.ordinal, d.count, d.cumulative, d.approvedOrPublicized(), d.document,
                        List.copyOf(d.cities), spans.apply(d.evidence)))
                .toList();
    }

    /**
     * The batch an enumeration belongs to: the one of its count (这22个城市分别是：…), else, when it gives none and
     * refers back (本批城市包括：…), the article's own batch.
     */
    private static Optional<Draft> listedIn(BatchClue c, List<Draft> all, Draft current) {
        if (c.count() != null) {
            return all.stream().filter(d -> c.count().equals(d.count)).findFirst();
        }
        return Optional.ofNullable(current);
    }

    /** 在已设立59个综试区的基础上，再新设…（第五批）: 59 is the cumulative count of the batch before. */
    private static void fileBefore(Draft current, BatchClue priorTotal, Map<Integer, Draft> byOrdinal) {
        if (priorTotal == null || current.ordinal == null || current.ordinal < 2) {
            return;
        }
        int ordinal = current.ordinal - 1;
        byOrdinal.computeIfAbsent(ordinal, o -> new Draft()).absorb(BatchClue.numbered(ordinal, null,
                priorTotal.cumulative(), null, List.of(), priorTotal.evidence()));
    }

    private static Draft numbered(BatchClue c, Map<Integer, Draft> byOrdinal, Map<Integer, Draft> byCount) {
        if (c.ordinal() != null) {
            return byOrdinal.computeIfAbsent(c.ordinal(), o -> new Draft());
        }
        return byCount.computeIfAbsent(c.count() == null ? -1 : c.count(), n -> new Draft());
    }

    /** Completes the article's own batch and files it with the numbered batch it is. */
    private static void settle(Draft current, Integer nationalTotal, LocalDate published,
                               Map<Integer, Draft> byOrdinal, Map<Integer, Draft> byCount) {
        if (current.cumulative == null) {
            current.cumulative = nationalTotal;
        }
        if (current.approvedOrPublicized() == null && published != null) {
            current.approved = PartialDate.ofYear(published.getYear());
        }
        Draft same = current.ordinal != null ? byOrdinal.remove(current.ordinal)
                : current.count != null ? byCount.remove(current.count) : null;
        if (same != null) {
            current.absorb(same);
        }
        if (current.ordinal == null && current.count != null) {
            byOrdinal.values().stream().filter(d -> current.count.equals(d.count)).findFirst()
                    .ifPresent(d -> {
                        current.absorb(d);
                        byOrdinal.values().remove(d);
                    });
        }
        if (current.ordinal != null) {
            byOrdinal.put(current.ordinal, current);
        } else {
            byCount.put(current.count == null ? -2 : current.count, current);
        }
    }
}
