package org.cbeckg.audit;

import java.util.Optional;

/**
 * Reads a figure such as {@code 1.98万亿}, {@code 3302.9亿元}, {@code 15%} or {@code 1980000000000}. One small
 * interface so the project's full Chinese number grammar can stand in for {@link SimpleFigureParser} later.
 *
 * <pre>{@code FigureParser.simple().parse("1.98万亿").orElseThrow().value() // 1980000000000}</pre>
 */
public interface FigureParser {

    /** The figure, or empty when the text is not one this parser reads. */
    Optional<Figure> parse(String text);

    static FigureParser simple() {
        return new SimpleFigureParser();
    }
}
