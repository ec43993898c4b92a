package org.cbeckg.audit;

import java.util.Optional;
import org.cbeckg.derive.Figure;
import org.cbeckg.derive.FigureParser;

/**
 * What an auditor asks to trace: a figure, a measure, a period, an area, or any mix of them (at least one).
 *
 * @param input    the figure as typed ({@code 1.98万亿}), or null
 * @param figure   the parsed figure, empty when none was given
 * @param measure  text the measure's label contains, or the measure's IRI, or null
 * @param period   a period code ({@code 2021}, {@code 2022-Q1}), or null
 * @param area     text the area's label contains, or null
 */
public record TraceRequest(String input, Optional<Figure> figure, String measure, String period, String area) {

    public TraceRequest {
        figure = figure == null ? Optional.empty() : figure;
        if (figure.isEmpty() && blank(measure) && blank(period) && blank(area)) {
            throw new IllegalArgumentException("give a figure, --measure, --period or --area to trace");
        }
    }

    /** Parses {@code input} with {@code parser}; an input it cannot read is refused with the reason. */
    public static TraceRequest of(String input, FigureParser parser, String measure, String period, String area) {
        Optional<Figure> figure = Optional.empty();
        if (!blank(input)) {
            figure = Optional.of(parser.parse(input).orElseThrow(() -> new IllegalArgumentException(
                    "'" + input + "' is not a figure (try 1.98万亿, 3302.9亿元, 15% or 1980000000000)")));
        }
        return new TraceRequest(input, figure, measure, period, area);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
