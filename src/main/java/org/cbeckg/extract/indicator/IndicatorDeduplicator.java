package org.cbeckg.extract.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cbeckg.model.IndicatorFact;
import org.cbeckg.model.MeasureKey;
import org.cbeckg.model.Period;
import org.cbeckg.model.Unit;

/**
 * Keeps one fact per figure an article states. A figure in a reporter's question is dropped when the article
 * states the same value and unit outside questions (the answer repeats it); the same measure, value and unit with
 * the same period, or with no period on one side, is one fact, and the statement is preferred over a copy in a
 * question or a 《document title》, a stated period over none, and an earlier statement over a later one.
 *
 * <pre>{@code
 * List<IndicatorFact> facts = IndicatorDeduplicator.dedupe(candidates);
 * }</pre>
 */
public final class IndicatorDeduplicator {

    /** A fact found in the text, with where it was found. */
    public record Candidate(IndicatorFact fact, boolean inQuestion, boolean inTitle) {
    }

    private IndicatorDeduplicator() {
    }

    /** The facts to keep, in text order. */
    public static List<IndicatorFact> dedupe(List<Candidate> candidates) {
        Set<Figure> statedOutsideQuestions = candidates.stream().filter(c -> !c.inQuestion())
                .map(c -> Figure.of(c.fact())).collect(Collectors.toSet());
        List<Candidate> stated = candidates.stream()
                .filter(c -> !c.inQuestion() || !statedOutsideQuestions.contains(Figure.of(c.fact())))
                .sorted(Comparator.comparingInt(IndicatorDeduplicator::rank)
                        .thenComparingInt(c -> c.fact().evidence().start()))
                .toList();
        Map<Fact, List<Period>> keptPeriods = new HashMap<>();
        List<IndicatorFact> kept = new ArrayList<>();
        for (Candidate c : stated) {
            List<Period> periods = keptPeriods.computeIfAbsent(Fact.of(c.fact()), k -> new ArrayList<>());
            Period p = c.fact().period();
            // the same fact when either period is unknown or both are the same
            boolean same = !periods.isEmpty() && (p == null || periods.contains(null) || periods.contains(p));
            if (!same) {
                periods.add(p);
                kept.add(c.fact());
            }
        }
        kept.sort(Comparator.comparingInt(f -> f.evidence().start()));
        return List.copyOf(kept);
    }

    private static int rank(Candidate c) {
        return (c.inQuestion() ? 4 : 0) + (c.inTitle() ? 2 : 0) + (c.fact().period() == null ? 1 : 0);
    }

    /** A value and its unit, as a hash key (1.50 and 1.5 are one value). */
    private record Figure(BigDecimal value, Unit unit) {
        static Figure of(IndicatorFact f) {
            return new Figure(f.value().stripTrailingZeros(), f.unit());
        }
    }

    /** A figure of a measure (an unclassified one told apart by its note), whatever its period. */
    private record Fact(MeasureKey measure, String note, Figure figure) {
        static Fact of(IndicatorFact f) {
            return new Fact(f.measure(), f.measureNote(), Figure.of(f));
        }
    }
}
