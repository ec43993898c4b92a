package org.cbeckg.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Compares the figures articles state, cell by cell (measure × period × area × unit). Pure: figures in, comparisons
 * out. Within a cell, statements of the same value with the same qualifier form one {@link StatedValue} (their
 * articles corroborate each other); two values conflict when no number fits both of their {@link ValueRange}s; each
 * {@link SelectionRule} picks one best value.
 *
 * <pre>{@code List<CellComparison> cells = new FigureComparator(FigureParser.standard()).compare(figures);}</pre>
 */
public final class FigureComparator {

    private final FigureParser parser;

    public FigureComparator(FigureParser parser) {
        this.parser = Objects.requireNonNull(parser);
    }

    public List<CellComparison> compare(List<StatedFigure> figures) {
        Map<String, List<StatedFigure>> byCell = new TreeMap<>();
        figures.forEach(f -> byCell.computeIfAbsent(f.cell().key(), k -> new ArrayList<>()).add(f));
        return byCell.values().stream().map(this::compareCell).toList();
    }

    private CellComparison compareCell(List<StatedFigure> figures) {
        Map<String, List<StatedFigure>> byValue = new LinkedHashMap<>();
        figures.stream().sorted(Comparator.comparing(StatedFigure::observation))
                .forEach(f -> byValue.computeIfAbsent(f.value().toPlainString() + "|" + f.qualifier(),
                        k -> new ArrayList<>()).add(f));
        List<StatedValue> values = byValue.values().stream().map(this::statedValue)
                .sorted(SelectionRule.MOST_SOURCES.order()).toList();
        List<StatedValue> conflicting = values.stream()
                .filter(v -> values.stream().anyMatch(o -> !v.compatibleWith(o))).toList();
        Map<SelectionRule, StatedValue> best = new EnumMap<>(SelectionRule.class);
        for (SelectionRule rule : SelectionRule.values()) {
            best.put(rule, values.stream().min(rule.order()).orElseThrow());
        }
        return new CellComparison(figures.get(0).cell(), values, conflicting, best);
    }

    private StatedValue statedValue(List<StatedFigure> same) {
        StatedFigure first = same.get(0);
        return new StatedValue(first.cell(), first.value(), first.qualifier(),
                ValueRange.of(first.value(), first.qualifier(), rounding(same)), same);
    }

    /**
     * The tightest rounding among the printed forms that read back to the stated value. A form this parser cannot
     * read says nothing about precision; when none can be read, the value is taken as exact.
     */
    private BigDecimal rounding(List<StatedFigure> same) {
        return same.stream()
                .map(f -> parser.parse(f.surfaceForm()).filter(p -> p.value().compareTo(f.value()) == 0))
                .flatMap(java.util.Optional::stream)
                .map(Figure::halfUnit)
                .min(Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO);
    }
}
