package org.cbeckg.extract.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.cbeckg.model.IndicatorFact;

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
        List<Candidate> stated = candidates.stream()
                .filter(c -> !c.inQuestion() || candidates.stream().noneMatch(o -> !o.inQuestion() && sameFigure(o, c)))
                .sorted(Comparator.comparingInt(IndicatorDeduplicator::rank)
                        .thenComparingInt(c -> c.fact().evidence().start()))
                .toList();
        List<IndicatorFact> kept = new ArrayList<>();
        for (Candidate c : stated) {
            if (kept.stream().noneMatch(k -> sameFact(k, c.fact()))) {
                kept.add(c.fact());
            }
        }
        kept.sort(Comparator.comparingInt(f -> f.evidence().start()));
        return List.copyOf(kept);
    }

    private static int rank(Candidate c) {
        return (c.inQuestion() ? 4 : 0) + (c.inTitle() ? 2 : 0) + (c.fact().period() == null ? 1 : 0);
    }

    private static boolean sameFigure(Candidate a, Candidate b) {
        return a.fact().unit() == b.fact().unit() && a.fact().value().compareTo(b.fact().value()) == 0;
    }

    private static boolean sameFact(IndicatorFact a, IndicatorFact b) {
        boolean periods = a.period() == null || b.period() == null || Objects.equals(a.period(), b.period());
        return periods && a.measure().equals(b.measure()) && Objects.equals(a.measureNote(), b.measureNote())
                && a.unit() == b.unit() && a.value().compareTo(b.value()) == 0;
    }
}
