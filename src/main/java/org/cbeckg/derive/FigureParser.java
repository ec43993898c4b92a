package org.cbeckg.derive;

import java.util.Optional;

/**
 * Reads a figure such as {@code 1.98万亿}, {@code 3302.9亿元}, {@code 15%} or {@code 1980000000000}. Two readers:
 * {@link #simple()} for Arabic digits, {@link #standard()} adding the project's Chinese number grammar.
 *
 * <pre>{@code FigureParser.simple().parse("1.98万亿").orElseThrow().value() // 1980000000000}</pre>
 */
public interface FigureParser {

    /** The figure, or empty when the text is not one this parser reads. */
    Optional<Figure> parse(String text);

    static FigureParser simple() {
        return new SimpleFigureParser();
    }

    /** Arabic forms with their printed rounding, then anything the Chinese number grammar reads. */
    static FigureParser standard() {
        return new GrammarFigureParser();
    }
}
